from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from reports import admin_views


@hooks.register("register_admin_urls")
def register_urls():
    return [
        path("analytics/", admin_views.learning_analytics, name="reports_analytics"),
        path("report-audit/", admin_views.audit_log, name="reports_audit"),
    ]


class AnalyticsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("reports.view_learning_analytics")


class AuditMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_admin_menu_item")
def analytics_menu():
    return AnalyticsMenuItem(
        _("Analytics"), reverse("reports_analytics"), icon_name="table", order=240
    )


@hooks.register("register_admin_menu_item")
def audit_menu():
    return AuditMenuItem(
        _("Report audit log"), reverse("reports_audit"), icon_name="history", order=910
    )
