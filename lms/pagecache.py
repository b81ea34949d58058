"""Anonymous pages from the cache (Redis in production), and the content
version that every cache of published content is keyed by.

A page a visitor who is not signed in can see (home, catalog, course pages)
says so by calling :func:`allow_anonymous_cache` while it renders; the
middleware then keeps the rendered response, per address and language, and
answers the next such visitor from the cache before any routing or query.
Never cached: signed-in people, visitors with a session (they may have a
message waiting), previews, anything but a 200. Publishing, unpublishing,
moving or deleting any page empties the whole cache at once (a version number
in the key), and entries expire after ANONYMOUS_PAGE_CACHE_SECONDS anyway.

The same version keys what signed-in pages keep of published content: page
routes (lms/routing.py) and course outlines (courses/coursemap.py). It moves on
every save, publish, unpublish, move or delete of a page, and on every change of
a skill, a view restriction or a site (lms/receivers.py).
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.utils import translation

from lms.versions import CacheVersion

CONTENT = CacheVersion("anonymous-pages:version")


def version(request=None) -> int:
    """The content version, read from the cache once per request."""
    if request is None:
        return CONTENT.current()
    if getattr(request, "_content_version", None) is None:
        request._content_version = CONTENT.current()
    return request._content_version


def content_key(name: str, *parts, request=None) -> str:
    """A cache key for published content: stale as soon as the content changes."""
    return ":".join([name, str(version(request)), *(str(part) for part in parts)])


def cache_key(request) -> str:
    address = hashlib.sha256(request.get_full_path().encode()).hexdigest()
    return content_key(
        "anonymous-pages", translation.get_language(), request.get_host(), address, request=request
    )


def could_be_cached(request) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and settings.ANONYMOUS_PAGE_CACHE_SECONDS > 0
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
        and not getattr(request, "is_preview", False)
        and not request.user.is_authenticated
    )


def allow_anonymous_cache(request) -> None:
    """Called by a page while it renders for a visitor: this answer is the same
    for every visitor in this language."""
    if could_be_cached(request):
        request.anonymous_page_cacheable = True


def purge() -> None:
    """Forget every cached page and all cached published content."""
    CONTENT.move()


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not could_be_cached(request):
            return self.get_response(request)
        key = cache_key(request)
        cached = cache.get(key)
        if cached is not None:
            return cached
        response = self.get_response(request)
        if (
            getattr(request, "anonymous_page_cacheable", False)
            and response.status_code == 200
            and not response.cookies
            and not response.streaming
        ):
            cache.set(key, response, timeout=settings.ANONYMOUS_PAGE_CACHE_SECONDS)
        return response
