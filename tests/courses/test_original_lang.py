"""Course text shown in English because the reader's language has no
translation says so to screen readers: ``lang="en"`` on it, and nothing when
the text is translated or the reader reads English."""

from types import SimpleNamespace

from django.utils import translation

from courses.templatetags.courses_tags import original_lang

ORIGINAL = SimpleNamespace(pk=1)
TRANSLATION = SimpleNamespace(pk=2)


def test_untranslated_text_is_marked_as_english_for_a_spanish_reader():
    with translation.override("es"):
        assert original_lang(ORIGINAL, ORIGINAL) == ' lang="en"'
        assert original_lang(TRANSLATION, ORIGINAL) == ""


def test_nothing_is_marked_for_an_english_reader():
    with translation.override("en"):
        assert original_lang(ORIGINAL, ORIGINAL) == ""
