"""Writes for attempts: start, save as you go, check, submit once, expire.

Grading happens once per attempt, under a row lock, and its result row is
one-to-one with the attempt, so two submissions at the same moment (two tabs,
a double click) give one result.
"""

import logging
from dataclasses import dataclass
from datetime import timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from assessments.answers import clean_answer
from assessments.models import Assessment, Attempt, AttemptResult, Response
from assessments.papers import build_paper, paper_item, tokens_ensure
from assessments.scoring import grade_paper, score_question
from courses import selectors as course_selectors
from courses import services as course_services
from courses.models import LessonCompletion, LessonPage
from skills.models import Signal, Skill
from skills.services import signal_record

logger = logging.getLogger(__name__)

#: Answers that reach the server this long after the deadline are still late:
#: the allowance covers the time a request takes to arrive.
GRACE = timedelta(seconds=5)


class AttemptNotFound(Exception):
    """No such attempt for this learner (another learner's id looks the same)."""


class AttemptClosed(Exception):
    """The attempt is submitted, or its time ran out and it has now been submitted."""


def _check_can_take(*, user, assessment: Assessment) -> None:
    course = assessment.course
    if not course.live or not course_selectors.learner_may_open(user=user, course=course):
        raise PermissionDenied(_("Enrol in the course to take its assessments."))


def _lesson_placing(assessment: Assessment, lesson_id: int | None) -> LessonPage | None:
    if lesson_id is None:
        return None
    lesson = LessonPage.objects.live().descendant_of(assessment.course).filter(pk=lesson_id).first()
    if lesson is None:
        raise ValidationError(_("That lesson is not part of this course."))
    placed = any(
        block.block_type == "knowledge_check"
        and block.value.get("assessment") is not None
        and block.value["assessment"].pk == assessment.pk
        for block in lesson.body
    )
    if not placed:
        raise ValidationError(_("That lesson has no such knowledge check."))
    return lesson


def attempt_start(*, user, assessment: Assessment, lesson_id: int | None = None) -> Attempt:
    """Start an attempt, or return the one in progress (a reload resumes)."""
    _check_can_take(user=user, assessment=assessment)
    with transaction.atomic():
        open_attempt = (
            Attempt.objects.select_for_update()
            .filter(user=user, assessment=assessment, status=Attempt.Status.IN_PROGRESS)
            .first()
        )
        if open_attempt is not None:
            if attempt_is_expired(open_attempt):
                attempt_submit(user=user, attempt_id=open_attempt.pk, expired=True)
            else:
                return open_attempt
        lesson = _lesson_placing(assessment, lesson_id)
        earlier = list(
            Attempt.objects.filter(user=user, assessment=assessment).values_list("number", "paper")
        )
        used = len(earlier)
        if assessment.max_attempts is not None and used >= assessment.max_attempts:
            raise PermissionDenied(
                ngettext(
                    "You have used your only attempt at this assessment.",
                    "You have used all %(count)s attempts at this assessment.",
                    assessment.max_attempts,
                )
                % {"count": assessment.max_attempts}
            )
        paper = build_paper(assessment, seen=_questions_seen(earlier))
        if not paper["questions"]:
            raise ValidationError(_("This assessment has no questions yet."))
        now = timezone.now()
        deadline = (
            now + timedelta(minutes=assessment.time_limit_minutes)
            if assessment.time_limit_minutes
            else None
        )
        try:
            with transaction.atomic():
                return Attempt.objects.create(
                    user=user,
                    assessment=assessment,
                    number=used + 1,
                    lesson=lesson,
                    paper=paper,
                    started_at=now,
                    deadline_at=deadline,
                )
        except IntegrityError:
            # Another tab started one at the same moment: resume it.
            return Attempt.objects.get(
                user=user, assessment=assessment, status=Attempt.Status.IN_PROGRESS
            )


def _questions_seen(earlier: list[tuple[int, dict]]) -> dict[int, int]:
    """Each question the learner was given before, with the number of the latest
    attempt that had it: what a new paper avoids where the bank allows."""
    seen: dict[int, int] = {}
    for number, paper in earlier:
        for item in (paper or {}).get("questions", []):
            seen[item["id"]] = max(number, seen.get(item["id"], 0))
    return seen


def attempt_paper_tokens_ensure(*, attempt: Attempt) -> Attempt:
    """Give an attempt in progress whose paper was drawn before papers had
    tokens (see papers.py) its tokens, so that it can be shown. Idempotent; the
    migration that shipped tokens did this for the attempts open then."""
    if attempt.status != Attempt.Status.IN_PROGRESS:
        return attempt
    if all(
        item.get("ref") and all(option.get("token") for option in item["options"])
        for item in attempt.paper["questions"]
    ):
        return attempt
    with transaction.atomic():
        locked = Attempt.objects.select_for_update().get(pk=attempt.pk)
        if tokens_ensure(locked.paper):
            locked.save(update_fields=["paper"])
    attempt.paper = locked.paper
    return attempt


def attempt_is_expired(attempt: Attempt, now=None) -> bool:
    now = now or timezone.now()
    return attempt.deadline_at is not None and now > attempt.deadline_at + GRACE


def _own_attempt(*, user, attempt_id: int, lock: bool = False) -> Attempt:
    queryset = Attempt.objects.select_related("assessment", "assessment__course")
    if lock:
        queryset = queryset.select_for_update()
    attempt = queryset.filter(pk=attempt_id, user=user).first()
    if attempt is None:
        raise AttemptNotFound
    return attempt


def _open_for_answers(user, attempt_id: int) -> Attempt:
    attempt = _own_attempt(user=user, attempt_id=attempt_id, lock=True)
    if attempt.status != Attempt.Status.IN_PROGRESS:
        raise AttemptClosed(_("This attempt has been submitted."))
    if attempt_is_expired(attempt):
        raise AttemptClosed(_("Time ran out: the attempt was submitted as it stood."))
    return attempt


def responses_save(*, user, attempt_id: int, answers: dict[int, dict]) -> Attempt:
    """Save answers to several questions; one bad answer and none is saved."""
    expired = False
    with transaction.atomic():
        try:
            attempt = _open_for_answers(user, attempt_id)
        except AttemptClosed:
            attempt = _own_attempt(user=user, attempt_id=attempt_id)
            expired = attempt.status == Attempt.Status.IN_PROGRESS
            if not expired:
                raise
        else:
            cleaned = {}
            for question_id, raw in answers.items():
                item = paper_item(attempt.paper, int(question_id))
                if item is None:
                    raise ValidationError(_("That question is not part of this attempt."))
                cleaned[item["id"]] = clean_answer(item, raw)
            locked = set(
                Response.objects.filter(
                    attempt=attempt, question_id__in=list(cleaned), checked=True
                ).values_list("question_id", flat=True)
            )
            if locked:
                raise ValidationError(_("An answer whose feedback you have seen cannot change."))
            for question_id, answer in cleaned.items():
                Response.objects.update_or_create(
                    attempt=attempt, question_id=question_id, defaults={"answer": answer}
                )
            return attempt
    # Past the deadline: submit the attempt as it stands, then refuse the late answers.
    attempt_submit(user=user, attempt_id=attempt_id, expired=True)
    raise AttemptClosed(_("Time ran out: the attempt was submitted as it stood."))


@dataclass(frozen=True)
class CheckedAnswer:
    fraction: float | None
    item: dict
    answer: dict


def response_check(*, user, attempt_id: int, question_id: int) -> CheckedAnswer:
    """Lock one saved answer and reveal its feedback (feedback policy "after each")."""
    with transaction.atomic():
        attempt = _open_for_answers(user, attempt_id)
        if attempt.assessment.feedback_policy != Assessment.FeedbackPolicy.AFTER_EACH:
            raise PermissionDenied(_("Feedback comes after you submit."))
        item = paper_item(attempt.paper, question_id)
        if item is None:
            raise ValidationError(_("That question is not part of this attempt."))
        response = Response.objects.filter(attempt=attempt, question_id=question_id).first()
        if response is None:
            raise ValidationError(_("Answer the question first."))
        fraction = score_question(item, response.answer)
        if not response.checked:
            response.checked = True
            response.fraction = fraction
            response.save(update_fields=["checked", "fraction"])
    return CheckedAnswer(fraction=fraction, item=item, answer=response.answer)


def attempt_submit(*, user, attempt_id: int, expired: bool = False) -> AttemptResult:
    """Grade the attempt once. Submitting again returns the same result."""
    with transaction.atomic():
        attempt = _own_attempt(user=user, attempt_id=attempt_id, lock=True)
        existing = AttemptResult.objects.filter(attempt=attempt).first()
        if existing is not None:
            return existing
        now = timezone.now()
        expired = expired or attempt_is_expired(attempt, now)
        answers = {
            response.question_id: response.answer
            for response in Response.objects.filter(attempt=attempt)
        }
        graded = grade_paper(attempt.paper, answers)
        assessment = attempt.assessment
        result = AttemptResult.objects.create(
            attempt=attempt,
            score=graded["score"],
            max_score=graded["max_score"],
            percent=graded["percent"],
            passed=graded["percent"] >= assessment.pass_mark,
            per_question=graded["per_question"],
            per_skill=graded["per_skill"],
            graded_at=now,
        )
        for question_id, row in graded["per_question"].items():
            Response.objects.filter(attempt=attempt, question_id=int(question_id)).update(
                fraction=row["fraction"]
            )
        attempt.status = Attempt.Status.SUBMITTED
        attempt.submitted_at = now
        attempt.expired = expired
        attempt.save(update_fields=["status", "submitted_at", "expired"])
        _record_evidence(attempt=attempt, result=result, answers=answers)
        if result.passed and attempt.lesson_id is not None:
            _complete_lesson(attempt)
        elif result.passed and assessment.kind == Assessment.Kind.FINAL:
            # A passed final may be what completing the course was waiting for.
            course_services.progress_refresh_for(user=attempt.user, course=assessment.course)
        if result.passed and assessment.kind == Assessment.Kind.PRE_TEST:
            # Passing the pre-test shows the learning is not needed: test out.
            course_services.assignments_test_out(
                user=attempt.user, course=assessment.course, module=assessment.module
            )
    return result


def _record_evidence(*, attempt: Attempt, result: AttemptResult, answers: dict) -> None:
    """Each skill the attempt measured becomes a signal for the skills engine;
    self-ratings become self-assessment signals."""
    codes = set(result.per_skill)
    likert_items = [item for item in attempt.paper["questions"] if item["kind"] == "likert"]
    for item in likert_items:
        codes.update(item["skills"])
    skills = {
        skill.code: skill for skill in Skill.objects.originals().filter(code__in=codes, live=True)
    }
    observed = attempt.submitted_at
    for code, bucket in sorted(result.per_skill.items()):
        if code not in skills or not bucket["possible"]:
            continue
        signal_record(
            user=attempt.user,
            skill=skills[code],
            raw_value=bucket["earned"] / bucket["possible"],
            source=Signal.Source.ASSESSMENT,
            observed_at=observed,
            external_id=f"attempt-{attempt.pk}-{code}",
            note=attempt.assessment.title,
        )
    for item in likert_items:
        rating = (answers.get(item["id"]) or {}).get("rating")
        if rating is None:
            continue
        for code in item["skills"]:
            if code in skills:
                signal_record(
                    user=attempt.user,
                    skill=skills[code],
                    raw_value=float(rating),
                    scale_min=1,
                    scale_max=5,
                    source=Signal.Source.SELF_ASSESSMENT,
                    observed_at=observed,
                    external_id=f"attempt-{attempt.pk}-rating-{item['id']}-{code}",
                    note=item["prompt"][:200],
                )


def _complete_lesson(attempt: Attempt) -> None:
    try:
        course_services.lesson_complete(
            user=attempt.user,
            course=attempt.assessment.course,
            lesson_id=attempt.lesson_id,
            how=LessonCompletion.How.KNOWLEDGE_CHECK,
        )
    except (PermissionDenied, course_services.LessonNotFound):
        # The learner left the course, or the lesson went, while the attempt ran:
        # the result stands, the lesson is not marked.
        logger.info("Knowledge check %s passed but its lesson was not completed", attempt.pk)


def attempts_expire(*, batch_size: int = 100) -> int:
    """Submit attempts whose time ran out, as they stand. Returns how many."""
    cutoff = timezone.now() - GRACE
    due = list(
        Attempt.objects.filter(status=Attempt.Status.IN_PROGRESS, deadline_at__lt=cutoff)
        .order_by("deadline_at")
        .values_list("pk", "user_id")[:batch_size]
    )
    from django.contrib.auth import get_user_model

    users = get_user_model().objects.in_bulk([user_id for _pk, user_id in due])
    for pk, user_id in due:
        attempt_submit(user=users[user_id], attempt_id=pk, expired=True)
    return len(due)


# --- Privacy ----------------------------------------------------------------------------


def responses_expire(*, before, batch_size: int = 5000) -> int:
    """Delete one batch of the answers of attempts submitted before ``before``.
    Results (score, pass, points per question) stay, so pass rates, item
    facility and discrimination are unchanged. Returns how many."""
    ids = list(
        Response.objects.filter(
            attempt__status=Attempt.Status.SUBMITTED, attempt__submitted_at__lt=before
        )
        .order_by("pk")
        .values_list("pk", flat=True)[:batch_size]
    )
    if ids:
        Response.objects.filter(pk__in=ids).delete()
    return len(ids)


def learner_data_erase(*, user) -> dict[str, int]:
    """Blank the free text of ``user``'s answers. Attempts, results and chosen
    options stay: they hold nothing that names the person once the account is
    anonymised, and L&D's figures count them."""
    texts = Response.objects.filter(attempt__user=user, answer__has_key="text").update(
        answer={"text": ""}
    )
    return {"answer_texts": texts}
