"""The demo courses get their own cover images, with alternative text, once."""

import io

import pytest
from django.core.files.images import ImageFile
from django.core.management import call_command
from PIL import Image as PILImage
from wagtail.images import get_image_model

from core.i18n import originals_only
from courses.models import CoursePage
from demo.covers import DEMO_COVERS, IMAGES_DIR, cover_images_attach
from demo.load import content_load

pytestmark = pytest.mark.django_db


def test_every_demo_cover_is_a_16_by_9_file_under_150_kb():
    for slug in DEMO_COVERS:
        path = IMAGES_DIR / f"{slug}.png"
        assert path.stat().st_size < 150 * 1024, slug
        with PILImage.open(path) as image:
            assert image.size == (1280, 720), slug


def test_seed_demo_attaches_a_cover_with_alt_text_to_each_demo_course():
    call_command("seed_demo", stdout=io.StringIO())

    for slug, description in DEMO_COVERS.items():
        course = CoursePage.objects.get(originals_only(), slug=slug)
        assert course.cover_image is not None, slug
        assert course.cover_image.description == description
        assert course.live and not course.has_unpublished_changes
    assert set(DEMO_COVERS) == set(
        CoursePage.objects.filter(originals_only()).values_list("slug", flat=True)
    )


def test_attaching_the_covers_again_changes_nothing():
    content_load()
    first = cover_images_attach()
    images = get_image_model().objects.count()

    again = cover_images_attach()

    assert len(first) == len(DEMO_COVERS) and again == []
    assert get_image_model().objects.count() == images == len(DEMO_COVERS)


def test_a_cover_an_author_chose_is_left_alone():
    content_load()
    course = CoursePage.objects.get(originals_only(), slug="working-with-your-ai-co-pilot")
    buffer = io.BytesIO()
    PILImage.new("RGB", (64, 36)).save(buffer, "PNG")
    chosen = get_image_model()(title="Author's choice", file=ImageFile(buffer, name="own.png"))
    chosen.save()
    course.cover_image = chosen
    course.save_revision().publish()

    cover_images_attach()

    course.refresh_from_db()
    assert course.cover_image_id == chosen.pk
