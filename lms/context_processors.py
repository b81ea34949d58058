from django.conf import settings
from django.utils.functional import SimpleLazyObject

from lms import pagecache


def _catalog_url(request):
    from courses.coursemap import catalog_url

    return catalog_url(request=request)


def site(request):
    return {
        "site_name": settings.WAGTAIL_SITE_NAME,
        # Looked up only by templates that print it.
        "catalog_url": SimpleLazyObject(lambda: _catalog_url(request)),
        # This page's address, as the page may print it (lms/pagecache.py).
        "page_address": SimpleLazyObject(lambda: pagecache.page_address(request)),
    }
