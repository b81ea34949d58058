from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from assessments import admin_views
from assessments.models import Assessment, Question


class AnalyticsColumn(Column):
    cell_template_name = "assessments/admin/analytics_cell.html"


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    menu_label = _("Question bank")
    list_display = ["prompt", "kind", "points", "active"]
    list_filter = ["kind", "active", "skills"]
    search_fields = ["prompt", "context"]


class AssessmentViewSet(SnippetViewSet):
    model = Assessment
    icon = "tasks"
    menu_label = _("Assessments")
    list_display = [
        "title",
        "kind",
        "course",
        "module",
        "pass_mark",
        AnalyticsColumn("analytics", label=_("Analytics")),
    ]
    list_filter = ["kind", "feedback_policy"]
    search_fields = ["title"]

    def get_queryset(self, request):
        return Assessment.objects.select_related("course", "module")


class AssessmentsGroup(SnippetViewSetGroup):
    items = (AssessmentViewSet, QuestionViewSet)
    menu_icon = "tasks"
    menu_label = _("Assessments")
    menu_name = "assessments"


register_snippet(AssessmentsGroup)


@hooks.register("register_admin_urls")
def register_analytics_urls():
    return [
        path(
            "assessments/<int:assessment_id>/analytics/",
            admin_views.analytics,
            name="assessments_analytics",
        ),
    ]


def analytics_url(assessment) -> str:
    return reverse("assessments_analytics", args=[assessment.pk])
