"""Every task is safe to run twice: a message handed back after its worker was
lost, or queued again by a sweeper, runs again and changes nothing more."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from assessments.models import Attempt, AttemptResult
from assessments.services import attempt_start, responses_save
from assessments.tasks import expire_attempts_task
from courses import services as course_services
from courses.models import Assignment, Enrollment, LessonPage
from courses.tasks import recompute_course_progress_task
from people.roles import Role
from people.services import role_grant
from reports import services as report_services
from reports.models import ReportAudit, ReportExport, ReportSchedule
from reports.queries import ReportFilters
from reports.tasks import export_report_task, run_scheduled_report_task
from skills.ingest import signals_ingest
from skills.models import RuleMatch, Signal
from skills.tasks import (
    process_learners_task,
    run_rule_task,
    send_learning_digests_task,
    sweep_unprocessed_signals_task,
)
from tests.assessments.builders import assessment, option_id, question
from tests.courses.builders import build_course
from tests.factories import UserFactory
from tests.reports.builders import organisation
from tests.skills.helpers import course_with_modules, learner, qa, rule_for

pytestmark = pytest.mark.django_db


def twice(task, *args):
    """Run ``task`` as a worker would, twice with the same message (same task id)."""
    first = task.apply(args=list(args), task_id="the-message").get()
    second = task.apply(args=list(args), task_id="the-message").get()
    return first, second


def engine_state():
    """What the learner sees. (A rule match's outcome tells the latest evaluation,
    so "assigned" reads "already assigned" after any later one: not compared.)"""
    return (
        list(Assignment.objects.values_list("user_id", "module_id", "status", "due_at")),
        list(RuleMatch.objects.values_list("user_id", "rule_version")),
        Signal.objects.filter(processed_at__isnull=True).count(),
    )


def test_processing_a_learner_twice_makes_one_assignment():
    built = course_with_modules()
    rule_for(built.modules[0])
    person = learner("E1")
    signals_ingest([qa("a", "E1", 50), qa("b", "E1", 55)], queue=False)

    process_learners_task.apply(args=[[person.pk]]).get()
    once = engine_state()
    process_learners_task.apply(args=[[person.pk]]).get()

    assert engine_state() == once
    assert Assignment.objects.filter(user=person).count() == 1
    assert once[2] == 0


def test_running_a_rule_twice_makes_one_assignment_each():
    built = course_with_modules()
    rule = rule_for(built.modules[0])
    people = [learner(f"E{n}") for n in range(3)]
    signals_ingest(
        [qa(f"{n}-{k}", f"E{n}", 40 + k) for n in range(3) for k in range(2)], queue=False
    )

    twice(run_rule_task, rule.pk)

    for person in people:
        assert Assignment.objects.filter(user=person).count() == 1
        assert RuleMatch.objects.filter(user=person).count() == 1


def test_sweeping_twice_queues_each_learner_and_processes_once():
    built = course_with_modules()
    rule_for(built.modules[0])
    person = learner("E1")
    signals_ingest([qa("a", "E1", 50), qa("b", "E1", 55)], queue=False)
    Signal.objects.update(received_at=timezone.now() - timedelta(minutes=5))

    assert twice(sweep_unprocessed_signals_task) == (1, 0)
    assert Assignment.objects.filter(user=person).count() == 1


@pytest.fixture
def reports_org(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    organisation(learners=10)
    owner = UserFactory(email="hr@example.com")
    role_grant(user=owner, role=Role.HR_REPORTER)
    return owner


def test_an_export_written_twice_is_one_file(reports_org, tmp_path):
    export = ReportExport.objects.create(requested_by=reports_org, format="xlsx", filters={})

    first, second = twice(export_report_task, export.pk)

    export.refresh_from_db()
    assert first == second == export.rows_written > 0
    assert export.status == ReportExport.Status.READY
    assert len(list((tmp_path / "exports").iterdir())) == 1


def test_a_scheduled_report_run_twice_is_made_and_sent_once(reports_org, tmp_path):
    schedule = report_services.schedule_create(
        owner=reports_org,
        name="Weekly",
        frequency=ReportSchedule.Frequency.WEEKLY,
        fmt="csv",
        filters=ReportFilters(),
        recipients=[reports_org],
    )

    first, second = twice(run_scheduled_report_task, schedule.pk)

    assert first == second > 0
    assert ReportExport.objects.filter(schedule=schedule).count() == 1
    assert ReportAudit.objects.filter(delivery="scheduled").count() == 1
    assert len(mail.outbox) == 1
    assert len(list((tmp_path / "exports").iterdir())) == 1


def test_a_scheduled_report_whose_worker_died_mid_export_is_finished_and_sent_once(
    reports_org, monkeypatch
):
    schedule = report_services.schedule_create(
        owner=reports_org,
        name="Weekly",
        frequency=ReportSchedule.Frequency.WEEKLY,
        fmt="csv",
        filters=ReportFilters(),
        recipients=[reports_org],
    )

    def killed(*args, **kwargs):
        raise SystemExit("worker killed")

    monkeypatch.setattr(report_services.exports, "write_csv", killed)
    with pytest.raises(SystemExit):
        report_services.scheduled_run(schedule_id=schedule.pk, runner="the-message")
    assert not mail.outbox
    monkeypatch.undo()

    run_scheduled_report_task.apply(args=[schedule.pk], task_id="the-message").get()

    export = ReportExport.objects.get(schedule=schedule)
    assert export.status == ReportExport.Status.READY
    assert len(mail.outbox) == 1


def test_refreshing_course_progress_twice_changes_nothing_more():
    built = build_course(modules=1, lessons=2)
    person = UserFactory()
    course_services.enrollment_create(user=person, course=built.page)
    course_services.lesson_complete(user=person, course=built.page, lesson_id=built.lessons[0].pk)
    built.modules[0].add_child(instance=LessonPage(title="New", slug="new", body="[]"))

    assert twice(recompute_course_progress_task, built.page.pk) == (1, 1)
    enrollment = Enrollment.objects.get(user=person)
    assert (enrollment.lessons_done, enrollment.lessons_total) == (1, 3)


def test_expiring_attempts_twice_grades_each_once():
    built = build_course(modules=1, lessons=1)
    person = UserFactory()
    course_services.enrollment_create(user=person, course=built.page)
    single = question("single_choice")
    quiz = assessment(built.page, questions=[single], kind="final", time_limit_minutes=5)
    attempt = attempt_start(user=person, assessment=quiz)
    responses_save(
        user=person,
        attempt_id=attempt.pk,
        answers={single.pk: {"choice": option_id(single, "Right")}},
    )
    Attempt.objects.filter(pk=attempt.pk).update(deadline_at=timezone.now() - timedelta(minutes=1))

    assert twice(expire_attempts_task) == (1, 0)
    assert AttemptResult.objects.get(attempt=attempt).percent == 100


def test_sending_digests_twice_sends_one():
    built = course_with_modules()
    person = UserFactory()
    course_services.assignment_create(user=person, course=built.page, reason="Coaching plan.")

    assert twice(send_learning_digests_task) == (1, 0)
    assert len(mail.outbox) == 1
