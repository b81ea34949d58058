"""Thin signal receivers: they call services and nothing else."""

from allauth.mfa.signals import authenticator_added
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.auth.signals import user_logged_in, user_logged_out
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save
from django.dispatch import receiver

from people import security, services
from people.backends import permissions_changed
from people.models import User


@receiver(post_save, sender=settings.AUTH_USER_MODEL, dispatch_uid="people.user_created")
def user_created(sender, instance, created, raw=False, **kwargs):
    # Every account, however it was made (sign-up, import, admin, shell), is a
    # learner with a profile.
    if created and not raw:
        services.user_onboard(user=instance)


@receiver(user_logged_in, dispatch_uid="people.language_on_login")
def remember_language(sender, request, user, **kwargs):
    services.language_remember(request=request, user=user)


@receiver(user_logged_in, dispatch_uid="people.session_on_login")
def remember_session(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        security.user_session_record(request=request, user=user)


@receiver(user_logged_out, dispatch_uid="people.session_on_logout")
def forget_session(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        security.user_session_forget(session_key=request.session.session_key)


@receiver(post_save, sender=settings.AUTH_USER_MODEL, dispatch_uid="people.user_deactivated")
def end_sessions_of_deactivated(sender, instance, created, raw=False, update_fields=None, **kwargs):
    # A deactivated account is signed out everywhere at once.
    if raw or created or instance.is_active:
        return
    if update_fields is not None and "is_active" not in update_fields:
        return
    transaction.on_commit(lambda: security.user_sessions_end(user=instance))


@receiver(authenticator_added, dispatch_uid="people.second_factor_added")
def second_factor_added(sender, request, user, authenticator, **kwargs):
    if request is not None and hasattr(request, "session"):
        security.second_factor_recorded(request=request, user=user, authenticator=authenticator)


@receiver(m2m_changed, sender=User.groups.through, dispatch_uid="people.perms_user_groups")
@receiver(m2m_changed, sender=User.user_permissions.through, dispatch_uid="people.perms_user_perms")
@receiver(m2m_changed, sender=Group.permissions.through, dispatch_uid="people.perms_group_perms")
def roles_changed(sender, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear"):
        permissions_changed()


@receiver(post_save, sender=Group, dispatch_uid="people.perms_group_saved")
@receiver(post_delete, sender=Group, dispatch_uid="people.perms_group_deleted")
@receiver(post_delete, sender=Permission, dispatch_uid="people.perms_permission_deleted")
@receiver(post_migrate, dispatch_uid="people.perms_migrated")
def permissions_maybe_changed(sender, **kwargs):
    # Migrations may grant or withdraw permissions without signals of their own.
    permissions_changed()
