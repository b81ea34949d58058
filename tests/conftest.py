import time
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def pytest_configure(config):
    """Compile the translation catalogs (the interface's and content/'s) if they
    changed since the last install (make does it too), so the tests read the
    current translations."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    catalogs = [
        *ROOT.glob("locale/*/LC_MESSAGES/django.po"),
        *ROOT.glob("content/locale/*/LC_MESSAGES/content.po"),
    ]
    for po_path in catalogs:
        mo_path = po_path.with_suffix(".mo")
        if not mo_path.exists() or mo_path.stat().st_mtime < po_path.stat().st_mtime:
            with po_path.open("rb") as po_file:
                catalog = read_po(po_file)
            with mo_path.open("wb") as mo_file:
                write_mo(mo_file, catalog)


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix):
    """On SQLite, the tests use a database file like the embedded default's (WAL,
    immediate transactions, busy timeout), not Django's in-memory one: threads and
    processes then share it the way the web server and the worker do, and the
    concurrency tests run on it."""
    from django.conf import settings

    database = settings.DATABASES["default"]
    if database["ENGINE"] == "django.db.backends.sqlite3":
        name = Path(database["NAME"])
        database.setdefault("TEST", {})
        database["TEST"]["NAME"] = str(name.with_name(f"test_{name.stem}{_suffix()}.sqlite3"))


def _suffix() -> str:
    """Each test run its own file, so that two runs in one checkout never share it."""
    import os

    worker = os.environ.get("PYTEST_XDIST_WORKER")
    return f"_{os.getpid()}" + (f"_{worker}" if worker else "")


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _force_login_is_a_full_sign_in(monkeypatch):
    """``client.force_login`` stands for a complete, fresh sign-in: password and
    second factor, as staff must use (people/security.py). The sign-in flows
    themselves, two-factor included, are tested through the real pages in
    tests/accounts and tests/core/test_access_matrix.py, which use
    ``password_only_login``."""
    from django.test import Client

    original = Client.force_login

    def force_login(self, user, backend=None):
        original(self, user, backend)
        now = time.time()
        session = self.session
        session["account_authentication_methods"] = [
            {"method": "password", "at": now, "email": user.email},
            {"method": "mfa", "at": now, "type": "totp"},
        ]
        session["account_authentication_methods_user"] = str(user.pk)
        session.save()

    monkeypatch.setattr(Client, "force_login", force_login)
    monkeypatch.setattr(Client, "password_only_login", original, raising=False)


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the default language: a request through the test
    client leaves its language active in the thread (LocaleMiddleware), which
    would otherwise leak into the next test."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _uploads_in_a_temporary_folder(settings, tmp_path_factory):
    """Images and documents a test saves (course covers, renditions) go to a
    folder of this run's own, never to var/media of the checkout."""
    settings.MEDIA_ROOT = str(tmp_path_factory.getbasetemp() / "media")
    settings.PACKAGES_ROOT = tmp_path_factory.mktemp("packages")


@pytest.fixture(autouse=True)
def _isolated_cache():
    """Rate limits and dedupe keys live in the cache; start each test clean."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _celery_runs_tasks_in_process():
    """Tasks run where they are queued, so a test sees their effect at once and
    nothing reaches a broker that a development worker may be reading.
    tests/core/test_worker.py turns this off to use a real worker."""
    from config.celery import app

    app.conf.task_always_eager = True
    app.conf.task_eager_propagates = True
    yield
    app.conf.task_always_eager = False


def _services() -> dict[str, tuple[bool, str]]:
    """What each service marker needs, whether this run has it, and how to get it."""
    from django.conf import settings

    return {
        "postgresql": (
            settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql",
            "set DATABASE_URL=postgres://…",
        ),
        "redis": (
            settings.CELERY_BROKER_URL.startswith("redis://"),
            "set CELERY_BROKER_URL=redis://…",
        ),
    }


def pytest_collection_modifyitems(config, items):
    """A test marked ``postgresql`` or ``redis`` needs a feature of that service
    that the embedded defaults lack; it is skipped, with its reason, on a run
    without it, and counted in the summary. A test marked ``embedded`` starts
    the product on the embedded defaults itself: it runs once, in the run on
    the embedded defaults.

    Transactional tests must restore the data migrations made (roles, home page,
    catalog, taxonomy), or the tests after them run on an empty site."""
    services = _services()
    on_services = services["postgresql"][0] or services["redis"][0]
    for item in items:
        if on_services and item.get_closest_marker("embedded") is not None:
            # It starts its own instance on the embedded defaults, whatever this
            # run uses: the run on the embedded defaults has it.
            item.add_marker(
                pytest.mark.skip(
                    reason="runs `make run` on the embedded defaults in a folder of its own, "
                    "the same in every run: the run on the embedded defaults has it"
                )
            )
        for name, (available, how) in services.items():
            marker = item.get_closest_marker(name)
            if marker is None or available:
                continue
            reason = marker.kwargs.get("reason")
            if not reason:
                raise pytest.UsageError(f"{item.nodeid}: @pytest.mark.{name} needs a reason=")
            item.add_marker(pytest.mark.skip(reason=f"needs {name}: {reason} ({how})"))
    for item in items:
        marker = item.get_closest_marker("django_db")
        if (
            marker
            and marker.kwargs.get("transaction")
            and not marker.kwargs.get("serialized_rollback")
        ):
            raise pytest.UsageError(
                f"{item.nodeid}: use django_db(transaction=True, serialized_rollback=True)"
            )


@pytest.fixture
def worker(settings):
    """A real Celery worker in a thread, on the configured broker (the embedded
    one by default, Redis in CI), consuming a queue of this test's own so that a
    development worker on the same broker cannot take its messages."""
    from celery.contrib.testing.worker import start_worker

    from config.celery import app as celery_app

    queue = f"test-{uuid.uuid4().hex[:8]}"
    settings.CELERY_TASK_DEFAULT_QUEUE = queue
    previous = celery_app.conf.task_default_queue
    celery_app.conf.task_default_queue = queue
    celery_app.conf.task_always_eager = False
    try:
        with start_worker(
            celery_app,
            pool="solo",
            perform_ping_check=False,
            queues=[queue],
            hostname=f"test-{queue}@localhost",
            shutdown_timeout=30,
        ) as running:
            yield running
    finally:
        celery_app.conf.task_default_queue = previous


# The identity providers for the single sign-on tests (tests/idp/fixtures.py):
# real servers on loopback, started once per run by the first test that asks.
from tests.idp.fixtures import (  # noqa: E402, F401
    idp_node,
    idp_people,
    oidc_idp,
    oidc_idp_server,
    saml_idp,
    saml_idp_server,
)
