from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PackagesConfig(AppConfig):
    name = "packages"
    verbose_name = _("Content packages")

    def ready(self):
        # App loading: receivers connect once the models are ready.
        from packages import receivers  # noqa: F401
