from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Contest(models.Model):
    """A learner's challenge to an assignment, and L&D's decision on it."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for review")
        UPHELD = "upheld", _("Upheld: the assignment is withdrawn")
        REJECTED = "rejected", _("Not upheld: the assignment stands")

    assignment = models.ForeignKey(
        "courses.Assignment", on_delete=models.CASCADE, related_name="contests"
    )
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    comment = models.TextField(_("why the learner disagrees"), max_length=3000)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    created_at = models.DateTimeField(_("contested at"))
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decision_note = models.TextField(_("reply to the learner"), blank=True, max_length=3000)

    class Meta:
        verbose_name = _("contest")
        ordering = ["created_at"]
        constraints = [
            # One contest per assignment: a decision is final.
            models.UniqueConstraint(
                fields=["assignment"], name="skills_one_contest_per_assignment"
            ),
        ]
        indexes = [
            models.Index(
                fields=["status", "created_at"],
                condition=Q(status="pending"),
                name="skills_contest_pending",
            )
        ]

    def __str__(self):
        return f"{self.assignment_id}: {self.status}"
