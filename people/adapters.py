from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext as _

from lms.clientip import client_ip
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

    def get_client_ip(self, request):
        """The client behind the trusted proxies (lms/clientip.py): allauth's
        rate limits ("ip") count per client, not per proxy."""
        ip = client_ip(request)
        if not ip:
            raise PermissionDenied(_("Unable to determine your address."))
        return ip
