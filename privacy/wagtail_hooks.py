from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from people.wagtail_hooks import SuperuserMenuItem
from privacy import admin_views


@hooks.register("register_admin_urls")
def register_urls():
    return [
        path("privacy/erase/", admin_views.erase_find, name="people_erase_find"),
        path("privacy/erase/<int:user_id>/", admin_views.erase, name="people_erase"),
    ]


@hooks.register("register_privacy_menu_item")
def erase_menu_item():
    return SuperuserMenuItem(
        _("Erase a person's data"), reverse("people_erase_find"), icon_name="bin", order=100
    )


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
