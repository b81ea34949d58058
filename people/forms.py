"""The sign-up form (allauth's, with a name and a language, taking the same time
whether or not the address already has an account) and the "Your name" form."""

from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from people import services
from people.models import User

NAME_MAX_LENGTH = User._meta.get_field("first_name").max_length


def _name_field(label, autocomplete: str) -> forms.CharField:
    return forms.CharField(
        label=label,
        max_length=NAME_MAX_LENGTH,
        strip=True,
        widget=forms.TextInput(attrs={"autocomplete": autocomplete}),
        error_messages={
            "required": _("Enter your name as you would like colleagues to see it."),
            "max_length": _("Keep it to %(limit_value)d characters or fewer."),
        },
    )


def _language_field() -> forms.ChoiceField:
    return forms.ChoiceField(
        label=_("Language of the site"),
        choices=settings.LANGUAGES,
        initial=settings.LANGUAGE_CODE,
        error_messages={
            "required": _("Choose the language you want to read the site in."),
            "invalid_choice": _("Choose English, Spanish or French."),
        },
    )


class SignupForm(AllauthSignupForm):
    first_name = _name_field(_("First name"), "given-name")
    last_name = _name_field(_("Last name"), "family-name")
    preferred_language = _language_field()

    field_order = [
        "first_name",
        "last_name",
        "preferred_language",
        "email",
        "password1",
        "password2",
    ]

    def signup(self, request, user):
        """Called by allauth once the new account is saved: the language goes
        on the profile (allauth's adapter has put the name on the user)."""
        services.user_sign_up_finish(
            user=user,
            first_name=self.cleaned_data["first_name"],
            last_name=self.cleaned_data["last_name"],
            language=self.cleaned_data["preferred_language"],
        )

    def try_save(self, request):
        """With ACCOUNT_PREVENT_ENUMERATION an address that already has an account
        gets an e-mail saying so instead of a new account, and the same answer.
        Hashing the password is nearly all the time a new account takes, so it is
        hashed here too (and thrown away): the answer's timing tells nothing.

        Both ways the answer switches the site to the language chosen (the
        language cookie: people/adapters.py). A new account's verification
        e-mail is written in it; the note to an address's owner is not, since
        whoever tried chose it, not the owner."""
        if self.account_already_exists and self.cleaned_data.get("password1"):
            make_password(self.cleaned_data["password1"])
        language = self.cleaned_data["preferred_language"]
        if not self.account_already_exists:
            translation.activate(language)
            request.LANGUAGE_CODE = language
        request.signup_language = language
        return super().try_save(request)


class ProfileNameForm(forms.Form):
    """A person's own name, as colleagues and reports see it."""

    first_name = _name_field(_("First name"), "given-name")
    last_name = _name_field(_("Last name"), "family-name")
