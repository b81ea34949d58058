from django.db.models import F, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.i18n import active_language
from core.listings import AdminOnlyViewSet
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


# --- the engine's screens: one viewset each, with its URLs, menu item and access rule ----


class RuleViewSet(AdminOnlyViewSet):
    """Whom a rule matches (aggregates only) and switching its mode; reached
    from the rules' listing, so no menu item of its own."""

    name = "skills_rules"
    url_prefix = "rules"
    add_to_admin_menu = False
    permission = "skills.change_assignmentrule"

    def get_urlpatterns(self):
        return [
            self.route("<int:rule_id>/", admin_views.rule_detail, "detail"),
            self.route("<int:rule_id>/mode/", admin_views.rule_mode, "mode"),
        ]


class ApprovalViewSet(AdminOnlyViewSet):
    name = "skills_approvals"
    url_prefix = "approvals"
    icon = "success"
    menu_label = _("Approvals")
    menu_order = 270
    permission = "skills.change_assignmentrule"

    def get_urlpatterns(self):
        return [
            *self.listing_routes(admin_views.ApprovalListView),
            self.route("<int:batch_id>/", admin_views.approval_decide, "decide"),
        ]


class ContestViewSet(AdminOnlyViewSet):
    name = "skills_contests"
    url_prefix = "contests"
    icon = "warning"
    menu_label = _("Contests")
    menu_order = 260
    permission = "skills.change_contest"

    def get_urlpatterns(self):
        return [
            *self.listing_routes(admin_views.ContestListView),
            self.route("<int:contest_id>/", admin_views.contest_decide, "decide"),
        ]


class SignalUploadViewSet(AdminOnlyViewSet):
    name = "skills_upload"
    url_prefix = "signals/upload"
    icon = "upload"
    menu_label = _("Upload signals")
    menu_order = 280
    permission = "skills.add_signal"

    def get_urlpatterns(self):
        return [self.route("", admin_views.upload_signals, "index")]


class TokenViewSet(AdminOnlyViewSet):
    name = "skills_tokens"
    url_prefix = "api-tokens"
    icon = "key"
    menu_label = _("API tokens")
    menu_order = 900

    def get_urlpatterns(self):
        return [
            self.route("", admin_views.tokens, "index"),
            self.route("<int:token_id>/revoke/", admin_views.token_revoke, "revoke"),
        ]


@hooks.register("register_admin_viewset")
def register_engine_viewsets():
    return [
        RuleViewSet(),
        ApprovalViewSet(),
        ContestViewSet(),
        SignalUploadViewSet(),
        TokenViewSet(),
    ]
