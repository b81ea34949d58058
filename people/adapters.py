from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from people.models import normalise_email


class AccountAdapter(DefaultAccountAdapter):
    def clean_email(self, email):
        email = normalise_email(super().clean_email(email))
        allowed = settings.SIGNUP_ALLOWED_DOMAINS
        if allowed and email.rpartition("@")[2] not in allowed:
            raise ValidationError(
                _("Use your work e-mail address (%(domains)s).") % {"domains": ", ".join(allowed)},
                code="domain_not_allowed",
            )
        return email
