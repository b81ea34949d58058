"""A check shared by every way text comes in: forms, the signals API, uploads.

PostgreSQL cannot store the NUL character in text (nor ``\\u0000`` in JSON),
and text must be valid UTF-8, which a lone surrogate sent as a JSON escape
(``"\\ud800"``) is not. Such input is refused with a message instead of
failing in the database.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

UNSTORABLE = _(
    "The text contains a character that cannot be stored, such as the NUL character. "
    "Remove it and try again."
)


def is_storable(value) -> bool:
    """Whether ``value`` (text, or JSON made of lists, dicts and text) can be stored."""
    if isinstance(value, str):
        if "\x00" in value:
            return False
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return False
        return True
    if isinstance(value, dict):
        return all(is_storable(k) and is_storable(v) for k, v in value.items())
    if isinstance(value, list | tuple):
        return all(is_storable(item) for item in value)
    return True


def validate_storable(value) -> None:
    """A Django validator: refuses text that cannot be stored."""
    if not is_storable(value):
        raise ValidationError(UNSTORABLE, code="unstorable")
