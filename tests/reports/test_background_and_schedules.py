import csv
import io
from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from django_celery_beat.models import PeriodicTask

from people.roles import Role
from people.services import role_grant
from reports import services
from reports.models import ReportAudit, ReportExport, ReportSchedule
from reports.queries import ReportFilters
from reports.tasks import expire_report_files_task
from tests.factories import UserFactory
from tests.reports.builders import organisation

pytestmark = pytest.mark.django_db


def hr_user(**kwargs):
    user = UserFactory(**kwargs)
    role_grant(user=user, role=Role.HR_REPORTER)
    return user


@pytest.fixture
def large(settings, tmp_path):
    settings.REPORT_STREAM_LIMIT = 5  # anything bigger goes to the background
    settings.MEDIA_ROOT = tmp_path
    organisation(learners=20)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_large_exports_run_in_the_background_for_their_owner_only(
    client, large, fmt, django_capture_on_commit_callbacks
):
    owner, colleague = hr_user(), hr_user()
    client.force_login(owner)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("reports:export_start"), {"level": "course", "format": fmt})

    export = ReportExport.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("reports:export", args=[export.key])
    assert export.status == ReportExport.Status.READY
    status = client.get(reverse("reports:export_status", args=[export.key])).json()
    assert status["percent"] == 100 and status["download"]
    assert export.expires_at > timezone.now() + timedelta(hours=23)

    download = client.get(reverse("reports:download", args=[export.key]))
    assert download.status_code == 200
    body = b"".join(download.streaming_content)
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(body.decode())))
        assert len(rows) - 1 == export.rows_written == 16
    else:
        assert body[:2] == b"PK"

    client.force_login(colleague)
    assert client.get(reverse("reports:download", args=[export.key])).status_code == 404
    assert client.get(reverse("reports:export", args=[export.key])).status_code == 404
    client.force_login(UserFactory())
    assert client.get(reverse("reports:download", args=[export.key])).status_code == 404

    deliveries = list(ReportAudit.objects.order_by("at").values_list("delivery", flat=True))
    assert deliveries == ["background", "file_download"]


def test_export_files_expire(client, large, django_capture_on_commit_callbacks):
    owner = hr_user()
    client.force_login(owner)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("reports:export_start"), {"level": "course", "format": "csv"})
    export = ReportExport.objects.get()
    path = export.file.path
    ReportExport.objects.filter(pk=export.pk).update(
        expires_at=timezone.now() - timedelta(minutes=1)
    )

    assert expire_report_files_task() == 1

    export.refresh_from_db()
    assert export.status == ReportExport.Status.EXPIRED
    assert not __import__("os").path.exists(path)
    assert client.get(reverse("reports:download", args=[export.key])).status_code == 404


def test_scheduled_reports_send_a_link_never_the_data(large):
    owner = hr_user()
    colleague = hr_user(email="colleague@example.com")

    schedule = services.schedule_create(
        owner=owner,
        name="Monday completions",
        frequency=ReportSchedule.Frequency.WEEKLY,
        fmt="csv",
        filters=ReportFilters(statuses=["overdue"]),
        recipients=[owner, colleague],
    )

    task = PeriodicTask.objects.get(pk=schedule.periodic_task_id)
    assert task.task == "reports.tasks.run_scheduled_report_task"
    assert task.crontab.day_of_week == "1" and task.queue == "exports"

    export = services.scheduled_run(schedule_id=schedule.pk)

    assert export.status == ReportExport.Status.READY
    assert set(export.shared_with.all()) == {owner, colleague}
    assert len(mail.outbox) == 2
    message = mail.outbox[0]
    assert message.attachments == []
    assert reverse("reports:export", args=[export.key]) in message.body
    assert "overdue" not in message.body.lower() or "rows" in message.body
    entry = ReportAudit.objects.get(delivery="scheduled")
    assert entry.schedule == schedule and entry.row_count == export.rows_written


def test_schedules_are_for_hr_and_only_to_hr(client, large):
    owner = hr_user()
    learner = UserFactory(email="not.hr@example.com")
    with pytest.raises(Exception, match="not.hr@example.com"):
        services.schedule_create(
            owner=owner,
            name="x",
            frequency="weekly",
            fmt="csv",
            filters=ReportFilters(),
            recipients=[learner],
        )
    manager = UserFactory()
    role_grant(user=manager, role=Role.MANAGER)
    client.force_login(manager)
    assert client.get(reverse("reports:schedules")).status_code == 404  # docs/access-matrix.md
    assert not ReportSchedule.objects.exists()


def test_schedules_page_creates_and_deletes(client, large):
    owner = hr_user()
    client.force_login(owner)
    response = client.post(
        reverse("reports:schedules"),
        {
            "name": "Monthly",
            "frequency": "monthly",
            "format": "xlsx",
            "recipients": [owner.pk],
            "level": "course",
        },
    )
    assert response.status_code == 302
    schedule = ReportSchedule.objects.get()
    assert schedule.periodic_task.crontab.day_of_month == "1"

    client.post(reverse("reports:schedule_delete", args=[schedule.pk]))
    assert not ReportSchedule.objects.exists()
    assert not PeriodicTask.objects.filter(name__startswith="Scheduled report").exists()


def test_audit_log_is_for_superusers(client, large):
    client.force_login(hr_user())
    assert client.get(reverse("reports_audit:index")).status_code == 404  # docs/access-matrix.md
    admin = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(admin)
    client.post(reverse("reports:export_start"), {"level": "course", "format": "csv"})
    html = client.get(reverse("reports_audit:index")).content.decode()
    assert admin.email in html
