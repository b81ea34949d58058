"""Page routes from the cache.

Wagtail finds a page by walking from the site's root in the reader's language,
then checks every ancestor for view restrictions: several queries before the
page itself is read. The address of a published page is the same for every
reader (home/models.py routes every language to the original), so the first
request for an address keeps which page it is, and whether any view
restriction applies to it, in the cache under the content version of
core/pagecache.py. Later requests read the page itself in one query and hand it
to Wagtail's own serve view, whose hooks and page ``serve`` run as usual. The
site the address belongs to is kept with it, so that page addresses are built
without a query either.

Any save, publish, move or delete of a page, and any change of a view
restriction or a site, moves the content version, so a route never outlives
what it points at.
"""

import hashlib

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.url_routing import RouteResult

from core.pagecache import content_key

#: Part of every key, so that a release that changes what an entry holds
#: reads none that an earlier release kept.
FORMAT = 1


def route_key(request, path: str) -> str:
    address = hashlib.sha256(path.encode()).hexdigest()
    return content_key(
        f"page-route.{FORMAT}", request.get_host(), request.get_port(), address, request=request
    )


def _page(entry) -> Page | None:
    page_id, content_type_id, unrestricted, _site = entry
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:
        return None
    page = model._default_manager.filter(pk=page_id, live=True).first()
    if page is not None and unrestricted:
        page._no_view_restrictions = True
    return page


class CachedRouteMiddleware:
    """Routes requests for Wagtail pages from the cache where it can."""

    def __init__(self, get_response):
        from wagtail import views as wagtail_views  # needs the app registry ready

        self.get_response = get_response
        self.serve = wagtail_views.serve

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not self.serve or settings.CONTENT_CACHE_SECONDS <= 0:
            return None
        path = view_kwargs.get("path", view_args[0] if view_args else "")
        key = route_key(request, path)
        entry = cache.get(key)
        if entry is not None:
            page = _page(entry)
            if page is not None:
                request._wagtail_route_for_request = RouteResult(page)
                if not hasattr(request, "_wagtail_site"):
                    request._wagtail_site = entry[3]  # Wagtail's own per-request memo
                return None
        route = Page.route_for_request(request, path)
        if route is None:
            return None
        page, args, kwargs = route
        if page.live and not args and not kwargs:
            unrestricted = not page.get_view_restrictions().exists()
            cache.set(
                key,
                (page.pk, page.content_type_id, unrestricted, Site.find_for_request(request)),
                timeout=settings.CONTENT_CACHE_SECONDS,
            )
            page._no_view_restrictions = unrestricted
        return None


class KnownRestrictionsMixin:
    """For page models: a page routed from the cache already knows that no view
    restriction applies to it, so Wagtail's check costs no query."""

    def get_view_restrictions(self):
        if getattr(self, "_no_view_restrictions", False):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()
