import os

import pytest

from tests import chromium

# Playwright's sync API runs an event loop in this thread; the test's own
# database calls are ordinary blocking ones.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(autouse=True)
def _uploads_served(settings):
    """Course covers and other uploads load in the browser (tests/browser/urls.py)."""
    settings.ROOT_URLCONF = "tests.browser.urls"


@pytest.fixture(scope="session")
def browser(django_db_setup, django_db_blocker):
    if not chromium.available():
        message = chromium.missing_message()
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    _share_serialized_contents()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium.PATH, args=chromium.ARGS)
        yield browser
        browser.close()


def _share_serialized_contents() -> None:
    """Playwright's sync API runs the test in a new context, where Django hands
    out fresh connection objects. Django keeps the copy of the migrated data that
    serialized_rollback restores on the first connection object only; put it on
    the class so every connection object has it, and the home page, roles and
    catalog made by data migrations come back before each browser test."""
    from django.db import connections

    for connection in connections.all():
        contents = getattr(connection, "_test_serialized_contents", None)
        if contents is not None:
            type(connection)._test_serialized_contents = contents


class Problems:
    """What went wrong in the browser: console errors, uncaught exceptions,
    answers of 500 or more, and what the Content Security Policy refused (as
    the browser reported it to /csp-report/, core/csp.py)."""

    def __init__(self, page):
        self.seen: list[str] = []
        page.on(
            "console",
            lambda message: (
                self.seen.append(f"console: {message.text}") if message.type == "error" else None
            ),
        )
        page.on("pageerror", lambda error: self.seen.append(f"page error: {error}"))
        page.on("response", self._response)

    def _response(self, response) -> None:
        # A page may answer 403 or 404 on purpose; what it loads may not fail.
        document = response.request.resource_type == "document"
        if response.status >= 500 or (response.status >= 400 and not document):
            self.seen.append(f"{response.status} {response.url}")

    def all(self) -> list[str]:
        from core import csp

        return self.seen + [f"policy refused: {report}" for report in csp.reports_recent()]


@pytest.fixture
def page(browser, live_server, request):
    """A browser tab on the live server. Any console error, uncaught exception,
    5xx answer or refused content fails the test, unless it is marked
    ``browser_problems_expected`` (a test that provokes them on purpose)."""
    from core import csp

    csp.reports_clear()
    context = browser.new_context(base_url=live_server.url, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    problems = Problems(page)
    page.problems = problems
    yield page
    context.close()
    if request.node.get_closest_marker("browser_problems_expected") is None:
        seen = problems.all()
        assert not seen, "the browser saw problems:\n" + "\n".join(seen)
