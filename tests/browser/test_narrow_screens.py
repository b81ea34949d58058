"""Every page a visitor, learner, manager or HR reporter can open works on a
phone: at 390 and 320 px wide, and at 1366 px, in English, Spanish and French.

The pages are found as the crawl finds them (tests/browser/test_crawl.py): by
following every link from each role's starting pages, one address per kind of
page; the editing area (/cms/) is Wagtail's own and not followed. On each page,
at each width, the test fails on

- sideways scroll of the whole page (a wide table scrolls inside its own
  labelled, focusable box instead, or stacks into rows);
- a visible link, button or form control smaller than 24 by 24 px (WCAG 2.2,
  2.5.8 Target Size), unless it is a link inside a sentence (the rule's inline
  exception);
- a snake_case code such as ``in_progress`` in the page's text, where people
  should read words;

and on any console error, uncaught exception or refused content
(tests/browser/conftest.py). The quiz pages, reached by a form rather than a
link, are opened by taking the final assessment; the report's preview must show
Status and Progress at 1366 px and bring its last column into view by scrolling
its own box. One seeded world and one browser serve every role.
"""

import re
from urllib.parse import urlsplit

import pytest

from assessments.models import Assessment
from core import csp
from core.i18n import originals_only
from courses.models import Certificate
from tests.browser.conftest import Problems
from tests.browser.test_accessibility import sign_in, switch_language
from tests.browser.test_crawl import SKIP, pattern, world

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

WIDTHS = (390, 320, 1366)
LANGUAGES = ("en", "es", "fr")
#: The editing area is Wagtail's own; the crawl opens it (test_crawl.py).
NOT_HERE = re.compile(r"^/cms/|^/documents/")
#: At most this many kinds of page a role.
LIMIT = 80

ROLES = {
    "visitor": (
        None,
        ["/", "/courses/", "/accounts/login/", "/accounts/signup/", "/privacy/"],
    ),
    "learner": ("learner@example.com", ["/", "/learning/", "/courses/", "/privacy/"]),
    # The report's preview first: /reports/ is one kind of page, with or without it.
    "manager": ("manager@example.com", ["/reports/?level=course", "/learning/", "/learning/team/"]),
    "hr": ("hr@example.com", ["/reports/?level=module", "/reports/schedules/", "/learning/"]),
}

#: What the page shows at the width it has: how wide the document is, the
#: targets below 24 by 24 px outside a sentence, the snake_case codes in the
#: text, and (to say where) the widest elements that stick out.
MEASURE = r"""() => {
  const describe = el => {
    const text = (el.innerText || el.value || el.getAttribute('aria-label') || '').trim();
    const classes = typeof el.className === 'string' && el.className.trim()
      ? '.' + el.className.trim().split(/\s+/).join('.') : '';
    return el.tagName.toLowerCase() + classes + (text ? ` "${text.slice(0, 40)}"` : '');
  };
  const TARGETS = 'a[href], button, input:not([type=hidden]), select, textarea, summary';
  const blockOf = el => {
    let node = el.parentElement;
    while (node && getComputedStyle(node).display.startsWith('inline')) node = node.parentElement;
    return node;
  };
  // WCAG 2.5.8's inline exception: a link in a sentence, whose size the line sets.
  const inSentence = el => {
    if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false;
    const block = blockOf(el);
    if (!block) return false;
    let rest = block.innerText;
    for (const target of block.querySelectorAll(TARGETS)) {
      rest = rest.replace(target.innerText, '');
    }
    return /[\p{L}\p{N}]{2,}/u.test(rest);
  };
  const small = [];
  for (const el of document.querySelectorAll(TARGETS)) {
    if (!el.checkVisibility({visibilityProperty: true})) continue;
    const r = el.getBoundingClientRect();
    if (r.width <= 1 && r.height <= 1) continue;  // visually hidden
    if (r.bottom + window.scrollY <= 0) continue;  // the skip link, until focused
    if (r.width >= 24 && r.height >= 24) continue;
    if (inSentence(el)) continue;
    small.push(`${describe(el)} ${Math.round(r.width)}×${Math.round(r.height)}`);
  }
  const codes = [];
  const main = document.querySelector('main');
  if (main) {
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const parent = node.parentElement;
      if (!parent || parent.closest('code, kbd, pre, textarea, script, style, option')) continue;
      if (!parent.checkVisibility()) continue;
      for (const word of node.textContent.split(/\s+/)) {
        if (/[@\/]/.test(word)) continue;  // e-mail addresses and addresses
        const found = word.match(/\b[a-z]+_[a-z_]+\b/);
        if (found) codes.push(found[0]);
      }
    }
  }
  const wide = [];
  const limit = window.innerWidth;
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.right > limit + 1 && r.width > 0 && ![...el.children].some(
        c => c.getBoundingClientRect().right > limit + 1)) {
      if (!el.closest('.table-scroll')) wide.push(`${describe(el)} right=${Math.round(r.right)}`);
    }
  }
  // A wide table scrolls inside its own box, which a keyboard can reach and
  // a screen reader names, and which ends inside the window.
  const boxes = [];
  for (const box of document.querySelectorAll('.table-scroll')) {
    const r = box.getBoundingClientRect();
    const named = box.getAttribute('role') === 'region' && box.getAttribute('aria-label');
    const scrolls = /auto|scroll/.test(getComputedStyle(box).overflowX);
    if (!named || box.tabIndex !== 0 || r.right > limit + 1
        || (box.scrollWidth > box.clientWidth && !scrolls)) {
      boxes.push(`${describe(box)} ${Math.round(r.left)}–${Math.round(r.right)}`);
    }
  }
  return {
    width: document.documentElement.scrollWidth, viewport: window.innerWidth,
    small, codes: [...new Set(codes)], wide: wide.slice(0, 4), boxes,
  };
}"""


def measure(page, path: str, language: str, found: dict) -> None:
    """Check the open page at every width; add what is wrong to ``found``."""
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 844 if width < 1000 else 900})
        seen = page.evaluate(MEASURE)
        where = f"{language} {width}px {path}"
        if seen["width"] > seen["viewport"]:
            found.setdefault(where, []).append(
                f"scrolls sideways: {seen['width']}px wide; sticks out: {seen['wide']}"
            )
        if seen["small"]:
            found.setdefault(where, []).append(f"targets under 24×24 px: {seen['small']}")
        if seen["boxes"]:
            found.setdefault(where, []).append(f"scrolling boxes out of reach: {seen['boxes']}")
        if seen["codes"]:
            found.setdefault(where, []).append(f"codes in the text: {seen['codes']}")


def links(page, origin: str) -> list[str]:
    found = []
    for href in page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)"):
        parts = urlsplit(href)
        if parts.netloc != origin or parts.scheme not in ("http", "https"):
            continue
        found.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return found


def crawl_and_measure(page, starts: list[str], found: dict) -> list[str]:
    """Breadth first from ``starts`` in English, measuring each page; returns
    the addresses opened, to open again in the other languages."""
    origin = urlsplit(page.url).netloc
    queue, seen_patterns, opened = list(starts), set(), []
    while queue and len(opened) < LIMIT:
        path = queue.pop(0)
        kind = pattern(urlsplit(path).path)
        if SKIP.search(path) or NOT_HERE.search(path) or kind in seen_patterns:
            continue
        seen_patterns.add(kind)
        page.set_viewport_size({"width": 1366, "height": 900})
        page.goto(path)
        opened.append(path)
        measure(page, path, "en", found)
        queue.extend(links(page, origin))
    return opened


def take_the_final(page, found: dict) -> str:
    """Quiz pages are reached by a form, not a link: start the final
    assessment, measure the attempt, submit it; returns the result's address."""
    final = Assessment.objects.get(
        originals_only(), course__slug="how-ai-agents-work-and-fail", kind="final"
    )
    page.set_viewport_size({"width": 1366, "height": 900})
    page.goto("/courses/how-ai-agents-work-and-fail/")
    page.locator(f"form[action$='/assessments/{final.pk}/start/'] button").click()
    page.wait_for_url("**/assessments/attempts/**")
    measure(page, urlsplit(page.url).path, "en", found)
    page.set_viewport_size({"width": 1366, "height": 900})
    page.locator("[data-submit]").click()
    if page.locator("dialog[open] [data-confirm-submit]").count():  # "some are unanswered"
        page.locator("dialog[open] [data-confirm-submit]").click()
    page.wait_for_url("**/result/")
    result = urlsplit(page.url).path
    measure(page, result, "en", found)
    return result


def preview_every_column_within_reach(page) -> None:
    """The report's preview at 1366 px: the columns people look for first show
    at once, and the last one comes into view by scrolling the preview's own
    box, never the page."""
    page.set_viewport_size({"width": 1366, "height": 900})
    page.goto("/reports/?level=module")
    headers = page.locator(".report-table thead th")
    assert headers.count() > 8
    for name in ("Status", "Progress (%)"):
        box = page.locator(".report-table thead th", has_text=name).first.bounding_box()
        assert box["x"] + box["width"] <= 1366, name
    page.locator(".table-scroll").evaluate("box => { box.scrollLeft = box.scrollWidth; }")
    last = headers.last.bounding_box()
    assert 0 <= last["x"] and last["x"] + last["width"] <= 1366
    assert page.evaluate("document.documentElement.scrollWidth") <= 1366


def test_every_page_fits_a_phone_in_every_language(browser, live_server):
    world()
    csp.reports_clear()
    certificate = Certificate.objects.filter(user__email="learner@example.com").first()
    found: dict[str, list[str]] = {}
    problems = []
    for role, (email, starts) in ROLES.items():
        context = browser.new_context(base_url=live_server.url)
        page = context.new_page()
        page.set_default_timeout(15_000)
        seen = Problems(page)
        if email:
            sign_in(page, email)
        else:
            page.goto("/")
        starts = [*starts, f"/certificates/{certificate.code}/"]
        opened = crawl_and_measure(page, starts, found)
        assert len(opened) > 3, (role, opened)
        if role == "hr":
            preview_every_column_within_reach(page)
        if role == "learner":
            opened.append(take_the_final(page, found))
        for language in LANGUAGES[1:]:
            page.set_viewport_size({"width": 1366, "height": 900})
            page.goto(opened[0])
            switch_language(page, language)
            for path in opened:
                page.goto(path)
                assert page.locator("html").get_attribute("lang") == language, path
                measure(page, path, language, found)
        problems += [f"{role}: {line}" for line in seen.all()]
        context.close()

    report = "\n".join(f"{where}: {'; '.join(lines)}" for where, lines in sorted(found.items()))
    assert not found, f"{len(found)} pages do not fit:\n{report}"
    assert not problems, "the browser saw problems:\n" + "\n".join(problems)
