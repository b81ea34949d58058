from django import template

from assessments import selectors
from assessments.models import Assessment
from core.i18n import originals_only

register = template.Library()


@register.filter
def lookup(mapping, key):
    """``mapping[key]`` for int or str keys, or an empty string."""
    if not mapping:
        return ""
    if key in mapping:
        return mapping[key]
    return mapping.get(str(key), "")


@register.filter
def as_percent(fraction):
    return "" if fraction is None else f"{round(100 * fraction)}"


@register.inclusion_tag("assessments/includes/knowledge_check.html", takes_context=True)
def knowledge_check_panel(context, assessment, lesson=None):
    """The knowledge check a lesson places, with where the learner stands on it."""
    request = context.get("request")
    user = getattr(request, "user", None)
    state = None
    if isinstance(assessment, Assessment) and user is not None and user.is_authenticated:
        (state,) = selectors.assessment_states(user=user, assessments=[assessment])
    return {
        "assessment": assessment,
        "lesson": lesson,
        "state": state,
        "preview": bool(getattr(request, "is_preview", False)) or state is None,
        "request": request,
        "csrf_token": context.get("csrf_token"),
    }


@register.inclusion_tag("assessments/includes/course_assessments.html", takes_context=True)
def course_assessments(context, course):
    """The course's own assessments (final, pre-test, post-test) for the course page."""
    request = context.get("request")
    user = request.user if request is not None else None
    assessments = selectors.course_level_assessments(course=course)
    states = (
        selectors.assessment_states(user=user, assessments=assessments)
        if user is not None and user.is_authenticated
        else []
    )
    return {
        "course": course,
        "states": states,
        "request": request,
        "csrf_token": context.get("csrf_token"),
        "can_take": context.get("outline") and context["outline"].can_open_lessons,
    }


@register.inclusion_tag("assessments/includes/test_out.html", takes_context=True)
def test_out_panel(context, assignment):
    """The pre-test that lets a learner test out of an assignment, if there is one."""
    scope = {"module": assignment.module} if assignment.module_id else {"module__isnull": True}
    pre_test = (
        Assessment.objects.filter(
            originals_only(), course=assignment.course, kind=Assessment.Kind.PRE_TEST, **scope
        )
        .order_by("pk")
        .first()
    )
    request = context.get("request")
    state = None
    if pre_test is not None and request is not None:
        (state,) = selectors.assessment_states(user=request.user, assessments=[pre_test])
    return {
        "pre_test": pre_test,
        "state": state,
        "request": request,
        "csrf_token": context.get("csrf_token"),
    }
