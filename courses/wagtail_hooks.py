from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from courses import admin_views


@hooks.register("register_admin_urls")
def register_assign_urls():
    return [
        path("assign/", admin_views.assign_learning, name="courses_assign_learning"),
        path(
            "assign/<int:assignment_id>/cancel/",
            admin_views.cancel_assignment,
            name="courses_cancel_assignment",
        ),
    ]


class AssignMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("courses.add_assignment")


@hooks.register("register_admin_menu_item")
def register_assign_menu_item():
    return AssignMenuItem(
        _("Assign learning"),
        reverse("courses_assign_learning"),
        icon_name="calendar-check",
        order=250,
    )
