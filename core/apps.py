from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Shared foundations")

    def ready(self):
        # Inside the editing area, Wagtail answers a missing permission with a
        # redirect to its dashboard, which tells that the screen exists. The
        # site's rule (core/access.py) is 404 for a read and 403 for a write;
        # Wagtail looks this function up in its module each time it refuses.
        from wagtail.admin import auth as wagtail_auth

        # App loading: receivers connect and widgets patch only once apps are ready.
        from core import receivers, widgets  # noqa: F401
        from core.access import refuse

        wagtail_auth.permission_denied = refuse
        # Choosers start from a marker, not an inline script (core/widgets.py).
        widgets.install()
