from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

ACTIVE_STATUSES = ("open", "held")


class Assignment(models.Model):
    """A course, or one module of it, given to a learner: with a due date and the reason why.

    What it was based on is kept unchanged with it, so the learner can read,
    question and contest it: as facts (``facts``: numbers, codes, ids and ISO
    dates, no sentences) that ``skills.explanations`` puts into words in the
    reader's language when read, and as the sentences written when it was made
    (``reason``, ``evidence_text``, ``done_when``), read only where there are
    no facts (assignments made before facts were kept).
    """

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        HELD = "held", _("Waiting")
        COMPLETED = "completed", _("Closed")
        CANCELLED = "cancelled", _("Cancelled")

    class Source(models.TextChoices):
        MANUAL = "manual", _("Assigned by a person")
        RULE = "rule", _("Assigned by a rule")

    class Priority(models.TextChoices):
        LOW = "low", _("Low")
        NORMAL = "normal", _("Normal")
        HIGH = "high", _("High")
        URGENT = "urgent", _("Urgent")

    class HoldReason(models.TextChoices):
        NONE = "", _("Not held")
        CAP = "cap", _("The learner already has as many assignments as the limit allows")
        WORKLOAD = "workload", _("The learner's workload is high")

    class ClosedReason(models.TextChoices):
        NONE = "", _("Not closed")
        COMPLETED = "completed", _("Completed")
        TESTED_OUT = "tested_out", _("Tested out")
        RECOVERED = "recovered", _("The evidence recovered")
        CONTEST_UPHELD = "contest_upheld", _("Withdrawn after the learner's contest")
        CANCELLED = "cancelled", _("Cancelled")
        ALREADY_COMPLETE = "already_complete", _("Already done before it was assigned")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="assignments",
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        related_name="assignments",
    )
    module = models.ForeignKey(
        "courses.ModulePage",
        verbose_name=_("module"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="assignments",
        help_text=_("Leave empty to assign the whole course."),
    )
    due_at = models.DateTimeField(_("due"), null=True, blank=True)
    reason = models.TextField(_("why"), help_text=_("In words the learner can read and question."))
    evidence_text = models.TextField(_("evidence"), blank=True)
    done_when = models.TextField(_("what done looks like"), blank=True)
    basis = models.JSONField(
        _("basis"),
        default=dict,
        blank=True,
        help_text=_("The rule, its version and the evidence, as they were when assigned."),
    )
    facts = models.JSONField(
        _("facts"),
        default=dict,
        blank=True,
        help_text=_("What the explanation says, as data: put into words when read."),
    )
    source = models.CharField(_("source"), max_length=20, choices=Source.choices)
    origin_rule_id = models.PositiveIntegerField(_("rule"), null=True, blank=True, db_index=True)
    origin_rule_version = models.PositiveIntegerField(_("rule version"), null=True, blank=True)
    #: The approval batch L&D approved for it, when a rule gave it beyond the
    #: approval limit; such assignments do not count against the limit.
    approval_batch_id = models.PositiveIntegerField(_("approval batch"), null=True, blank=True)
    priority = models.CharField(
        _("priority"), max_length=10, choices=Priority.choices, default=Priority.NORMAL
    )
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.OPEN
    )
    hold_reason = models.CharField(
        _("held because"), max_length=20, choices=HoldReason.choices, blank=True, default=""
    )
    closed_reason = models.CharField(
        _("closed because"), max_length=20, choices=ClosedReason.choices, blank=True, default=""
    )
    created_at = models.DateTimeField(_("assigned at"))
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    snoozed_until = models.DateTimeField(_("snoozed until"), null=True, blank=True)
    snooze_used = models.BooleanField(_("snoozed once"), default=False)
    notified_at = models.DateTimeField(_("learner told at"), null=True, blank=True)
    reminded_at = models.DateTimeField(_("due-date reminder sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")
        # Undated assignments last, on PostgreSQL and SQLite alike.
        ordering = [models.F("due_at").asc(nulls_last=True), "created_at", "pk"]
        constraints = [
            # One active assignment per learner and course, or per learner and module:
            # a task run twice cannot assign the same thing twice.
            models.UniqueConstraint(
                fields=["user", "course"],
                condition=Q(status__in=ACTIVE_STATUSES, module__isnull=True),
                name="courses_assignment_active_course_unique",
            ),
            models.UniqueConstraint(
                fields=["user", "module"],
                condition=Q(status__in=ACTIVE_STATUSES, module__isnull=False),
                name="courses_assignment_active_module_unique",
            ),
        ]
        indexes = [models.Index(fields=["user", "status"])]

    def __str__(self):
        return f"{self.user} · {self.module_id or self.course_id}"

    @property
    def is_active(self) -> bool:
        return self.status in ACTIVE_STATUSES

    @property
    def status_for_others(self) -> str:
        """The status as anyone but the learner reads it: an assignment the
        wellbeing guard holds back reads as open, since why it waits (a heavy
        workload, or as many assignments as the limit allows) is the learner's
        to know alone."""
        status = Assignment.Status.OPEN if self.status == Assignment.Status.HELD else self.status
        return str(Assignment.Status(status).label)

    def reason_in(self, language: str) -> str:
        """Why it was assigned, in ``language``: a rule's text as translated when
        it was assigned (its original where not), or what a person wrote."""
        texts = (self.facts or {}).get("explanation") or {}
        return texts.get(language) or texts.get(settings.LANGUAGE_CODE) or self.reason


class AssignmentEvent(models.Model):
    """What happened to an assignment, and who did it: shown to the learner."""

    class Kind(models.TextChoices):
        CREATED = "created", _("Assigned")
        HELD = "held", _("Held back")
        RELEASED = "released", _("Released")
        SNOOZED = "snoozed", _("Snoozed")
        CONTESTED = "contested", _("Contested")
        CONTEST_UPHELD = "contest_upheld", _("Contest upheld")
        CONTEST_REJECTED = "contest_rejected", _("Contest not upheld")
        CLOSED = "closed", _("Closed")

    assignment = models.ForeignKey(Assignment, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(_("event"), max_length=20, choices=Kind.choices)
    at = models.DateTimeField(_("at"))
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    #: Why, as a code (a hold or closing reason): put into words when read.
    reason = models.CharField(_("reason"), max_length=20, blank=True, default="")
    #: What a person wrote (a contest, a reply); empty for the system's own events.
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("assignment event")
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.get_kind_display()} · {self.at:%Y-%m-%d}"

    @property
    def shown_note(self) -> str:
        """The note in the active language: the system's own (why it was held or
        closed, how long it was put off) from its reason; a person's as written."""
        if self.reason and self.kind == self.Kind.HELD:
            choices = dict(Assignment.HoldReason.choices)
        elif self.reason and self.kind == self.Kind.CLOSED:
            choices = dict(Assignment.ClosedReason.choices)
        elif self.reason.isdigit() and self.kind == self.Kind.SNOOZED:
            days = int(self.reason)
            return ngettext("Put off by %(days)s day.", "Put off by %(days)s days.", days) % {
                "days": days
            }
        else:
            return self.note
        return str(choices.get(self.reason, self.note))
