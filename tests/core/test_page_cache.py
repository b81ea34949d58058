"""Pages for visitors come from the cache: no query on a hit, purged when a
page is published, never for signed-in people, sessions or previews."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.courses.builders import build_course, catalog
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _cache_on(settings):
    settings.ANONYMOUS_PAGE_CACHE_SECONDS = 300
    cache.clear()


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response


@pytest.mark.parametrize("which", ["home", "catalog", "course"])
def test_a_visitor_is_answered_from_the_cache_without_a_query(client, which):
    course = build_course("Cached course")
    url = {"home": "/", "catalog": catalog().url, "course": course.page.url}[which]

    first, response = queries(client, url)
    again, cached = queries(client, url)

    assert first > 0
    assert again == 0
    assert cached.content == response.content
    assert "Content-Security-Policy" in cached


def test_each_language_and_address_has_its_own_entry(client):
    build_course("Cached course")
    queries(client, "/courses/")
    client.cookies["django_language"] = "es"
    count, response = queries(client, "/courses/")
    assert count > 0
    assert response["Content-Language"] == "es"
    count, _response = queries(client, "/courses/?q=cached")
    assert count > 0


def test_publishing_purges_the_cache(client):
    course = build_course("First title")
    queries(client, course.page.url)

    revision = course.page.save_revision()
    course.page.title = "Second title"
    revision = course.page.save_revision()
    revision.publish()

    count, response = queries(client, course.page.url)
    assert count > 0
    assert "Second title" in response.content.decode()


def test_unpublishing_a_course_takes_it_off_the_cached_catalog(client):
    course = build_course("Soon gone")
    _count, response = queries(client, catalog().url)
    assert "Soon gone" in response.content.decode()

    course.page.unpublish()

    _count, response = queries(client, catalog().url)
    assert "Soon gone" not in response.content.decode()


def test_signed_in_people_and_visitors_with_a_session_are_never_served_from_the_cache(client):
    course = build_course("Personal course")
    queries(client, course.page.url)  # cached for visitors

    learner = UserFactory()
    client.force_login(learner)
    count, response = queries(client, course.page.url)
    assert count > 0
    assert "Enrol in this course" in response.content.decode()

    client.logout()
    client.cookies["sessionid"] = "a-visitor-with-a-session"
    count, _response = queries(client, course.page.url)
    assert count > 0

    # A visitor with a message waiting sees a page made for them, message included.
    del client.cookies["sessionid"]
    client.cookies["messages"] = "a-message-waiting"
    count, _response = queries(client, course.page.url)
    assert count > 0


def test_a_draft_seen_in_preview_never_reaches_visitors(client):
    course = build_course("Previewed course")
    author = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(author)
    course.page.title = "Draft title only"
    course.page.save_revision()
    preview = client.get(f"/cms/pages/{course.page.pk}/edit/preview/")
    assert preview.status_code in (200, 405)

    client.logout()
    _count, response = queries(client, course.page.url)
    assert "Draft title only" not in response.content.decode()


def test_the_language_switch_needs_a_csrf_token_only_from_signed_in_people():
    from django.test import Client

    visitor = Client(enforce_csrf_checks=True)
    response = visitor.post("/i18n/language/", {"language": "fr", "next": "/"})
    assert response.status_code == 302
    assert response.cookies["django_language"].value == "fr"

    learner = UserFactory()
    signed_in = Client(enforce_csrf_checks=True)
    signed_in.force_login(learner)
    response = signed_in.post("/i18n/language/", {"language": "fr", "next": "/"})
    assert response.status_code == 403
    learner.profile.refresh_from_db()
    assert learner.profile.preferred_language == "en"


# --- which addresses share an entry ----------------------------------------------------


@pytest.mark.parametrize("which", ["home", "catalog", "course"])
def test_parameters_no_page_reads_share_one_entry(client, which):
    course = build_course("Tracked course")
    url = {"home": "/", "catalog": catalog().url, "course": course.page.url}[which]
    plain = client.get(url).content  # made for this test, then kept

    counts = []
    for n in range(200):
        count, response = queries(client, f"{url}?utm_source=campaign-{n}&fbclid={n * 7919}")
        counts.append(count)
        assert response.content == plain

    assert counts == [0] * 200  # every one answered from the single entry


def test_one_visitors_parameters_never_reach_the_next(client):
    build_course("Tracked course")
    url = catalog().url
    first, response = queries(client, f"{url}?utm_source=only-mine&level=foundation")
    again, cached = queries(client, f"{url}?level=foundation")

    assert first > 0 and again == 0
    assert "only-mine" not in response.content.decode()
    assert f'name="next" value="{url}?level=foundation"' in cached.content.decode()


def test_each_catalog_filter_has_its_entry_and_the_right_courses(client):
    build_course("Foundation course", level="foundation")
    build_course("Advanced course", level="advanced")
    url = catalog().url

    first, response = queries(client, f"{url}?level=advanced&utm_source=x")
    again, cached = queries(client, f"{url}?utm_source=y&level=advanced")
    other, everything = queries(client, url)

    assert first > 0 and again == 0 and other > 0
    assert cached.content == response.content
    assert "Advanced course" in response.content.decode()
    assert "Foundation course" not in response.content.decode()
    assert "Foundation course" in everything.content.decode()


@pytest.mark.parametrize(
    "query",
    ["q=random-words", "level=no-such-level", "level=advanced&level=foundation"],
    ids=["search", "unknown-value", "repeated"],
)
def test_searches_and_unknown_filter_values_are_not_kept(client, query):
    build_course("Some course")
    url = f"{catalog().url}?{query}"
    first, _response = queries(client, url)
    again, _response = queries(client, url)
    assert first > 0 and again > 0


def test_a_parameter_the_page_does_not_read_is_not_kept_under_a_key_of_its_own(client):
    course = build_course("Course page")
    plain = client.get(course.page.url).content
    for _attempt in range(2):
        count, response = queries(client, f"{course.page.url}?q=anything")
        assert count > 0  # rendered each time, and the same page
        assert response.content == plain
