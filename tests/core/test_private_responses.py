"""Answers to signed-in people are never kept by a shared cache or the browser:
``Cache-Control: private, no-store`` (core/privatecache.py). Visitors' cached
pages keep their own policy."""

import pytest
from django.core.cache import cache

from tests.core.test_access_matrix import world  # noqa: F401 - the fixture
from tests.courses.builders import catalog

pytestmark = pytest.mark.django_db


def learner_urls(w):
    return [
        "/learning/",
        "/learning/skills/",
        "/learning/preferences/",
        f"/learning/assignments/{w.assignment.pk}/",
        f"/assessments/attempts/{w.attempt.pk}/",
        f"/assessments/attempts/{w.submitted.pk}/result/",
        f"/certificates/{w.certificate.code}/pdf/",
        "/privacy/data/",
        "/privacy/my-data/",
        w.course.url,
        w.lesson.url,
        "/",
    ]


def hr_urls(w):
    return [
        "/reports/",
        "/reports/schedules/",
        f"/reports/exports/{w.export.key}/",
        f"/reports/exports/{w.export.key}/status/",
        f"/reports/exports/{w.export.key}/download/",
        "/reports/?format=csv",
    ]


def is_private(response) -> bool:
    policy = {part.strip() for part in response.get("Cache-Control", "").split(",")}
    return {"private", "no-store"} <= policy and "public" not in policy


@pytest.mark.parametrize(("role", "urls"), [("learner", learner_urls), ("hr", hr_urls)])
def test_every_answer_to_a_signed_in_person_is_private(client, world, role, urls):  # noqa: F811
    client.force_login(world.users[role])
    for url in urls(world):
        response = client.get(url)
        assert response.status_code in (200, 302), (url, response.status_code)
        assert is_private(response), (url, response.get("Cache-Control"))


def test_a_file_download_is_private(client, world):  # noqa: F811
    client.force_login(world.users["learner"])
    response = client.get(f"/certificates/{world.certificate.code}/pdf/")
    assert response["Content-Type"] == "application/pdf"
    assert is_private(response)


def test_visitors_cached_pages_keep_their_public_policy(client, world, settings):  # noqa: F811
    settings.ANONYMOUS_PAGE_CACHE_SECONDS = 300
    cache.clear()
    for url in ["/", catalog().url, world.course.url, f"/certificates/{world.certificate.code}/"]:
        first, again = client.get(url), client.get(url)
        assert first.status_code == again.status_code == 200
        for response in (first, again):
            assert "no-store" not in response.get("Cache-Control", ""), url
            assert "private" not in response.get("Cache-Control", ""), url
