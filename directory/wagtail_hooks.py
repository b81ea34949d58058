"""The company directory's screens of the editing area."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from core.listings import AdminOnlyViewSet
from directory import admin_views


class ScimTokenViewSet(AdminOnlyViewSet):
    """SCIM tokens: superusers only (AdminOnlyViewSet with no permission)."""

    name = "directory_scim_tokens"
    url_prefix = "scim-tokens"
    icon = "key"
    menu_label = _("SCIM tokens")
    menu_order = 901
    add_to_admin_menu = False

    def get_urlpatterns(self):
        return [
            self.route("", admin_views.scim_tokens, "index"),
            self.route("<int:token_id>/revoke/", admin_views.scim_token_revoke, "revoke"),
        ]


scim_token_viewset = ScimTokenViewSet()


@hooks.register("register_admin_viewset")
def register_directory_viewsets():
    return scim_token_viewset


@hooks.register("register_settings_menu_item")
def register_scim_tokens_menu_item():
    return scim_token_viewset.get_menu_item()
