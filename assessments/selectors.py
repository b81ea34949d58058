"""Reads for the learner's assessment pages and the authors' analytics."""

import math
from dataclasses import dataclass, field
from statistics import mean

from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext as _

from assessments.answers import answer_for_browser
from assessments.models import Assessment, Attempt, AttemptResult, Response
from assessments.papers import public_item
from assessments.scoring import score_question
from core.i18n import originals_only
from courses.completion import FinalResult


@dataclass
class AssessmentState:
    assessment: Assessment
    attempts_used: int = 0
    open_attempt: Attempt | None = None
    best: AttemptResult | None = None
    last: AttemptResult | None = None

    @property
    def attempts_left(self) -> int | None:
        if self.assessment.max_attempts is None:
            return None
        return max(0, self.assessment.max_attempts - self.attempts_used)

    @property
    def can_start(self) -> bool:
        return self.open_attempt is None and self.attempts_left != 0

    @property
    def passed(self) -> bool:
        return bool(self.best and self.best.passed)


def assessment_states(*, user, assessments) -> list[AssessmentState]:
    """The learner's standing on each assessment, in two queries whatever the count."""
    assessments = list(assessments)
    states = {a.pk: AssessmentState(assessment=a) for a in assessments}
    if user.is_authenticated and assessments:
        attempts = (
            Attempt.objects.filter(user=user, assessment__in=assessments)
            .select_related("result")
            .order_by("number")
        )
        for attempt in attempts:
            state = states[attempt.assessment_id]
            state.attempts_used += 1
            if attempt.status == Attempt.Status.IN_PROGRESS:
                state.open_attempt = attempt
                continue
            result = getattr(attempt, "result", None)
            if result is None:
                continue
            state.last = result
            if state.best is None or result.percent > state.best.percent:
                state.best = result
    return [states[a.pk] for a in assessments]


def answers_shown(*, state: AssessmentState) -> bool:
    """Whether the learner may now see which options were right: after every
    attempt only where the author allowed it (practice), otherwise once no
    attempt remains, so that no retake can be passed with a harvested key."""
    policy = state.assessment.show_answers
    if policy == Assessment.ShowAnswers.AFTER_EACH_ATTEMPT:
        return True
    if policy == Assessment.ShowAnswers.NEVER:
        return False
    return state.open_attempt is None and state.attempts_left == 0


def answers_note(*, state: AssessmentState) -> str:
    """Why the right answers are not shown, in the learner's words."""
    assessment = state.assessment
    if assessment.show_answers == Assessment.ShowAnswers.NEVER:
        return _("This assessment does not show the right answers.")
    if assessment.max_attempts is None:
        return _(
            "The right answers are not shown, so that trying again is a fair test. "
            "Each question says whether you got it right."
        )
    return _(
        "The right answers are shown after your last attempt. "
        "Until then, each question says whether you got it right."
    )


def course_finals(*, user_id: int, course) -> list[FinalResult]:
    """Each final assessment of ``course`` (the original's) with the learner's
    best result in it: what completing the course asks (courses/completion.py)."""
    finals = list(
        Assessment.objects.filter(originals_only(), course=course, kind=Assessment.Kind.FINAL)
        .order_by("title", "pk")
        .values_list("pk", "title", "pass_mark")
    )
    if not finals:
        return []
    best: dict[int, tuple[float, bool]] = {}
    for assessment_id, percent, passed in AttemptResult.objects.filter(
        attempt__user_id=user_id, attempt__assessment_id__in=[pk for pk, _t, _m in finals]
    ).values_list("attempt__assessment_id", "percent", "passed"):
        seen = best.get(assessment_id)
        if seen is None or (passed, percent) > (seen[1], seen[0]):
            best[assessment_id] = (float(percent), passed)
    return [
        FinalResult(
            assessment_id=pk,
            title=title,
            pass_mark=pass_mark,
            best_percent=best[pk][0] if pk in best else None,
            passed=pk in best and best[pk][1],
        )
        for pk, title, pass_mark in finals
    ]


def course_level_assessments(*, course) -> list[Assessment]:
    order = {"pre_test": 0, "final": 1, "post_test": 2, "knowledge_check": 3}
    found = list(Assessment.objects.filter(originals_only(), course=course, module__isnull=True))
    return sorted(found, key=lambda a: (order.get(a.kind, 9), a.title))


@dataclass
class QuestionView:
    number: int
    item: dict
    answer: dict | None
    checked: bool = False
    fraction: float | None = None
    feedback: dict | None = None
    error: str = ""

    @property
    def chosen(self) -> set:
        if not self.answer:
            return set()
        if "choice" in self.answer:
            return {self.answer["choice"]}
        return set(self.answer.get("choices", []))

    @property
    def is_answered(self) -> bool:
        """Whether there is an answer to grade: a choice, some boxes ticked, a
        place for every item, a rating, or some text."""
        answer = self.answer or {}
        return any(
            value not in (None, "", [], {}) and not (isinstance(value, str) and not value.strip())
            for value in answer.values()
        )

    @property
    def positions(self) -> dict:
        order = (self.answer or {}).get("order") or []
        return {option_id: index + 1 for index, option_id in enumerate(order)}


@dataclass
class AttemptView:
    attempt: Attempt
    questions: list[QuestionView]
    seconds_left: int | None
    answered: int = field(default=0)

    @property
    def unanswered(self) -> list[QuestionView]:
        return [question for question in self.questions if not question.is_answered]

    @property
    def answered_count(self) -> int:
        return len(self.questions) - len(self.unanswered)

    @property
    def minutes_left(self) -> int | None:
        return None if self.seconds_left is None else math.ceil(self.seconds_left / 60)


def attempt_view(
    *, attempt: Attempt, errors: dict | None = None, posted: dict | None = None
) -> AttemptView:
    """The attempt as the learner may see it now: no answer key, no database id
    (questions and options go by their tokens), and feedback only for answers
    they have locked under the "after each question" policy; which options were
    right only where the author shows answers after every attempt."""
    errors = errors or {}
    responses = {r.question_id: r for r in Response.objects.filter(attempt=attempt)}
    reveal = attempt.assessment.show_answers == Assessment.ShowAnswers.AFTER_EACH_ATTEMPT
    questions = []
    for number, item in enumerate(attempt.paper["questions"], start=1):
        response = responses.get(item["id"])
        answer = (posted or {}).get(item["id"]) or (response.answer if response else None)
        view = QuestionView(
            number=number,
            item=public_item(item),
            answer=answer_for_browser(item, answer),
            error=errors.get(item["id"], ""),
        )
        if response is not None and response.checked:
            view.checked = True
            view.fraction = score_question(item, response.answer)
            view.feedback = _feedback(item, response.answer, reveal=reveal)
        questions.append(view)
    seconds_left = None
    if attempt.deadline_at is not None:
        seconds_left = max(0, int((attempt.deadline_at - timezone.now()).total_seconds()))
    return AttemptView(
        attempt=attempt,
        questions=questions,
        seconds_left=seconds_left,
        answered=len(responses),
    )


def _feedback(item: dict, answer: dict | None, *, reveal: bool) -> dict:
    """What the learner sees about one answered question once feedback is due.
    Unless ``reveal``, only whether it was right: no right option, no order, no
    accepted answer, and no explanation or option feedback, which name them."""
    answer = answer or {}
    if not reveal:
        return {"explanation": "", "chosen": [], "withheld": True}
    options = item["feedback"]["options"]
    key = item["key"]
    chosen = []
    if "choice" in answer:
        chosen = [answer["choice"]]
    elif "choices" in answer:
        chosen = answer["choices"]
    correct_ids = set(key.get("correct", []))
    credits = key.get("credits", {})
    option_text = {option["id"]: option["text"] for option in item["options"]}
    return {
        "explanation": item["feedback"]["explanation"],
        "chosen": [
            {"text": option_text.get(oid, ""), "feedback": options.get(str(oid), "")}
            for oid in chosen
        ],
        "right_answers": [option_text[oid] for oid in key.get("correct", []) if oid in option_text],
        "best": [
            option_text[int(oid)]
            for oid, credit in credits.items()
            if credit == max(credits.values()) and int(oid) in option_text
        ]
        if credits and item.get("scenario_mode") != "rank"
        else [],
        "right_order": [option_text[oid] for oid in key.get("order", []) if oid in option_text],
        "accepted": key.get("accepted", []),
        "was_right": bool(chosen) and set(chosen) == correct_ids if correct_ids else None,
    }


@dataclass
class ResultView:
    attempt: Attempt
    result: AttemptResult
    show_feedback: bool
    questions: list[QuestionView]
    show_answers: bool = False
    answers_note: str = ""


def result_view(*, attempt: Attempt, state: AssessmentState | None = None) -> ResultView:
    """The graded attempt: score, and per question whether it was right; which
    options were right only when ``answers_shown`` says so for the learner's
    ``state`` on the assessment (read here when not given)."""
    result = attempt.result
    if state is None:
        (state,) = assessment_states(user=attempt.user, assessments=[attempt.assessment])
    policy = attempt.assessment.feedback_policy
    show = policy != Assessment.FeedbackPolicy.AFTER_PASSING or result.passed
    reveal = show and answers_shown(state=state)
    responses = {r.question_id: r for r in Response.objects.filter(attempt=attempt)}
    questions = []
    for number, item in enumerate(attempt.paper["questions"], start=1):
        response = responses.get(item["id"])
        answer = response.answer if response else None
        row = result.per_question.get(str(item["id"]), {})
        questions.append(
            QuestionView(
                number=number,
                item=public_item(item),
                answer=answer_for_browser(item, answer),
                checked=True,
                fraction=row.get("fraction"),
                feedback=_feedback(item, answer, reveal=reveal) if show else None,
            )
        )
    return ResultView(
        attempt=attempt,
        result=result,
        show_feedback=show,
        questions=questions,
        show_answers=reveal,
        answers_note="" if reveal or not show else answers_note(state=state),
    )


# --- Analytics for authors ------------------------------------------------------


def _point_biserial(item_scores: list[float], totals: list[float]) -> float | None:
    """Correlation between getting an item right (1/0) and the rest of the score."""
    n = len(item_scores)
    if n < 3:
        return None
    right = [total for score, total in zip(item_scores, totals, strict=True) if score == 1]
    wrong = [total for score, total in zip(item_scores, totals, strict=True) if score != 1]
    if not right or not wrong:
        return None
    overall = mean(totals)
    spread = math.sqrt(sum((t - overall) ** 2 for t in totals) / n)
    if spread == 0:
        return None
    share = len(right) / n
    return (mean(right) - mean(wrong)) / spread * math.sqrt(share * (1 - share))


@dataclass
class ItemStats:
    question_id: int
    prompt: str
    kind: str
    answered: int
    facility: float | None
    discrimination: float | None
    options: list[tuple[str, int]]


@dataclass
class AssessmentStats:
    assessment: Assessment
    attempts: int
    learners: int
    pass_rate: float | None
    mean_percent: float | None
    items: list[ItemStats]
    gain: dict | None


def assessment_analytics(*, assessment: Assessment) -> AssessmentStats:
    """Item analysis and totals, from the graded attempts, in a fixed number of queries."""
    results = list(
        AttemptResult.objects.filter(attempt__assessment=assessment).values(
            "attempt_id",
            "attempt__user_id",
            "percent",
            "passed",
            "per_question",
            "score",
            "max_score",
        )
    )
    papers = dict(
        Attempt.objects.filter(assessment=assessment, status=Attempt.Status.SUBMITTED).values_list(
            "pk", "paper"
        )
    )
    chosen: dict[int, dict[int, int]] = {}
    for question_id, answer in Response.objects.filter(
        attempt__assessment=assessment, attempt__status=Attempt.Status.SUBMITTED
    ).values_list("question_id", "answer"):
        counts = chosen.setdefault(question_id, {})
        for option_id in [answer.get("choice")] + list(answer.get("choices", [])):
            if option_id is not None:
                counts[option_id] = counts.get(option_id, 0) + 1

    items: dict[int, dict] = {}
    for row in results:
        paper = papers.get(row["attempt_id"]) or {"questions": []}
        for item in paper["questions"]:
            stats = items.setdefault(
                item["id"],
                {"item": item, "scores": [], "rest": []},
            )
            scored = row["per_question"].get(str(item["id"]), {})
            if scored.get("fraction") is None:
                continue
            rest_points = row["max_score"] - scored["points"]
            rest = (row["score"] - scored["earned"]) / rest_points if rest_points else 0.0
            stats["scores"].append(scored["fraction"])
            stats["rest"].append(rest)

    item_stats = []
    for question_id, stats in items.items():
        item = stats["item"]
        scores = stats["scores"]
        option_text = {option["id"]: option["text"] for option in item["options"]}
        counts = chosen.get(question_id, {})
        item_stats.append(
            ItemStats(
                question_id=question_id,
                prompt=item["prompt"],
                kind=item["kind"],
                answered=len(scores),
                facility=mean(scores) if scores else None,
                discrimination=_point_biserial(
                    [1.0 if score == 1 else 0.0 for score in scores], stats["rest"]
                ),
                options=[
                    (text, counts.get(option_id, 0)) for option_id, text in option_text.items()
                ],
            )
        )

    return AssessmentStats(
        assessment=assessment,
        attempts=len(results),
        learners=len({row["attempt__user_id"] for row in results}),
        pass_rate=mean(1.0 if row["passed"] else 0.0 for row in results) if results else None,
        mean_percent=mean(row["percent"] for row in results) if results else None,
        items=item_stats,
        gain=learning_gain(assessment=assessment),
    )


def learning_gain(*, assessment: Assessment) -> dict | None:
    """Pre-test to post-test gain for learners who took both: their first pre-test
    against their best post-test."""
    if assessment.kind == Assessment.Kind.POST_TEST and assessment.pre_test_id:
        pre, post = assessment.pre_test, assessment
    elif assessment.kind == Assessment.Kind.PRE_TEST and hasattr(assessment, "post_test"):
        pre, post = assessment, assessment.post_test
    else:
        return None
    first_pre: dict[int, float] = {}
    for user_id, percent in (
        AttemptResult.objects.filter(attempt__assessment=pre)
        .order_by("attempt__number")
        .values_list("attempt__user_id", "percent")
    ):
        first_pre.setdefault(user_id, percent)
    best_post: dict[int, float] = {}
    for user_id, percent in AttemptResult.objects.filter(attempt__assessment=post).values_list(
        "attempt__user_id", "percent"
    ):
        best_post[user_id] = max(percent, best_post.get(user_id, 0.0))
    both = sorted(set(first_pre) & set(best_post))
    if not both:
        return {
            "pre": pre,
            "post": post,
            "learners": 0,
            "pre_mean": None,
            "post_mean": None,
            "gain": None,
        }
    pre_mean = mean(first_pre[u] for u in both)
    post_mean = mean(best_post[u] for u in both)
    return {
        "pre": pre,
        "post": post,
        "learners": len(both),
        "pre_mean": pre_mean,
        "post_mean": post_mean,
        "gain": post_mean - pre_mean,
    }


def _answer_in_words(item: dict | None, answer: dict | None):
    """An answer as the learner would read it: option texts instead of ids."""
    if not answer:
        return None
    texts = {option["id"]: option["text"] for option in (item or {}).get("options", [])}
    if "choice" in answer:
        return texts.get(answer["choice"], answer["choice"])
    if "choices" in answer:
        return [texts.get(choice, choice) for choice in answer["choices"]]
    if "order" in answer:
        return [texts.get(choice, choice) for choice in answer["order"]]
    if "text" in answer:
        return answer["text"]
    return answer.get("rating")


def learner_attempt_records(*, user) -> list[dict]:
    """Every assessment attempt of ``user`` with its answers and result, for their
    personal-data download. The answer key is not part of it. Three queries,
    however many attempts."""
    attempts = (
        Attempt.objects.filter(user=user)
        .select_related("assessment", "result")
        .prefetch_related(Prefetch("responses", queryset=Response.objects.order_by("pk")))
        .order_by("started_at", "pk")
    )
    records = []
    for attempt in attempts:
        items = {item["id"]: item for item in attempt.paper.get("questions", [])}
        result = getattr(attempt, "result", None)
        records.append(
            {
                "assessment": attempt.assessment.title,
                "kind": attempt.assessment.kind,
                "number": attempt.number,
                "status": attempt.status,
                "started_at": attempt.started_at,
                "deadline_at": attempt.deadline_at,
                "submitted_at": attempt.submitted_at,
                "submitted_when_time_ran_out": attempt.expired,
                "result": (
                    {
                        "points": result.score,
                        "points_possible": result.max_score,
                        "percent": result.percent,
                        "passed": result.passed,
                        "graded_at": result.graded_at,
                        "per_skill": result.per_skill,
                    }
                    if result
                    else None
                ),
                "answers": [
                    {
                        "question": (items.get(response.question_id) or {}).get("prompt"),
                        "answer": _answer_in_words(
                            items.get(response.question_id), response.answer
                        ),
                        "fraction_earned": response.fraction,
                        "saved_at": response.saved_at,
                    }
                    for response in attempt.responses.all()
                ],
            }
        )
    return records
