"""Checking answers at the boundary: an answer must fit its question exactly.

An option of another question, a position given twice, a rating off the scale:
each is refused with a message, and nothing is stored.

The browser names questions by ``ref`` and options by ``token`` (see papers.py);
``raw_answer_from_form`` and ``answer_from_browser`` map those back to the ids
the server stores, and refuse anything that is not a token of the question,
a database id included.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from core.validation import validate_storable

MAX_TEXT = 300


def _option_ids(item: dict) -> set[int]:
    return {option["id"] for option in item["options"]}


def _as_int(value) -> int:
    if isinstance(value, bool):
        raise ValueError
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value.strip())
    raise ValueError


def clean_answer(item: dict, raw) -> dict:
    """The stored form of ``raw`` for question ``item``, or ValidationError."""
    if not isinstance(raw, dict):
        raise ValidationError(_("The answer is not in the expected form."))
    kind = item["kind"]
    ranked = kind == "ordering" or (kind == "scenario" and item.get("scenario_mode") == "rank")
    try:
        if kind in ("single_choice", "true_false") or (kind == "scenario" and not ranked):
            choice = _as_int(raw.get("choice"))
            if choice not in _option_ids(item):
                raise ValidationError(_("That option is not part of this question."))
            return {"choice": choice}
        if kind == "multiple_select":
            values = raw.get("choices", [])
            if not isinstance(values, list):
                raise ValueError
            choices = [_as_int(value) for value in values]
            if len(set(choices)) != len(choices) or not set(choices) <= _option_ids(item):
                raise ValidationError(_("Those options are not all part of this question."))
            return {"choices": sorted(choices)}
        if kind == "short_answer":
            text = raw.get("text", "")
            if not isinstance(text, str):
                raise ValueError
            if len(text) > MAX_TEXT:
                raise ValidationError(
                    _("Keep the answer under %(limit)s characters.") % {"limit": MAX_TEXT}
                )
            validate_storable(text)
            return {"text": text.strip()}
        if ranked:
            values = raw.get("order", [])
            if not isinstance(values, list):
                raise ValueError
            order = [_as_int(value) for value in values]
            if sorted(order) != sorted(_option_ids(item)):
                raise ValidationError(_("Put every item in a different place, once each."))
            return {"order": order}
        if kind == "likert":
            rating = _as_int(raw.get("rating"))
            if not 1 <= rating <= 5:
                raise ValidationError(_("Choose a rating from 1 to 5."))
            return {"rating": rating}
    except (TypeError, ValueError) as error:
        raise ValidationError(_("The answer is not in the expected form.")) from error
    raise ValidationError(_("The answer is not in the expected form."))


def _option_by_token(item: dict, token, message: str) -> int:
    """The id of the option of ``item`` the browser calls ``token``."""
    if isinstance(token, str):
        for option in item["options"]:
            if option.get("token") == token.strip():
                return option["id"]
    raise ValidationError(message)


def answer_from_browser(item: dict, raw) -> dict:
    """An answer as the browser sends it (options named by token), with options
    named by id, ready for ``clean_answer``. Anything else is passed through for
    ``clean_answer`` to judge, except option ids, which no browser knows."""
    if not isinstance(raw, dict):
        return raw
    not_here = _("That option is not part of this question.")
    not_all_here = _("Those options are not all part of this question.")
    answer = dict(raw)
    if "choice" in raw and item["options"]:
        answer["choice"] = _option_by_token(item, raw["choice"], not_here)
    if isinstance(raw.get("choices"), list):
        answer["choices"] = [_option_by_token(item, t, not_all_here) for t in raw["choices"]]
    if isinstance(raw.get("order"), list):
        answer["order"] = [_option_by_token(item, t, not_all_here) for t in raw["order"]]
    return answer


def answer_for_browser(item: dict, answer: dict | None) -> dict | None:
    """A stored answer with its options named by token, to show it again."""
    if not answer:
        return answer
    tokens = {option["id"]: option.get("token") for option in item["options"]}
    shown = dict(answer)
    if "choice" in answer and item["options"]:
        shown["choice"] = tokens.get(answer["choice"])
    for name in ("choices", "order"):
        if name in answer:
            shown[name] = [tokens.get(option_id) for option_id in answer[name]]
    return shown


def raw_answer_from_form(item: dict, data) -> dict | None:
    """Read one question's fields from a submitted form; None when unanswered.
    Options come back named by id."""
    name = f"q-{item['ref']}"
    kind = item["kind"]
    ranked = kind == "ordering" or (kind == "scenario" and item.get("scenario_mode") == "rank")
    if ranked:
        positions = {}
        for option in item["options"]:
            value = (data.get(f"{name}-{option['token']}") or "").strip()
            if value:
                positions[option["id"]] = value
        if not positions:
            return None
        if len(positions) != len(item["options"]):
            raise ValidationError(_("Give every item a place."))
        try:
            ordered = sorted(positions, key=lambda option_id: int(positions[option_id]))
            numbers = sorted(int(value) for value in positions.values())
        except ValueError as error:
            raise ValidationError(_("Places are numbers.")) from error
        if numbers != list(range(1, len(item["options"]) + 1)):
            raise ValidationError(_("Put every item in a different place, once each."))
        return {"order": ordered}
    if kind == "multiple_select":
        values = data.getlist(name)
        return answer_from_browser(item, {"choices": values}) if values else None
    value = (data.get(name) or "").strip()
    if not value:
        return None
    if kind == "short_answer":
        return {"text": value}
    if kind == "likert":
        return {"rating": value}
    return answer_from_browser(item, {"choice": value})


def answers_from_form(paper: dict, data) -> tuple[dict[int, dict], dict[int, str]]:
    """Every answered question of a submitted form, cleaned; and the errors by question."""
    answers: dict[int, dict] = {}
    errors: dict[int, str] = {}
    for item in paper["questions"]:
        try:
            raw = raw_answer_from_form(item, data)
            if raw is not None:
                answers[item["id"]] = clean_answer(item, raw)
        except ValidationError as error:
            errors[item["id"]] = " ".join(error.messages)
    return answers, errors
