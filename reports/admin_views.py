import django_filters
from django import forms
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.filters import DateRangePickerWidget, MultipleUserFilter, WagtailFilterSet
from wagtail.admin.ui.tables import Column

from core.access import admin_only, has_perm
from core.listings import DashColumn, DateTimeColumn, SafeReportView, users_who_appear
from reports import analytics
from reports.models import Format, ReportAudit


@admin_only(has_perm("reports.view_learning_analytics"))
def learning_analytics(request):
    return TemplateResponse(
        request,
        "reports/admin/analytics.html",
        {
            "page_title": _("L&D analytics"),
            "completions": analytics.completions_over_time(),
            "engagement": analytics.engagement(),
            "pass_rates": analytics.pass_rates(),
            "gains": analytics.gains(),
            "heatmap": analytics.skill_gap_heatmap(),
            "rules": analytics.assignments_by_rule(),
            "min_group": analytics.MIN_GROUP,
        },
    )


def audit_who(entry: ReportAudit) -> str:
    if entry.actor_id:
        return entry.actor.email
    return _("Schedule “%(name)s”") % {"name": entry.schedule.name if entry.schedule else "—"}


class AuditFilterSet(WagtailFilterSet):
    at = django_filters.DateFromToRangeFilter(
        label=gettext_lazy("When"), widget=DateRangePickerWidget
    )
    actor = MultipleUserFilter(
        label=gettext_lazy("Who"),
        widget=forms.CheckboxSelectMultiple,
        queryset=lambda request: users_who_appear(ReportAudit, "actor"),
    )
    delivery = django_filters.MultipleChoiceFilter(
        label=gettext_lazy("What"),
        choices=ReportAudit.Delivery.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    format = django_filters.MultipleChoiceFilter(
        label=gettext_lazy("Format"), choices=Format.choices, widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        model = ReportAudit
        fields = ["at", "actor", "delivery", "format"]


class AuditLogView(SafeReportView):
    """Every report export and scheduled run; superusers only (the viewset)."""

    page_title = gettext_lazy("Report audit log")
    header_icon = "history"
    filterset_class = AuditFilterSet
    results_template_name = "reports/admin/audit_results.html"
    verbose_name_plural = gettext_lazy("report exports")
    columns = [
        DateTimeColumn("at", label=gettext_lazy("When")),
        Column("who", label=gettext_lazy("Who"), accessor=audit_who),
        Column("delivery", label=gettext_lazy("What"), accessor="get_delivery_display"),
        Column("format", label=gettext_lazy("Format"), accessor="get_format_display"),
        DashColumn("row_count", label=gettext_lazy("Rows")),
        Column("filters", label=gettext_lazy("Filters")),
    ]
    list_export = ["at", "who", "delivery", "format", "row_count", "filters"]
    export_headings = {
        "at": gettext_lazy("When"),
        "who": gettext_lazy("Who"),
        "delivery": gettext_lazy("What"),
        "format": gettext_lazy("Format"),
        "row_count": gettext_lazy("Rows"),
        "filters": gettext_lazy("Filters"),
    }
    export_filename = "report-audit-log"

    def get_queryset(self):
        return ReportAudit.objects.select_related("actor", "schedule")

    def to_row_dict(self, item):
        return {
            "at": item.at,
            "who": audit_who(item),
            "delivery": item.get_delivery_display(),
            "format": item.get_format_display(),
            "row_count": item.row_count,
            "filters": item.filters,
        }
