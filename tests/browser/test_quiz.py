"""Take a quiz in a real browser: answer, reload, resume, submit, see feedback;
fail, see no key, retake a new paper, pass, and see the key only then."""

import json

import pytest

from courses import services as course_services
from skills.models import Skill
from tests.assessments.builders import assessment, question
from tests.browser.test_learning_journey import sign_in
from tests.courses.builders import build_course
from tests.factories import VerifiedUserFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_take_reload_resume_submit_and_see_feedback(page):
    course = build_course("Escalation basics", modules=1, lessons=1)
    first = question(
        prompt="When must a person take over?",
        options=[
            ("When the customer asks for one", True, 0, "Yes: asking for a person is enough."),
            ("Only after three bot failures", False, 0, "No: nobody should have to earn a person."),
        ],
    )
    second = question(
        "multiple_select",
        prompt="Which are signs of a vulnerable customer?",
        options=[
            ("They mention a recent bereavement", True, 0, ""),
            ("They say they cannot cope", True, 0, ""),
            ("They use capital letters once", False, 0, ""),
        ],
    )
    quiz = assessment(
        course.page,
        questions=[first, second],
        module=course.modules[0],
        title="Escalation check",
        pass_mark=100,
        feedback_policy="after_submission",
        time_limit_minutes=15,
        max_attempts=1,  # the only attempt is the last: its answers may be shown
    )
    lesson = course.lessons[0]
    lesson.body = json.dumps([{"type": "knowledge_check", "value": {"assessment": quiz.pk}}])
    lesson.save()
    learner = VerifiedUserFactory()
    course_services.enrollment_create(user=learner, course=course.page)
    sign_in(page, learner.email)

    page.goto(lesson.url)
    page.get_by_role("button", name="Start").click()
    page.get_by_role("heading", level=1, name="Escalation check").wait_for()
    assert page.get_by_role("timer").is_visible()

    page.get_by_label("When the customer asks for one").check()
    status = page.locator("fieldset", has_text="When must a person take over?").locator(
        "[data-status]"
    )
    status.filter(has_text="Saved").wait_for()  # saved as the learner goes

    page.reload()
    assert page.get_by_label("When the customer asks for one").is_checked()

    page.get_by_label("They mention a recent bereavement").check()
    page.get_by_label("They say they cannot cope").check()
    page.get_by_role("button", name="Submit answers").click()

    page.get_by_role("heading", name="Your result: Escalation check").wait_for()
    assert page.get_by_text("You passed.").is_visible()
    assert page.get_by_text("Yes: asking for a person is enough.").is_visible()
    assert page.get_by_text("The lesson is marked as done.").is_visible()


def test_fail_see_no_key_retake_a_new_paper_pass_then_see_the_key(page):
    course = build_course("Listening well", modules=1, lessons=1)
    pool = {
        "Which reply shows you heard the customer?": (
            "“So the parcel went to your old address.”",
            "“I understand your frustration.”",
            "Says the customer's own details back.",
        ),
        "What comes before offering a fix?": (
            "Checking you have understood the problem",
            "Apologising twice",
            "Acknowledge first, or they keep arguing the problem.",
        ),
    }
    for prompt, (right, wrong, explanation) in pool.items():
        question(
            skills=["qa-active-listening"],
            prompt=prompt,
            explanation=explanation,
            options=[(right, True, 0, ""), (wrong, False, 0, "")],
        )
    quiz = assessment(
        course.page,
        questions=[],
        kind="final",
        title="Listening final",
        pass_mark=100,
        max_attempts=2,
        shuffle_options=True,
    )
    quiz.draws.create(skill=Skill.objects.originals().get(code="qa-active-listening"), count=1)
    quiz.save()
    learner = VerifiedUserFactory()
    course_services.enrollment_create(user=learner, course=course.page)
    sign_in(page, learner.email)

    # Attempt 1: answer wrong on purpose.
    page.goto(course.page.url)
    page.get_by_role("button", name="Start", exact=True).click()
    page.get_by_role("heading", level=1, name="Listening final").wait_for()
    first_prompt = next(prompt for prompt in pool if page.get_by_text(prompt).count())
    right, wrong, explanation = pool[first_prompt]
    page.get_by_label(wrong).check()
    page.get_by_role("button", name="Submit answers").click()

    # The result: the score and that it was wrong, but not what was right.
    page.get_by_role("heading", name="Your result: Listening final").wait_for()
    assert page.get_by_text("You did not pass this time.").is_visible()
    assert page.get_by_text("Not right.").is_visible()
    assert page.get_by_text("The right answers are shown after your last attempt.").is_visible()
    body = page.locator("main").inner_text()
    assert right not in body and explanation not in body and "The right answer:" not in body

    # Attempt 2: a new paper, the question not seen yet.
    page.get_by_role("button", name="Try again").click()
    page.get_by_role("heading", level=1, name="Listening final").wait_for()
    assert page.get_by_text("Attempt 2 of 2.").is_visible()
    assert page.get_by_text(first_prompt).count() == 0
    (second_prompt,) = [prompt for prompt in pool if prompt != first_prompt]
    page.get_by_label(pool[second_prompt][0]).check()
    page.get_by_role("button", name="Submit answers").click()

    # Passed, with no attempt left: now the answers and their explanation show.
    page.get_by_role("heading", name="Your result: Listening final").wait_for()
    assert page.get_by_text("You passed.").is_visible()
    assert page.get_by_text("Right.", exact=True).is_visible()
    assert page.get_by_text(pool[second_prompt][2]).is_visible()
