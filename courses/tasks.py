from celery import shared_task

from courses import services


@shared_task(time_limit=30 * 60, soft_time_limit=29 * 60)
def recompute_course_progress_task(course_id: int) -> int:
    """Refresh stored progress after a course's lessons were published or removed."""
    return services.course_progress_recompute(course_id=course_id)
