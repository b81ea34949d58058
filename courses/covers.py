"""Course cover images: one Wagtail rendition per course, read for many courses
at once and kept in the course's outline (courses/coursemap.py).

Alternative text: the image's description (Wagtail's alt text field), written
by the editor who chose it; an image without one is decorative (an empty alt
and role="presentation"), since the course title beside it already says what
the card is about.
"""

from dataclasses import dataclass

from wagtail.images import get_image_model

#: Cards, the continue card and the course page header: 16:9, cropped to fill.
COVER_SPEC = "fill-640x360"


@dataclass(frozen=True)
class Cover:
    url: str
    width: int
    height: int
    #: The image's description; empty for a decorative image.
    alt: str


def covers_of(courses) -> dict[int, Cover]:
    """The cover of each of these course pages that has one, by course id.

    Two queries (the images and their renditions) however many courses, none
    when no course has a cover. A rendition not made yet is made once and
    kept by Wagtail; an image whose file is missing is left out, so the page
    shows no broken image.
    """
    image_ids = {course.cover_image_id for course in courses if course.cover_image_id}
    if not image_ids:
        return {}
    images = {
        image.pk: image
        for image in get_image_model()
        .objects.filter(pk__in=image_ids)
        .prefetch_renditions(COVER_SPEC)
    }
    covers = {}
    for course in courses:
        image = images.get(course.cover_image_id)
        if image is None:
            continue
        try:
            rendition = image.get_rendition(COVER_SPEC)
        except OSError:  # the original file is gone (Wagtail's SourceImageIOError)
            continue
        covers[course.pk] = Cover(
            url=rendition.url,
            width=rendition.width,
            height=rendition.height,
            alt=(getattr(image, "description", "") or "").strip(),
        )
    return covers
