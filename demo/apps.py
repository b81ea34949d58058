from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """The demo: seed_demo, seed_scale and the content loader (`load_content`)."""

    name = "demo"
    verbose_name = _("Demo and content")
