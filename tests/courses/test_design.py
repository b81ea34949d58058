"""What the visual design shows: course covers with their alternative text,
the "Continue where you left off" card, progress that reads at a glance, and
the course outline beside each lesson."""

import io
import re

import pytest
from django.core.files.images import ImageFile
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.images import get_image_model

from courses import services
from courses.models import CoursePage
from tests.core.test_content_cache import visit
from tests.courses.builders import build_course, catalog
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def cover_image(*, description: str = "Warm shapes meeting in the middle."):
    buffer = io.BytesIO()
    PILImage.new("RGB", (1280, 720), (200, 120, 80)).save(buffer, "PNG")
    image = get_image_model()(
        title="A cover", description=description, file=ImageFile(buffer, name="cover.png")
    )
    image.save()
    return image


def with_cover(course, image) -> CoursePage:
    page = CoursePage.objects.get(pk=course.page.pk)
    page.cover_image = image
    page.save_revision().publish()
    return page


def covers_in(html: str) -> list[str]:
    return re.findall(r'<img class="cover"[^>]*>', html)


@pytest.fixture
def learner(client):
    person = UserFactory()
    client.force_login(person)
    return person


def test_a_cover_shows_on_the_catalog_course_page_and_my_learning_with_its_description_as_alt(
    client, learner
):
    course = build_course("Covered course", modules=1, lessons=2)
    with_cover(course, cover_image(description="Two circles facing each other."))
    services.enrollment_create(user=learner, course=course.page)
    client.get(course.lessons[0].url)

    for url in (catalog().url, course.page.url, reverse("courses:dashboard")):
        html = client.get(url).content.decode()
        found = covers_in(html)
        assert found, url
        assert 'alt="Two circles facing each other."' in found[0], url
        assert 'width="640" height="360"' in found[0], url
        assert re.search(r'src="/media/images/[^"]+\.fill-640x360\.[a-z]+"', found[0]), url
    catalog_cover = covers_in(client.get(catalog().url).content.decode())[0]
    assert 'loading="lazy"' in catalog_cover


def test_a_cover_without_a_description_is_decorative(client, learner):
    course = build_course("Decorated course", modules=1, lessons=1)
    with_cover(course, cover_image(description=""))

    (found,) = covers_in(client.get(catalog().url).content.decode())

    assert 'alt=""' in found and 'role="presentation"' in found


def test_a_course_without_a_cover_shows_no_image(client, learner):
    course = build_course("Plain course", modules=1, lessons=1)
    services.enrollment_create(user=learner, course=course.page)
    client.get(course.lessons[0].url)

    for url in (catalog().url, course.page.url, reverse("courses:dashboard")):
        html = client.get(url).content.decode()
        assert "<img" not in html.split("<main", 1)[1], url


def test_a_cover_whose_file_is_gone_shows_no_broken_image(client, learner):
    course = build_course("Lost cover", modules=1, lessons=1)
    image = cover_image()
    with_cover(course, image)
    image.file.storage.delete(image.file.name)
    image.renditions.all().delete()

    response = client.get(catalog().url)

    assert response.status_code == 200
    assert covers_in(response.content.decode()) == []


def test_a_new_description_shows_at_once_where_the_outline_is_kept(client, learner):
    course = build_course("Described course", modules=1, lessons=1)
    image = cover_image(description="Old words.")
    with_cover(course, image)
    client.get(course.page.url)  # the outline, with the cover, is kept

    image.description = "New words."
    image.save()

    assert 'alt="New words."' in client.get(course.page.url).content.decode()


def test_my_learning_with_covers_still_reads_no_page_rows(client, learner):
    course = build_course("Cached cover", modules=1, lessons=2)
    with_cover(course, cover_image())
    services.enrollment_create(user=learner, course=course.page)
    client.get(course.lessons[1].url)
    client.get(reverse("courses:dashboard"))

    response, read = visit(client, reverse("courses:dashboard"))

    assert covers_in(response.content.decode())
    kept_elsewhere = [t for t in read if t.startswith(("wagtailcore", "wagtailimages", "courses_"))]
    assert sorted(kept_elsewhere) == ["courses_assignment", "courses_enrollment"], read


def test_continue_card_names_the_last_lesson_opened_in_the_most_recent_course(client, learner):
    older = build_course("Older course", modules=1, lessons=2)
    recent = build_course("Recent course", modules=2, lessons=2)
    for built in (older, recent):
        services.enrollment_create(user=learner, course=built.page)
    client.get(older.lessons[0].url)
    client.get(recent.lessons[2].url)  # lesson 3 of 4, opened last

    response = client.get(reverse("courses:dashboard"))
    html = response.content.decode()
    card = html.split('class="continue-card', 1)[1].split("</section>", 1)[0]

    assert "Continue where you left off" in card
    assert "Recent course lesson 2.1" in card
    assert "Lesson 3 of 4" in card
    assert f'href="{recent.lessons[2].url}"' in card
    assert 'aria-label="0% complete"' in card
    assert html.index("continue-card") < html.index('id="assigned-heading"')


def test_continue_card_is_absent_when_nothing_is_in_progress(client, learner):
    course = build_course("Not started", modules=1, lessons=1)
    services.enrollment_create(user=learner, course=course.page)  # no lesson opened yet

    html = client.get(reverse("courses:dashboard")).content.decode()

    assert "continue-card" not in html
    assert client.get(reverse("courses:dashboard")).context["dashboard"].resume is None


def test_course_cards_read_progress_at_a_glance(client, learner):
    course = build_course("Ring course", modules=1, lessons=4)
    services.enrollment_create(user=learner, course=course.page)
    services.lesson_complete(user=learner, course=course.page, lesson_id=course.lessons[0].pk)

    for url in (catalog().url, reverse("courses:dashboard")):
        html = client.get(url).content.decode()
        ring = r'<svg class="ring__svg"[^>]*role="img"[^>]*aria-label="25% complete"'
        assert re.search(ring, html), url
    dashboard = client.get(reverse("courses:dashboard")).content.decode()
    assert "Foundation" in dashboard and "30 minutes" in dashboard


def test_the_lesson_shows_the_course_outline_with_the_current_and_done_lessons_marked(
    client, learner
):
    course = build_course("Outlined course", modules=2, lessons=2)
    services.enrollment_create(user=learner, course=course.page)
    services.lesson_complete(user=learner, course=course.page, lesson_id=course.lessons[0].pk)

    html = client.get(course.lessons[1].url).content.decode()
    outline = html.split('class="course-outline"', 1)[1].split("</details>", 1)[0]

    assert "<details" in html.split('class="course-outline"', 1)[0][-200:]
    for module in course.modules:
        assert module.title in outline
    current = re.findall(r'<a href="([^"]+)" aria-current="page">', outline)
    assert current == [course.lessons[1].url]
    done = outline.split(f'href="{course.lessons[0].url}"', 1)[1].split("</a>", 1)[0]
    assert ">done<" in done
    assert outline.count(">done<") == 1
