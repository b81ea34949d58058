from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    name = "directory"
    verbose_name = _("Company directory")

    def ready(self):
        # App loading: receivers connect once the models are ready.
        from directory import receivers  # noqa: F401
