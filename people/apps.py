from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class PeopleConfig(AppConfig):
    default = True  # this module holds a second config, for Wagtail's users app
    name = "people"
    verbose_name = _("People")

    def ready(self):
        # App loading: receivers connect once the models are ready.
        from people import receivers  # noqa: F401


class UsersAdminConfig(WagtailUsersAppConfig):
    """Wagtail's users app, with Groups screens that ask a stale sign-in to
    confirm itself before a role changes, and Users screens that audit every
    account change (people/admin_viewsets.py)."""

    default = False
    group_viewset = "people.admin_viewsets.GroupViewSet"
    user_viewset = "people.admin_viewsets.UserViewSet"
