from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField


@register_setting(icon="cogs")
class EngineSettings(BaseGenericSetting):
    """How the skills engine treats people: limits and the wellbeing guard.

    How long signals are kept is a deployment setting (``RETENTION_DAYS``), so
    the privacy page and the retention task always agree.
    """

    max_active_assignments = models.PositiveSmallIntegerField(
        _("most open assignments a learner holds"),
        default=3,
        validators=[MinValueValidator(1), MaxValueValidator(20)],
        help_text=_("Further assignments wait until one is finished."),
    )
    workload_high = models.DecimalField(
        _("workload counts as high from"),
        max_digits=3,
        decimal_places=2,
        default=0.8,
        validators=[MinValueValidator(0), MaxValueValidator(1)],
        help_text=_("On the 0 to 1 scale. While it is high, non-urgent assignments wait."),
    )
    workload_window_days = models.PositiveSmallIntegerField(
        _("workload looks back (days)"), default=7, validators=[MinValueValidator(1)]
    )
    approval_threshold = models.PositiveIntegerField(
        _("people a rule may assign without approval"),
        default=50,
        validators=[MinValueValidator(1)],
        help_text=_(
            "Within the approval window, however the rule runs (new evidence, activation, "
            "the nightly run). Anyone beyond waits in Approvals, those furthest below the "
            "threshold served first."
        ),
    )
    approval_window_hours = models.PositiveSmallIntegerField(
        _("approval window (hours)"),
        default=24,
        validators=[MinValueValidator(1), MaxValueValidator(24 * 31)],
    )
    evidence_half_life_days = models.PositiveSmallIntegerField(
        _("evidence counts half as much after (days)"),
        default=30,
        validators=[MinValueValidator(1), MaxValueValidator(730)],
    )
    reminder_days_before_due = models.PositiveSmallIntegerField(
        _("remind learners this many days before a due date"), default=3
    )
    support_message = RichTextField(
        _("support offered while workload is high"),
        blank=True,
        features=["bold", "italic", "link", "ul"],
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("max_active_assignments"),
                FieldPanel("approval_threshold"),
                FieldPanel("approval_window_hours"),
            ],
            heading=_("Assignments"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("workload_high"),
                FieldPanel("workload_window_days"),
                FieldPanel("support_message"),
            ],
            heading=_("Wellbeing guard"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("evidence_half_life_days"),
                FieldPanel("reminder_days_before_due"),
            ],
            heading=_("Evidence and reminders"),
        ),
    ]

    class Meta:
        verbose_name = _("skills engine settings")
