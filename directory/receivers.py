"""Thin signal receivers: they call services and nothing else."""

from allauth.account.internal.flows.login import record_authentication
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver


@receiver(user_logged_in, dispatch_uid="directory.idp_second_factor")
def idp_second_factor(sender, request, user, sociallogin=None, **kwargs):
    # An identity provider trusted to say so (its "trust_idp_mfa" setting) proved
    # a second factor (amr/acr): the session counts as having passed one.
    if sociallogin is not None and request is not None and sociallogin.state.get("directory_mfa"):
        record_authentication(
            request, user, "mfa", type="identity_provider", provider=sociallogin.account.provider
        )
