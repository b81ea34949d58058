"""Permissions from the cache.

Every signed-in page asks what the person may do (the site's menu shows the
editing area, reports and team links by permission), and Django's ModelBackend
answers with two queries per request. This backend keeps each person's
permission set in the cache (Redis in production) under a version that moves
whenever roles or permissions change: a person added to or removed from a
group, a group's permissions changed, a group or permission deleted, or
migrations run (people/receivers.py). Superuser status is part of the key, and
an inactive account has no permissions whatever the cache holds, as before.
Entries expire after PERMISSIONS_CACHE_SECONDS anyway.
"""

from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.core.cache import cache

from core.versions import CacheVersion

PERMISSIONS = CacheVersion("permissions:version")


def permissions_changed() -> None:
    """Forget every cached permission set."""
    PERMISSIONS.move()


class CachedPermissionsBackend(ModelBackend):
    def get_all_permissions(self, user_obj, obj=None):
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        if not hasattr(user_obj, "_perm_cache"):
            key = f"permissions:{PERMISSIONS.current()}:{user_obj.pk}:{int(user_obj.is_superuser)}"
            permissions = cache.get(key)
            if permissions is None:
                permissions = super().get_all_permissions(user_obj)
                cache.set(key, permissions, timeout=settings.PERMISSIONS_CACHE_SECONDS)
            user_obj._perm_cache = permissions
        return user_obj._perm_cache
