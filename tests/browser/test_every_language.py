"""Every page a visitor, learner, manager or HR reporter can open reads in the
reader's language, shows words rather than codes, and passes axe: at 390 and
1366 px, in English, Spanish and French.

The pages are found as tests/browser/test_narrow_screens.py finds them (which
also holds that no page scrolls sideways at these widths: not repeated here):
every link from each role's starting pages, one address per kind of page, plus
the quiz, reached by a form. On each page, in each language, at each width,
the test fails on

- English interface text in a Spanish or French page: a visible text, or an
  ``alt``, ``aria-label``, ``title`` or ``placeholder``, that is the English
  source (msgid) of a catalog entry whose translation differs, the site's or
  django-allauth's; and, as a second net, a sentence holding three or more of
  the commonest English words;
- a snake_case code such as ``not_started`` in the text or those attributes,
  outside ``code`` and ``pre``;
- an axe-core violation of serious or critical impact;

and on any console error, uncaught exception or refused content
(tests/browser/conftest.py). Text that is not the interface is left out: what
people wrote (names, e-mail addresses, notes, comments), marked in the
templates with ``data-content="user"``, and course text shown in its original
language because no translation exists, marked with its ``lang`` (the
co-pilot and empathy courses are English only by design).
"""

import json
import re
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

import allauth
import polib
import pytest

from assessments.models import Assessment
from core import csp
from core.i18n import originals_only
from courses.models import Certificate
from tests.browser.conftest import Problems
from tests.browser.test_accessibility import AXE, sign_in, switch_language, violations
from tests.browser.test_crawl import SKIP, pattern, world
from tests.browser.test_narrow_screens import NOT_HERE, ROLES, links

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

ROOT = Path(__file__).resolve().parents[2]
WIDTHS = (1366, 390)
LANGUAGES = ("en", "es", "fr")
#: At most this many kinds of page a role.
LIMIT = 80
CATALOGS = (ROOT / "locale", Path(allauth.__file__).parent / "locale")
#: Names that read the same in every language.
PROPER_NOUNS = {"Human Edge Academy", "Human Edge", "Wagtail", "Django", "CSV", "XLSX", "PDF"}
#: The second net: a sentence with three or more of these is English.
COMMON = {"the", "and", "your", "you", "with", "this", "what", "for", "have", "been", "not", "are"}
CODE = re.compile(r"\b[a-z]+_[a-z_]+\b")
PLACEHOLDER = re.compile(r"%\(\w+\)[sdfi]|%[sdfi]")

#: What the reader sees: the text of the page and of its labelling attributes,
#: except scripts, code, what people wrote and text in another language.
READ = r"""() => {
  const language = document.documentElement.lang.split('-')[0];
  const other = el => {
    const holder = el.closest('[lang]');
    return !!holder && holder.lang.split('-')[0] !== language;
  };
  const HIDDEN = 'script, style, noscript, template';
  const excluded = el => !!el.closest(`${HIDDEN}, [data-content]`) || other(el);
  const inCode = el => !!el.closest('code, pre, kbd, samp, textarea');
  const shown = el => {
    const box = el.closest('option, optgroup') ? el.closest('select') : el;
    return !!box && box.checkVisibility({visibilityProperty: true});
  };
  const blockOf = el => {
    let node = el;
    while (node.parentElement && getComputedStyle(node).display.startsWith('inline')) {
      node = node.parentElement;
    }
    return node;
  };
  const texts = [], codes = [], attributes = [];
  const blocks = new Map();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const parent = node.parentElement;
    const text = node.textContent.replace(/\s+/g, ' ').trim();
    if (!parent || !text || parent.closest(HIDDEN) || !shown(parent)) continue;
    if (!inCode(parent)) codes.push(text);
    if (excluded(parent)) continue;
    texts.push(text);
    const block = blockOf(parent);
    blocks.set(block, (blocks.get(block) || []).concat(node.textContent));
  }
  for (const el of document.body.querySelectorAll('[alt], [aria-label], [title], [placeholder]')) {
    if (!shown(el) && !el.closest('select')) continue;
    for (const name of ['alt', 'aria-label', 'title', 'placeholder']) {
      const value = (el.getAttribute(name) || '').trim();
      if (!value) continue;
      if (!inCode(el)) codes.push(value);
      if (!excluded(el)) attributes.push(value);
    }
  }
  texts.push(...document.title.split(' · '));
  return {
    texts: [...new Set(texts)], codes: [...new Set(codes)], attributes: [...new Set(attributes)],
    blocks: [...new Set([...blocks.values()].map(
      parts => parts.join('').replace(/\s+/g, ' ').trim()))],
  };
}"""


@cache
def english(language: str) -> tuple[frozenset, re.Pattern | None]:
    """The catalogs' English sources whose ``language`` translation differs:
    the plain ones, and one pattern for those with placeholders."""
    plain, patterns = set(), []
    for root in CATALOGS:
        path = root / language / "LC_MESSAGES" / "django.po"
        for entry in polib.pofile(str(path)):
            if entry.obsolete or "fuzzy" in entry.flags:
                continue
            pairs = (
                [(entry.msgid, entry.msgstr_plural.get(0, "")), (entry.msgid_plural, "")]
                if entry.msgid_plural
                else [(entry.msgid, entry.msgstr)]
            )
            translations = set(entry.msgstr_plural.values()) if entry.msgid_plural else set()
            for source, translation in pairs:
                source = " ".join(source.split())
                if (
                    "<" in source
                    or not re.search(r"[A-Za-z]{3}", PLACEHOLDER.sub("", source))
                    or source in PROPER_NOUNS
                    or source in translations | {translation}
                ):
                    continue
                if not (entry.msgstr or translations):
                    continue  # untranslated: test_translations.py says so
                if PLACEHOLDER.search(source):
                    literal = PLACEHOLDER.sub(" ", source)
                    if len(re.findall(r"[A-Za-z]{2,}", literal)) >= 2:
                        parts = PLACEHOLDER.split(source)
                        patterns.append(".+?".join(re.escape(part) for part in parts))
                else:
                    plain.add(source)
    combined = re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None
    return frozenset(plain), combined


def english_in(language: str, seen: dict) -> list[str]:
    plain, placeholders = english(language)
    found = []
    for text in {*seen["texts"], *seen["attributes"], *seen["blocks"]}:
        for candidate in (text, text.rstrip(":.…").strip(), text.strip("()“”\"' ")):
            if candidate in plain or (placeholders and placeholders.fullmatch(candidate)):
                found.append(text)
                break
    for block in seen["blocks"]:
        for sentence in re.split(r"(?<=[.!?:])\s+", block):
            words = set(re.findall(r"[a-z]+", sentence.lower()))
            if len(words & COMMON) >= 3 and sentence not in found:
                found.append(sentence)
    return sorted(found)


def codes_in(seen: dict) -> list[str]:
    found = set()
    for text in seen["codes"]:
        for word in text.split():
            if re.search(r"[@/]", word):  # e-mail addresses and addresses
                continue
            found.update(CODE.findall(word))
    return sorted(found)


class Checker:
    """Checks the open page at every width, in the language it is in."""

    def __init__(self, page, axe_source: str):
        self.page, self.axe_source = page, axe_source
        self.found: dict[str, list[str]] = {}
        self.count = 0

    def __call__(self, path: str, language: str) -> None:
        page = self.page
        self.count += 1
        assert page.locator("html").get_attribute("lang") == language, path
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": 844 if width < 1000 else 900})
            where = f"{language} {width}px {path}"
            seen = page.evaluate(READ)
            lines = []
            if language != "en" and (text := english_in(language, seen)):
                lines.append(f"English: {text}")
            if codes := codes_in(seen):
                lines.append(f"codes: {codes}")
            if problems := violations(page, self.axe_source):
                lines.append(f"axe: {json.dumps(problems, ensure_ascii=False)}")
            if lines:
                self.found[where] = lines
        page.set_viewport_size({"width": 1366, "height": 900})


def crawl(page, starts: list[str], check: Checker) -> list[str]:
    """Breadth first from ``starts`` in English, checking each page; returns
    the addresses opened, to open again in the other languages."""
    origin = urlsplit(page.url).netloc
    queue, seen_patterns, opened = list(starts), set(), []
    while queue and len(opened) < LIMIT:
        path = queue.pop(0)
        kind = pattern(urlsplit(path).path)
        if SKIP.search(path) or NOT_HERE.search(path) or kind in seen_patterns:
            continue
        seen_patterns.add(kind)
        page.goto(path)
        opened.append(path)
        check(path, "en")
        queue.extend(links(page, origin))
    return opened


def take_the_final(page, check: Checker, language: str) -> None:
    """The quiz pages, reached by a form: the attempt (its paper is in the
    language it was started in), the question asked before submitting with
    questions unanswered, and the result."""
    final = Assessment.objects.get(
        originals_only(), course__slug="how-ai-agents-work-and-fail", kind="final"
    )
    page.goto("/courses/how-ai-agents-work-and-fail/")
    page.locator(f"form[action$='/assessments/{final.pk}/start/'] button").click()
    page.wait_for_url("**/assessments/attempts/**")
    attempt = urlsplit(page.url).path
    check(attempt, language)
    page.locator("[data-submit]").click()
    page.locator("dialog#confirm-submit").wait_for()
    check(f"{attempt} (asking before submitting)", language)
    page.locator("[data-confirm-submit]").click()
    page.wait_for_url("**/result/")
    check(urlsplit(page.url).path, language)


@pytest.fixture(scope="module")
def axe_source():
    if not AXE.exists():
        pytest.skip("axe-core is missing: run `npm ci` in the project folder.")
    return AXE.read_text()


def test_every_page_reads_in_the_readers_language_without_codes_or_axe_violations(
    browser, live_server, axe_source
):
    world()
    # One attempt at the final in each language.
    Assessment.objects.filter(course__slug="how-ai-agents-work-and-fail", kind="final").update(
        max_attempts=None
    )
    csp.reports_clear()
    certificate = Certificate.objects.filter(user__email="learner@example.com").first()
    problems, checked = [], 0
    found: dict[str, list[str]] = {}
    for role, (email, starts) in ROLES.items():
        context = browser.new_context(base_url=live_server.url)
        page = context.new_page()
        page.set_default_timeout(15_000)
        seen = Problems(page)
        check = Checker(page, axe_source)
        page.set_viewport_size({"width": 1366, "height": 900})
        if email:
            sign_in(page, email)
        else:
            page.goto("/")
        opened = crawl(page, [*starts, f"/certificates/{certificate.code}/"], check)
        assert len(opened) > 3, (role, opened)
        for language in LANGUAGES:
            if language != "en":
                page.goto(opened[0])
                switch_language(page, language)
                for path in opened:
                    page.goto(path)
                    check(path, language)
            if role == "learner":
                take_the_final(page, check, language)
        problems += [f"{role}: {line}" for line in seen.all()]
        found.update({f"{role} {where}": lines for where, lines in check.found.items()})
        checked += check.count
        context.close()

    report = [f"{where}: {' | '.join(lines)}" for where, lines in sorted(found.items())]
    assert not found and not problems, (
        f"{len(found)} of {checked} pages (each at {len(WIDTHS)} widths) fail:\n"
        + "\n".join(report + [f"the browser saw: {line}" for line in problems])
    )
