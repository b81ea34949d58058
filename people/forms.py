"""The sign-up form: allauth's, taking the same time whether or not the address
already has an account."""

from allauth.account.forms import SignupForm as AllauthSignupForm
from django.contrib.auth.hashers import make_password


class SignupForm(AllauthSignupForm):
    def try_save(self, request):
        """With ACCOUNT_PREVENT_ENUMERATION an address that already has an account
        gets an e-mail saying so instead of a new account, and the same answer.
        Hashing the password is nearly all the time a new account takes, so it is
        hashed here too (and thrown away): the answer's timing tells nothing."""
        if self.account_already_exists and self.cleaned_data.get("password1"):
            make_password(self.cleaned_data["password1"])
        return super().try_save(request)
