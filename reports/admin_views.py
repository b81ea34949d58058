from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from core.access import admin_only, has_perm, is_superuser
from reports import analytics
from reports.models import ReportAudit


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


@admin_only(is_superuser)
def audit_log(request):
    entries = ReportAudit.objects.select_related("actor", "schedule")
    page = Paginator(entries, 50).get_page(request.GET.get("page"))
    return TemplateResponse(
        request, "reports/admin/audit.html", {"page": page, "page_title": _("Report audit log")}
    )
