"""Thin signal receivers: they call services and nothing else."""

from django.conf import settings
from django.db.models.signals import post_save
from django.dispatch import receiver

from people import services


@receiver(post_save, sender=settings.AUTH_USER_MODEL, dispatch_uid="people.user_created")
def user_created(sender, instance, created, raw=False, **kwargs):
    # Every account, however it was made (sign-up, import, admin, shell), is a
    # learner with a profile.
    if created and not raw:
        services.user_onboard(user=instance)
