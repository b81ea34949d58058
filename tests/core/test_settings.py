"""The production guard rails, checked in fresh processes with real environments."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from credentials.keys import generate_seed, secret_multibase

ROOT = Path(__file__).resolve().parents[2]

PRODUCTION_ENV = {
    "DJANGO_ENV": "production",
    "DJANGO_SECRET_KEY": secrets.token_urlsafe(64),
    "DJANGO_ALLOWED_HOSTS": "academy.example.com",
    "DATABASE_URL": "postgres://academy@db.example.com:5432/academy",
    "CELERY_BROKER_URL": "redis://broker.example.com:6379/0",
    "CACHE_URL": "redis://broker.example.com:6379/1",
    "EMAIL_URL": "smtp+tls://mailer:secret@smtp.example.com:587",
    "MFA_ENCRYPTION_KEYS": Fernet.generate_key().decode(),
    "CREDENTIALS_SIGNING_KEY": secret_multibase(generate_seed()),
}


def manage(*args, production: bool = True, **env_changes):
    """``manage.py`` in a fresh process, with none of this run's service
    variables: the production ones, or (``production=False``) the defaults."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_", "CELERY_", "CACHE_", "EMAIL_"))
    }
    if production:
        env.update(PRODUCTION_ENV)
    for key, value in env_changes.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_production_passes_check_deploy_without_warnings():
    result = manage("check", "--deploy", "--fail-level", "WARNING")

    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"DJANGO_SECRET_KEY": None}, "needs DJANGO_SECRET_KEY"),
        (
            {"DJANGO_SECRET_KEY": "development-only-secret-key-never-use-in-production"},
            "needs DJANGO_SECRET_KEY",
        ),
        ({"DJANGO_DEBUG": "true"}, "refuses to run with DJANGO_DEBUG on"),
        ({"DATABASE_URL": None}, "needs DATABASE_URL"),
        ({"CELERY_BROKER_URL": None}, "needs CELERY_BROKER_URL"),
        ({"EMAIL_URL": None}, "needs EMAIL_URL"),
        ({"DJANGO_ALLOWED_HOSTS": None}, "needs DJANGO_ALLOWED_HOSTS"),
        ({"CACHE_URL": None}, "needs CACHE_URL to point at Redis"),
        ({"CACHE_URL": "locmemcache://"}, "needs CACHE_URL to point at Redis"),
        ({"DJANGO_ENV": "staging"}, "DJANGO_ENV must be"),
        ({"MFA_ENCRYPTION_KEYS": None}, "needs MFA_ENCRYPTION_KEYS"),
        ({"MFA_ENCRYPTION_KEYS": "not-a-key"}, "MFA_ENCRYPTION_KEYS holds a value"),
        ({"CREDENTIALS_SIGNING_KEY": None}, "needs CREDENTIALS_SIGNING_KEY"),
    ],
)
def test_production_refuses_to_start_when_unsafe(changes, message):
    result = manage("check", **changes)

    assert result.returncode != 0
    assert message in result.stderr


def test_seed_demo_refuses_in_production():
    result = manage("seed_demo")

    assert result.returncode != 0
    assert "refuses to run in production" in result.stderr


def test_development_defaults_need_no_services(tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django, os; os.environ['DJANGO_SETTINGS_MODULE'] = 'config.settings'; "
            "django.setup(); from django.conf import settings as s; "
            "print(s.DATABASES['default']['ENGINE'], s.CELERY_BROKER_URL, s.DEBUG, "
            "s.EMAIL_DELIVERY_BACKEND)",
        ],
        cwd=ROOT,
        env={"PATH": os.environ.get("PATH", ""), "HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )

    assert result.stdout.split() == [
        "django.db.backends.sqlite3",
        "filesystem://localhost//",
        "True",
        "django.core.mail.backends.console.EmailBackend",
    ]


def test_the_embedded_database_lets_web_worker_and_beat_write_together(tmp_path):
    """SQLite on the development defaults: WAL (readers never wait for the
    writer), a busy timeout, and transactions that take the write lock as they
    begin, so one that reads and then writes waits its turn instead of failing
    with "database is locked". Everything lives under VAR_DIR."""
    code = (
        "import json\n"
        "from django.conf import settings\n"
        "from django.db import connection, transaction\n"
        "with transaction.atomic(), connection.cursor() as cursor:\n"
        "    found = {p: cursor.execute(f'PRAGMA {p}').fetchone()[0]\n"
        "             for p in ('journal_mode', 'busy_timeout', 'synchronous')}\n"
        "found['in_transaction'] = connection.in_atomic_block\n"
        "found['mode'] = connection.transaction_mode\n"
        "found['database'] = str(settings.DATABASES['default']['NAME'])\n"
        "found['broker'] = settings.CELERY_BROKER_TRANSPORT_OPTIONS['data_folder_in']\n"
        "found['media'] = str(settings.MEDIA_ROOT)\n"
        "print(json.dumps(found))\n"
    )
    result = manage("shell", "--no-imports", "-c", code, production=False, VAR_DIR=str(tmp_path))
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])

    assert found["journal_mode"] == "wal"
    assert found["busy_timeout"] == 30_000
    assert found["synchronous"] == 1  # NORMAL: safe in WAL mode
    assert found["mode"] == "IMMEDIATE"
    assert found["database"] == str(tmp_path / "db.sqlite3")
    assert found["broker"] == str(tmp_path / "celery" / "queue")
    assert found["media"] == str(tmp_path / "media")
