from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from core.listings import AdminOnlyViewSet
from reports import admin_views


@hooks.register("register_admin_urls")
def register_urls():
    return [
        path("analytics/", admin_views.learning_analytics, name="reports_analytics"),
    ]


class AnalyticsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("reports.view_learning_analytics")


@hooks.register("register_admin_menu_item")
def analytics_menu():
    return AnalyticsMenuItem(
        _("Analytics"), reverse("reports_analytics"), icon_name="table", order=240
    )


class AuditLogViewSet(AdminOnlyViewSet):
    """The report audit log, its filters and its CSV/XLSX export: superusers only."""

    name = "reports_audit"
    url_prefix = "report-audit"
    icon = "history"
    menu_label = _("Report audit log")
    menu_order = 910

    def get_urlpatterns(self):
        return self.listing_routes(admin_views.AuditLogView)


@hooks.register("register_admin_viewset")
def register_audit_log():
    return AuditLogViewSet()
