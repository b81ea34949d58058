"""What the engine gives must be true: never work already done, never more than
the approval limit without approval, whichever way it runs, and a waiting
assignment goes in the moment there is room."""

import json
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from assessments import services as assessment_services
from courses import services as course_services
from courses.models import Assignment, AssignmentEvent, ModuleProgress
from people.roles import Role
from people.services import role_grant
from skills import engine, tasks
from skills.ingest import signals_ingest
from skills.models import ApprovalBatch, AssignmentRule, EngineSettings, RuleMatch
from skills.services import batch_decide
from tests.assessments.builders import assessment, option_id, question
from tests.factories import UserFactory
from tests.skills.helpers import course_with_modules, learner, qa, rule_for, token

pytestmark = pytest.mark.django_db


def feed(*items):
    result = signals_ingest(list(items), queue=False)
    assert not result.rejected, result.rejected
    engine.learners_reevaluate(user_ids=result.user_ids)
    return result


def low(person_id: str, ref: str = "a", value: int = 40):
    return [
        qa(f"{ref}-{person_id}-1", person_id, value),
        qa(f"{ref}-{person_id}-2", person_id, value),
    ]


def finish_module(user, built, module_index=0):
    course_services.enrollment_create(user=user, course=built.page)
    module = built.modules[module_index]
    for lesson in built.lessons:
        if lesson.get_parent().pk == module.pk:
            course_services.lesson_complete(user=user, course=built.page, lesson_id=lesson.pk)


def settings_with(**values):
    settings = EngineSettings.load()
    for name, value in values.items():
        setattr(settings, name, value)
    settings.save()
    return settings


# --- 1. Work already done is never assigned; an open assignment closes when done ----


def test_a_module_already_finished_is_not_assigned():
    built = course_with_modules()
    rule = rule_for(built.modules[0])
    person = learner("E1")
    finish_module(person, built)

    feed(*low("E1"))

    assert not Assignment.objects.filter(user=person).exists()
    assert RuleMatch.objects.get(rule=rule, user=person).outcome == RuleMatch.Outcome.DONE


def test_a_rule_activated_over_everyone_skips_those_who_finished():
    built = course_with_modules()
    rule = rule_for(built.modules[0], mode=AssignmentRule.Mode.SHADOW)
    done, not_done = learner("E1"), learner("E2")
    finish_module(done, built)
    signals_ingest(low("E1") + low("E2"), queue=False)

    rule.mode = AssignmentRule.Mode.ACTIVE
    rule.save()
    summary = engine.rule_run(rule_id=rule.pk)

    assert list(Assignment.objects.values_list("user_id", flat=True)) == [not_done.pk]
    assert summary.assigned == 1


def test_assigning_by_hand_skips_people_who_finished_and_says_so(client):
    built = course_with_modules()
    done, not_done = UserFactory(), UserFactory()
    finish_module(done, built)
    author = UserFactory()
    role_grant(user=author, role=Role.LD_AUTHOR)
    client.force_login(author)

    response = client.post(
        reverse("courses_assign_learning"),
        {
            "course": built.page.pk,
            "module": built.modules[0].pk,
            "emails": f"{done.email}\n{not_done.email}",
            "reason": "Practice for the new refund policy.",
        },
        follow=True,
    )

    assert response.status_code == 200
    assert list(Assignment.objects.values_list("user_id", flat=True)) == [not_done.pk]
    assert "1 person has already finished it" in response.content.decode()


def legacy_assignment(user, built, module=None, **fields):
    """An assignment as an earlier release could make it: for finished work."""
    return Assignment.objects.create(
        user=user,
        course=built.page,
        module=module,
        reason="Given before the engine checked progress.",
        source=Assignment.Source.RULE,
        created_at=timezone.now(),
        **fields,
    )


def test_marking_a_finished_lesson_done_again_closes_an_assignment_for_finished_work():
    built = course_with_modules()
    person = learner("E1")
    finish_module(person, built)
    stale = legacy_assignment(person, built, built.modules[0])

    course_services.lesson_complete(user=person, course=built.page, lesson_id=built.lessons[0].pk)

    stale.refresh_from_db()
    assert stale.status == Assignment.Status.COMPLETED
    assert stale.closed_reason == Assignment.ClosedReason.ALREADY_COMPLETE
    assert stale.events.filter(kind=AssignmentEvent.Kind.CLOSED).count() == 1


def test_the_module_completion_time_is_kept_when_lessons_are_marked_again():
    built = course_with_modules()
    person = learner("E1")
    finish_module(person, built)
    progress = ModuleProgress.objects.get(enrollment__user=person, module=built.modules[0])
    first = progress.completed_at
    assert first is not None

    course_services.lesson_complete(user=person, course=built.page, lesson_id=built.lessons[0].pk)

    progress.refresh_from_db()
    assert progress.completed_at == first


def lesson_with_check(built, module_index=0):
    lesson = built.lessons[module_index]
    q = question(prompt="Check?")
    check = assessment(built.page, questions=[q], module=built.modules[module_index], title="C")
    lesson.body = json.dumps(
        [dict(block) for block in lesson.body.raw_data]
        + [{"type": "knowledge_check", "value": {"assessment": check.pk}}]
    )
    lesson.save()
    return lesson, check, q


def pass_it(user, quiz, q, lesson=None):
    attempt = assessment_services.attempt_start(user=user, assessment=quiz, lesson_id=lesson)
    assessment_services.responses_save(
        user=user, attempt_id=attempt.pk, answers={q.pk: {"choice": option_id(q, "Right")}}
    )
    return assessment_services.attempt_submit(user=user, attempt_id=attempt.pk)


def test_an_open_assignment_closes_when_a_knowledge_check_finishes_its_module():
    built = course_with_modules()
    rule_for(built.modules[0])
    person = learner("E1")
    lesson, check, q = lesson_with_check(built)
    feed(*low("E1"))
    assignment = Assignment.objects.get(user=person)

    pass_it(person, check, q, lesson=lesson.pk)

    assignment.refresh_from_db()
    assert assignment.closed_reason == Assignment.ClosedReason.COMPLETED


def test_an_open_course_assignment_closes_when_the_final_completes_the_course():
    built = course_with_modules(modules=1)
    q = question(prompt="Final?")
    final = assessment(built.page, questions=[q], kind="final", title="Final", pass_mark=70)
    person = learner("E1")
    assignment, _created = course_services.assignment_create(
        user=person, course=built.page, reason="The whole course, please."
    )
    for lesson in built.lessons:
        course_services.lesson_complete(user=person, course=built.page, lesson_id=lesson.pk)
    assignment.refresh_from_db()
    assert assignment.is_active  # the final is still to pass

    pass_it(person, final, q)

    assignment.refresh_from_db()
    assert assignment.closed_reason == Assignment.ClosedReason.COMPLETED


def test_an_open_assignment_closes_when_a_removed_lesson_leaves_its_module_finished():
    """Progress recomputed after a lesson is removed (what an import or an author's
    edit does) closes what it finishes."""
    built = course_with_modules(modules=1)
    built.modules[0].add_child(
        instance=type(built.lessons[0])(title="Extra", slug="extra", body="[]")
    )
    person = learner("E1")
    course_services.enrollment_create(user=person, course=built.page)
    course_services.lesson_complete(user=person, course=built.page, lesson_id=built.lessons[0].pk)
    assignment, _created = course_services.assignment_create(
        user=person, course=built.page, module=built.modules[0], reason="Finish it."
    )
    extra = built.modules[0].get_children().get(slug="extra")

    extra.delete()
    course_services.course_progress_recompute(course_id=built.page.pk)

    assignment.refresh_from_db()
    assert assignment.closed_reason == Assignment.ClosedReason.COMPLETED


# --- 2. The approval limit holds on every path ----------------------------------------


def post_batch(client, secret, items):
    return client.post(
        "/api/v1/signals/",
        data=json.dumps({"signals": items}),
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {secret}",
    )


def test_one_api_batch_cannot_go_round_the_approval_limit(
    client, django_capture_on_commit_callbacks
):
    built = course_with_modules()
    rule = rule_for(built.modules[0])
    settings_with(approval_threshold=10)
    people = [learner(f"E{n:02d}") for n in range(30)]
    secret = token()
    # Learner n scores 10 + n: the ten furthest below the threshold are E00-E09.
    items = [qa(f"s{n}-{k}", f"E{n:02d}", 10 + n) for n in range(30) for k in (1, 2)]

    with django_capture_on_commit_callbacks(execute=True):
        assert post_batch(client, secret, items).status_code == 202

    assigned = set(Assignment.objects.values_list("user_id", flat=True))
    assert assigned == {person.pk for person in people[:10]}
    batch = ApprovalBatch.objects.get(rule=rule)
    assert batch.status == ApprovalBatch.Status.PENDING and batch.size == 20
    assert set(
        RuleMatch.objects.filter(outcome=RuleMatch.Outcome.PENDING_APPROVAL).values_list(
            "user_id", flat=True
        )
    ) == {person.pk for person in people[10:]}

    # The window is full: a new learner's evidence waits too, in the same batch.
    late = learner("E99")
    with django_capture_on_commit_callbacks(execute=True):
        post_batch(client, secret, low("E99", "late"))
    assert not Assignment.objects.filter(user=late).exists()
    batch.refresh_from_db()
    assert batch.size == 21


def test_what_l_and_d_approved_does_not_count_and_the_window_moves():
    built = course_with_modules()
    rule = rule_for(built.modules[0])
    settings_with(approval_threshold=1, approval_window_hours=24)
    learner("E1"), learner("E2")
    feed(*low("E1"), *low("E2"))
    batch = ApprovalBatch.objects.get()
    batch_decide(batch=batch, approve=True, actor=None)
    engine.rule_run(rule_id=rule.pk, approved_batch=batch)
    assert Assignment.objects.count() == 2
    assert (
        len(engine.given_in_window(rule, now=timezone.now(), settings=EngineSettings.load())) == 1
    )

    # A day later the first one no longer counts: a new learner gets theirs at once.
    Assignment.objects.update(created_at=timezone.now() - timedelta(hours=25))
    third = learner("E3")
    feed(*low("E3"))
    assert Assignment.objects.filter(user=third).exists()


def test_two_evaluations_at_once_cannot_both_take_the_last_place():
    """The count happens under a lock on the rule: evaluated one after the other
    (as two workers would be serialised), the second finds the window full."""
    built = course_with_modules()
    rule_for(built.modules[0])
    settings_with(approval_threshold=1)
    learner("E1"), learner("E2")
    signals_ingest(low("E1") + low("E2"), queue=False)

    engine.learners_reevaluate(user_ids=[learner_id("E1")])
    engine.learners_reevaluate(user_ids=[learner_id("E2")])

    assert Assignment.objects.count() == 1
    assert ApprovalBatch.objects.get().size == 1


def learner_id(employee_id):
    from people.models import Profile

    return Profile.objects.get(employee_id=employee_id).user_id


# --- 3. Room lets a held assignment in at once -----------------------------------------


@pytest.fixture
def one_open_one_held():
    settings_with(max_active_assignments=1)
    built = course_with_modules(modules=2)
    first = rule_for(built.modules[0], name="First")
    second = rule_for(built.modules[1], name="Second")
    person = learner("E1")
    feed(*low("E1"))
    open_one = Assignment.objects.get(user=person, status=Assignment.Status.OPEN)
    held = Assignment.objects.get(user=person, status=Assignment.Status.HELD)
    assert held.hold_reason == Assignment.HoldReason.CAP
    return person, built, open_one, held, (first, second)


@pytest.mark.parametrize("how", ["cancelled", "completed", "tested_out", "contest_upheld"])
def test_room_lets_the_held_assignment_in_at_once(one_open_one_held, how):
    person, built, open_one, held, _rules = one_open_one_held

    if how == "completed":
        finish_module(
            person, built, module_index=[m.pk for m in built.modules].index(open_one.module_id)
        )
    else:
        course_services.assignment_close(assignment=open_one, reason=how)

    held.refresh_from_db()
    assert held.status == Assignment.Status.OPEN
    assert held.events.filter(kind=AssignmentEvent.Kind.RELEASED).count() == 1


def test_the_nightly_run_lets_in_what_has_room(one_open_one_held):
    person, _built, _open_one, held, _rules = one_open_one_held
    settings_with(max_active_assignments=2)  # room appears without any assignment closing

    tasks.nightly_reevaluate_task()

    held.refresh_from_db()
    assert held.status == Assignment.Status.OPEN
