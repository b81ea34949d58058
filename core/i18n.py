"""Reading content in the learner's language.

Pages keep one address each: the original (the default locale's page) is what
URLs, enrolments and progress point at. Authors translate copies with Wagtail's
simple_translation; when a published translation exists in the active language
its text is shown in place of the original's, and when none does the original
is shown and marked as such. Lookups are batched: one query for a whole list.
"""

from django.conf import settings
from django.db.models import Q
from django.utils import translation
from django.utils.translation import pgettext


def originals_only() -> Q:
    """Choices limited to the default language's records. Other records point at
    originals; a translation carries only the text shown to readers."""
    return Q(locale__language_code=settings.LANGUAGE_CODE)


def language_in_sentence(language: str) -> str:
    """A language's name as it reads inside a sentence of the active language
    (lower case in Spanish and French, capitalised in English)."""
    names = {
        "en": pgettext("language name inside a sentence", "English"),
        "es": pgettext("language name inside a sentence", "Spanish"),
        "fr": pgettext("language name inside a sentence", "French"),
    }
    return names.get(language, language)


def active_language() -> str:
    language = (translation.get_language() or settings.LANGUAGE_CODE).split("-")[0]
    codes = {code for code, _name in settings.LANGUAGES}
    return language if language in codes else settings.LANGUAGE_CODE


def is_default_language(language: str | None = None) -> bool:
    return (language or active_language()) == settings.LANGUAGE_CODE


def translations_of(objects, *, language: str | None = None, live_only: bool = True) -> dict:
    """Map each object's translation_key to its translation in ``language``.

    Works for pages and translatable snippets; one query whatever the number.
    An object without a (live) translation is simply absent from the map.
    """
    language = language or active_language()
    objects = [obj for obj in objects if obj is not None]
    if not objects or is_default_language(language):
        return {}
    model = type(objects[0])
    base = getattr(model, "get_base_content_type", None)
    keys = {obj.translation_key for obj in objects}
    queryset = model.objects.filter(translation_key__in=keys, locale__language_code=language)
    if live_only and hasattr(model, "live"):
        queryset = queryset.filter(live=True)
    if hasattr(model, "alias_of"):  # an alias repeats the original's text: not a translation
        queryset = queryset.filter(alias_of__isnull=True)
    if base is not None and hasattr(queryset, "specific"):
        queryset = queryset.specific()
    return {item.translation_key: item for item in queryset}


def localized(obj, *, language: str | None = None):
    """The translation of one page or snippet in the active language, or itself."""
    if obj is None:
        return None
    return translations_of([obj], language=language).get(obj.translation_key, obj)
