"""What the company directory tells the academy: which of its groups give
which role, which e-mail domains sign in through the company's identity
provider only, and the groups a SCIM client keeps here.

The identity providers themselves are allauth's ``SocialApp`` rows (OpenID
Connect or SAML), edited in the editing area (directory/admin_views.py).
"""

import uuid

from allauth.socialaccount.models import SocialApp
from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from core.tokens import AbstractToken
from people.roles import Role

DOMAIN_PATTERN = r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$"


class DomainField(models.CharField):
    """A domain name, kept in lower case whatever was typed."""

    def to_python(self, value):
        value = super().to_python(value)
        return value.strip().lower() if value else value


class GroupRoleMapping(models.Model):
    """A directory group (an OpenID Connect ``groups`` claim value, a SAML
    ``groups`` attribute value, or a SCIM group's display name) that gives a
    role. A role named by any mapping is the directory's to give: people in
    none of its groups lose it at their next sign-in or directory update.
    Roles no mapping names are left as the editing area set them."""

    group = models.CharField(
        _("directory group"),
        max_length=200,
        help_text=_("The group's name exactly as the identity provider sends it."),
    )
    role = models.CharField(_("role"), max_length=40, choices=Role.choices)

    class Meta:
        verbose_name = _("group-to-role mapping")
        verbose_name_plural = _("group-to-role mappings")
        ordering = ["group", "role"]
        constraints = [
            models.UniqueConstraint(
                Lower("group"), "role", name="directory_mapping_group_role_unique"
            ),
        ]

    def __str__(self):
        return f"{self.group} → {self.get_role_display()}"


class SsoDomain(models.Model):
    """An e-mail domain whose people sign in with the company account."""

    domain = DomainField(
        _("e-mail domain"),
        max_length=253,
        unique=True,
        validators=[
            RegexValidator(DOMAIN_PATTERN, _("Enter a domain such as example.com, in lower case."))
        ],
    )
    app = models.ForeignKey(
        SocialApp,
        verbose_name=_("identity provider"),
        on_delete=models.CASCADE,
        related_name="sso_domains",
    )
    sso_only = models.BooleanField(
        _("single sign-on only"),
        default=True,
        help_text=_(
            "People of this domain cannot sign in with, set or reset a password: only "
            "through the identity provider."
        ),
    )

    class Meta:
        verbose_name = _("single sign-on domain")
        verbose_name_plural = _("single sign-on domains")
        ordering = ["domain"]

    def __str__(self):
        return self.domain


class DirectoryGroup(models.Model):
    """A group the company directory keeps here through SCIM. Its display name
    gives roles through GroupRoleMapping."""

    #: The group's id in SCIM: random, so that it tells nothing of how many
    #: groups there are or in which order they came.
    scim_id = models.UUIDField(_("SCIM id"), default=uuid.uuid4, unique=True, editable=False)
    display_name = models.CharField(_("name"), max_length=200, unique=True)
    external_id = models.CharField(_("directory's id"), max_length=200, blank=True)
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("members"),
        blank=True,
        related_name="directory_groups",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("directory group")
        verbose_name_plural = _("directory groups")
        ordering = ["display_name"]

    def __str__(self):
        return self.display_name


class ScimIdentity(models.Model):
    """A person as the company directory's SCIM client knows them: a random,
    stable id (database ids would tell the order people came in) and the
    directory's own id for them (``externalId``)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="scim_identity",
    )
    scim_id = models.UUIDField(_("SCIM id"), default=uuid.uuid4, unique=True, editable=False)
    external_id = models.CharField(_("directory's id"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("SCIM identity")
        verbose_name_plural = _("SCIM identities")

    def __str__(self):
        return str(self.scim_id)


class ScimToken(AbstractToken):
    """A token the company directory's SCIM client sends, scoped to what it may
    read and write. Only its hash is stored; it is shown once, when made."""

    MARKER = "hes"  # noqa: S105 - a public marker, not a secret

    class Scope(models.TextChoices):
        USERS_READ = "users:read", _("Read people")
        USERS_WRITE = "users:write", _("Create, change and deactivate people")
        GROUPS_READ = "groups:read", _("Read groups")
        GROUPS_WRITE = "groups:write", _("Create, change and delete groups")

    name = models.CharField(_("directory"), max_length=120)
    scopes = models.JSONField(_("may"), default=list)

    class Meta(AbstractToken.Meta):
        verbose_name = _("SCIM token")
        verbose_name_plural = _("SCIM tokens")

    def allows(self, scope: str) -> bool:
        return scope in self.scopes
