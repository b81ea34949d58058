"""Scoring, as pure functions of an answer key and an answer.

Every function returns a fraction of the question's points between 0 and 1
(or None for self-ratings, which are never marked). Answers name options by
id, so the order options were shown in never changes a score.
"""

from itertools import combinations

SCORED_NONE = None


def normalise_text(text: str) -> str:
    """Case and white space do not matter in short answers."""
    return " ".join(str(text).casefold().split())


def score_choice(correct_ids, chosen_id) -> float:
    return 1.0 if chosen_id is not None and chosen_id in set(correct_ids) else 0.0


def score_multiple(correct_ids, chosen_ids) -> float:
    """Partial credit: each right choice earns a share, each wrong one takes a
    share away, never below zero."""
    correct = set(correct_ids)
    chosen = set(chosen_ids)
    if not correct:
        return 0.0
    right = len(chosen & correct)
    wrong = len(chosen - correct)
    return max(0.0, (right - wrong) / len(correct))


def score_short_answer(accepted, text) -> float:
    given = normalise_text(text or "")
    if not given:
        return 0.0
    return 1.0 if given in {normalise_text(answer) for answer in accepted} else 0.0


def score_order(correct_order, submitted_order) -> float:
    """The share of pairs the learner put in the right relative order."""
    correct_order = list(correct_order)
    submitted = list(submitted_order)
    if sorted(submitted) != sorted(correct_order):
        return 0.0
    if len(correct_order) < 2:
        return 1.0
    position = {item: index for index, item in enumerate(submitted)}
    pairs = list(combinations(correct_order, 2))
    agreeing = sum(1 for first, second in pairs if position[first] < position[second])
    return agreeing / len(pairs)


def score_pick(credits: dict, chosen_id) -> float:
    return float(credits.get(str(chosen_id), 0.0)) if chosen_id is not None else 0.0


def score_question(item: dict, answer: dict | None) -> float | None:
    """The fraction earned on one question of a paper (see papers.py)."""
    kind = item["kind"]
    key = item["key"]
    answer = answer or {}
    if kind == "likert":
        return SCORED_NONE
    if kind in ("single_choice", "true_false"):
        return score_choice(key["correct"], answer.get("choice"))
    if kind == "multiple_select":
        return score_multiple(key["correct"], answer.get("choices", []))
    if kind == "short_answer":
        return score_short_answer(key["accepted"], answer.get("text", ""))
    if kind == "ordering":
        return score_order(key["order"], answer.get("order", []))
    if kind == "scenario":
        if item.get("scenario_mode") == "rank":
            return score_order(key["order"], answer.get("order", []))
        return score_pick(key["credits"], answer.get("choice"))
    raise ValueError(f"Unknown question kind {kind!r}")


def grade_paper(paper: dict, answers: dict[int, dict]) -> dict:
    """Score every question; totals, per question and per skill."""
    per_question = {}
    per_skill: dict[str, dict[str, float]] = {}
    score = max_score = 0.0
    for item in paper["questions"]:
        fraction = score_question(item, answers.get(item["id"]))
        if fraction is None:
            per_question[str(item["id"])] = {"fraction": None, "points": 0, "earned": 0}
            continue
        points = float(item["points"])
        earned = fraction * points
        score += earned
        max_score += points
        per_question[str(item["id"])] = {"fraction": fraction, "points": points, "earned": earned}
        for code in item["skills"]:
            bucket = per_skill.setdefault(code, {"earned": 0.0, "possible": 0.0})
            bucket["earned"] += earned
            bucket["possible"] += points
    percent = 100.0 * score / max_score if max_score else 0.0
    return {
        "score": score,
        "max_score": max_score,
        "percent": percent,
        "per_question": per_question,
        "per_skill": per_skill,
    }
