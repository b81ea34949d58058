"""Take a quiz in a real browser: answer, reload, resume, submit, see feedback."""

import json

import pytest

from courses import services as course_services
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
    status = page.locator(f"#question-{first.pk} [data-status]")
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
