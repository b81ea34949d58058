from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from core.i18n import localized, originals_only
from core.validation import is_storable
from courses import completion, selectors, services
from courses.certificate_panels import certificate_panels
from courses.certificates import certificate_pdf
from courses.forms import ReflectionForm
from courses.models import CoursePage
from courses.services import LessonNotFound
from people.selectors import profile_gaps


def _live_course_or_404(course_id: int) -> CoursePage:
    return get_object_or_404(CoursePage.objects.live().filter(originals_only()), pk=course_id)


def _course_title(certificate) -> str:
    """The course's title in the reader's language; the title as issued otherwise."""
    course = localized(certificate.course) if certificate.course_id else None
    return course.title if course is not None else certificate.course_title


def _title(course: CoursePage) -> str:
    """The course's title in the reader's language where translated."""
    return localized(course).title


def _error_text(error: ValidationError) -> str:
    return " ".join(error.messages)


@login_required
@require_POST
def enrol(request, course_id: int):
    course = _live_course_or_404(course_id)
    try:
        services.enrollment_create(user=request.user, course=course)
    except ValidationError as error:
        messages.error(request, _error_text(error))
    else:
        messages.success(
            request, _("You are enrolled in “%(course)s”.") % {"course": _title(course)}
        )
    return redirect(course.get_url(request))


@login_required
@require_POST
def withdraw(request, course_id: int):
    course = _live_course_or_404(course_id)
    try:
        services.enrollment_withdraw(user=request.user, course=course)
    except ValidationError as error:
        messages.error(request, _error_text(error))
    else:
        messages.success(
            request,
            _("You left “%(course)s”. Your progress is kept if you come back.")
            % {"course": _title(course)},
        )
    return redirect(course.get_url(request))


@login_required
@require_POST
def lesson_done(request, course_id: int, lesson_id: int):
    course = _live_course_or_404(course_id)
    try:
        result = services.lesson_complete(user=request.user, course=course, lesson_id=lesson_id)
    except LessonNotFound as error:
        raise Http404(_("No such lesson in this course.")) from error
    except ValidationError as error:
        messages.error(request, _error_text(error))
        outline = selectors.course_outline(course=course, user=request.user, request=request)
        lesson = outline.lesson(lesson_id)
        return redirect(lesson.url if lesson else course.get_url(request))
    if result.course_completed:
        messages.success(
            request,
            _("You completed “%(course)s”. Your certificate is ready.")
            % {"course": _title(course)},
        )
        return redirect(course.get_url(request))
    outline = selectors.course_outline(course=course, user=request.user, request=request)
    _previous, following = outline.neighbours(lesson_id)
    if following is not None:
        return redirect(following.url)
    return redirect(course.get_url(request))


@login_required
@require_POST
def reflection_save(request, course_id: int, lesson_id: int, block_id: str):
    course = _live_course_or_404(course_id)
    form = ReflectionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Keep your reflection under 5,000 characters."))
    else:
        try:
            services.reflection_save(
                user=request.user,
                course=course,
                lesson_id=lesson_id,
                block_id=str(block_id),
                text=form.cleaned_data["text"],
            )
        except LessonNotFound as error:
            raise Http404(_("No such reflection in this course.")) from error
        except ValidationError as error:
            messages.error(request, _error_text(error))
        else:
            messages.success(request, _("Your reflection is saved. Only you can read it."))
    outline = selectors.course_outline(course=course, user=request.user, request=request)
    lesson = outline.lesson(lesson_id)
    return redirect(f"{lesson.url}#reflection-{block_id}" if lesson else course.get_url(request))


@login_required
@require_GET
def resume(request, course_id: int):
    course = _live_course_or_404(course_id)
    outline = selectors.course_outline(course=course, user=request.user, request=request)
    lesson = outline.resume_lesson if outline.can_open_lessons else None
    return redirect(lesson.url if lesson else course.get_url(request))


@login_required
@require_GET
def dashboard(request):
    return render(
        request,
        "courses/dashboard.html",
        {
            "dashboard": selectors.dashboard_for_learner(user=request.user, request=request),
            "profile_gaps": profile_gaps(user=request.user),
        },
    )


def _certificate(code: str):
    """The certificate with this code; a code no certificate can have (a NUL
    character typed into the address) finds none."""
    return selectors.certificate_get_by_code(code) if is_storable(code) else None


@require_GET
def certificate_verify(request, code: str):
    """Public: says whether a certificate is valid, for whom and which course. Nothing more."""
    certificate = _certificate(code)
    course_title = _course_title(certificate) if certificate else ""
    response = render(
        request,
        "courses/certificate_verify.html",
        {
            "certificate": certificate,
            "code": code,
            "course_title": course_title,
            "criteria": completion.criteria_sentences(certificate.criteria) if certificate else [],
            "panels": certificate_panels(request=request, certificate=certificate)
            if certificate
            else [],
        },
        status=200 if certificate else 404,
    )
    response["X-Robots-Tag"] = "noindex"
    return response


@login_required
@require_GET
def certificate_download(request, code: str):
    certificate = _certificate(code)
    if certificate is None or certificate.user_id != request.user.pk:
        raise Http404(_("No such certificate."))
    if not certificate.is_valid:
        raise PermissionDenied(_("This certificate has been revoked."))
    verify_url = request.build_absolute_uri(f"/certificates/{certificate.code}/")
    course_title = _course_title(certificate)
    return FileResponse(
        certificate_pdf(certificate=certificate, verify_url=verify_url, course_title=course_title),
        as_attachment=True,
        filename=f"certificate-{certificate.code}.pdf",
        content_type="application/pdf",
    )
