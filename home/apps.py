from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    # The label of the project package the home page was first written in: its
    # table, content type and migrations keep their names.
    label = "lms"
    verbose_name = _("Human Edge Academy")
