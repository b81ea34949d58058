from django import template

register = template.Library()


@register.filter
def heat(value) -> str:
    """A background for a 0-1 estimate, light enough for dark text to pass contrast."""
    value = max(0.0, min(1.0, float(value)))
    # From a pale red (low) to a pale green (high).
    red = round(250 - 40 * value)
    green = round(215 + 30 * value)
    blue = round(210 - 10 * value)
    return f"rgb({red}, {green}, {blue})"


@register.filter
def percent(value) -> str:
    return f"{round(100 * value)}%"
