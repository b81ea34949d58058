"""Thin receivers: when a course's lessons change, its stored progress is
refreshed; when an image changes, the outlines that keep a cover's address go."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.images import get_image_model
from wagtail.signals import page_published, page_unpublished

from core import pagecache
from core.queueing import enqueue
from courses.models import CoursePage, LessonPage, ModulePage
from courses.tasks import recompute_course_progress_task


def _queue_recompute(page) -> None:

    course_ids = list(CoursePage.objects.ancestor_of(page).values_list("pk", flat=True))
    for course_id in course_ids:
        # With the broker down the refresh runs here: the page is published either way.
        transaction.on_commit(
            lambda cid=course_id: enqueue(
                recompute_course_progress_task, cid, run_here_if_down=True
            )
        )


@receiver(page_published, dispatch_uid="courses.structure_published")
@receiver(page_unpublished, dispatch_uid="courses.structure_unpublished")
def structure_changed(sender, instance, **kwargs):
    if isinstance(instance, (LessonPage, ModulePage)):
        _queue_recompute(instance)


@receiver(post_delete, sender=LessonPage, dispatch_uid="courses.lesson_deleted")
@receiver(post_delete, sender=ModulePage, dispatch_uid="courses.module_deleted")
def structure_deleted(sender, instance, **kwargs):
    _queue_recompute(instance)


@receiver(post_save, sender=get_image_model(), dispatch_uid="courses.cover_saved")
@receiver(post_delete, sender=get_image_model(), dispatch_uid="courses.cover_deleted")
def cover_changed(sender, instance, raw=False, **kwargs):
    # Outlines keep a cover's rendition address and description (courses/covers.py):
    # a new file, focal point or description, or a deleted image (its courses set
    # to none by SQL, with no page saved), shows at the next request.
    if not raw:
        pagecache.purge()
