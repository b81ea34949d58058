from django.db.models import F, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.i18n import active_language
from skills import admin_views, services
from skills.forms import AssignmentRuleForm
from skills.models import AssignmentRule, Skill, SkillCategory


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


class RuleLinkColumn(Column):
    cell_template_name = "skills/admin/rule_link_cell.html"


class AssignmentRuleViewSet(SnippetViewSet):
    model = AssignmentRule
    edit_handler = ObjectList(AssignmentRule.panels, base_form_class=AssignmentRuleForm)
    icon = "tasks"
    menu_label = _("Assignment rules")
    list_display = [
        "name",
        "mode",
        Column("skill_shown", label=_("skill"), sort_key="skill__name"),
        "version",
        RuleLinkColumn("who_matches", accessor="pk", label=_("Matches")),
    ]
    list_filter = ["mode"]
    search_fields = ["name"]

    def get_queryset(self, request):
        # The skill in the author's language where translated: one subquery.
        translated = Skill.objects.filter(
            translation_key=OuterRef("skill__translation_key"),
            locale__language_code=active_language(),
            live=True,
        ).values("name")[:1]
        return AssignmentRule.objects.select_related("skill").annotate(
            skill_shown=Coalesce(Subquery(translated), F("skill__name"))
        )


class SkillsGroup(SnippetViewSetGroup):
    items = (SkillViewSet, SkillCategoryViewSet, AssignmentRuleViewSet)
    menu_icon = "pick"
    menu_label = _("Skills")
    menu_name = "skills-taxonomy"


register_snippet(SkillsGroup)


# A changed condition or target makes a new version of a rule.
@hooks.register("before_edit_snippet")
def remember_rule(request, instance):
    if isinstance(instance, AssignmentRule):
        request._rule_before = services.rule_fingerprint(instance)


@hooks.register("after_edit_snippet")
def version_rule(request, instance):
    if isinstance(instance, AssignmentRule):
        services.rule_saved(rule=instance, previous=getattr(request, "_rule_before", None))


@hooks.register("register_admin_urls")
def register_urls():
    return [
        path("rules/<int:rule_id>/", admin_views.rule_detail, name="skills_rule_detail"),
        path("rules/<int:rule_id>/mode/", admin_views.rule_mode, name="skills_rule_mode"),
        path("approvals/", admin_views.approvals, name="skills_approvals"),
        path(
            "approvals/<int:batch_id>/", admin_views.approval_decide, name="skills_approval_decide"
        ),
        path("contests/", admin_views.contests, name="skills_contests"),
        path(
            "contests/<int:contest_id>/", admin_views.contest_decide, name="skills_contest_decide"
        ),
        path("signals/upload/", admin_views.upload_signals, name="skills_upload"),
        path("api-tokens/", admin_views.tokens, name="skills_tokens"),
        path(
            "api-tokens/<int:token_id>/revoke/",
            admin_views.token_revoke,
            name="skills_token_revoke",
        ),
    ]


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, permission: str | None = None, superuser: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission
        self.superuser = superuser

    def is_shown(self, request):
        if self.superuser:
            return request.user.is_superuser
        return request.user.has_perm(self.permission)


@hooks.register("register_admin_menu_item")
def contests_menu():
    return PermissionMenuItem(
        _("Contests"),
        reverse("skills_contests"),
        icon_name="warning",
        order=260,
        permission="skills.change_contest",
    )


@hooks.register("register_admin_menu_item")
def approvals_menu():
    return PermissionMenuItem(
        _("Approvals"),
        reverse("skills_approvals"),
        icon_name="success",
        order=270,
        permission="skills.change_assignmentrule",
    )


@hooks.register("register_admin_menu_item")
def upload_menu():
    return PermissionMenuItem(
        _("Upload signals"),
        reverse("skills_upload"),
        icon_name="upload",
        order=280,
        permission="skills.add_signal",
    )


@hooks.register("register_admin_menu_item")
def tokens_menu():
    return PermissionMenuItem(
        _("API tokens"), reverse("skills_tokens"), icon_name="key", order=900, superuser=True
    )
