from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from core.i18n import originals_only
from skills.models.signals import Signal
from skills.models.taxonomy import Skill

SKILL_EVIDENCE_SOURCES = [
    choice for choice in Signal.Source.choices if choice[0] not in Signal.WELLBEING_SOURCES
]


class AssignmentRule(ClusterableModel):
    """When a skill's evidence is below a threshold, assign modules or a course."""

    class Mode(models.TextChoices):
        SHADOW = "shadow", _("Shadow: show whom it would assign, assign no one")
        ACTIVE = "active", _("Active: assigns")
        OFF = "off", _("Off")

    name = models.CharField(_("name"), max_length=150)
    explanation = models.TextField(
        _("why, for the learner"),
        help_text=_("One or two sentences the learner reads on “Why was this assigned to me?”."),
    )
    # The same text in the other languages: a learner reads theirs, or the original.
    explanation_es = models.TextField(
        _("why, for the learner, in Spanish"),
        blank=True,
        help_text=_("Leave empty and Spanish learners read the original."),
    )
    explanation_fr = models.TextField(
        _("why, for the learner, in French"),
        blank=True,
        help_text=_("Leave empty and French learners read the original."),
    )
    mode = models.CharField(_("mode"), max_length=10, choices=Mode.choices, default=Mode.SHADOW)
    version = models.PositiveIntegerField(_("version"), default=1)

    skill = models.ForeignKey(
        Skill,
        verbose_name=_("skill"),
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to=originals_only,
    )
    threshold = models.DecimalField(
        _("assign when the estimate is below"),
        max_digits=3,
        decimal_places=2,
        validators=[MinValueValidator(0), MaxValueValidator(1)],
        help_text=_("On the 0 to 1 scale signals are normalised to, e.g. 0.70."),
    )
    min_evidence = models.PositiveSmallIntegerField(
        _("with at least this many pieces of evidence"),
        default=3,
        validators=[MinValueValidator(1)],
    )
    window_days = models.PositiveSmallIntegerField(
        _("looking back (days)"),
        default=90,
        validators=[MinValueValidator(1), MaxValueValidator(730)],
    )
    sources = models.JSONField(
        _("evidence sources"),
        default=list,
        blank=True,
        help_text=_(
            "Leave empty to use every kind of skill evidence. Wellbeing data is never used."
        ),
    )
    departments = ParentalManyToManyField(
        "people.Department", verbose_name=_("only in these departments"), blank=True
    )
    teams = ParentalManyToManyField(
        "people.Team", verbose_name=_("only in these teams"), blank=True
    )
    job_roles = models.CharField(
        _("only for these job roles"),
        max_length=500,
        blank=True,
        help_text=_("Comma-separated, as the HR system names them. Empty: every role."),
    )

    target_course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("assign this course"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to=originals_only,
    )
    target_modules = ParentalManyToManyField(
        "courses.ModulePage",
        verbose_name=_("or these modules"),
        blank=True,
        related_name="+",
        limit_choices_to=originals_only,
    )
    due_in_days = models.PositiveSmallIntegerField(
        _("due in (days)"), default=14, validators=[MinValueValidator(1), MaxValueValidator(365)]
    )
    priority = models.CharField(
        _("priority"),
        max_length=10,
        choices=[
            ("low", _("Low")),
            ("normal", _("Normal")),
            ("high", _("High")),
            ("urgent", _("Urgent")),
        ],
        default="normal",
        help_text=_("Only urgent assignments reach a learner whose workload is high."),
    )

    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    activated_at = models.DateTimeField(_("activated at"), null=True, blank=True)
    activated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("explanation"),
        MultiFieldPanel(
            [FieldPanel("explanation_es"), FieldPanel("explanation_fr")],
            heading=_("The why, translated"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("skill"),
                FieldRowPanel(
                    [FieldPanel("threshold"), FieldPanel("min_evidence"), FieldPanel("window_days")]
                ),
                # A list of kinds: skills/forms.py gives it its field.
                FieldPanel("sources"),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("departments", widget=forms.CheckboxSelectMultiple),
                FieldPanel("teams", widget=forms.CheckboxSelectMultiple),
                FieldPanel("job_roles"),
            ],
            heading=_("Who"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("target_course"),
                FieldPanel("target_modules", widget=forms.CheckboxSelectMultiple),
                FieldRowPanel([FieldPanel("due_in_days"), FieldPanel("priority")]),
            ],
            heading=_("Assign"),
        ),
    ]

    class Meta:
        verbose_name = _("assignment rule")
        verbose_name_plural = _("assignment rules")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def job_role_list(self) -> list[str]:
        return [role.strip().casefold() for role in self.job_roles.split(",") if role.strip()]

    @property
    def evidence_sources(self) -> list[str]:
        allowed = {value for value, _label in SKILL_EVIDENCE_SOURCES}
        chosen = [source for source in self.sources or [] if source in allowed]
        return chosen or sorted(allowed)

    def clean(self):
        super().clean()
        unknown = [s for s in self.sources or [] if s not in dict(SKILL_EVIDENCE_SOURCES)]
        if unknown:
            raise ValidationError({"sources": _("Wellbeing data can never trigger an assignment.")})

    def explanations(self) -> dict[str, str]:
        """The why in each language it is written in, by language code."""
        texts = {settings.LANGUAGE_CODE: self.explanation}
        for code, _name in settings.LANGUAGES:
            text = getattr(self, f"explanation_{code}", "")
            if code != settings.LANGUAGE_CODE and text and text.strip():
                texts[code] = text.strip()
        return texts

    def explanation_in(self, language: str) -> str:
        """The why in ``language``, or the original where it is not translated."""
        texts = self.explanations()
        return texts.get(language) or texts[settings.LANGUAGE_CODE]

    def snapshot(self) -> dict:
        """The rule as a learner's assignment keeps it, unchanged."""
        return {
            "id": self.pk,
            "name": self.name,
            "version": self.version,
            "explanation": self.explanation,
            "skill": self.skill.code,
            "skill_name": self.skill.name,
            "threshold": float(self.threshold),
            "min_evidence": self.min_evidence,
            "window_days": self.window_days,
            "sources": self.evidence_sources,
        }


class ApprovalBatch(models.Model):
    """Assignments a rule run would make, above the size an admin set: they wait
    for an L&D decision."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for approval")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    rule = models.ForeignKey(AssignmentRule, on_delete=models.CASCADE, related_name="batches")
    rule_version = models.PositiveIntegerField()
    size = models.PositiveIntegerField(_("learners"))
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    created_at = models.DateTimeField(_("created at"))
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("approval batch")
        verbose_name_plural = _("approval batches")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.rule} v{self.rule_version}: {self.size}"


class RuleMatch(models.Model):
    """The latest evaluation of one rule version for one learner: the evidence and
    what the rule did (or, in shadow mode, would do) about it."""

    class Outcome(models.TextChoices):
        WOULD_ASSIGN = "would_assign", _("Would assign (shadow)")
        # An assignment the wellbeing guard holds back is "assigned" here too:
        # that it waits is the learner's to know, no one else's.
        ASSIGNED = "assigned", _("Assigned")
        PENDING_APPROVAL = "pending_approval", _("Waiting for approval")
        ALREADY = "already", _("Already assigned")
        DONE = "done", _("Already done")
        REJECTED = "rejected", _("Not approved by L&D")
        RECOVERED = "recovered", _("Evidence recovered: closed")
        NOT_MATCHED = "not_matched", _("Not matched")

    rule = models.ForeignKey(AssignmentRule, on_delete=models.CASCADE, related_name="matches")
    rule_version = models.PositiveIntegerField()
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    score = models.FloatField(null=True, blank=True)
    evidence_count = models.PositiveIntegerField(default=0)
    evidence_text = models.TextField(blank=True)
    evidence = models.JSONField(default=list, blank=True)
    outcome = models.CharField(max_length=20, choices=Outcome.choices)
    batch = models.ForeignKey(
        ApprovalBatch, null=True, blank=True, on_delete=models.SET_NULL, related_name="matches"
    )
    evaluated_at = models.DateTimeField()

    class Meta:
        verbose_name = _("rule match")
        constraints = [
            models.UniqueConstraint(
                fields=["rule", "rule_version", "user"], name="skills_rulematch_unique"
            ),
        ]
        indexes = [models.Index(fields=["rule", "outcome"])]

    def __str__(self):
        return f"{self.rule_id} v{self.rule_version} · {self.user_id}: {self.outcome}"
