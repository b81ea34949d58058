from django import template

from courses.coursemap import course_id_above
from packages import selectors
from packages.models import H5pActivity, ScormPackage

register = template.Library()


@register.inclusion_tag("packages/includes/player.html", takes_context=True)
def package_player(context, package, lesson=None):
    """A SCORM package or H5P activity in a lesson: its frame, its SCOs, and
    where the learner stands in it."""
    request = context.get("request")
    user = getattr(request, "user", None)
    result = {"package": package, "player": None, "request": request}
    if not isinstance(package, ScormPackage | H5pActivity) or lesson is None or lesson.pk is None:
        return result
    if user is None or not user.is_authenticated:
        return result
    preview = bool(getattr(request, "is_preview", False))
    outline = context.get("outline")
    course_id = outline.map.id if outline is not None else course_id_above(lesson, request=request)
    if course_id is None or (not preview and outline is None):
        return result
    result["player"] = selectors.player_for(
        package=package, user=user, course_id=course_id, lesson_id=lesson.pk, preview=preview
    )
    result["preview"] = preview
    return result
