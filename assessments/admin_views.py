from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from assessments import selectors
from assessments.models import Assessment
from courses.localisation import originals_only
from lms.access import admin_only, has_perm


@admin_only(has_perm("assessments.view_assessment"))
def analytics(request, assessment_id: int):
    assessment = get_object_or_404(
        Assessment.objects.filter(originals_only()).select_related("course", "module", "pre_test"),
        pk=assessment_id,
    )
    stats = selectors.assessment_analytics(assessment=assessment)
    return TemplateResponse(
        request,
        "assessments/admin/analytics.html",
        {
            "stats": stats,
            "assessment": assessment,
            "page_title": _("Analytics: %(title)s") % {"title": assessment.title},
        },
    )
