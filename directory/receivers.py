"""Thin signal receivers: they call services and nothing else."""

from allauth.account.internal.flows.login import record_authentication
from allauth.account.signals import user_logged_in
from django.conf import settings
from django.db.models.signals import post_save
from django.dispatch import receiver

from directory import services


@receiver(user_logged_in, dispatch_uid="directory.idp_second_factor")
def idp_second_factor(sender, request, user, sociallogin=None, **kwargs):
    # allauth's own signal: it carries the social login that signed the person in.
    # An identity provider trusted to say so (its "trust_idp_mfa" setting) proved
    # a second factor (amr/acr): the session counts as having passed one.
    if sociallogin is not None and request is not None and sociallogin.state.get("directory_mfa"):
        record_authentication(
            request, user, "mfa", type="identity_provider", provider=sociallogin.account.provider
        )


@receiver(post_save, sender=settings.AUTH_USER_MODEL, dispatch_uid="directory.scim_identity")
def give_scim_identity(sender, instance, created, raw=False, **kwargs):
    # Every account has its SCIM id from the start (directory.models.ScimIdentity).
    if created and not raw:
        services.scim_identity_ensure(user=instance)
