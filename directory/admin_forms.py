"""The editing area's form for an identity provider: the few things a
superuser copies from the company's identity provider, turned into allauth's
``SocialApp`` row (``provider``, ``provider_id``, ``client_id``, ``secret``,
``settings``)."""

import json

from allauth.socialaccount.models import SocialApp
from cryptography import x509
from django import forms
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from directory.claims import DEFAULT_CLAIMS

OIDC = "openid_connect"
SAML = "saml"
PROTOCOLS = [(OIDC, _("OpenID Connect")), (SAML, _("SAML 2.0"))]
SLUG_HELP = _(
    "Letters, digits and hyphens; part of the addresses the identity provider sends people "
    "back to. Changing it breaks the provider's configuration."
)


class IdentityProviderForm(WagtailAdminModelForm):
    protocol = forms.ChoiceField(label=_("Protocol"), choices=PROTOCOLS)
    slug = forms.SlugField(label=_("Short name"), max_length=60, help_text=SLUG_HELP)
    # OpenID Connect
    issuer = forms.URLField(
        assume_scheme="https",
        label=_("Issuer URL"),
        required=False,
        max_length=500,
        help_text=_(
            "OpenID Connect: the issuer, such as https://login.microsoftonline.com/<tenant>/v2.0; "
            "its /.well-known/openid-configuration is read from it."
        ),
    )
    oidc_client_id = forms.CharField(label=_("Client ID"), required=False, max_length=191)
    oidc_secret = forms.CharField(
        label=_("Client secret"),
        required=False,
        max_length=191,
        widget=forms.PasswordInput(render_value=False),
        help_text=_("Leave empty to keep the secret already stored."),
    )
    # SAML
    idp_entity_id = forms.CharField(
        label=_("Identity provider's entity ID"), required=False, max_length=500
    )
    idp_sso_url = forms.URLField(
        assume_scheme="https", label=_("Single sign-on URL"), required=False, max_length=500
    )
    idp_certificate = forms.CharField(
        label=_("Signing certificate"),
        required=False,
        max_length=20000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("SAML: the identity provider's X.509 certificate, PEM or base64."),
    )
    # Both
    trust_idp_mfa = forms.BooleanField(
        label=_("Accept the identity provider's second factor"),
        required=False,
        help_text=_(
            "Staff who need two factors pass when the sign-in says it used more than one "
            "(OpenID Connect amr or acr, SAML authentication methods). Otherwise they confirm "
            "a second factor here as well."
        ),
    )
    mfa_acr_values = forms.CharField(
        label=_("Authentication contexts that mean two factors"),
        required=False,
        max_length=2000,
        help_text=_("Besides the standard ones; separate with commas."),
    )
    claims = forms.CharField(
        label=_("Claim names"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            'Only where the provider uses its own names, as JSON: {"employee_id": '
            '"employeeNumber"}. Known items: %(items)s.'
        )
        % {"items": ", ".join(DEFAULT_CLAIMS)},
    )

    class Meta:
        model = SocialApp
        fields = ["name"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        app = self.instance
        self.fields["name"].help_text = _("Shown on the sign-in button: “Sign in with …”.")
        if app.pk:
            options = app.settings or {}
            idp = options.get("idp") or {}
            self.initial.update(
                protocol=app.provider,
                slug=app.provider_id if app.provider == OIDC else app.client_id,
                issuer=options.get("server_url", ""),
                oidc_client_id=app.client_id if app.provider == OIDC else "",
                idp_entity_id=idp.get("entity_id", ""),
                idp_sso_url=idp.get("sso_url", ""),
                idp_certificate=idp.get("x509cert", ""),
                trust_idp_mfa=bool(options.get("trust_idp_mfa")),
                mfa_acr_values=", ".join(options.get("mfa_acr_values", [])),
                claims=json.dumps(options["claims"]) if options.get("claims") else "",
            )

    def clean_slug(self):
        return slugify(self.cleaned_data["slug"])

    def clean_claims(self):
        text = self.cleaned_data["claims"].strip()
        if not text:
            return {}
        try:
            value = json.loads(text)
        except ValueError:
            raise forms.ValidationError(_("Write the claim names as JSON.")) from None
        if not isinstance(value, dict) or not all(
            key in DEFAULT_CLAIMS
            and (
                isinstance(name, str)
                or (isinstance(name, list) and all(isinstance(n, str) for n in name))
            )
            for key, name in value.items()
        ):
            raise forms.ValidationError(
                _("Each key must be a known item and each value a name or a list of names.")
            )
        return value

    def clean_idp_certificate(self):
        text = self.cleaned_data["idp_certificate"].strip()
        if not text:
            return ""
        body = "".join(line for line in text.splitlines() if line and not line.startswith("-----"))
        pem = "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n"
        try:
            x509.load_pem_x509_certificate(pem.encode())
        except ValueError:
            raise forms.ValidationError(_("This is not an X.509 certificate.")) from None
        return body

    def clean(self):
        data = super().clean()
        protocol = data.get("protocol")
        slug = data.get("slug")
        required = (
            ["issuer", "oidc_client_id"]
            if protocol == OIDC
            else ["idp_entity_id", "idp_sso_url", "idp_certificate"]
        )
        for name in required:
            if not data.get(name) and name not in self.errors:
                self.add_error(name, _("This field is required for this protocol."))
        if protocol == OIDC and not self.instance.secret and not data.get("oidc_secret"):
            self.add_error("oidc_secret", _("This field is required for this protocol."))
        if protocol and slug:
            taken = SocialApp.objects.filter(provider=protocol).exclude(pk=self.instance.pk)
            lookup = {"provider_id": slug} if protocol == OIDC else {"client_id": slug}
            if taken.filter(**lookup).exists():
                self.add_error("slug", _("Another identity provider has this short name."))
        return data

    def save(self, commit=True):
        app = super().save(commit=False)
        data = self.cleaned_data
        protocol = data["protocol"]
        options = {
            "trust_idp_mfa": data["trust_idp_mfa"],
            "mfa_acr_values": [
                value.strip() for value in data["mfa_acr_values"].split(",") if value.strip()
            ],
        }
        if data["claims"]:
            options["claims"] = data["claims"]
        app.provider = protocol
        if protocol == OIDC:
            app.provider_id = data["slug"]
            app.client_id = data["oidc_client_id"]
            if data["oidc_secret"]:
                app.secret = data["oidc_secret"]
            options.update(server_url=data["issuer"], oauth_pkce_enabled=True)
        else:
            app.provider_id = data["slug"]
            app.client_id = data["slug"]
            app.secret = ""
            options.update(
                idp={
                    "entity_id": data["idp_entity_id"],
                    "sso_url": data["idp_sso_url"],
                    "x509cert": data["idp_certificate"],
                },
                # The assertion must carry the identity provider's signature.
                advanced={"want_assertion_signed": True, "reject_deprecated_algorithm": True},
            )
        app.settings = options
        if commit:
            app.save()
        return app
