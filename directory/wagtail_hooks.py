"""The company directory's screens of the editing area: single sign-on
(identity providers, domains, group roles) and SCIM tokens, superusers only."""

from allauth.socialaccount.models import SocialApp
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.listings import AdminOnlyViewSet
from directory import admin_views
from directory.admin_forms import IdentityProviderForm
from directory.models import GroupRoleMapping, SsoDomain


class IdentityProviderViewSet(SnippetViewSet):
    """The company's identity providers (allauth's SocialApp rows), superusers
    only: the model's permissions are given to no role."""

    model = SocialApp
    icon = "key"
    menu_label = _("Identity providers")
    url_prefix = "single-sign-on/identity-providers"
    admin_url_namespace = "directory_identity_providers"
    list_display = [
        "name",
        Column("provider", label=_("protocol")),
        Column("provider_id", label=_("short name")),
    ]
    edit_handler = ObjectList(
        [
            FieldPanel("name"),
            FieldPanel("protocol"),
            FieldPanel("slug"),
            MultiFieldPanel(
                [FieldPanel("issuer"), FieldPanel("oidc_client_id"), FieldPanel("oidc_secret")],
                heading=_("OpenID Connect"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("idp_entity_id"),
                    FieldPanel("idp_sso_url"),
                    FieldPanel("idp_certificate"),
                ],
                heading=_("SAML 2.0"),
            ),
            MultiFieldPanel(
                [FieldPanel("trust_idp_mfa"), FieldPanel("mfa_acr_values"), FieldPanel("claims")],
                heading=_("Second factor and claims"),
            ),
        ],
        base_form_class=IdentityProviderForm,
    )


class SsoDomainViewSet(SnippetViewSet):
    model = SsoDomain
    icon = "mail"
    menu_label = _("Domains")
    url_prefix = "single-sign-on/domains"
    admin_url_namespace = "directory_domains"
    list_display = ["domain", "app", "sso_only"]


class GroupRoleMappingViewSet(SnippetViewSet):
    model = GroupRoleMapping
    icon = "group"
    menu_label = _("Group roles")
    url_prefix = "single-sign-on/group-roles"
    admin_url_namespace = "directory_group_roles"
    list_display = ["group", "role"]
    search_fields = ["group"]


class SingleSignOnGroup(SnippetViewSetGroup):
    items = (IdentityProviderViewSet, SsoDomainViewSet, GroupRoleMappingViewSet)
    menu_icon = "key"
    menu_label = _("Single sign-on")
    menu_order = 910


register_snippet(SingleSignOnGroup)


class ScimTokenViewSet(AdminOnlyViewSet):
    """SCIM tokens: superusers only (AdminOnlyViewSet with no permission)."""

    name = "directory_scim_tokens"
    url_prefix = "scim-tokens"
    icon = "key"
    menu_label = _("SCIM tokens")
    menu_order = 901
    add_to_admin_menu = False

    def get_urlpatterns(self):
        return [
            self.route("", admin_views.scim_tokens, "index"),
            self.route("<int:token_id>/revoke/", admin_views.scim_token_revoke, "revoke"),
        ]


scim_token_viewset = ScimTokenViewSet()


@hooks.register("register_admin_viewset")
def register_directory_viewsets():
    return scim_token_viewset


@hooks.register("register_settings_menu_item")
def register_scim_tokens_menu_item():
    return scim_token_viewset.get_menu_item()
