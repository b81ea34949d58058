"""An attempt's paper: the questions it drew, as shown, with the answer key.

The paper is a snapshot taken when the attempt starts, so later edits to the
question bank never change how an attempt is shown or graded. ``public_paper``
is the only view of it that reaches a template or the browser before the
attempt is submitted; it holds no key and no feedback.

The browser never sees a database id. Each question of a paper has a ``ref`` and
each option a ``token``: random, drawn with the paper and different in every
attempt, so neither their values nor their order say anything about which option
is right. ``answers.py`` maps them back to ids at the boundary; stored answers,
the key, scoring and item analysis keep naming options by id.
"""

import random

from django.db.models import Prefetch
from wagtail.models import Locale

from assessments.models import Assessment, Question, QuestionOption
from core.i18n import translations_of

#: What of a question reaches the browser (never its id, key or feedback); an
#: option reaches it as token and text.
PUBLIC_FIELDS = ("ref", "kind", "scenario_mode", "prompt", "context", "points")
TOKEN_BITS = 48


def new_token(rng: random.Random, taken: set[str]) -> str:
    """A random hex token not in ``taken`` (which it joins). Hex only, so that
    field names such as ``q-<ref>-<token>`` split on "-" unambiguously."""
    while True:
        token = f"{rng.getrandbits(TOKEN_BITS):012x}"
        if token not in taken:
            taken.add(token)
            return token


def tokens_ensure(paper: dict, rng: random.Random | None = None) -> bool:
    """Give every question and option of ``paper`` that lacks one its ref or
    token (papers drawn before tokens existed). True if anything changed."""
    rng = rng or random.SystemRandom()
    taken = {item["ref"] for item in paper["questions"] if item.get("ref")}
    for item in paper["questions"]:
        taken.update(option["token"] for option in item["options"] if option.get("token"))
    changed = False
    for item in paper["questions"]:
        if not item.get("ref"):
            item["ref"] = new_token(rng, taken)
            changed = True
        for option in item["options"]:
            if not option.get("token"):
                option["token"] = new_token(rng, taken)
                changed = True
    return changed


def _snapshot(
    question: Question,
    rng: random.Random,
    shuffle: bool,
    canonical: Question | None = None,
    taken: set[str] | None = None,
) -> dict:
    """Snapshot ``question`` as shown; a translation is filed under its original's id
    and skills, so results and analytics gather across languages."""
    canonical = canonical or question
    taken = set() if taken is None else taken
    options = list(question.options.all())
    item = {
        "id": canonical.pk,
        "ref": new_token(rng, taken),
        "kind": question.kind,
        "scenario_mode": question.scenario_mode or ("pick" if question.kind == "scenario" else ""),
        "prompt": question.prompt,
        "context": question.context,
        "points": question.points,
        "skills": [skill.code for skill in canonical.skills.all()],
        "options": [],
        "key": {},
        "feedback": {
            "explanation": question.explanation,
            "options": {str(option.pk): option.feedback for option in options},
        },
    }
    kind = question.kind
    if kind == Question.Kind.SHORT_ANSWER:
        item["key"] = {"accepted": [option.text for option in options]}
        return item
    if kind == Question.Kind.LIKERT:
        return item

    shown = list(options)
    ranked = kind == Question.Kind.ORDERING or (
        kind == Question.Kind.SCENARIO and item["scenario_mode"] == "rank"
    )
    # An order to find must never be shown in the right order.
    if shuffle or ranked:
        rng.shuffle(shown)
        if ranked and len(shown) > 1 and shown == options:
            shown = shown[1:] + shown[:1]
    item["options"] = [
        {"id": option.pk, "token": new_token(rng, taken), "text": option.text} for option in shown
    ]

    if kind in (
        Question.Kind.SINGLE_CHOICE,
        Question.Kind.TRUE_FALSE,
        Question.Kind.MULTIPLE_SELECT,
    ):
        item["key"] = {"correct": [option.pk for option in options if option.is_correct]}
    elif kind == Question.Kind.ORDERING:
        item["key"] = {"order": [option.pk for option in options]}
    elif kind == Question.Kind.SCENARIO:
        credits = {str(option.pk): float(option.credit) for option in options}
        item["key"] = {"credits": credits}
        if item["scenario_mode"] == "rank":
            best_first = sorted(options, key=lambda option: (-option.credit, option.sort_order))
            item["key"]["order"] = [option.pk for option in best_first]
    return item


def _questions_with_children():
    return Question.objects.prefetch_related(
        Prefetch("options", queryset=QuestionOption.objects.order_by("sort_order", "pk")),
        "skills",
    )


def _fresh_first(pool: list[int], seen: dict[int, int], rng: random.Random) -> list[int]:
    """``pool`` in the order to draw from: questions the learner has never been
    given first, then those seen longest ago; at random within each."""
    rng.shuffle(pool)
    return sorted(pool, key=lambda pk: seen.get(pk, 0))


def build_paper(
    assessment: Assessment,
    rng: random.Random | None = None,
    language: str | None = None,
    seen: dict[int, int] | None = None,
) -> dict:
    """Choose the questions of a new attempt and snapshot them, in the learner's
    language where a question has a translation.

    ``seen`` maps the ids of questions the learner was given before to the number
    of the latest attempt that had them: a random draw prefers questions not in
    ``seen``, then those seen longest ago, so a retake is a new paper wherever the
    bank is larger than the draw."""

    rng = rng or random.SystemRandom()
    seen = seen or {}
    fixed_ids = list(
        assessment.fixed_questions.order_by("sort_order").values_list("question_id", flat=True)
    )
    chosen_ids = list(fixed_ids)
    for draw in assessment.draws.order_by("sort_order"):
        pool = list(
            Question.objects.filter(active=True, skills=draw.skill, locale=Locale.get_default())
            .exclude(pk__in=chosen_ids)
            .values_list("pk", flat=True)
            .distinct()
        )
        chosen_ids.extend(_fresh_first(pool, seen, rng)[: draw.count])
    questions = {q.pk: q for q in _questions_with_children().filter(pk__in=chosen_ids)}
    ordered = [questions[pk] for pk in chosen_ids if pk in questions]
    if assessment.shuffle_questions:
        rng.shuffle(ordered)
    translated_ids = [t.pk for t in translations_of(ordered, language=language).values()]
    translated = {
        q.translation_key: q for q in _questions_with_children().filter(pk__in=translated_ids)
    }
    taken: set[str] = set()
    return {
        "questions": [
            _snapshot(
                translated.get(question.translation_key, question),
                rng,
                shuffle=assessment.shuffle_options,
                canonical=question,
                taken=taken,
            )
            for question in ordered
        ]
    }


def public_item(item: dict) -> dict:
    """One question as the browser may see it: no id, no key, no feedback."""
    shown = {name: item.get(name, "") for name in PUBLIC_FIELDS}
    shown["options"] = [
        {"token": option.get("token", ""), "text": option["text"]} for option in item["options"]
    ]
    return shown


def public_paper(paper: dict) -> list[dict]:
    """The questions as the learner may see them before submitting."""
    return [public_item(item) for item in paper["questions"]]


def paper_item(paper: dict, question_id: int) -> dict | None:
    return next((item for item in paper["questions"] if item["id"] == question_id), None)


def item_by_ref(paper: dict, ref: str) -> dict | None:
    """The question of ``paper`` the browser calls ``ref``."""
    if not isinstance(ref, str) or not ref:
        return None
    return next((item for item in paper["questions"] if item.get("ref") == ref), None)


def model_answers(paper: dict) -> dict[int, dict]:
    """The best answer to every question of a paper, from its key: what the demo's
    learner gives when the demo says they passed. Never sent to a browser."""
    answers: dict[int, dict] = {}
    for item in paper["questions"]:
        key, kind = item["key"], item["kind"]
        if kind in ("single_choice", "true_false"):
            answers[item["id"]] = {"choice": key["correct"][0]}
        elif kind == "multiple_select":
            answers[item["id"]] = {"choices": list(key["correct"])}
        elif kind == "short_answer":
            answers[item["id"]] = {"text": key["accepted"][0]}
        elif kind == "ordering" or "order" in key:
            answers[item["id"]] = {"order": list(key["order"])}
        elif kind == "scenario":
            best = max(key["credits"].items(), key=lambda pair: pair[1])[0]
            answers[item["id"]] = {"choice": int(best)}
        elif kind == "likert":
            answers[item["id"]] = {"rating": 4}
    return answers
