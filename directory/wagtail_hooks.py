from allauth.socialaccount.models import SocialApp
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

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
