"""The interface in Spanish and French: complete catalogs, kept up to date."""

import os
import re
import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from django.core.management import call_command
from django.test import override_settings

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ["es", "fr"]
PLACEHOLDER = re.compile(r"%\((\w+)\)[sdf]|%[sd]")
IGNORE = [".venv/*", "node_modules/*", "var/*", "tests/*", "bench/*"]


def problems(po: polib.POFile) -> list[str]:
    found = []
    if po.metadata_is_fuzzy:
        found.append("the catalog's header is fuzzy: gettext would skip the whole file")
    if "nplurals=2" not in po.metadata.get("Plural-Forms", ""):
        found.append("the catalog has no Plural-Forms header")
    for entry in po:
        if entry.obsolete:
            continue
        if "fuzzy" in entry.flags:
            found.append(f"fuzzy: {entry.msgid!r}")
        translations = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        if not all(t.strip() for t in translations):
            found.append(f"untranslated: {entry.msgid!r}")
            continue
        wanted = sorted(PLACEHOLDER.findall(entry.msgid))
        for text in translations:
            got = sorted(PLACEHOLDER.findall(text))
            if entry.msgid_plural:
                # A plural's singular may drop the count ("one day").
                if not set(got) <= set(wanted) | set(PLACEHOLDER.findall(entry.msgid_plural)):
                    found.append(f"placeholders differ: {entry.msgid!r}")
            elif got != wanted:
                found.append(f"placeholders differ: {entry.msgid!r} -> {text!r}")
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalog_is_complete(language):
    po = polib.pofile(str(ROOT / "locale" / language / "LC_MESSAGES" / "django.po"))
    assert len(po) > 500
    assert problems(po) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalog_compiles(language, tmp_path):
    if not shutil.which("msgfmt"):
        pytest.skip("GNU gettext is not installed")
    result = subprocess.run(
        [
            "msgfmt",
            "--check",
            "-o",
            str(tmp_path / "django.mo"),
            str(ROOT / "locale" / language / "LC_MESSAGES" / "django.po"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_makemessages_finds_nothing_new_or_fuzzy(tmp_path):
    """Every translatable string of the code is in the catalogs, translated.

    makemessages writes into the catalogs beside the code it reads, so it runs
    on a copy of the project and the checkout is left as it was."""
    if not shutil.which("xgettext"):
        message = "makemessages needs GNU gettext: apt-get install gettext"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    copy = tmp_path / "project"
    shutil.copytree(
        ROOT,
        copy,
        ignore=shutil.ignore_patterns(
            ".git", ".venv", "node_modules", "var", "tests", "bench", "__pycache__", "*.mo"
        ),
    )
    cwd = os.getcwd()
    os.chdir(copy)
    try:
        with override_settings(LOCALE_PATHS=[copy / "locale"]):
            call_command(
                "makemessages",
                locale=LANGUAGES,
                ignore_patterns=IGNORE,
                no_obsolete=True,
                verbosity=0,
            )
    finally:
        os.chdir(cwd)
    for language in LANGUAGES:
        po = polib.pofile(str(copy / "locale" / language / "LC_MESSAGES" / "django.po"))
        assert problems(po) == [], language
