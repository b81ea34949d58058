"""The engine works in batches: a hundred learners cost the same queries as two,
a learner another task already evaluated is skipped, a nightly run writes in
chunks, and the assignments it makes are the same as one at a time."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from courses import services as course_services
from courses.models import (
    Assignment,
    AssignmentEvent,
    Enrollment,
    EnrollmentEvent,
    LessonCompletion,
    ModuleProgress,
)
from skills import engine
from skills.ingest import signals_ingest
from skills.models import EngineSettings, RuleMatch, Signal, SkillProfileSnapshot
from tests.skills.helpers import course_with_modules, learner, qa, rule_for

pytestmark = pytest.mark.django_db


def low_scores(*employee_ids):
    items = [qa(f"{e}-{n}", e, 40 + n) for e in employee_ids for n in range(2)]
    result = signals_ingest(items, queue=False)
    assert not result.rejected, result.rejected
    return sorted(result.user_ids)


def evaluate(user_ids):
    with CaptureQueriesContext(connection) as captured:
        outcomes = engine.learners_reevaluate(user_ids=user_ids)
    return outcomes, captured


def test_many_learners_cost_the_same_queries_as_two():
    EngineSettings.load()  # made on first use
    built = course_with_modules()
    rule = rule_for(built.modules[0])
    few = low_scores(*(learner(f"F{n}").profile.employee_id for n in range(2)))
    many = low_scores(*(learner(f"M{n}").profile.employee_id for n in range(7)))

    few_outcomes, few_queries = evaluate(few)
    many_outcomes, many_queries = evaluate(many)

    assert len(many_queries) == len(few_queries)
    assert {o.outcomes[rule.pk] for o in many_outcomes.values()} == {RuleMatch.Outcome.ASSIGNED}
    assert Assignment.objects.filter(origin_rule_id=rule.pk).count() == 9
    assert Enrollment.objects.filter(course=built.page).count() == 9
    assert not Signal.objects.filter(processed_at__isnull=True).exists()
    assert len(few_outcomes) == 2


def test_a_learner_another_task_evaluated_is_skipped():
    built = course_with_modules()
    rule_for(built.modules[0])
    learner("E1"), learner("E2")
    user_ids = low_scores("E1", "E2")
    engine.learners_reevaluate(user_ids=user_ids[:1])
    snapshots = SkillProfileSnapshot.objects.count()

    outcomes = engine.learners_reevaluate(user_ids=user_ids, only_pending=True)

    assert list(outcomes) == user_ids[1:]
    assert SkillProfileSnapshot.objects.count() == snapshots + 1
    # Without only_pending (a recompute) everyone is evaluated again.
    assert set(engine.learners_reevaluate(user_ids=user_ids)) == set(user_ids)


def test_batched_assignments_carry_events_enrolments_and_module_progress():
    built = course_with_modules(modules=2)
    rule = rule_for(built.modules[1])
    learner("E1"), learner("E2")
    user_ids = low_scores("E1", "E2")

    engine.learners_reevaluate(user_ids=user_ids)

    for assignment in Assignment.objects.filter(origin_rule_id=rule.pk):
        assert assignment.module_id == built.modules[1].pk
        assert assignment.status == Assignment.Status.OPEN
        assert "asks for 0.70" in assignment.evidence_text
        assert list(assignment.events.values_list("kind", flat=True)) == [
            AssignmentEvent.Kind.CREATED
        ]
        enrollment = Enrollment.objects.get(user_id=assignment.user_id, course=built.page)
        assert enrollment.source == Enrollment.Source.ASSIGNED
        assert (enrollment.lessons_total, enrollment.progress_percent) == (2, 0)
        assert list(enrollment.events.values_list("kind", flat=True)) == [
            EnrollmentEvent.Kind.ENROLLED
        ]
        assert ModuleProgress.objects.filter(enrollment=enrollment, lessons_total=1).count() == 2


def test_a_learner_with_lessons_done_or_coming_back_gets_the_same_as_one_at_a_time():
    built = course_with_modules(modules=2)
    rule = rule_for(built.modules[1])
    done, left = learner("E1"), learner("E2")
    # E1 did a lesson while the course was open to everyone; E2 left the course.
    course_services.enrollment_create(user=left, course=built.page)
    course_services.enrollment_withdraw(user=left, course=built.page)
    LessonCompletion.objects.create(
        user=done,
        lesson=built.lessons[0],
        course=built.page,
        completed_at=timezone.now(),
        how=LessonCompletion.How.MARKED_DONE,
    )
    user_ids = low_scores("E1", "E2")

    engine.learners_reevaluate(user_ids=user_ids)

    assert Assignment.objects.filter(origin_rule_id=rule.pk).count() == 2
    done_enrollment = Enrollment.objects.get(user=done, course=built.page)
    assert (done_enrollment.lessons_done, done_enrollment.progress_percent) == (1, 50)
    left_enrollment = Enrollment.objects.get(user=left, course=built.page)
    assert left_enrollment.status == Enrollment.Status.ACTIVE
    assert EnrollmentEvent.Kind.REENROLLED in left_enrollment.events.values_list("kind", flat=True)


def test_an_assignment_made_meanwhile_is_not_doubled():
    built = course_with_modules()
    rule = rule_for(built.modules[0])
    person = learner("E1")
    user_ids = low_scores("E1")
    course_services.assignment_create(
        user=person, course=built.page, module=built.modules[0], reason="Your lead asked."
    )

    outcome = engine.learners_reevaluate(user_ids=user_ids)[person.pk]

    assert outcome.outcomes[rule.pk] == RuleMatch.Outcome.ALREADY
    assert Assignment.objects.filter(user=person).count() == 1


def test_a_nightly_run_writes_in_chunks_and_gives_everyone_theirs(monkeypatch):
    monkeypatch.setattr(engine, "RUN_CHUNK", 2)
    built = course_with_modules()
    rule = rule_for(built.modules[0])
    low_scores(*(learner(f"E{n}").profile.employee_id for n in range(5)))

    summary = engine.rule_run(rule_id=rule.pk)

    assert (summary.evaluated, summary.matched, summary.assigned) == (5, 5, 5)
    assert RuleMatch.objects.filter(rule=rule, outcome=RuleMatch.Outcome.ASSIGNED).count() == 5
    again = engine.rule_run(rule_id=rule.pk)
    assert again.assigned == 0
    assert RuleMatch.objects.filter(rule=rule, outcome=RuleMatch.Outcome.ALREADY).count() == 5
    assert Assignment.objects.count() == 5
