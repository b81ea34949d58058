"""What core/routing.py relies on in Wagtail, held as tests: a Wagtail upgrade
that changes any of it fails here, not as a silent slowdown or, worse, as a
private page served without its restriction check.

core/routing.py sets two of Wagtail's per-request memos
(``request._wagtail_route_for_request``, ``request._wagtail_site``), keeps a
``Site`` pickled in the cache, hands the page to ``wagtail.views.serve`` and
answers ``get_view_restrictions`` from what it remembered."""

import pickle

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.http import HttpResponse
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import resolve
from wagtail import hooks
from wagtail import views as wagtail_views
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.url_routing import RouteResult

from core.routing import CachedRouteMiddleware
from tests.courses.builders import build_course

pytestmark = pytest.mark.django_db


def a_request(path="/"):
    request = RequestFactory().get(path)
    request.session = {}
    return request


def test_page_addresses_resolve_to_the_serve_view_the_middleware_compares_with():
    course = build_course("Routing contract", modules=1, lessons=1)
    match = resolve(course.page.url)

    assert match.func is wagtail_views.serve
    assert CachedRouteMiddleware(lambda request: None).serve is wagtail_views.serve


def test_wagtail_reads_the_route_memo_before_walking_the_tree():
    course = build_course("Routing memo", modules=1, lessons=1)
    page = Page.objects.get(pk=course.page.pk).specific
    request = a_request(course.page.url)
    request._wagtail_route_for_request = RouteResult(page)

    with CaptureQueriesContext(connection) as captured:
        route = Page.route_for_request(request, course.page.url)
        found = Page.find_for_request(request, course.page.url)

    assert route[0] is page and found is page
    assert len(captured) == 0


def test_wagtail_reads_the_site_memo_before_asking_the_database():
    site = Site.objects.get(is_default_site=True)
    request = a_request()
    request._wagtail_site = site

    with CaptureQueriesContext(connection) as captured:
        found = Site.find_for_request(request)

    assert found is site
    assert len(captured) == 0


def test_a_site_survives_the_cache_and_still_builds_page_addresses():
    course = build_course("Routing site", modules=1, lessons=1)
    site = Site.objects.get(is_default_site=True)
    kept = pickle.loads(pickle.dumps(site))  # noqa: S301 - as every cache backend does
    request = a_request(course.page.url)
    request._wagtail_site = kept

    assert (kept.pk, kept.hostname, kept.port, kept.root_page_id) == (
        site.pk,
        site.hostname,
        site.port,
        site.root_page_id,
    )
    assert course.page.get_url(request=request) == course.page.url


def test_wagtails_restriction_check_asks_the_page_for_its_restrictions():
    course = build_course("Routing restricted", modules=1, lessons=1)
    page = Page.objects.get(pk=course.page.pk).specific
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    request = a_request(page.url)
    request.user = AnonymousUser()
    served = []

    def serve(page, request, args, kwargs):
        served.append(page)
        return HttpResponse("served")

    def chain(page):
        # The chain wagtail.views.serve builds from its on_serve_page hooks.
        step = serve
        for hook in reversed(hooks.get_hooks("on_serve_page")):
            step = hook(step)
        return step(page, request, [], {})

    assert chain(page).status_code == 302 and not served
    # What core.routing.KnownRestrictionsMixin answers for a page it routed
    # from the cache: Wagtail must take the page's word for it.
    page._no_view_restrictions = True
    assert chain(page).status_code == 200 and served == [page]
