from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem

from core.listings import AdminOnlyViewSet
from people import admin_views, services
from people.models import AccessLog
from people.security import require_recent_authentication


class SuperuserMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


class AccessLogViewSet(AdminOnlyViewSet):
    """The access log of individual data, its filters and its CSV/XLSX export:
    superusers only, in the Privacy menu."""

    name = "people_access_log"
    url_prefix = "privacy/access-log"
    icon = "view"
    menu_label = _("Access log")
    menu_order = 200
    menu_hook = "register_privacy_menu_item"

    def get_urlpatterns(self):
        return self.listing_routes(admin_views.AccessLogView)


@hooks.register("register_admin_viewset")
def register_access_log():
    return AccessLogViewSet()


privacy_menu = Menu(register_hook_name="register_privacy_menu_item")


@hooks.register("register_admin_menu_item")
def privacy_menu_item():
    return SubmenuMenuItem(_("Privacy"), privacy_menu, icon_name="lock", order=905)


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


# Changing who someone is or what role they have asks for the password (or
# the second factor) again when the last sign-in is more than a few minutes old.
@hooks.register("before_create_user")
@hooks.register("before_edit_user")
@hooks.register("before_delete_user")
def reauthenticate_before_account_changes(request, user=None):
    require_recent_authentication(request)
