from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from assessments import selectors
from assessments.models import Assessment
from core.access import admin_only, has_perm
from core.i18n import originals_only


@admin_only(has_perm("assessments.view_assessment"))
def analytics(request, assessment_id: int):
    found = get_object_or_404(Assessment, pk=assessment_id)
    original = (
        Assessment.objects.filter(originals_only(), translation_key=found.translation_key)
        .select_related("course", "module", "pre_test")
        .first()
    )
    if original is None:
        raise Http404(_("No such assessment."))
    if original.pk != found.pk:
        # Results gather across languages: a translation's are its original's.
        return redirect("assessments_analytics", assessment_id=original.pk)
    assessment = original
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
