from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Assignment(models.Model):
    """A course, or one module of it, given to a learner: with a due date and the reason why."""

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        COMPLETED = "completed", _("Completed")
        CANCELLED = "cancelled", _("Cancelled")

    class Source(models.TextChoices):
        MANUAL = "manual", _("Assigned by a person")
        RULE = "rule", _("Assigned by a rule")

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
    source = models.CharField(_("source"), max_length=20, choices=Source.choices)
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
    created_at = models.DateTimeField(_("assigned at"))
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)

    class Meta:
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")
        ordering = ["due_at", "created_at"]
        constraints = [
            # One open assignment per learner and course, or per learner and module.
            models.UniqueConstraint(
                fields=["user", "course"],
                condition=Q(status="open", module__isnull=True),
                name="courses_assignment_open_course_unique",
            ),
            models.UniqueConstraint(
                fields=["user", "module"],
                condition=Q(status="open", module__isnull=False),
                name="courses_assignment_open_module_unique",
            ),
        ]
        indexes = [models.Index(fields=["user", "status"])]

    def __str__(self):
        return f"{self.user} · {self.module_id or self.course_id}"
