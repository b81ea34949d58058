"""How many credentials one client may check a minute (``CREDENTIAL_CHECKS_PER_MINUTE``):
each check canonicalises JSON-LD, which costs the server some work."""

from django.conf import settings
from django.core.cache import cache

from core.clientip import client_key

WINDOW_SECONDS = 60


def check_allowed(request) -> bool:
    """Count this check; False once the client is past the limit this minute."""
    key = f"credential-checks:{client_key(request)}"
    cache.add(key, 0, timeout=WINDOW_SECONDS)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=WINDOW_SECONDS)
        count = 1
    return count <= settings.CREDENTIAL_CHECKS_PER_MINUTE
