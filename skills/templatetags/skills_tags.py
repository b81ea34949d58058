from decimal import ROUND_FLOOR, Decimal

from django import template

from skills.models import Signal
from skills.models import level_name as name_of_level

register = template.Library()


@register.filter
def source_label(source: str) -> str:
    """The readable name of a signal source code, e.g. "QA soft-skill score"."""
    try:
        return str(Signal.Source(source).label)
    except ValueError:
        return source


@register.filter
def score_down(score) -> str:
    """An estimate to two places, rounded down: a score below a threshold never
    reads as equal to it (0.6995 shows as 0.69 beside "below 0.70")."""
    if score is None:
        return "—"
    return str(Decimal(str(score)).quantize(Decimal("0.01"), ROUND_FLOOR))


@register.filter
def level_name(level) -> str:
    """The proficiency level's name in the reader's language, e.g. "Proficient"."""
    return name_of_level(level)


@register.filter
def level_steps(level) -> list[bool]:
    """Four steps of the level bar, the first ``level`` of them on."""
    level = int(level or 0)
    return [step <= level for step in range(1, 5)]
