"""The broker is down when work is queued: the page that queued it still works,
and the work is done later (a sweeper queues it again) or at once in the web
process (small work). Nothing is lost."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from assessments.models import Attempt, AttemptResult
from courses import services as course_services
from courses.models import Enrollment, LessonPage
from people.roles import Role
from people.services import role_grant
from reports.models import ReportAudit, ReportExport
from reports.tasks import export_report_task, requeue_exports_task
from skills.models import Signal
from skills.tasks import sweep_unprocessed_signals_task
from tests.assessments.builders import assessment, field, question, token
from tests.courses.builders import build_course
from tests.factories import UserFactory
from tests.reliability.broker import broker_down
from tests.reports.builders import organisation

pytestmark = pytest.mark.django_db


@pytest.fixture
def large_reports(settings, tmp_path):
    settings.REPORT_STREAM_LIMIT = 5  # anything bigger goes to the background
    settings.MEDIA_ROOT = tmp_path
    organisation(learners=12)


def test_an_export_asked_for_while_the_broker_is_down_is_made_later(
    client, large_reports, django_capture_on_commit_callbacks, tmp_path
):
    owner = UserFactory()
    role_grant(user=owner, role=Role.HR_REPORTER)
    client.force_login(owner)

    with broker_down(), django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("reports:export_start"), {"level": "course", "format": "csv"}
        )

    export = ReportExport.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("reports:export", args=[export.key])
    assert export.status == ReportExport.Status.QUEUED
    assert ReportAudit.objects.filter(delivery="background").count() == 1

    # Not yet: the message may only be slow.
    assert requeue_exports_task.apply().get() == 0
    ReportExport.objects.update(created_at=timezone.now() - timedelta(minutes=11))
    # The broker is back; the sweeper queues it again.
    assert requeue_exports_task.apply().get() == 1

    export.refresh_from_db()
    assert export.status == ReportExport.Status.READY
    assert export.rows_written > 0
    assert requeue_exports_task.apply().get() == 0
    assert len(list((tmp_path / "exports").iterdir())) == 1


def test_an_export_waiting_behind_a_long_one_is_queued_again_once_an_hour(
    large_reports, monkeypatch
):
    from reports import services

    owner = UserFactory()
    role_grant(user=owner, role=Role.HR_REPORTER)
    export = ReportExport.objects.create(requested_by=owner, format="csv", filters={})
    ReportExport.objects.update(created_at=timezone.now() - timedelta(minutes=30))
    queued = []
    monkeypatch.setattr(services, "export_queue", lambda export_id: queued.append(export_id))

    assert requeue_exports_task.apply().get() == 1
    assert requeue_exports_task.apply().get() == 0

    assert queued == [export.pk]


def test_a_copy_of_an_export_message_leaves_a_running_export_alone(large_reports, tmp_path):
    from reports import services

    owner = UserFactory()
    role_grant(user=owner, role=Role.HR_REPORTER)
    export = ReportExport.objects.create(requested_by=owner, format="csv", filters={})

    # The first message holds the export; a copy (from the sweeper) arrives meanwhile.
    assert services._claim(export.pk, "first-message")
    export_report_task.apply(args=[export.pk], task_id="copy-from-the-sweeper").get()

    export.refresh_from_db()
    assert export.status == ReportExport.Status.QUEUED and not export.file

    # The first message, handed back after its worker was lost, may write it.
    export_report_task.apply(args=[export.pk], task_id="first-message").get()
    export.refresh_from_db()
    assert export.status == ReportExport.Status.READY
    assert len(list((tmp_path / "exports").iterdir())) == 1


def test_mail_sent_while_the_broker_is_down_is_delivered_from_the_web_process(
    settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "core.mail.CeleryEmailBackend"
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

    with broker_down(), django_capture_on_commit_callbacks(execute=True):
        sent = mail.send_mail(
            "Confirm your e-mail address",
            "Your code is 123456.",
            "academy@example.com",
            ["new.learner@example.com"],
        )

    assert sent == 1
    (message,) = mail.outbox
    assert message.to == ["new.learner@example.com"]
    assert message.body == "Your code is 123456."


def test_progress_is_refreshed_when_a_lesson_is_published_while_the_broker_is_down(
    django_capture_on_commit_callbacks,
):
    built = build_course(modules=1, lessons=2)
    person = UserFactory()
    course_services.enrollment_create(user=person, course=built.page)
    course_services.lesson_complete(user=person, course=built.page, lesson_id=built.lessons[0].pk)
    lesson = LessonPage(title="A new lesson", slug="new", body="[]")
    built.modules[0].add_child(instance=lesson)

    with broker_down(), django_capture_on_commit_callbacks(execute=True):
        lesson.save_revision().publish()

    enrollment = Enrollment.objects.get(user=person)
    assert (enrollment.lessons_done, enrollment.lessons_total) == (1, 3)


def test_evidence_of_a_quiz_submitted_while_the_broker_is_down_is_processed_later(
    client, django_capture_on_commit_callbacks
):
    built = build_course(modules=1, lessons=1)
    person = UserFactory()
    course_services.enrollment_create(user=person, course=built.page)
    single = question("single_choice", skills=["empathy"])
    quiz = assessment(built.page, questions=[single], kind="final")
    client.force_login(person)
    client.post(reverse("assessments:start", args=[quiz.pk]))
    attempt = Attempt.objects.get()

    with broker_down(), django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("assessments:submit", args=[attempt.pk]),
            {field(attempt, single): token(attempt, single, "Right")},
        )

    assert response.status_code == 302
    assert AttemptResult.objects.get(attempt=attempt).passed
    signal = Signal.objects.get()
    assert signal.processed_at is None

    Signal.objects.update(received_at=timezone.now() - timedelta(minutes=5))
    assert sweep_unprocessed_signals_task.apply().get() == 1

    signal.refresh_from_db()
    assert signal.processed_at is not None
