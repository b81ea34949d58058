"""Anonymous pages from the cache (Redis in production), and the content
version that every cache of published content is keyed by.

A page a visitor who is not signed in can see (home, catalog, course pages)
says so by calling :func:`allow_anonymous_cache` while it renders; the
middleware then keeps the rendered response, per address and language, and
answers the next such visitor from the cache before any routing or query.

The address is the path plus only the query parameters some page reads: a page
model lists those it reads in ``cache_query_parameters`` (the catalog its
filters; most pages none). Any other parameter (``?utm_source=…``, a random
value to get past the cache) is left out of the key, so it neither makes a new
entry nor changes the answer. A response is kept only when every known
parameter in the address is one this page reads, each given once; a page may
refuse a variant that would make too many entries
(:func:`prevent_anonymous_cache`, e.g. a free-text search).
Never cached: signed-in people, visitors with a session (they may have a
message waiting), previews, anything but a 200. Publishing, unpublishing,
moving or deleting any page empties the whole cache at once (a version number
in the key), and entries expire after ANONYMOUS_PAGE_CACHE_SECONDS anyway.

The same version keys what signed-in pages keep of published content: page
routes (core/routing.py) and course outlines (courses/coursemap.py). It moves on
every save, publish, unpublish, move or delete of a page, and on every change of
a skill, a view restriction or a site (core/receivers.py).
"""

import hashlib
from functools import cache as once
from urllib.parse import urlencode

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.utils import translation

from core.versions import CacheVersion

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


@once
def key_parameters() -> frozenset[str]:
    """Every query parameter that some cached page reads."""
    return frozenset(
        name for model in apps.get_models() for name in getattr(model, "cache_query_parameters", ())
    )


def _key_query(request) -> str:
    known = key_parameters()
    return urlencode(
        sorted(
            (name, value)
            for name, values in request.GET.lists()
            if name in known
            for value in values
        )
    )


def cache_key(request) -> str:
    address = hashlib.sha256(f"{request.path}?{_key_query(request)}".encode()).hexdigest()
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


def allow_anonymous_cache(request, reads=()) -> None:
    """Called by a page while it renders for a visitor: this answer is the same
    for every visitor in this language and for every address with the same
    values of the query parameters in ``reads`` (its ``cache_query_parameters``)."""
    if could_be_cached(request):
        request.anonymous_page_cacheable = frozenset(reads)


def page_address(request) -> str:
    """The address a page prints of itself (the language switch's way back). A
    page kept for visitors prints only the query parameters it reads, so one
    visitor's ``?utm_source=…`` never reaches the next."""
    reads = getattr(request, "anonymous_page_cacheable", None)
    if reads is None:
        return request.get_full_path()
    query = urlencode(
        sorted(
            (name, value)
            for name, values in request.GET.lists()
            if name in reads
            for value in values
        )
    )
    return f"{request.path}?{query}" if query else request.path


def prevent_anonymous_cache(request) -> None:
    """Called by a page whose answer to this address is not to be kept."""
    request.anonymous_page_cacheable = None


def _keepable(request) -> bool:
    """Whether this page's response may be kept under this address's key: the
    page said so, and the key holds only parameters it reads, each once."""
    reads = getattr(request, "anonymous_page_cacheable", None)
    if reads is None:
        return False
    known = key_parameters()
    if not reads <= known:
        return False  # a parameter the key leaves out would change the answer
    return all(
        name in reads and len(values) == 1 for name, values in request.GET.lists() if name in known
    )


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
            _keepable(request)
            and response.status_code == 200
            and not response.cookies
            and not response.streaming
        ):
            cache.set(key, response, timeout=settings.ANONYMOUS_PAGE_CACHE_SECONDS)
        return response
