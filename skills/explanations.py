"""Why an assignment was made, in the reader's language at the time of reading.

An assignment keeps what it was based on as facts (``Assignment.facts``):
codes, numbers, ids and ISO dates, never a sentence. ``explanation_render``
puts them into words in one language: whole sentences with placeholders, plurals
by ngettext, numbers and dates in that language's formats (one date format per
language, DATE_FORMAT). The skill and the course or module are named in that
language where a live translation exists. The learner's page, the dashboard,
the digest, the contest review and the personal-data download all read it.

Assignments made before facts were kept read the sentences written with them.
"""

from dataclasses import dataclass, field
from datetime import datetime
from decimal import ROUND_FLOOR, Decimal

from django.conf import settings
from django.utils import formats, timezone, translation
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core.i18n import active_language, translations_of
from skills.models import Signal, Skill

#: The shape of ``Assignment.facts``; a change of shape raises it.
FACTS_VERSION = 1


def rule_facts(
    *,
    rule,
    course_id: int,
    module_id: int | None,
    estimate: float | None = None,
    evidence_count: int | None = None,
    sources=(),
    latest: datetime | None = None,
) -> dict:
    """The facts of an assignment a rule makes: JSON values only."""
    facts = {
        "version": FACTS_VERSION,
        "kind": "rule",
        "rule": {"id": rule.pk, "version": rule.version},
        "explanation": rule.explanations(),
        "skill": rule.skill.code,
        "threshold": float(rule.threshold),
        "window_days": rule.window_days,
        "course": course_id,
        "module": module_id,
        "done": "module" if module_id else "course",
        "closes_on_recovery": True,
    }
    if estimate is not None:
        facts["evidence"] = {
            "estimate": estimate,
            "count": evidence_count,
            "sources": sorted(set(sources)),
            "latest": latest.isoformat() if latest else None,
        }
    return facts


@dataclass(frozen=True)
class Explanation:
    #: Why it was assigned: the rule's text in the reader's language, or a person's words.
    reason: str
    #: The evidence in one or two sentences; empty for an assignment made by a person.
    evidence: str
    done_when: str
    #: The evidence items, newest first, with ``observed_at`` as a datetime.
    items: list[dict] = field(default_factory=list)


def _source_label(source: str) -> str:
    try:
        return str(Signal.Source(source).label)
    except ValueError:
        return source


def _number(value: float) -> str:
    # Rounded down, so that an estimate below the threshold never reads as equal to it.
    rounded = Decimal(str(value)).quantize(Decimal("0.01"), ROUND_FLOOR)
    return formats.number_format(rounded, 2, use_l10n=True)


def _date(value: str | datetime | None) -> str:
    moment = parse_datetime(value) if isinstance(value, str) else value
    if moment is None:
        return ""
    if timezone.is_aware(moment):
        moment = timezone.localtime(moment)
    return formats.date_format(moment, "DATE_FORMAT", use_l10n=True)


def evidence_sentences(facts: dict, *, skill_name: str) -> str:
    """The evidence behind a rule's decision, in the active language."""
    evidence = facts.get("evidence") or {}
    if not evidence or evidence.get("count") is None:
        return ""
    count = evidence["count"]
    days = facts["window_days"]
    first = ngettext(
        "Your %(skill)s estimate is %(estimate)s, from %(count)s piece of evidence "
        "(%(sources)s), the latest on %(latest)s.",
        "Your %(skill)s estimate is %(estimate)s, from %(count)s pieces of evidence "
        "(%(sources)s), the latest on %(latest)s.",
        count,
    ) % {
        "skill": skill_name,
        "estimate": _number(evidence["estimate"]),
        "count": formats.number_format(count, use_l10n=True),
        "sources": ", ".join(sorted(_source_label(source) for source in evidence["sources"])),
        "latest": _date(evidence.get("latest")),
    }
    second = ngettext(
        "The rule looks back %(days)s day and asks for %(threshold)s.",
        "The rule looks back %(days)s days and asks for %(threshold)s.",
        days,
    ) % {"days": days, "threshold": _number(facts["threshold"])}
    return f"{first} {second}"


def _done_when(facts: dict, *, skill_name: str, course_title: str, module_title: str) -> str:
    if facts.get("kind") != "rule":
        if facts.get("module"):
            return _("Finish every required lesson of the module “%(title)s”.") % {
                "title": module_title
            }
        return _("Complete the course “%(title)s”.") % {"title": course_title}
    values = {
        "title": module_title if facts.get("module") else course_title,
        "skill": skill_name,
        "threshold": _number(facts["threshold"]),
    }
    if facts.get("module"):
        return (
            _(
                "Finish every required lesson of the module “%(title)s”. It also closes by "
                "itself if new evidence shows your %(skill)s at %(threshold)s or above."
            )
            % values
        )
    return (
        _(
            "Finish the course “%(title)s”. It also closes by itself if new evidence "
            "shows your %(skill)s at %(threshold)s or above."
        )
        % values
    )


def explanation_render(
    facts: dict,
    *,
    language: str,
    skill_name: str = "",
    course_title: str = "",
    module_title: str = "",
    reason: str = "",
    items=(),
) -> Explanation:
    """Put an assignment's facts into words in ``language``.

    The names are given in that language by the caller (``assignment_explanations``
    looks them up for many at once); ``reason`` is what a person wrote, read
    when the facts hold no rule text.
    """
    with translation.override(language):
        texts = facts.get("explanation") or {}
        return Explanation(
            reason=texts.get(language) or texts.get(settings.LANGUAGE_CODE) or reason,
            evidence=evidence_sentences(facts, skill_name=skill_name)
            if facts.get("kind") == "rule"
            else "",
            done_when=_done_when(
                facts,
                skill_name=skill_name,
                course_title=course_title,
                module_title=module_title,
            ),
            items=_items(items),
        )


def _items(items) -> list[dict]:
    return [
        {**item, "observed_at": parse_datetime(item.get("observed_at") or "")}
        for item in items or []
    ]


def skill_names(codes, *, language: str) -> dict[str, str]:
    """Each skill code's name in ``language``, or the original's. One query."""
    codes = {code for code in codes if code}
    if not codes:
        return {}
    wanted = {language, settings.LANGUAGE_CODE}
    names: dict[str, str] = {}
    for code, name, row_language in Skill.objects.filter(
        code__in=codes, locale__language_code__in=wanted
    ).values_list("code", "name", "locale__language_code"):
        if row_language == language or code not in names:
            names[code] = name
    return names


def assignment_explanations(assignments, *, language: str | None = None) -> dict[int, Explanation]:
    """Each assignment's explanation in ``language`` (the active one by default),
    by assignment id. Three queries for any number; the assignments come with
    their course and module loaded."""
    language = language or active_language()
    assignments = list(assignments)
    with_facts = [a for a in assignments if a.facts]
    names = skill_names({a.facts.get("skill") for a in with_facts}, language=language)
    with translation.override(language):
        pages = translations_of([a.course for a in with_facts], language=language)
        pages |= translations_of([a.module for a in with_facts if a.module_id], language=language)
    result = {}
    for assignment in assignments:
        items = (assignment.basis or {}).get("evidence") or []
        if not assignment.facts:
            result[assignment.pk] = Explanation(
                reason=assignment.reason,
                evidence=assignment.evidence_text,
                done_when=assignment.done_when,
                items=_items(items),
            )
            continue
        course = pages.get(assignment.course.translation_key, assignment.course)
        module = (
            pages.get(assignment.module.translation_key, assignment.module)
            if assignment.module_id
            else None
        )
        explanation = explanation_render(
            assignment.facts,
            language=language,
            skill_name=names.get(assignment.facts.get("skill"), ""),
            course_title=course.title,
            module_title=module.title if module else "",
            reason=assignment.reason,
            items=items,
        )
        if not explanation.evidence and assignment.evidence_text:
            # Facts kept without the evidence (it could not be told from what was stored).
            explanation = Explanation(
                explanation.reason,
                assignment.evidence_text,
                explanation.done_when,
                explanation.items,
            )
        result[assignment.pk] = explanation
    return result


def assignment_explanation(assignment, *, language: str | None = None) -> Explanation:
    return assignment_explanations([assignment], language=language)[assignment.pk]
