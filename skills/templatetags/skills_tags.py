from django import template

from skills.models import Signal

register = template.Library()


@register.filter
def source_label(source: str) -> str:
    """The readable name of a signal source code, e.g. "QA soft-skill score"."""
    try:
        return str(Signal.Source(source).label)
    except ValueError:
        return source
