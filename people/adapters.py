from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext as _

from core.clientip import client_ip
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
        """The client behind the trusted proxies (core/clientip.py): allauth's
        rate limits ("ip") count per client, not per proxy."""
        ip = client_ip(request)
        if not ip:
            raise PermissionDenied(_("Unable to determine your address."))
        return ip

    def respond_email_verification_sent(self, request, user):
        """After sign-up (a new account or, the same answer, a known address) the
        site reads in the language the person chose: the cookie Django's
        LocaleMiddleware reads until they sign in, when their profile's
        language takes over."""
        response = super().respond_email_verification_sent(request, user)
        language = getattr(request, "signup_language", None)
        if language:
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME,
                language,
                max_age=settings.LANGUAGE_COOKIE_AGE,
                path=settings.LANGUAGE_COOKIE_PATH,
                domain=settings.LANGUAGE_COOKIE_DOMAIN,
                secure=settings.LANGUAGE_COOKIE_SECURE,
                httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
                samesite=settings.LANGUAGE_COOKIE_SAMESITE,
            )
        return response
