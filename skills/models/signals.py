from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from skills.models.taxonomy import Skill


class Signal(models.Model):
    """A piece of evidence about one learner's skill, from one source, at one time.

    Idempotent by ``external_id`` within its origin: the same signal sent twice
    by one integration is stored once. Each origin (an API token, the CSV
    upload, the site itself) has ids of its own, so one integration's ids never
    clash with, nor reveal, another's.
    """

    #: The origin of signals the site records itself (assessment results, demo data).
    SITE = ""
    #: The origin of signals uploaded as CSV in the editing area.
    CSV_UPLOAD = "csv"

    class Source(models.TextChoices):
        ASSESSMENT = "assessment", _("Assessment")
        QA_SOFT_SKILLS = "qa_soft_skills", _("QA soft-skill score")
        SELF_ASSESSMENT = "self_assessment", _("Self-assessment")
        MANAGER = "manager", _("Manager's rating")
        CUSTOMER_SENTIMENT = "customer_sentiment", _("Customer sentiment")
        WORKLOAD = "workload", _("Workload")
        WELLBEING_CHECKIN = "wellbeing_checkin", _("Wellbeing check-in")

    #: Individually visible to the learner alone; never in a report or export.
    WELLBEING_SOURCES = frozenset({"customer_sentiment", "workload", "wellbeing_checkin"})

    user = models.ForeignKey(
        "people.User", verbose_name=_("learner"), on_delete=models.CASCADE, related_name="signals"
    )
    skill = models.ForeignKey(
        Skill,
        verbose_name=_("skill"),
        on_delete=models.PROTECT,
        related_name="signals",
        null=True,
        blank=True,
        help_text=_("Wellbeing signals (workload, check-ins, sentiment) may name no skill."),
    )
    value = models.FloatField(
        _("value (0 to 1)"), validators=[MinValueValidator(0.0), MaxValueValidator(1.0)]
    )
    raw_value = models.FloatField(_("value as sent"))
    scale_min = models.FloatField(_("scale minimum"), default=0)
    scale_max = models.FloatField(_("scale maximum"), default=1)
    source = models.CharField(_("source"), max_length=30, choices=Source.choices)
    observed_at = models.DateTimeField(_("observed at"))
    external_id = models.CharField(_("external id"), max_length=200)
    origin = models.CharField(
        _("sent by"),
        max_length=40,
        blank=True,
        default="",
        db_default="",
        editable=False,
        help_text=_("Which integration sent it: its external ids are its own."),
    )
    note = models.TextField(_("note"), blank=True, max_length=2000)
    received_at = models.DateTimeField(_("received at"), auto_now_add=True)
    processed_at = models.DateTimeField(_("processed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("skill signal")
        verbose_name_plural = _("skill signals")
        indexes = [
            models.Index(fields=["user", "skill", "observed_at"]),
            # Only the few signals waiting for the engine: by learner for the
            # engine's batches, by arrival for the sweeper.
            models.Index(
                fields=["user"],
                condition=models.Q(processed_at__isnull=True),
                name="skills_signal_pending_user",
            ),
            models.Index(
                fields=["received_at"],
                condition=models.Q(processed_at__isnull=True),
                name="skills_signal_pending_since",
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["origin", "external_id"], name="skills_signal_origin_external_id"
            ),
            models.CheckConstraint(
                condition=models.Q(value__gte=0) & models.Q(value__lte=1),
                name="skills_signal_value_0_1",
            ),
        ]

    def __str__(self):
        return self.external_id

    @property
    def is_wellbeing(self) -> bool:
        return self.source in self.WELLBEING_SOURCES
