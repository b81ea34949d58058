from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from skills.models.taxonomy import Skill


class SkillProfile(models.Model):
    """Where a learner stands on one skill, estimated from the evidence.

    ``score`` is a recency-weighted mean of the evidence (see
    ``skills.profiles.estimate``); ``level`` maps it onto the four levels.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="skill_profiles"
    )
    skill = models.ForeignKey(Skill, on_delete=models.CASCADE, related_name="profiles")
    score = models.FloatField(_("estimate (0 to 1)"))
    level = models.PositiveSmallIntegerField(_("level"))
    evidence_count = models.PositiveIntegerField(_("pieces of evidence"))
    last_evidence_at = models.DateTimeField(_("latest evidence"))
    updated_at = models.DateTimeField(_("updated at"))

    class Meta:
        verbose_name = _("skill profile")
        constraints = [
            models.UniqueConstraint(fields=["user", "skill"], name="skills_profile_unique"),
        ]

    def __str__(self):
        return f"{self.user_id} · {self.skill_id}: {self.score:.2f}"


class SkillProfileSnapshot(models.Model):
    """The profile as it was after each change: its history."""

    profile = models.ForeignKey(SkillProfile, on_delete=models.CASCADE, related_name="history")
    score = models.FloatField()
    level = models.PositiveSmallIntegerField()
    evidence_count = models.PositiveIntegerField()
    at = models.DateTimeField()

    class Meta:
        verbose_name = _("skill profile change")
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.profile_id} @ {self.at:%Y-%m-%d}"
