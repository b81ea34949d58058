import json
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from assessments import services
from assessments.models import Attempt, AttemptResult, Response
from assessments.tasks import expire_attempts_task
from courses import services as course_services
from courses.models import LessonCompletion
from skills.models import Signal
from tests.assessments.builders import CONFIRMED, assessment, field, option_id, question, ref, token
from tests.courses.builders import build_course
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def course():
    return build_course(modules=1, lessons=2)


@pytest.fixture
def learner(course):
    user = UserFactory()
    course_services.enrollment_create(user=user, course=course.page)
    return user


def start(client, quiz, **data):
    response = client.post(reverse("assessments:start", args=[quiz.pk]), data)
    assert response.status_code == 302, response
    return Attempt.objects.filter(assessment=quiz).latest("pk")


def test_take_a_quiz_resume_after_reload_and_submit(client, course, learner):
    single = question("single_choice", skills=["empathy"])
    multiple = question("multiple_select", skills=["qa-active-listening"])
    short = question("short_answer", skills=["ai-how-agents-work"])
    quiz = assessment(course.page, questions=[single, multiple, short], kind="final", pass_mark=60)
    client.force_login(learner)

    attempt = start(client, quiz)
    url = reverse("assessments:attempt", args=[attempt.pk])
    assert client.get(url).status_code == 200

    # Save as you go (the page's script posts one answer at a time).
    response = client.post(
        reverse("assessments:save_one", args=[attempt.pk, ref(attempt, single)]),
        data=json.dumps({"answer": {"choice": token(attempt, single, "Right")}}),
        content_type="application/json",
    )
    assert response.json() == {"saved": True}

    # A reload shows the saved answer; starting again resumes the same attempt.
    html = client.get(url).content.decode()
    assert f'value="{token(attempt, single, "Right")}" checked' in html
    assert start(client, quiz).pk == attempt.pk

    response = client.post(
        reverse("assessments:submit", args=[attempt.pk]),
        {
            field(attempt, multiple): [
                token(attempt, multiple, "A"),
                token(attempt, multiple, "C"),
            ],
            field(attempt, short): "  KNOWLEDGE cut-off ",
        },
    )
    assert response.status_code == 302
    assert response.url == reverse("assessments:result", args=[attempt.pk])

    result = AttemptResult.objects.get(attempt=attempt)
    # 1 + 0 (one right, one wrong of two) + 1 = 2 of 3 points.
    assert (result.score, result.max_score) == (2.0, 3.0)
    assert result.passed
    assert result.per_skill["qa-active-listening"] == {"earned": 0.0, "possible": 1.0}
    page = client.get(response.url).content.decode()
    assert "You passed." in page
    assert "67%" in page


def test_graded_attempt_records_skill_evidence(client, course, learner):
    q1 = question("single_choice", skills=["empathy"])
    rating = question("likert", skills=["empathy"], prompt="I can name a feeling.")
    quiz = assessment(course.page, questions=[q1, rating], kind="final")
    client.force_login(learner)
    attempt = start(client, quiz)

    client.post(
        reverse("assessments:submit", args=[attempt.pk]),
        {field(attempt, q1): token(attempt, q1, "Right"), field(attempt, rating): "4"},
    )

    evidence = Signal.objects.get(user=learner, source=Signal.Source.ASSESSMENT)
    assert evidence.skill.code == "empathy"
    assert evidence.value == 1.0
    assert evidence.external_id == f"attempt-{attempt.pk}-empathy"
    self_rating = Signal.objects.get(user=learner, source=Signal.Source.SELF_ASSESSMENT)
    assert self_rating.raw_value == 4
    assert self_rating.value == 0.75
    # The self-rating is never marked: one point possible, one earned.
    assert AttemptResult.objects.get(attempt=attempt).max_score == 1.0


def test_passing_a_knowledge_check_completes_its_lesson(client, course, learner):
    q1 = question("single_choice")
    quiz = assessment(course.page, questions=[q1], module=course.modules[0], pass_mark=100)
    lesson = course.lessons[1]
    lesson.body = json.dumps([{"type": "knowledge_check", "value": {"assessment": quiz.pk}}])
    lesson.save()
    client.force_login(learner)

    html = client.get(lesson.url).content.decode()
    assert f'class="knowledge-check__title">{quiz.title}</h2>' in html
    attempt = start(client, quiz, lesson=lesson.pk)
    client.post(
        reverse("assessments:submit", args=[attempt.pk]),
        {field(attempt, q1): token(attempt, q1, "Wrong")},
    )
    assert not LessonCompletion.objects.filter(user=learner, lesson=lesson).exists()

    attempt = start(client, quiz, lesson=lesson.pk)
    client.post(
        reverse("assessments:submit", args=[attempt.pk]),
        {field(attempt, q1): token(attempt, q1, "Right")},
    )
    completion = LessonCompletion.objects.get(user=learner, lesson=lesson)
    assert completion.how == LessonCompletion.How.KNOWLEDGE_CHECK
    assert (
        "The lesson is marked as done."
        in client.get(reverse("assessments:result", args=[attempt.pk])).content.decode()
    )


def test_a_lesson_without_that_check_cannot_be_named(client, course, learner):
    quiz = assessment(course.page, questions=[question()])
    client.force_login(learner)

    response = client.post(
        reverse("assessments:start", args=[quiz.pk]), {"lesson": course.lessons[0].pk}, follow=True
    )

    assert "That lesson has no such knowledge check." in response.content.decode()
    assert Attempt.objects.count() == 0


def test_submitting_twice_grades_once(client, course, learner):
    q1 = question()
    quiz = assessment(course.page, questions=[q1])
    client.force_login(learner)
    attempt = start(client, quiz)
    submit = reverse("assessments:submit", args=[attempt.pk])

    client.post(submit, {field(attempt, q1): token(attempt, q1, "Right")})
    client.post(submit, {field(attempt, q1): token(attempt, q1, "Wrong")})

    assert AttemptResult.objects.filter(attempt=attempt).count() == 1
    assert AttemptResult.objects.get(attempt=attempt).percent == 100.0
    assert Response.objects.get(attempt=attempt).answer == {"choice": option_id(q1, "Right")}


def test_attempt_limit_is_enforced(client, course, learner):
    quiz = assessment(course.page, questions=[question()], max_attempts=1)
    client.force_login(learner)
    attempt = start(client, quiz)
    client.post(reverse("assessments:submit", args=[attempt.pk]), CONFIRMED)

    response = client.post(reverse("assessments:start", args=[quiz.pk]), follow=True)

    assert "You have used your only attempt at this assessment." in response.content.decode()
    assert Attempt.objects.filter(assessment=quiz).count() == 1


def test_only_enrolled_learners_take_a_course_assessment(client, course):
    quiz = assessment(course.page, questions=[question()])
    client.force_login(UserFactory())

    response = client.post(reverse("assessments:start", args=[quiz.pk]), follow=True)

    assert "Enrol in the course to take its assessments." in response.content.decode()
    assert Attempt.objects.count() == 0


def test_time_limit_is_enforced_on_the_server(client, course, learner):
    q1 = question()
    quiz = assessment(course.page, questions=[q1], time_limit_minutes=5)
    client.force_login(learner)
    attempt = start(client, quiz)
    client.post(
        reverse("assessments:save", args=[attempt.pk]),
        {field(attempt, q1): token(attempt, q1, "Right")},
    )
    Attempt.objects.filter(pk=attempt.pk).update(deadline_at=timezone.now() - timedelta(minutes=1))

    # A late change is refused; the attempt is submitted with the answer it had.
    response = client.post(
        reverse("assessments:save_one", args=[attempt.pk, ref(attempt, q1)]),
        data=json.dumps({"answer": {"choice": token(attempt, q1, "Wrong")}}),
        content_type="application/json",
    )
    assert response.status_code == 409
    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.SUBMITTED
    assert attempt.expired
    assert AttemptResult.objects.get(attempt=attempt).percent == 100.0
    assert Response.objects.get(attempt=attempt).answer == {"choice": option_id(q1, "Right")}


def test_expired_attempts_are_submitted_without_the_learner(course, learner):
    quiz = assessment(course.page, questions=[question()], time_limit_minutes=1)
    attempt = services.attempt_start(user=learner, assessment=quiz)
    fresh_quiz = assessment(course.page, questions=[question()], time_limit_minutes=30, title="B")
    running = services.attempt_start(user=learner, assessment=fresh_quiz)
    Attempt.objects.filter(pk=attempt.pk).update(deadline_at=timezone.now() - timedelta(minutes=2))

    assert expire_attempts_task() == 1

    attempt.refresh_from_db()
    running.refresh_from_db()
    assert attempt.status == Attempt.Status.SUBMITTED and attempt.expired
    assert running.status == Attempt.Status.IN_PROGRESS
    assert expire_attempts_task() == 0


@pytest.mark.parametrize("policy", ["after_submission", "after_passing"])
def test_feedback_follows_the_policy(client, course, learner, policy):
    q1 = question()
    quiz = assessment(
        course.page, questions=[q1], feedback_policy=policy, pass_mark=100, max_attempts=2
    )
    client.force_login(learner)

    attempt = start(client, quiz)
    client.post(
        reverse("assessments:submit", args=[attempt.pk]),
        {field(attempt, q1): token(attempt, q1, "Wrong")},
    )
    failed_page = client.get(reverse("assessments:result", args=[attempt.pk])).content.decode()

    attempt = start(client, quiz)
    client.post(
        reverse("assessments:submit", args=[attempt.pk]),
        {field(attempt, q1): token(attempt, q1, "Right")},
    )
    passed_page = client.get(reverse("assessments:result", args=[attempt.pk])).content.decode()

    # The second attempt was the last: now the answers and their feedback show.
    assert "FEEDBACK-RIGHT" in passed_page
    # After the first, with an attempt left, never which option was right.
    assert "FEEDBACK-WRONG" not in failed_page
    if policy == "after_passing":
        assert "shown once you pass" in failed_page
    else:
        assert "Not right." in failed_page
        assert "The right answers are shown after your last attempt." in failed_page


def test_feedback_after_each_question_locks_the_answer(client, course, learner):
    q1, q2 = question(prompt="First?"), question(prompt="Second?")
    quiz = assessment(
        course.page,
        questions=[q1, q2],
        feedback_policy="after_each",
        show_answers="after_each_attempt",
    )
    client.force_login(learner)
    attempt = start(client, quiz)
    url = reverse("assessments:attempt", args=[attempt.pk])
    assert "FEEDBACK-" not in client.get(url).content.decode()

    response = client.post(
        reverse("assessments:check", args=[attempt.pk, ref(attempt, q1)]),
        {field(attempt, q1): token(attempt, q1, "Wrong")},
    )
    assert response.status_code == 302
    html = client.get(url).content.decode()
    assert "FEEDBACK-WRONG" in html  # the checked question's feedback
    assert html.count("FEEDBACK-") == 1  # and nothing about the other one

    response = client.post(
        reverse("assessments:save_one", args=[attempt.pk, ref(attempt, q1)]),
        data=json.dumps({"answer": {"choice": token(attempt, q1, "Right")}}),
        content_type="application/json",
    )
    assert response.status_code == 400
    assert Response.objects.get(attempt=attempt, question_id=q1.pk).answer == {
        "choice": option_id(q1, "Wrong")
    }


def test_checking_is_refused_under_other_policies(client, course, learner):
    q1 = question()
    quiz = assessment(course.page, questions=[q1], feedback_policy="after_submission")
    client.force_login(learner)
    attempt = start(client, quiz)

    response = client.post(
        reverse("assessments:check", args=[attempt.pk, ref(attempt, q1)]),
        {field(attempt, q1): token(attempt, q1, "Wrong")},
    )

    assert response.status_code == 403
    assert not Response.objects.filter(checked=True).exists()


def test_ordering_and_ranked_scenarios_by_form(client, course, learner):
    steps = question("ordering")
    ranked = question("scenario", scenario_mode="rank")
    quiz = assessment(course.page, questions=[steps, ranked])
    client.force_login(learner)
    attempt = start(client, quiz)

    client.post(
        reverse("assessments:submit", args=[attempt.pk]),
        {
            field(attempt, steps, "First"): "1",
            field(attempt, steps, "Second"): "3",
            field(attempt, steps, "Third"): "2",
            field(attempt, ranked, "Best reply"): "1",
            field(attempt, ranked, "Fair reply"): "2",
            field(attempt, ranked, "Poor reply"): "3",
        },
    )

    result = AttemptResult.objects.get(attempt=attempt)
    assert result.per_question[str(steps.pk)]["fraction"] == pytest.approx(2 / 3)
    assert result.per_question[str(ranked.pk)]["fraction"] == 1.0


def test_checking_an_answer_shows_only_whether_it_was_right_while_attempts_remain(
    client, course, learner
):
    q1 = question(options=[("Right", True, 0, "FEEDBACK-RIGHT"), ("Wrong", False, 0, "")])
    q1.explanation = "EXPLANATION-NAMES-IT"
    q1.save()
    quiz = assessment(course.page, questions=[q1], feedback_policy="after_each", max_attempts=3)
    client.force_login(learner)
    attempt = start(client, quiz)

    client.post(
        reverse("assessments:check", args=[attempt.pk, ref(attempt, q1)]),
        {field(attempt, q1): token(attempt, q1, "Wrong")},
    )
    html = client.get(reverse("assessments:attempt", args=[attempt.pk])).content.decode()

    assert "Not right." in html
    for leak in ("FEEDBACK-RIGHT", "EXPLANATION-NAMES-IT", "The right answer:"):
        assert leak not in html
