from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SkillsConfig(AppConfig):
    name = "skills"
    verbose_name = _("Skills")

    def ready(self):
        # App loading: receivers connect once the models are ready.
        from skills import receivers  # noqa: F401
