"""What the editing area's own screens share: Wagtail viewsets whose every URL
keeps the project's access rule (core.access.admin_only: 404 for a read, 403 for
a write), and Wagtail's ReportView with spreadsheet exports that cannot run a
formula.

Wagtail's export writes CSV cells as they are, and XLSX cells that look like a
formula as text cells. A CSV has no cell types, so here a text that a
spreadsheet would run (starting with =, +, -, @, a tab or a carriage return)
carries a leading apostrophe, as the completion report's CSV does
(reports/queries.py); XLSX text stays as it is, in a text cell.
"""

from django.contrib.auth import get_user_model
from django.urls import path
from django.utils.formats import date_format
from django.utils.timezone import localtime
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.admin.viewsets.base import ViewSet

from core.access import admin_only, is_superuser

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    """A CSV cell's value that no spreadsheet runs as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class SafeReportView(ReportView):
    """Wagtail's ReportView whose CSV export neutralises formula cells. A view
    with no ``list_export`` has no download: ``?export=`` shows the listing."""

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.is_export = self.is_export and bool(self.list_export)

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if export_format == self.FORMAT_CSV:
            return spreadsheet_safe(value)
        return value


class AdminOnlyViewSet(ViewSet):
    """A viewset of the editing area whose views and menu item are for the
    people with ``permission`` (superusers only when it is empty); everyone
    else gets core.access.refuse's answer (Wagtail's own check would redirect
    to the dashboard instead)."""

    add_to_admin_menu = True
    permission = ""

    def user_may(self, user) -> bool:
        return user.has_perm(self.permission) if self.permission else is_superuser(user)

    def guarded(self, view):
        return admin_only(self.user_may)(view)

    def route(self, route: str, view, name: str):
        return path(route, self.guarded(view), name=name)

    def listing_routes(self, view_class, **kwargs):
        """The index and the filters' results URL of a listing view."""
        kwargs = {
            "index_url_name": self.get_url_name("index"),
            "index_results_url_name": self.get_url_name("results"),
            **kwargs,
        }
        return [
            self.route("", view_class.as_view(**kwargs), "index"),
            self.route("results/", view_class.as_view(results_only=True, **kwargs), "results"),
        ]

    @property
    def menu_item_class(self):
        viewset = self

        class GuardedMenuItem(MenuItem):
            def is_shown(self, request):
                return request.user.is_active and viewset.user_may(request.user)

        return GuardedMenuItem


class DateTimeColumn(Column):
    """A column showing a moment as the project writes it (DATETIME_FORMAT, in
    the current time zone), not Wagtail's "3 hours ago"."""

    def get_value(self, instance):
        value = super().get_value(instance)
        return date_format(localtime(value), "DATETIME_FORMAT") if value else None


class DashColumn(Column):
    """A column that shows a dash where there is no value."""

    empty_value_display = "—"

    def get_value(self, instance):
        value = super().get_value(instance)
        return "" if value is None else value


def users_who_appear(model, field: str):
    """The filter choices of a user column: only people the log names there."""
    User = get_user_model()  # noqa: N806
    return User.objects.filter(
        pk__in=model.objects.exclude(**{f"{field}__isnull": True}).values(field)
    ).order_by(User.USERNAME_FIELD)
