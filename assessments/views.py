from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from assessments import selectors, services
from assessments.answers import answer_from_browser, answers_from_form
from assessments.models import Assessment, Attempt
from assessments.papers import item_by_ref
from assessments.services import AttemptClosed, AttemptNotFound
from core import jsonbody
from core.i18n import localized, originals_only


def _attempt_or_404(user, attempt_id: int) -> Attempt:
    attempt = (
        Attempt.objects.select_related("assessment", "assessment__course", "lesson")
        .filter(pk=attempt_id, user=user)
        .first()
    )
    if attempt is None:
        raise Http404(_("No such attempt."))
    return services.attempt_paper_tokens_ensure(attempt=attempt)


def _messages_of(error: ValidationError) -> str:
    return " ".join(error.messages)


def _wants_json(request) -> bool:
    return request.content_type == "application/json"


@login_required
@require_POST
def start(request, assessment_id: int):
    assessment = get_object_or_404(
        Assessment.objects.filter(originals_only()).select_related("course"), pk=assessment_id
    )
    lesson_id = request.POST.get("lesson", "")
    try:
        attempt = services.attempt_start(
            user=request.user,
            assessment=assessment,
            lesson_id=_lesson_id(lesson_id),
        )
    except PermissionDenied as error:
        messages.error(request, str(error))
        return redirect(_back(request, assessment))
    except ValidationError as error:
        messages.error(request, _messages_of(error))
        return redirect(_back(request, assessment))
    return redirect("assessments:attempt", attempt_id=attempt.pk)


def _lesson_id(value: str) -> int | None:
    """The lesson a knowledge check is started from; anything but a plain id is
    none ("²" is a digit to Python, yet int() refuses it; so it does 5,000 digits)."""
    if value.isascii() and value.isdigit() and len(value) <= 18:
        return int(value)
    return None


def _back(request, assessment) -> str:
    """The page the start button was on, if it is a page of this site; never
    another site, whatever the form says."""
    back = request.POST.get("back", "")
    if back and url_has_allowed_host_and_scheme(
        back, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return back
    return assessment.course.url


def _render_attempt(request, attempt, errors=None, posted=None, status=200):
    view = selectors.attempt_view(attempt=attempt, errors=errors, posted=posted)
    return TemplateResponse(
        request,
        "assessments/attempt.html",
        {"view": view, "attempt": attempt, **_shown(attempt.assessment)},
        status=status,
    )


def _shown(assessment) -> dict:
    """The assessment, and its title and course as the reader's language shows them."""
    return {
        "assessment": assessment,
        "shown": localized(assessment),
        "shown_course": localized(assessment.course),
    }


@login_required
@require_GET
def attempt_page(request, attempt_id: int):
    attempt = _attempt_or_404(request.user, attempt_id)
    if attempt.status == Attempt.Status.IN_PROGRESS and services.attempt_is_expired(attempt):
        services.attempt_submit(user=request.user, attempt_id=attempt.pk, expired=True)
        messages.info(request, _("Time ran out: your answers were submitted as they stood."))
        attempt.refresh_from_db()
    if attempt.status != Attempt.Status.IN_PROGRESS:
        return redirect("assessments:result", attempt_id=attempt.pk)
    return _render_attempt(request, attempt)


def _save_form(request, attempt):
    """Save the answers of the attempt form; returns an error response or None."""
    answers, errors = answers_from_form(attempt.paper, request.POST)
    if errors:
        messages.error(request, _("Some answers could not be saved; see the questions marked."))
        return _render_attempt(request, attempt, errors=errors, posted=answers, status=400)
    try:
        services.responses_save(user=request.user, attempt_id=attempt.pk, answers=answers)
    except ValidationError as error:
        messages.error(request, _messages_of(error))
        return _render_attempt(request, attempt, status=400)
    return None


@login_required
@require_POST
def save(request, attempt_id: int):
    attempt = _attempt_or_404(request.user, attempt_id)
    try:
        failed = _save_form(request, attempt)
    except AttemptClosed as error:
        messages.info(request, str(error))
        return redirect("assessments:result", attempt_id=attempt.pk)
    if failed is not None:
        return failed
    messages.success(request, _("Your answers are saved. You can come back to them later."))
    return redirect("assessments:attempt", attempt_id=attempt.pk)


@login_required
@require_POST
def submit(request, attempt_id: int):
    attempt = _attempt_or_404(request.user, attempt_id)
    if attempt.status == Attempt.Status.IN_PROGRESS:
        try:
            failed = _save_form(request, attempt)
        except AttemptClosed as error:
            messages.info(request, str(error))
            return redirect("assessments:result", attempt_id=attempt.pk)
        if failed is not None:
            return failed
        confirming = _confirmation_needed(request, attempt)
        if confirming is not None:
            return confirming
    services.attempt_submit(user=request.user, attempt_id=attempt.pk)
    return redirect("assessments:result", attempt_id=attempt.pk)


def _confirmation_needed(request, attempt):
    """Submitting with questions unanswered asks first, unless the learner has
    confirmed (the "confirm" field, from this page or the page's dialog) or the
    time is up. The answers given are saved already, so going back loses
    nothing, and no attempt is used up until they confirm."""
    if request.POST.get("confirm") == "1" or services.attempt_is_expired(attempt):
        return None
    view = selectors.attempt_view(attempt=attempt)
    if not view.unanswered:
        return None
    return TemplateResponse(
        request,
        "assessments/confirm_submit.html",
        {"view": view, "attempt": attempt, **_shown(attempt.assessment)},
    )


@login_required
@require_POST
def save_one(request, attempt_id: int, ref: str):
    """Autosave of one answer, as JSON: {"answer": {...}}, the question and its
    options named by the tokens of the attempt's paper."""
    # Someone else's attempt: refused before parsing.
    attempt = _attempt_or_404(request.user, attempt_id)
    try:
        body = jsonbody.loads(request.body or b"{}")  # too deep: a ValueError
        answer = body["answer"]
    except (ValueError, KeyError, TypeError):
        return JsonResponse({"error": _("The answer is not in the expected form.")}, status=400)
    item = item_by_ref(attempt.paper, ref)
    try:
        if item is None:
            raise ValidationError(_("That question is not part of this attempt."))
        services.responses_save(
            user=request.user,
            attempt_id=attempt_id,
            answers={item["id"]: answer_from_browser(item, answer)},
        )
    except AttemptNotFound as error:
        raise Http404(_("No such attempt.")) from error
    except AttemptClosed as error:
        return JsonResponse(
            {"error": str(error), "result": reverse("assessments:result", args=[attempt_id])},
            status=409,
        )
    except ValidationError as error:
        return JsonResponse({"error": _messages_of(error)}, status=400)
    return JsonResponse({"saved": True})


@login_required
@require_POST
def check(request, attempt_id: int, ref: str):
    """Save one answer from the form and show its feedback (policy "after each")."""
    attempt = _attempt_or_404(request.user, attempt_id)
    item = item_by_ref(attempt.paper, ref)
    try:
        failed = _save_form(request, attempt)
        if failed is not None:
            return failed
        if item is None:
            raise ValidationError(_("That question is not part of this attempt."))
        services.response_check(user=request.user, attempt_id=attempt.pk, question_id=item["id"])
    except AttemptClosed as error:
        messages.info(request, str(error))
        return redirect("assessments:result", attempt_id=attempt.pk)
    except ValidationError as error:
        messages.error(request, _messages_of(error))
        return _render_attempt(request, attempt, status=400)
    url = reverse("assessments:attempt", args=[attempt.pk])
    return redirect(f"{url}#question-{item['ref']}")


@login_required
@require_GET
def result(request, attempt_id: int):
    attempt = _attempt_or_404(request.user, attempt_id)
    if attempt.status == Attempt.Status.IN_PROGRESS:
        if not services.attempt_is_expired(attempt):
            return redirect("assessments:attempt", attempt_id=attempt.pk)
        services.attempt_submit(user=request.user, attempt_id=attempt.pk, expired=True)
        attempt.refresh_from_db()
    (state,) = selectors.assessment_states(user=request.user, assessments=[attempt.assessment])
    view = selectors.result_view(attempt=attempt, state=state)
    return TemplateResponse(
        request,
        "assessments/result.html",
        {"view": view, "attempt": attempt, "state": state, **_shown(attempt.assessment)},
    )
