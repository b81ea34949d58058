import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Format(models.TextChoices):
    CSV = "csv", _("CSV (UTF-8)")
    CSV_EXCEL = "csv_excel", _("CSV for Excel (UTF-8 with BOM)")
    XLSX = "xlsx", _("Excel workbook (XLSX)")


class Level(models.TextChoices):
    COURSE = "course", _("One row per learner and course")
    MODULE = "module", _("One row per learner and module")


class ReportExport(models.Model):
    """An export that runs in the background; its file expires and only the
    people it was made for may download it."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Failed")
        EXPIRED = "expired", _("Expired")

    key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    shared_with = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True, related_name="+")
    schedule = models.ForeignKey(
        "reports.ReportSchedule",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="exports",
    )
    format = models.CharField(max_length=20, choices=Format.choices)
    filters = models.JSONField(default=dict)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.QUEUED)
    rows_expected = models.PositiveIntegerField(default=0)
    rows_written = models.PositiveIntegerField(default=0)
    file = models.FileField(upload_to="exports/", blank=True)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("report export")
        ordering = ["-created_at"]
        permissions = [
            (
                "view_completion_report",
                _("Can see and export the organisation's completion reports"),
            ),
            ("view_learning_analytics", _("Can see the L&D analytics")),
        ]

    def __str__(self):
        return f"{self.format} · {self.created_at:%Y-%m-%d %H:%M}"

    @property
    def percent(self) -> int:
        if self.status == self.Status.READY:
            return 100
        if not self.rows_expected:
            return 0
        return min(99, round(100 * self.rows_written / self.rows_expected))


class ReportSchedule(models.Model):
    """A report sent every week or month: recipients get a link, never the data."""

    class Frequency(models.TextChoices):
        WEEKLY = "weekly", _("Weekly, on Mondays")
        MONTHLY = "monthly", _("Monthly, on the 1st")

    name = models.CharField(_("name"), max_length=150)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    recipients = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("recipients"), related_name="+"
    )
    frequency = models.CharField(_("how often"), max_length=10, choices=Frequency.choices)
    format = models.CharField(
        _("format"), max_length=20, choices=Format.choices, default=Format.XLSX
    )
    filters = models.JSONField(default=dict)
    periodic_task = models.OneToOneField(
        "django_celery_beat.PeriodicTask",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    last_run_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("scheduled report")
        ordering = ["name"]

    def __str__(self):
        return self.name


class ReportAudit(models.Model):
    """Every export and scheduled run: who, when, with which filters, how many rows."""

    class Delivery(models.TextChoices):
        DOWNLOAD = "download", _("Downloaded at once")
        BACKGROUND = "background", _("Exported in the background")
        SCHEDULED = "scheduled", _("Scheduled run")
        FILE_DOWNLOAD = "file_download", _("File downloaded")

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    schedule = models.ForeignKey(
        ReportSchedule, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    delivery = models.CharField(max_length=20, choices=Delivery.choices)
    format = models.CharField(max_length=20, choices=Format.choices)
    filters = models.JSONField(default=dict)
    row_count = models.PositiveIntegerField(null=True, blank=True)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("report audit entry")
        verbose_name_plural = _("report audit log")
        ordering = ["-at"]

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} · {self.get_delivery_display()}"
