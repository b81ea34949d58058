from django.conf import settings
from django.utils.functional import SimpleLazyObject

from core import pagecache
from courses.coursemap import catalog_url


def _catalog_url(request):
    return catalog_url(request=request)


def site(request):
    return {
        "site_name": settings.WAGTAIL_SITE_NAME,
        # Looked up only by templates that print it.
        "catalog_url": SimpleLazyObject(lambda: _catalog_url(request)),
        # This page's address, as the page may print it (core/pagecache.py).
        "page_address": SimpleLazyObject(lambda: pagecache.page_address(request)),
    }
