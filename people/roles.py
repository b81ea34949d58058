"""The product's roles. Each is a Django group created by a data migration;
the group name is the stable identifier, the label is what people read."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    LEARNER = "Learner", _("Learner")
    MANAGER = "Manager", _("Manager")
    LD_AUTHOR = "L&D Author", _("L&D Author")
    HR_REPORTER = "HR Reporter", _("HR Reporter")


ROLE_DESCRIPTIONS = {
    Role.LEARNER: _(
        "Takes courses, sees their own progress and what was assigned to them and why."
    ),
    Role.MANAGER: _(
        "Sees their team's completion and skill picture, never anyone's wellbeing data."
    ),
    Role.LD_AUTHOR: _(
        "Writes and publishes courses in the editing area and keeps the skills taxonomy."
    ),
    Role.HR_REPORTER: _("Exports completion reports for the organisation."),
}
