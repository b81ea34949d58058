from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LmsConfig(AppConfig):
    name = "lms"
    verbose_name = _("Human Edge Academy")

    def ready(self):
        # Inside the editing area, Wagtail answers a missing permission with a
        # redirect to its dashboard, which tells that the screen exists. The
        # site's rule (lms/access.py) is 404 for a read and 403 for a write;
        # Wagtail looks this function up in its module each time it refuses.
        from wagtail.admin import auth as wagtail_auth

        from lms import receivers, widgets  # noqa: F401
        from lms.access import refuse

        wagtail_auth.permission_denied = refuse
        # Choosers start from a marker, not an inline script (lms/widgets.py).
        widgets.install()
