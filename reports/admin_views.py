from django.contrib.auth.decorators import permission_required, user_passes_test
from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from reports import analytics
from reports.models import ReportAudit


@permission_required("reports.view_learning_analytics", raise_exception=True)
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


@user_passes_test(lambda user: user.is_active and user.is_superuser)
def audit_log(request):
    entries = ReportAudit.objects.select_related("actor", "schedule")
    page = Paginator(entries, 50).get_page(request.GET.get("page"))
    return TemplateResponse(
        request, "reports/admin/audit.html", {"page": page, "page_title": _("Report audit log")}
    )
