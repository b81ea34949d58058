from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from skills.models import Skill, SkillCategory


class SkillViewSet(SnippetViewSet):
    model = Skill
    icon = "pick"
    menu_label = _("Skills")
    list_display = ["name", "code", "category", "qa_behaviour"]
    list_filter = ["category", "qa_behaviour", "live"]
    search_fields = ["name", "code", "description"]
    ordering = ["category__sort_order", "sort_order", "name"]

    def get_queryset(self, request):
        return Skill.objects.select_related("category", "locale")


class SkillCategoryViewSet(SnippetViewSet):
    model = SkillCategory
    icon = "folder-open-inverse"
    menu_label = _("Categories")
    list_display = ["name", "code", "sort_order"]


class SkillsGroup(SnippetViewSetGroup):
    items = (SkillViewSet, SkillCategoryViewSet)
    menu_icon = "pick"
    menu_label = _("Skills taxonomy")
    menu_name = "skills-taxonomy"


register_snippet(SkillsGroup)
