import os

import pytest

from tests import chromium

# Playwright's sync API runs an event loop in this thread; the test's own
# database calls are ordinary blocking ones.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


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


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(base_url=live_server.url, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()
