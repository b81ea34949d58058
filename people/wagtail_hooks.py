from django.contrib.auth import get_user_model
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.widgets import Button

from lms.access import is_superuser
from lms.listings import AdminOnlyViewSet
from people import admin_views, services
from people.models import AccessLog
from people.security import require_recent_authentication


@hooks.register("register_admin_urls")
def register_urls():
    return [
        path("privacy/erase/", admin_views.erase_find, name="people_erase_find"),
        path("privacy/erase/<int:user_id>/", admin_views.erase, name="people_erase"),
    ]


class SuperuserMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_privacy_menu_item")
def erase_menu_item():
    return SuperuserMenuItem(
        _("Erase a person's data"), reverse("people_erase_find"), icon_name="bin", order=100
    )


class AccessLogViewSet(AdminOnlyViewSet):
    """The access log of individual data, its filters and its CSV/XLSX export:
    superusers only, in the Privacy menu."""

    name = "people_access_log"
    url_prefix = "privacy/access-log"
    icon = "view"
    menu_label = _("Access log")
    menu_order = 200
    menu_hook = "register_privacy_menu_item"

    def user_may(self, user) -> bool:
        return is_superuser(user)

    def get_urlpatterns(self):
        return self.listing_routes(admin_views.AccessLogView)


@hooks.register("register_admin_viewset")
def register_access_log():
    return AccessLogViewSet()


privacy_menu = Menu(register_hook_name="register_privacy_menu_item")


@hooks.register("register_admin_menu_item")
def privacy_menu_item():
    return SubmenuMenuItem(_("Privacy"), privacy_menu, icon_name="lock", order=905)


@hooks.register("register_user_listing_buttons")
def erase_button(user, request_user):
    """“Erase personal data” in a user's menu of Settings → Users, for superusers."""
    if not request_user.is_superuser or user.pk == request_user.pk or user.erased_at:
        return []
    return [
        Button(
            _("Erase personal data"),
            url=reverse("people_erase", args=[user.pk]),
            icon_name="bin",
            priority=90,
        )
    ]


# What each bulk action of Settings → Users changes in the accounts it acts on.
USER_BULK_ACTION_FIELDS = {
    "assign_role": ["groups"],
    "set_active_state": ["is_active"],
    "delete": ["user (deleted)"],
}


@hooks.register("before_bulk_action")
def confirm_and_audit_user_bulk_actions(request, action_type, objects, action_class_instance):
    """Bulk actions on users (assign a role, (de)activate, delete) ask a stale
    sign-in to confirm itself, like the single-user screens, and are audited.
    The entries are written in the action's transaction, so they stay only if
    the action is done."""
    if action_class_instance.model is not get_user_model():
        return
    require_recent_authentication(request)
    services.account_change_record(
        actor=request.user,
        subjects=objects,
        place=AccessLog.Place.USERS_SCREEN,
        fields=USER_BULK_ACTION_FIELDS.get(action_type, [action_type]),
        path=request.path,
    )
