from django.conf import settings
from django.utils.functional import SimpleLazyObject


def _catalog_url(request):
    from courses.selectors import catalog_page

    catalog = catalog_page()
    return catalog.get_url(request) if catalog else ""


def site(request):
    return {
        "site_name": settings.WAGTAIL_SITE_NAME,
        # Looked up only by templates that print it.
        "catalog_url": SimpleLazyObject(lambda: _catalog_url(request)),
    }
