"""The demo courses' cover images: drawn for them (abstract, one per course)
and shipped as files under content/images/<course slug>.png.

Safe to run again: each image is created once (found by its title), and a
course gets its cover only while it has none, so an author's own choice, or a
draft waiting in the editing area, is left alone.
"""

from pathlib import Path

from django.conf import settings
from django.core.files.images import ImageFile
from wagtail.images import get_image_model

from core.i18n import originals_only
from courses.models import CoursePage

IMAGES_DIR = Path(settings.BASE_DIR) / "content" / "images"

#: Course slug -> the image's description, read out as its alternative text.
DEMO_COVERS = {
    "how-ai-agents-work-and-fail": (
        "An abstract network of glowing nodes on a dusk-coloured background, "
        "with one link between them broken."
    ),
    "working-with-your-ai-co-pilot": (
        "Two overlapping drafts on a warm orange background: lines marked in red "
        "on the first, and a green tick on the corrected one."
    ),
    "empathy-that-is-not-engineered": (
        "Two circles facing each other on a rose background, ripples spreading "
        "from each until they meet in the middle."
    ),
}


def _title(slug: str) -> str:
    return f"Course cover: {slug}"


def cover_image_ensure(*, slug: str, description: str):
    """The Wagtail image for this course's cover, created once from its file;
    None when the file is not there."""
    Image = get_image_model()
    image = Image.objects.filter(title=_title(slug)).first()
    if image is not None:
        return image
    path = IMAGES_DIR / f"{slug}.png"
    if not path.exists():
        return None
    with path.open("rb") as handle:
        image = Image(
            title=_title(slug), description=description, file=ImageFile(handle, name=path.name)
        )
        image.save()
    return image


def cover_images_attach() -> list[CoursePage]:
    """Give each demo course its cover, published as a new revision the way
    the demo seed writes pages. Returns the courses given one this time."""
    attached = []
    for slug, description in DEMO_COVERS.items():
        course = CoursePage.objects.filter(originals_only(), slug=slug).first()
        if course is None or course.cover_image_id or course.has_unpublished_changes:
            continue
        image = cover_image_ensure(slug=slug, description=description)
        if image is None:
            continue
        course.cover_image = image
        course.save_revision().publish()
        attached.append(course)
    return attached
