from django import template
from django.conf import settings
from django.utils.html import format_html

from core.i18n import active_language, is_default_language, language_in_sentence, localized

register = template.Library()


@register.filter
def get_item(mapping, key):
    """``mapping[key]`` in a template, or None."""
    if not mapping:
        return None
    if key in mapping:
        return mapping[key]
    return mapping.get(str(key))


@register.inclusion_tag("courses/includes/fallback_note.html", takes_context=True)
def fallback_note(context, shown, original):
    """Say so when the reader's language has no translation and the original shows."""
    language = active_language()
    untranslated = (
        not is_default_language(language) and shown is not None and shown.pk == original.pk
    )
    return {
        "untranslated": untranslated,
        "language": language,
        "language_name": language_in_sentence(language) if untranslated else "",
        "original_name": language_in_sentence(settings.LANGUAGE_CODE),
    }


@register.simple_tag
def original_lang(shown, original) -> str:
    """A ``lang`` attribute for text shown in the original's language because the
    reader's has no translation: screen readers then read it as that language
    (and tests/browser/test_every_language.py knows it is not the interface)."""
    untranslated = (
        shown is not None and original is not None and shown.pk == original.pk
    ) and not is_default_language()
    return format_html(' lang="{}"', settings.LANGUAGE_CODE) if untranslated else ""


@register.filter
def in_language(obj):
    """A page or snippet as the reader sees it: its translation in the active
    language where there is a live one, else itself. One query; for lists,
    selectors batch the lookup instead."""

    return localized(obj)


@register.filter
def reason_shown(assignment) -> str:
    """Why an assignment was made, in the reader's language where its rule's
    text is translated (skills/explanations.py has the rest of the explanation)."""
    return assignment.reason_in(active_language())
