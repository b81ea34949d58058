"""Thin signal receivers: they call services and nothing else."""

from django.conf import settings
from django.contrib.auth.signals import user_logged_in
from django.db.models.signals import post_save
from django.dispatch import receiver

from people import services


@receiver(post_save, sender=settings.AUTH_USER_MODEL, dispatch_uid="people.user_created")
def user_created(sender, instance, created, raw=False, **kwargs):
    # Every account, however it was made (sign-up, import, admin, shell), is a
    # learner with a profile.
    if created and not raw:
        services.user_onboard(user=instance)


@receiver(user_logged_in, dispatch_uid="people.language_on_login")
def remember_language(sender, request, user, **kwargs):
    services.language_remember(request=request, user=user)
