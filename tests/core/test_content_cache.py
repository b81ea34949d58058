"""Signed-in pages keep what every reader shares - page routes, course outlines,
the catalog's address, each person's permissions - in the cache, and never
show a stale one: a save, publish, unpublish, move or delete of a page or a
skill, a view restriction, or a change of roles, takes effect at the next
request."""

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import PageViewRestriction

from courses import services
from courses.models import LessonPage
from people.roles import Role
from people.services import role_grant, role_revoke
from skills.models import Skill
from tests.core.test_languages import translate
from tests.courses.builders import build_course, lesson_body
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def tables(captured) -> list[str]:
    """The main table each captured query reads, in order."""
    names = []
    for query in captured.captured_queries:
        sql = query["sql"]
        start = sql.index(" FROM ") + len(" FROM ") if " FROM " in sql else 0
        names.append(sql[start:].split()[0].strip('"') if start else sql.split()[0])
    return names


def visit(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    return response, tables(captured)


@pytest.fixture
def enrolled(client):
    course = build_course("Cached outline", modules=2, lessons=2)
    learner = UserFactory()
    services.enrollment_create(user=learner, course=course.page)
    client.force_login(learner)
    return course, learner


def test_a_second_visit_reads_only_the_page_and_the_learners_own_rows(client, enrolled):
    course, _learner = enrolled
    lesson = course.lessons[1]
    client.get(lesson.url)  # routes, outline and permissions are kept; "last lesson" saved

    response, read = visit(client, lesson.url)

    assert response.status_code == 200
    assert read.count("wagtailcore_page") + read.count("courses_lessonpage") == 1
    for table in (
        "wagtailcore_site",
        "wagtailcore_locale",
        "wagtailcore_pageviewrestriction",
        "courses_modulepage",
        "courses_coursepage",
        "courses_moduleprogress",
        "auth_permission",
    ):
        assert table not in read, (table, read)
    assert "courses_enrollment" in read and "courses_lessoncompletion" in read


def test_the_dashboard_reads_no_page_rows(client, enrolled):
    course, learner = enrolled
    services.assignment_create(
        user=learner, course=course.page, module=course.modules[1], reason="Practise it."
    )
    client.get(reverse("courses:dashboard"))

    response, read = visit(client, reverse("courses:dashboard"))

    html = response.content.decode()
    assert course.modules[1].title in html and course.modules[1].url in html
    pages_or_permissions = [
        table for table in read if table.startswith(("wagtailcore", "courses_", "auth_"))
    ]
    assert sorted(pages_or_permissions) == ["courses_assignment", "courses_enrollment"], read


def test_a_published_title_shows_at_once_in_every_outline(client, enrolled):
    course, _learner = enrolled
    client.get(course.lessons[0].url)  # the last lesson opened, named on the dashboard
    client.get(course.lessons[1].url)
    client.get(course.lessons[0].url)
    client.get(course.page.url)
    client.get(reverse("courses:dashboard"))

    lesson = LessonPage.objects.get(pk=course.lessons[0].pk)
    lesson.title = "Renamed lesson"
    lesson.save_revision().publish()

    dashboard = client.get(reverse("courses:dashboard")).content.decode()
    assert "Last opened: Renamed lesson" in dashboard
    assert "Renamed lesson" in client.get(course.page.url).content.decode()
    assert "Previous: Renamed lesson" in client.get(course.lessons[1].url).content.decode()


def test_a_lesson_added_in_code_joins_the_outline(client, enrolled):
    course, _learner = enrolled
    client.get(course.page.url)

    course.modules[0].add_child(
        instance=LessonPage(title="Added later", slug="added", body=lesson_body("Added later"))
    )

    assert "Added later" in client.get(course.page.url).content.decode()


def test_an_unpublished_lesson_answers_404_at_once(client, enrolled):
    course, _learner = enrolled
    lesson = course.lessons[1]
    assert client.get(lesson.url).status_code == 200

    LessonPage.objects.get(pk=lesson.pk).unpublish()

    assert client.get(lesson.url).status_code == 404
    assert lesson.title not in client.get(course.page.url).content.decode()


def test_a_moved_address_is_found_at_once_and_the_old_one_is_gone(client, enrolled):
    course, _learner = enrolled
    lesson = LessonPage.objects.get(pk=course.lessons[1].pk)
    old_url = lesson.url
    assert client.get(old_url).status_code == 200

    lesson.slug = "a-new-address"
    lesson.save_revision().publish()
    lesson.refresh_from_db()

    assert client.get(old_url).status_code == 404
    assert client.get(lesson.url).status_code == 200
    assert lesson.url in client.get(course.page.url).content.decode()


def test_a_page_made_private_is_closed_at_once(client, enrolled):
    course, _learner = enrolled
    lesson = course.lessons[1]
    assert client.get(lesson.url).status_code == 200  # routed, "no restriction" kept

    restriction = PageViewRestriction.objects.create(
        page=course.page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.create(name="Pilot team")])

    response = client.get(lesson.url)
    assert response.status_code != 200
    assert lesson.title not in response.content.decode()

    restriction.delete()
    assert client.get(lesson.url).status_code == 200


def test_a_renamed_skill_shows_at_once(client, enrolled):
    course, _learner = enrolled
    skill = Skill.objects.originals().get(code="empathy")
    page = course.page
    page.skills = [skill]
    page.save_revision().publish()
    assert skill.name in client.get(page.url).content.decode()

    skill.name = "Empathy, renamed"
    skill.save_revision().publish()

    assert "Empathy, renamed" in client.get(page.url).content.decode()


def test_each_language_has_its_own_outline(client, enrolled):
    course, _learner = enrolled
    translate(course.modules[0], "fr", title="Module en français")
    client.get(course.page.url)
    assert "Module en français" not in client.get(course.page.url).content.decode()

    client.post(reverse("set_language"), {"language": "fr", "next": "/"})

    assert "Module en français" in client.get(course.page.url).content.decode()
    assert "Module en français" in client.get(course.lessons[0].url).content.decode()


def test_a_preview_shows_the_draft_and_leaves_the_kept_outline_alone(client, enrolled):
    course, _learner = enrolled
    client.get(course.page.url)
    author = UserFactory(is_superuser=True, is_staff=True)
    module = course.modules[0]
    module.title = "Draft module title"
    module.save_revision()  # a draft on a live page

    learner_client = client
    author_client = type(client)()
    author_client.force_login(author)
    author_client.get(f"/cms/pages/{module.pk}/edit/preview/")

    assert "Draft module title" not in learner_client.get(course.page.url).content.decode()


def test_roles_take_effect_at_the_next_request(client):
    person = UserFactory()
    client.force_login(person)
    editing_area = 'href="/cms/"'
    assert editing_area not in client.get(reverse("courses:dashboard")).content.decode()

    role_grant(user=person, role=Role.LD_AUTHOR)
    assert editing_area in client.get(reverse("courses:dashboard")).content.decode()
    _response, read = visit(client, reverse("courses:dashboard"))
    assert "auth_permission" not in read  # kept until roles change again

    role_revoke(user=person, role=Role.LD_AUTHOR)
    assert editing_area not in client.get(reverse("courses:dashboard")).content.decode()
    assert client.get("/cms/").status_code in (403, 404)


def test_a_groups_permissions_changed_take_effect_at_the_next_request(client):
    person = UserFactory()
    client.force_login(person)
    role_grant(user=person, role=Role.LD_AUTHOR)
    assert 'href="/cms/"' in client.get(reverse("courses:dashboard")).content.decode()

    group = Group.objects.get(name=Role.LD_AUTHOR.value)
    group.permissions.remove(*group.permissions.filter(codename="access_admin"))

    assert 'href="/cms/"' not in client.get(reverse("courses:dashboard")).content.decode()


def test_an_emptied_cache_is_rebuilt(client, enrolled):
    course, _learner = enrolled
    client.get(course.lessons[0].url)
    cache.clear()

    response = client.get(course.lessons[0].url)

    assert response.status_code == 200
    assert course.lessons[1].title in response.content.decode()


def test_with_the_content_cache_off_pages_are_read_afresh(client, enrolled, settings):
    settings.CONTENT_CACHE_SECONDS = 0
    course, _learner = enrolled
    assert course.lessons[1].title in client.get(course.lessons[0].url).content.decode()

    lesson = LessonPage.objects.get(pk=course.lessons[1].pk)
    LessonPage.objects.filter(pk=lesson.pk).update(title="Changed without a signal")

    assert "Changed without a signal" in client.get(course.lessons[0].url).content.decode()
    assert "Changed without a signal" in client.get(course.page.url).content.decode()
