from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class TeamWellbeingSnapshot(models.Model):
    """A team's wellbeing figure for one source, as published at a fixed time.

    The team is a manager's direct reports. Only published figures are stored,
    coarsened to one decimal; ``state`` keeps who contributed, each with a keyed
    digest of their coarsened own value (never the value), so that the next
    publication can tell how many people's data changed since this one
    (skills/services.py ``team_wellbeing_publish``). Nobody sees ``state``.
    """

    manager = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("manager"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    source = models.CharField(_("source"), max_length=30)
    value = models.DecimalField(_("team average (0 to 1)"), max_digits=2, decimal_places=1)
    published_at = models.DateTimeField(_("published at"))
    state = models.JSONField(default=dict)

    class Meta:
        verbose_name = _("team wellbeing snapshot")
        verbose_name_plural = _("team wellbeing snapshots")
        indexes = [models.Index(fields=["manager", "source", "-published_at"])]

    def __str__(self):
        return f"{self.manager_id} · {self.source} · {self.published_at:%Y-%m-%d}"
