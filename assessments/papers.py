"""An attempt's paper: the questions it drew, as shown, with the answer key.

The paper is a snapshot taken when the attempt starts, so later edits to the
question bank never change how an attempt is shown or graded. ``public_paper``
is the only view of it that reaches a template or the browser before the
attempt is submitted; it holds no key and no feedback.
"""

import random

from django.db.models import Prefetch
from wagtail.models import Locale

from assessments.models import Assessment, Question, QuestionOption

SERVER_ONLY = ("key", "feedback")


def _snapshot(
    question: Question, rng: random.Random, shuffle: bool, canonical: Question | None = None
) -> dict:
    """Snapshot ``question`` as shown; a translation is filed under its original's id
    and skills, so results and analytics gather across languages."""
    canonical = canonical or question
    options = list(question.options.all())
    item = {
        "id": canonical.pk,
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
    item["options"] = [{"id": option.pk, "text": option.text} for option in shown]

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


def build_paper(
    assessment: Assessment, rng: random.Random | None = None, language: str | None = None
) -> dict:
    """Choose the questions of a new attempt and snapshot them, in the learner's
    language where a question has a translation."""
    from courses.localisation import translations_of

    rng = rng or random.SystemRandom()
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
        rng.shuffle(pool)
        chosen_ids.extend(pool[: draw.count])
    questions = {q.pk: q for q in _questions_with_children().filter(pk__in=chosen_ids)}
    ordered = [questions[pk] for pk in chosen_ids if pk in questions]
    if assessment.shuffle_questions:
        rng.shuffle(ordered)
    translated_ids = [t.pk for t in translations_of(ordered, language=language).values()]
    translated = {
        q.translation_key: q for q in _questions_with_children().filter(pk__in=translated_ids)
    }
    return {
        "questions": [
            _snapshot(
                translated.get(question.translation_key, question),
                rng,
                shuffle=assessment.shuffle_options,
                canonical=question,
            )
            for question in ordered
        ]
    }


def public_paper(paper: dict) -> list[dict]:
    """The questions as the learner may see them before submitting."""
    return [
        {name: value for name, value in item.items() if name not in SERVER_ONLY}
        for item in paper["questions"]
    ]


def paper_item(paper: dict, question_id: int) -> dict | None:
    return next((item for item in paper["questions"] if item["id"] == question_id), None)


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
