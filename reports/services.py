"""Writes of the reports app: exports, schedules and the audit log.

Who may report is decided here, for every way in: HR reporters see the whole
organisation; managers their direct reports only; nobody else anything.
"""

import json
import logging
import tempfile
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files import File
from django.core.mail import EmailMultiAlternatives
from django.db import connection, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from core.queueing import enqueue
from reports import exports
from reports.models import Format, ReportAudit, ReportExport, ReportSchedule
from reports.queries import (
    BASIS_LABELS,
    DATE_COLUMNS,
    PROFILE_LABELS,
    STATUS_LABELS,
    ReportFilters,
    counts_sql,
    report_sql,
)

logger = logging.getLogger(__name__)

HR_PERMISSION = "reports.view_completion_report"
MANAGER_PERMISSION = "people.view_own_team"
PREVIEW_ROWS = 20
DATA_COLUMNS = {
    "employee_id",
    "name",
    "email",
    "department",
    "team",
    "manager",
    "course",
    "module",
    "certificate",
}


def may_report(user) -> bool:
    return user.is_authenticated and (
        user.has_perm(HR_PERMISSION) or user.has_perm(MANAGER_PERMISSION)
    )


def scoped_filters(*, user, filters: ReportFilters) -> ReportFilters:
    """The filters ``user`` may run: a manager's are narrowed to their own team."""
    if not user.is_authenticated:
        raise PermissionDenied
    if user.has_perm(HR_PERMISSION):
        return filters
    if user.has_perm(MANAGER_PERMISSION):
        filters.manager_id = user.pk
        return filters
    raise PermissionDenied(_("Reports are for HR and managers."))


@dataclass
class Preview:
    columns: list
    rows: list[tuple]
    counts: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def labelled_counts(self) -> list[tuple[str, int]]:
        return [
            (str(label), self.counts[code])
            for code, label in STATUS_LABELS.items()
            if code in self.counts
        ]

    @property
    def content_columns(self) -> set[int]:
        """The columns that hold what people and authors wrote (names, teams,
        course titles, codes) rather than the interface's words: the page marks
        them so (``data-content``)."""
        return {index for index, (name, _label) in enumerate(self.columns) if name in DATA_COLUMNS}

    @property
    def shown_rows(self) -> list[list]:
        """The rows as the page shows them: statuses, certificate bases and whether
        the profile is complete in words; dates in the reader's date format; the
        empty department and team of a person whose profile is incomplete say so."""
        words = {
            index: labels
            for index, (name, _label) in enumerate(self.columns)
            for column, labels in (
                ("status", STATUS_LABELS),
                ("certificate_basis", BASIS_LABELS),
                ("profile_complete", PROFILE_LABELS),
            )
            if name == column
        }
        names = [name for name, _label in self.columns]
        complete = names.index("profile_complete") if "profile_complete" in names else None
        from_hr = {index for index, name in enumerate(names) if name in ("department", "team")}
        dates = {index for index, name in enumerate(names) if name in DATE_COLUMNS}
        incomplete = str(PROFILE_LABELS["no"])
        shown = []
        for row in self.rows:
            gaps = complete is not None and row[complete] == "no"
            shown.append(
                [
                    incomplete
                    if gaps and index in from_hr and not value
                    else words[index].get(value, value)
                    if index in words and value
                    else _date_shown(value)
                    if index in dates and value
                    else value
                    for index, value in enumerate(row)
                ]
            )
        return shown


def _date_shown(value) -> str:
    """A date of the report (ISO 8601 text from SQLite, a datetime from
    PostgreSQL) as the reader's language writes dates."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return formats.date_format(value, "DATE_FORMAT")


def report_preview(*, user, filters: ReportFilters) -> Preview:
    filters = scoped_filters(user=user, filters=filters)
    now = timezone.now()
    # The page escapes what it shows: names appear as they are, without the
    # apostrophe that keeps a spreadsheet from running them.
    sql, params = report_sql(filters, vendor=connection.vendor, now=now, neutralise=False)
    with connection.cursor() as cursor:
        cursor.execute(f"{sql} LIMIT {PREVIEW_ROWS}", params)
        rows = cursor.fetchall()
        count_sql, count_params = counts_sql(filters, vendor=connection.vendor, now=now)
        cursor.execute(count_sql, count_params)
        counts = dict(cursor.fetchall())
    return Preview(columns=filters.columns, rows=rows, counts=counts)


def _count(filters: ReportFilters) -> int:
    sql, params = counts_sql(filters, vendor=connection.vendor, now=timezone.now())
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return sum(count for _status, count in cursor.fetchall())


def _audit(*, actor, delivery, fmt, filters: ReportFilters, rows=None, schedule=None) -> None:
    ReportAudit.objects.create(
        actor=actor,
        schedule=schedule,
        delivery=delivery,
        format=fmt,
        filters=filters.as_json(),
        row_count=rows,
    )


@dataclass
class ExportDecision:
    """Either a stream to send now, or a background export to follow."""

    stream: object | None = None
    filename: str = ""
    content_type: str = ""
    export: ReportExport | None = None


def _filename(fmt: str) -> str:
    stamp = timezone.now().strftime("%Y-%m-%d-%H%M")
    return f"completion-{stamp}.{'xlsx' if fmt == Format.XLSX else 'csv'}"


CONTENT_TYPES = {
    Format.CSV: "text/csv; charset=utf-8",
    Format.CSV_EXCEL: "text/csv; charset=utf-8",
    Format.XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def report_export(*, user, filters: ReportFilters, fmt: str) -> ExportDecision:
    """Small reports stream at once; large ones go to the exports queue."""
    if fmt not in Format.values:
        raise ValidationError(_("Unknown format."))
    filters = scoped_filters(user=user, filters=filters)
    total = _count(filters)
    if total <= settings.REPORT_STREAM_LIMIT:
        _audit(
            actor=user, delivery=ReportAudit.Delivery.DOWNLOAD, fmt=fmt, filters=filters, rows=total
        )
        if fmt == Format.XLSX:
            spool = tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024)
            exports.write_xlsx(spool, filters)
            spool.seek(0)
            stream = spool
        else:
            stream = exports.csv_chunks(filters, bom=fmt == Format.CSV_EXCEL)
        return ExportDecision(
            stream=stream, filename=_filename(fmt), content_type=CONTENT_TYPES[fmt]
        )
    with transaction.atomic():
        export = ReportExport.objects.create(
            requested_by=user, format=fmt, filters=filters.as_json(), rows_expected=total
        )
        _audit(
            actor=user,
            delivery=ReportAudit.Delivery.BACKGROUND,
            fmt=fmt,
            filters=filters,
            rows=total,
        )
        transaction.on_commit(lambda: export_queue(export_id=export.pk), robust=True)
    return ExportDecision(export=export)


def export_queue(*, export_id: int) -> bool:
    """Queue an export's task. A broker that is down is logged, not raised: the
    export is stored, and ``exports_requeue`` queues it later."""
    # Here, not at the top: reports/tasks.py imports this module.
    from reports.tasks import export_report_task

    return enqueue(export_report_task, export_id)


#: A background export still queued this long after it was asked for was never
#: queued (the broker was down) or its message was lost: queue it again.
REQUEUE_AFTER = timedelta(minutes=10)
REQUEUE_LIMIT = 100


def exports_requeue(*, now=None) -> int:
    """Queue again the background exports that never started; returns how many.
    A copy of a message that was only slow is harmless: the export is written once."""
    cutoff = (now or timezone.now()) - REQUEUE_AFTER
    ids = list(
        ReportExport.objects.filter(
            status=ReportExport.Status.QUEUED, schedule__isnull=True, created_at__lt=cutoff
        )
        .order_by("created_at")
        .values_list("pk", flat=True)[:REQUEUE_LIMIT]
    )
    requeued = 0
    for export_id in ids:
        # At most once an hour each: behind a long export, the first copy is
        # only waiting its turn.
        if cache.add(f"report-export-requeued:{export_id}", 1, timeout=60 * 60):
            export_queue(export_id=export_id)
            requeued += 1
    return requeued


#: How long a task holds its claim on an export: beyond the task's time limit.
CLAIM_SECONDS = 3 * 60 * 60


def _claim(export_id: int, runner: str | None) -> bool:
    """Whether ``runner`` (a task id) may write this export. A second message for
    the same export (a sweeper's copy) must not write it at the same time; the
    same message handed back after its worker was lost may."""
    if runner is None:
        return True
    key = f"report-export-runner:{export_id}"
    cache.add(key, runner, timeout=CLAIM_SECONDS)
    return cache.get(key) == runner


def _release(export_id: int, runner: str | None) -> None:
    key = f"report-export-runner:{export_id}"
    if runner is not None and cache.get(key) == runner:
        cache.delete(key)


def export_run(*, export_id: int, runner: str | None = None) -> ReportExport:
    """Write an export's file (the task body); running it again rewrites it.
    ``runner`` is the task's id: while one task writes an export, another
    finds it claimed and leaves it alone."""
    export = ReportExport.objects.get(pk=export_id)
    if export.status in (ReportExport.Status.READY, ReportExport.Status.EXPIRED):
        return export
    if not _claim(export_id, runner):
        logger.info("Export %s is being written by another task", export_id)
        return export
    try:
        return _export_write(export)
    finally:
        _release(export_id, runner)


def _export_write(export: ReportExport) -> ReportExport:
    ReportExport.objects.filter(pk=export.pk).update(
        status=ReportExport.Status.RUNNING, rows_written=0
    )
    filters = ReportFilters.from_json(export.filters)

    def progress(written: int) -> None:
        ReportExport.objects.filter(pk=export.pk).update(rows_written=written)

    suffix = ".xlsx" if export.format == Format.XLSX else ".csv"
    try:
        with tempfile.NamedTemporaryFile(suffix=suffix) as target:
            if export.format == Format.XLSX:
                count = exports.write_xlsx(target, filters, progress=progress)
            else:
                count = exports.write_csv(
                    target, filters, bom=export.format == Format.CSV_EXCEL, progress=progress
                )
            target.flush()
            target.seek(0)
            export.file.save(f"{export.key}{suffix}", File(target), save=False)
    except Exception as error:
        ReportExport.objects.filter(pk=export.pk).update(
            status=ReportExport.Status.FAILED, error=str(error)[:2000]
        )
        raise
    now = timezone.now()
    export.status = ReportExport.Status.READY
    export.rows_written = count
    export.rows_expected = max(export.rows_expected, count)
    export.finished_at = now
    export.expires_at = now + timedelta(hours=settings.REPORT_FILE_HOURS)
    export.save(
        update_fields=[
            "file",
            "status",
            "rows_written",
            "rows_expected",
            "finished_at",
            "expires_at",
        ]
    )
    return export


def export_for_download(*, user, key) -> ReportExport:
    """The export, if ``user`` asked for it or received it and may still report."""
    export = ReportExport.objects.filter(key=key).first()
    if export is None or not may_report(user):
        raise ReportExport.DoesNotExist
    allowed = export.requested_by_id == user.pk or export.shared_with.filter(pk=user.pk).exists()
    if not allowed:
        raise ReportExport.DoesNotExist
    return export


def export_downloaded(*, user, export: ReportExport) -> None:
    _audit(
        actor=user,
        delivery=ReportAudit.Delivery.FILE_DOWNLOAD,
        fmt=export.format,
        filters=ReportFilters.from_json(export.filters),
        rows=export.rows_written,
        schedule=export.schedule,
    )


def exports_expire() -> int:
    """Delete the files of exports past their expiry."""
    expired = 0
    for export in ReportExport.objects.filter(
        status=ReportExport.Status.READY, expires_at__lt=timezone.now()
    ):
        if export.file:
            export.file.delete(save=False)
        export.status = ReportExport.Status.EXPIRED
        export.save(update_fields=["file", "status"])
        expired += 1
    return expired


# --- Schedules -----------------------------------------------------------------------


def _crontab(frequency: str):
    from django_celery_beat.models import CrontabSchedule

    fields = {"minute": "0", "hour": "6", "month_of_year": "*", "timezone": "UTC"}
    if frequency == ReportSchedule.Frequency.WEEKLY:
        fields.update(day_of_week="1", day_of_month="*")
    else:
        fields.update(day_of_week="*", day_of_month="1")
    schedule, _created = CrontabSchedule.objects.get_or_create(**fields)
    return schedule


def schedule_create(
    *, owner, name: str, frequency: str, fmt: str, filters: ReportFilters, recipients
) -> ReportSchedule:
    from django_celery_beat.models import PeriodicTask

    if not owner.has_perm(HR_PERMISSION):
        raise PermissionDenied(_("Only HR reporters schedule reports."))
    name = name.strip()
    if not name:
        raise ValidationError({"name": _("Name the report.")})
    recipients = list(recipients)
    if not recipients:
        raise ValidationError({"recipients": _("Choose who receives it.")})
    refused = [r.email for r in recipients if not r.has_perm(HR_PERMISSION)]
    if refused:
        raise ValidationError(
            {
                "recipients": _("Not HR reporters, so they may not receive it: %(emails)s.")
                % {"emails": ", ".join(refused)}
            }
        )
    with transaction.atomic():
        schedule = ReportSchedule.objects.create(
            name=name, owner=owner, frequency=frequency, format=fmt, filters=filters.as_json()
        )
        schedule.recipients.set(recipients)
        schedule.periodic_task = PeriodicTask.objects.create(
            name=f"Scheduled report {schedule.pk}: {name}"[:200],
            task="reports.tasks.run_scheduled_report_task",
            crontab=_crontab(frequency),
            args=json.dumps([schedule.pk]),
            queue="exports",
        )
        schedule.save(update_fields=["periodic_task"])
    return schedule


def schedule_delete(*, user, schedule: ReportSchedule) -> None:
    if schedule.owner_id != user.pk and not user.is_superuser:
        raise PermissionDenied
    with transaction.atomic():
        if schedule.periodic_task_id:
            schedule.periodic_task.delete()
        schedule.delete()


#: Schedules run weekly or monthly, so a run within this long of the last one is
#: the same run again (its message handed back after the worker was lost, or
#: queued twice): it finishes the export that run started and sends nothing twice.
SAME_RUN = timedelta(hours=20)


def scheduled_run(*, schedule_id: int, runner: str | None = None) -> ReportExport | None:
    """Make the scheduled report and send each recipient a link to it, once.
    ``runner`` is the task's id (see ``export_run``)."""
    schedule = ReportSchedule.objects.filter(pk=schedule_id).select_related("owner").first()
    if schedule is None or not schedule.owner.has_perm(HR_PERMISSION):
        return None
    filters = ReportFilters.from_json(schedule.filters)
    recipients = [
        r for r in schedule.recipients.filter(is_active=True) if r.has_perm(HR_PERMISSION)
    ]
    export = (
        ReportExport.objects.filter(schedule=schedule, created_at__gte=timezone.now() - SAME_RUN)
        .order_by("-created_at")
        .first()
    )
    if export is None:
        export = ReportExport.objects.create(
            requested_by=schedule.owner,
            schedule=schedule,
            format=schedule.format,
            filters=filters.as_json(),
        )
        export.shared_with.set(recipients)
    elif schedule.last_run_at is not None and schedule.last_run_at >= export.created_at:
        return export
    export = export_run(export_id=export.pk, runner=runner)
    if export.status != ReportExport.Status.READY:
        return export  # another task is writing it, and will send it
    with transaction.atomic():
        locked = ReportSchedule.objects.select_for_update().get(pk=schedule.pk)
        if locked.last_run_at is not None and locked.last_run_at >= export.created_at:
            return export
        _audit(
            actor=None,
            delivery=ReportAudit.Delivery.SCHEDULED,
            fmt=schedule.format,
            filters=filters,
            rows=export.rows_written,
            schedule=schedule,
        )
        ReportSchedule.objects.filter(pk=schedule.pk).update(last_run_at=timezone.now())
        base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        link = base + reverse("reports:export", args=[export.key])
        # The messages leave when this commits, with the record that they did.
        for recipient in recipients:
            language = getattr(getattr(recipient, "profile", None), "preferred_language", "en")
            with translation.override(language):
                context = {"schedule": schedule, "export": export, "link": link, "user": recipient}
                subject = render_to_string("reports/email/scheduled_subject.txt", context).strip()
                body = render_to_string("reports/email/scheduled_body.txt", context)
            EmailMultiAlternatives(subject, body, to=[recipient.email]).send()
    return export


# --- Privacy ----------------------------------------------------------------------------


def audit_expire(*, before, batch_size: int = 5000) -> int:
    """Delete one batch of audit entries older than ``before``. Returns how many."""
    ids = list(
        ReportAudit.objects.filter(at__lt=before)
        .order_by("at")
        .values_list("pk", flat=True)[:batch_size]
    )
    if ids:
        ReportAudit.objects.filter(pk__in=ids).delete()
    return len(ids)


def person_data_erase(*, user) -> dict[str, int]:
    """An erased person receives no report again: they leave every schedule's and
    export's recipients, and the schedules they own stop."""
    owned = list(ReportSchedule.objects.filter(owner=user).select_related("periodic_task"))
    for schedule in owned:
        if schedule.periodic_task_id:
            schedule.periodic_task.delete()
        schedule.delete()
    recipient_of, _detail = ReportSchedule.recipients.through.objects.filter(user=user).delete()
    shared, _detail = ReportExport.shared_with.through.objects.filter(user=user).delete()
    return {"schedules": len(owned), "recipient_of": recipient_of + shared}
