"""allauth's password forms, closed to people of single-sign-on-only domains:
they cannot sign in with, reset, set or change a password here."""

from allauth.account.forms import (
    ChangePasswordForm as AllauthChangePasswordForm,
)
from allauth.account.forms import (
    LoginForm as AllauthLoginForm,
)
from allauth.account.forms import (
    ResetPasswordForm as AllauthResetPasswordForm,
)
from allauth.account.forms import (
    SetPasswordForm as AllauthSetPasswordForm,
)
from django import forms
from django.utils.translation import gettext as _

from directory import services


def sso_only_message(domain) -> str:
    return _(
        "People of %(domain)s sign in with their company account: use “%(provider)s” "
        "on the sign-in page."
    ) % {"domain": domain.domain, "provider": domain.app.name}


def _refuse_for(email: str) -> None:
    domain = services.sso_only_domain(email or "")
    if domain is not None:
        raise forms.ValidationError(sso_only_message(domain), code="sso_only")


class LoginForm(AllauthLoginForm):
    def clean(self):
        # Before the password is tried: the answer says nothing about it.
        _refuse_for(self.data.get("login", ""))
        return super().clean()


class ResetPasswordForm(AllauthResetPasswordForm):
    def clean_email(self):
        _refuse_for(self.data.get("email", ""))
        return super().clean_email()


class _OwnAccountMixin:
    def clean(self):
        _refuse_for(getattr(self.user, "email", ""))
        return super().clean()


class ChangePasswordForm(_OwnAccountMixin, AllauthChangePasswordForm):
    pass


class SetPasswordForm(_OwnAccountMixin, AllauthSetPasswordForm):
    pass
