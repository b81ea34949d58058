"""allauth's adapters, with single sign-on: people of a single-sign-on-only
domain sign in through their company's identity provider and nowhere else,
and each sign-in brings their profile and roles up to date from its claims."""

from allauth.account.internal.stagekit import clear_login
from allauth.core.exceptions import ImmediateHttpResponse
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter
from django.core.exceptions import ValidationError
from django.template.response import TemplateResponse

from directory import services
from directory.claims import claims_read, login_data
from directory.forms import sso_only_message
from people.adapters import AccountAdapter as PeopleAccountAdapter

SSO_LOGIN_KEY = "sociallogin"


def refused(request, messages: list[str], *, status: int = 403):
    return TemplateResponse(
        request, "directory/sso_refused.html", {"reasons": messages}, status=status
    )


class AccountAdapter(PeopleAccountAdapter):
    def clean_email(self, email):
        email = super().clean_email(email)
        domain = services.sso_only_domain(email)
        if domain is not None:
            raise ValidationError(sso_only_message(domain), code="sso_only")
        return email

    def pre_login(self, request, user, **kwargs):
        """Every way in but single sign-on (password, passkey, a code, an
        e-mail confirmation) is closed to people of a single-sign-on-only
        domain: the identity provider decides who may enter."""
        signal_kwargs = kwargs.get("signal_kwargs") or {}
        if SSO_LOGIN_KEY not in signal_kwargs:
            domain = services.sso_only_domain(user.email)
            if domain is not None:
                clear_login(request)
                return refused(request, [sso_only_message(domain)])
        return super().pre_login(request, user, **kwargs)


class SocialAccountAdapter(DefaultSocialAccountAdapter):
    def pre_social_login(self, request, sociallogin):
        """Find or create the person the identity provider vouches for and
        bring them up to date, before allauth signs them in."""
        app = sociallogin.provider.app
        data = login_data(app.provider, sociallogin.account.extra_data)
        claims = claims_read(data, names=(app.settings or {}).get("claims"))
        linked = sociallogin.user if sociallogin.is_existing else None
        try:
            outcome = services.sso_person(claims=claims, app=app, linked_user=linked)
        except services.SignInRefused as refusal:
            raise ImmediateHttpResponse(refused(request, refusal.messages)) from refusal
        if linked is None:
            sociallogin.account.user = outcome.user
            sociallogin.account.save()
        sociallogin.user = outcome.user
        sociallogin.state["directory_mfa"] = claims.proves_second_factor(
            extra_acr_values=(app.settings or {}).get("mfa_acr_values", ())
        ) and bool((app.settings or {}).get("trust_idp_mfa", False))

    def is_open_for_signup(self, request, sociallogin):
        # pre_social_login creates the person; allauth's own sign-up never runs.
        return False
