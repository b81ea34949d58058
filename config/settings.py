"""Settings for Human Edge Academy, read from the environment.

One module for every machine. ``DJANGO_ENV`` is ``development`` (the default)
or ``production``; production refuses to start with the development secret
key, with DEBUG on, or without the services it needs. See README.md for every
variable.
"""

import ipaddress
import re
import zoneinfo
from pathlib import Path

import environ
from celery.schedules import crontab
from cryptography.fernet import Fernet
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent
env = environ.Env()

# Where the embedded defaults keep their files: the SQLite database, the broker's
# queue folders, uploads and collected static files.
VAR_DIR = Path(env.str("VAR_DIR", default=str(BASE_DIR / "var")))

DJANGO_ENV = env.str("DJANGO_ENV", default="development")
if DJANGO_ENV not in {"development", "production"}:
    raise ImproperlyConfigured(
        f"DJANGO_ENV must be 'development' or 'production', not {DJANGO_ENV!r}."
    )
PRODUCTION = DJANGO_ENV == "production"

# --- Core -------------------------------------------------------------------

DEVELOPMENT_SECRET_KEY = "development-only-secret-key-never-use-in-production"  # noqa: S105
SECRET_KEY = env.str("DJANGO_SECRET_KEY", default=DEVELOPMENT_SECRET_KEY)
DEBUG = env.bool("DJANGO_DEBUG", default=not PRODUCTION)
ALLOWED_HOSTS = env.list(
    "DJANGO_ALLOWED_HOSTS", default=[] if PRODUCTION else ["127.0.0.1", "localhost", "[::1]"]
)
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

# The reverse proxies in front of the site (core/clientip.py): how many append to
# X-Forwarded-For (1 for one nginx), and/or their addresses or networks (CIDR).
# With neither, X-Forwarded-For and X-Forwarded-Proto are ignored: each request's
# client is the address it came from. Rate limits count per client, so behind a
# proxy one of these must be set or every visitor shares one count.
TRUSTED_PROXY_HOPS = env.int("TRUSTED_PROXY_HOPS", default=0)
TRUSTED_PROXIES = env.list("TRUSTED_PROXIES", default=[])
if TRUSTED_PROXY_HOPS < 0:
    raise ImproperlyConfigured("TRUSTED_PROXY_HOPS must be 0 or more.")
for _proxy in TRUSTED_PROXIES:
    try:
        ipaddress.ip_network(_proxy.strip(), strict=False)
    except ValueError as _error:
        raise ImproperlyConfigured(
            f"TRUSTED_PROXIES holds {_proxy!r}, which is not an address or a network."
        ) from _error
BEHIND_TRUSTED_PROXY = TRUSTED_PROXY_HOPS > 0 or bool(TRUSTED_PROXIES)

if PRODUCTION:
    if SECRET_KEY == DEVELOPMENT_SECRET_KEY:
        raise ImproperlyConfigured(
            "DJANGO_ENV=production needs DJANGO_SECRET_KEY set to a long random value."
        )
    if DEBUG:
        raise ImproperlyConfigured("DJANGO_ENV=production refuses to run with DJANGO_DEBUG on.")
    for required in ("DATABASE_URL", "CELERY_BROKER_URL", "EMAIL_URL", "DJANGO_ALLOWED_HOSTS"):
        if not env.str(required, default=""):
            raise ImproperlyConfigured(f"DJANGO_ENV=production needs {required} to be set.")

INSTALLED_APPS = [
    # Our apps first so their templates override the libraries' ones.
    "core",
    "home",
    "people",
    "skills",
    "courses",
    "credentials",
    "assessments",
    "reports",
    "privacy",
    "directory",
    "packages",
    "demo",
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.simple_translation",
    "wagtail.locales",
    "wagtail.embeds",
    "wagtail.sites",
    "people.apps.UsersAdminConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "csp",
    # Accounts
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.socialaccount",
    # Single sign-on: each identity provider is a SocialApp row, edited in the
    # editing area (directory/admin_views.py).
    "allauth.socialaccount.providers.openid_connect",
    "allauth.socialaccount.providers.saml",
    # Background work
    "django_celery_beat",
    "ninja",
    # Django
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    # allauth's passkey and session lists format dates with it.
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Cache-Control: private, no-store on every answer to a signed-in person.
    "core.privatecache.PrivateResponseMiddleware",
    "people.middleware.PreferredLanguageMiddleware",
    "core.pagecache.AnonymousPageCacheMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "people.security.SessionTimeoutMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "people.security.StaffMFAMiddleware",
    # The sign-in pages may send people on to the company's identity providers.
    "directory.middleware.IdentityProviderFormActionMiddleware",
    "core.access.AccessAnswerMiddleware",
    "core.malformed.MalformedPostMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "core.routing.CachedRouteMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "home.context_processors.site",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Data -------------------------------------------------------------------

DATABASES = {
    "default": env.db_url("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=0)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    # The embedded database serves a team trying the product at once, with the web
    # server, a worker and beat writing to it together. In WAL mode readers never wait
    # for the writer. Every transaction takes the write lock when it begins
    # (IMMEDIATE), so one that reads and then writes waits its turn for the lock, up
    # to the busy timeout, instead of failing with "database is locked" when another
    # process wrote in between (which a deferred transaction cannot wait out).
    _sqlite = DATABASES["default"].setdefault("OPTIONS", {})
    _sqlite.setdefault("timeout", env.int("SQLITE_BUSY_SECONDS", default=30))
    _sqlite.setdefault("transaction_mode", "IMMEDIATE")
    _sqlite.setdefault(
        "init_command",
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY",
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {"default": env.cache_url("CACHE_URL", default="locmemcache://")}
# Pages a visitor who is not signed in sees (home, catalog, course pages) come
# from the cache for this long, or until the next publish (core/pagecache.py).
ANONYMOUS_PAGE_CACHE_SECONDS = env.int("ANONYMOUS_PAGE_CACHE_SECONDS", default=300)
# What signed-in pages keep of published content (page routes, course outlines)
# lasts this long at most; any change to the content replaces it at once.
CONTENT_CACHE_SECONDS = env.int("CONTENT_CACHE_SECONDS", default=60 * 60)
# Each person's permissions, kept in the cache until roles change (people/backends.py).
PERMISSIONS_CACHE_SECONDS = env.int("PERMISSIONS_CACHE_SECONDS", default=10 * 60)
if PRODUCTION and "redis" not in CACHES["default"]["BACKEND"].lower():
    # Rate limits count in the cache: with a per-process cache each gunicorn
    # worker would count on its own and the limits would not hold.
    raise ImproperlyConfigured("DJANGO_ENV=production needs CACHE_URL to point at Redis.")

# --- Accounts ---------------------------------------------------------------

AUTH_USER_MODEL = "people.User"
AUTHENTICATION_BACKENDS = [
    # Django's ModelBackend, with each person's permissions kept in the cache.
    "people.backends.CachedPermissionsBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"

ACCOUNT_ADAPTER = "directory.adapters.AccountAdapter"
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
# Sign-up takes the same work whether or not the address has an account.
ACCOUNT_FORMS = {
    "signup": "people.forms.SignupForm",
    # Closed to people of single-sign-on-only domains (directory/forms.py).
    "login": "directory.forms.LoginForm",
    "reset_password": "directory.forms.ResetPasswordForm",
    "change_password": "directory.forms.ChangePasswordForm",
    "set_password": "directory.forms.SetPasswordForm",
}
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
# A signed-in person sent to the log-in page (say, from the editing area they
# may not use) sees it with the reason, instead of bouncing back in a loop.
ACCOUNT_AUTHENTICATED_LOGIN_REDIRECTS = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = False
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_EMAIL_NOTIFICATIONS = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Human Edge Academy] "
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https" if PRODUCTION else "http"
# allauth's rate limits are on by default; they are listed here so they are
# visible and tunable. They count in the cache, so production needs CACHE_URL
# to point at Redis for the limits to hold across processes. "ip" counts per
# client as TRUSTED_PROXY_HOPS / TRUSTED_PROXIES derive it (the account adapter),
# "key" per e-mail address: failed sign-ins lock one account, or one client.
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/300s/key",
    "signup": "20/m/ip",
    "confirm_email": "1/180s/key",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "change_password": "5/m/user",
    "manage_email": "10/m/user",
    "reauthenticate": "10/m/user",
}
# Requests to the signals API with an unknown or revoked token, per client
# (core/clientip.py) and minute, before that client gets 429. A valid token is
# never refused for what other clients guessed.
API_FAILED_AUTH_LIMIT = env.int("API_FAILED_AUTH_LIMIT", default=20)
# Comma-separated e-mail domains allowed to self-register; empty means anyone.
SIGNUP_ALLOWED_DOMAINS = [d.lower() for d in env.list("SIGNUP_ALLOWED_DOMAINS", default=[])]

# Single sign-on (docs/single-sign-on.md). The person is found or created, and
# brought up to date, by directory/adapters.py before allauth signs them in, so
# allauth's own sign-up form for social accounts never shows; an identity
# provider speaks only for the e-mail domains given to it in the editing area.
SOCIALACCOUNT_ADAPTER = "directory.adapters.SocialAccountAdapter"
SOCIALACCOUNT_AUTO_SIGNUP = True
SOCIALACCOUNT_EMAIL_AUTHENTICATION = False
SOCIALACCOUNT_STORE_TOKENS = False
SOCIALACCOUNT_LOGIN_ON_GET = False
SOCIALACCOUNT_EMAIL_VERIFICATION = "none"
SOCIALACCOUNT_PROVIDERS = {
    "openid_connect": {"OAUTH_PKCE_ENABLED": True},
}

# Two factors: an authenticator app (TOTP) or a passkey (WebAuthn), with
# recovery codes. Anyone who can do more than learn or manage a team (the
# editing area, the Django admin, reports, any other permission) must use one
# before the editing area, the Django admin, reports and exports
# (people/security.py).
MFA_SUPPORTED_TYPES = ["totp", "webauthn", "recovery_codes"]
MFA_TOTP_ISSUER = "Human Edge Academy"
MFA_PASSKEY_LOGIN_ENABLED = True
# Browsers allow WebAuthn on http://localhost; production is HTTPS only.
MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN = not PRODUCTION
# Authenticator-app secrets and recovery-code seeds are stored encrypted
# (people/mfa_secrets.py) under MFA_ENCRYPTION_KEYS: comma-separated Fernet
# keys, the first encrypts and all decrypt, so a key is rotated by putting a new
# one first and running `manage.py encrypt_mfa_secrets`. Without it (development
# and tests) a key is derived from DJANGO_SECRET_KEY; production needs it set.
MFA_ADAPTER = "people.mfa_secrets.MFAAdapter"
MFA_ENCRYPTION_KEYS = env.list("MFA_ENCRYPTION_KEYS", default=[])
if PRODUCTION and not MFA_ENCRYPTION_KEYS:
    raise ImproperlyConfigured(
        "DJANGO_ENV=production needs MFA_ENCRYPTION_KEYS set to one or more Fernet keys "
        "(make one with: python -c 'from cryptography.fernet import Fernet; "
        "print(Fernet.generate_key().decode())')."
    )
for _key in MFA_ENCRYPTION_KEYS:
    try:
        Fernet(_key)
    except ValueError:
        raise ImproperlyConfigured(
            "MFA_ENCRYPTION_KEYS holds a value that is not a Fernet key (32 bytes, "
            "URL-safe base64)."
        ) from None
# Certificates as Open Badges 3.0 verifiable credentials (docs/credentials.md).
# CREDENTIALS_SIGNING_KEY is the issuer's Ed25519 private key as a Multikey
# secretKeyMultibase (`manage.py credentials_key` makes one); without it
# (development and tests) one is derived from DJANGO_SECRET_KEY, and production
# refuses to start. CREDENTIALS_RETIRED_KEYS lists earlier keys' public halves
# (did:key:z6Mk... or z6Mk..., comma-separated), so what they signed still checks.
CREDENTIALS_SIGNING_KEY = env.str("CREDENTIALS_SIGNING_KEY", default="")
CREDENTIALS_RETIRED_KEYS = env.list("CREDENTIALS_RETIRED_KEYS", default=[])
if PRODUCTION and not CREDENTIALS_SIGNING_KEY:
    raise ImproperlyConfigured(
        "DJANGO_ENV=production needs CREDENTIALS_SIGNING_KEY set to an Ed25519 key "
        "(make one with: python manage.py credentials_key)."
    )
# The JSON-LD contexts credentials are written in are read from these npm
# packages (`npm ci --omit=dev`), never fetched over the network.
CREDENTIALS_CONTEXTS_DIR = Path(
    env.str("CREDENTIALS_CONTEXTS_DIR", default=str(BASE_DIR / "node_modules"))
)
# Credentials one client may check a minute on the public check page.
CREDENTIAL_CHECKS_PER_MINUTE = env.int("CREDENTIAL_CHECKS_PER_MINUTE", default=30)
# Exports, integration tokens and role changes ask for the password (or the
# second factor) again when the last sign-in is older than this, in seconds.
ACCOUNT_REAUTHENTICATION_TIMEOUT = env.int("REAUTHENTICATION_SECONDS", default=5 * 60)
# A session ends after this long without a request, and this long after
# signing in whatever happens, in seconds.
SESSION_IDLE_TIMEOUT = env.int("SESSION_IDLE_SECONDS", default=60 * 60)
SESSION_ABSOLUTE_TIMEOUT = env.int("SESSION_MAX_SECONDS", default=12 * 60 * 60)
SESSION_COOKIE_AGE = SESSION_ABSOLUTE_TIMEOUT
# Sessions are read from the cache and written through to the database, when
# the cache is one every process shares (Redis); a per-process cache could not
# see a session ended by another process.
SESSION_ENGINE = (
    "django.contrib.sessions.backends.cached_db"
    if "redis" in CACHES["default"]["BACKEND"].lower()
    else "django.contrib.sessions.backends.db"
)

# --- Email ------------------------------------------------------------------
# Every message goes through a Celery task so a slow mail server never slows a
# page; the worker delivers it with EMAIL_DELIVERY_BACKEND.

EMAIL_BACKEND = "core.mail.CeleryEmailBackend"
_email = env.email_url("EMAIL_URL", default="consolemail://")
EMAIL_DELIVERY_BACKEND = _email["EMAIL_BACKEND"]
EMAIL_HOST = _email.get("EMAIL_HOST") or "localhost"
EMAIL_PORT = _email.get("EMAIL_PORT") or 25
EMAIL_HOST_USER = _email.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = _email.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = _email.get("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = _email.get("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = 20
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Human Edge Academy <academy@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Celery -----------------------------------------------------------------

CELERY_BROKER_DIR = VAR_DIR / "celery"
CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default="filesystem://localhost//")
CELERY_VISIBILITY_TIMEOUT = env.int("CELERY_VISIBILITY_TIMEOUT", default=3 * 60 * 60)
# A message handed back this many times (its worker was killed or ran out of
# memory each time) is dropped with an error in the log instead of taking down
# worker after worker; see config/celery.py.
CELERY_TASK_MAX_REDELIVERIES = env.int("CELERY_TASK_MAX_REDELIVERIES", default=5)
if CELERY_BROKER_URL.startswith("filesystem://"):
    # The embedded broker: queues are folders under var/, so a real worker
    # runs on a laptop with no server at all.
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(CELERY_BROKER_DIR / "queue"),
        "data_folder_out": str(CELERY_BROKER_DIR / "queue"),
        "processed_folder": str(CELERY_BROKER_DIR / "processed"),
        "control_folder": str(CELERY_BROKER_DIR / "control"),
        "store_processed": False,
    }
else:
    # Redis hands a message that is not acknowledged within the visibility
    # timeout to another worker. With acks_late that is how the work of a
    # worker killed mid-task comes back, so the timeout must exceed the longest
    # task time limit (exports: 2 hours) and the longest countdown or ETA any
    # code uses (e-mail retries: 30 minutes), or a task still running, or still
    # waiting for its ETA, would run twice. tests/core/test_celery_settings.py
    # checks this. The sweepers pick up stored work sooner than this.
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "visibility_timeout": CELERY_VISIBILITY_TIMEOUT,
        # A broker that vanishes without closing the connection fails a publish
        # after these many seconds instead of hanging the request for ever.
        "socket_connect_timeout": 5,
        "socket_timeout": 15,
    }
CELERY_RESULT_BACKEND = env.str("CELERY_RESULT_BACKEND", default="") or None
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_TIMEZONE = "UTC"
CELERY_TASK_DEFAULT_QUEUE = "default"
CELERY_TASK_TIME_LIMIT = 10 * 60
CELERY_TASK_SOFT_TIME_LIMIT = 9 * 60
# Tasks are written to be safe to run twice, so a worker lost mid-task hands
# the message back instead of dropping it.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
# When the broker connection drops, the worker hands back the messages it can
# no longer acknowledge; the tasks still running them are stopped, so that the
# copy handed back never runs beside them (Celery 6's default).
CELERY_WORKER_CANCEL_LONG_RUNNING_TASKS_ON_CONNECTION_LOSS = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
# Heavy work has a queue of its own, so exports never delay e-mail or assignments.
CELERY_TASK_ROUTES = {
    "reports.tasks.export_report_task": {"queue": "exports"},
    "reports.tasks.run_scheduled_report_task": {"queue": "exports"},
}
CELERY_BEAT_SCHEDULE = {
    # Scheduled publishing: a course approved with a go-live date goes live on time.
    "publish-scheduled-pages": {
        "task": "core.tasks.publish_scheduled_pages_task",
        "schedule": 60.0,
    },
    # Attempts whose time limit passed are submitted even if the learner never returns.
    "expire-assessment-attempts": {
        "task": "assessments.tasks.expire_attempts_task",
        "schedule": 60.0,
    },
    # Signals whose processing was never queued (broker down) or never finished.
    "sweep-unprocessed-signals": {
        "task": "skills.tasks.sweep_unprocessed_signals_task",
        "schedule": 5 * 60.0,
    },
    "nightly-skills-reevaluation": {
        "task": "skills.tasks.nightly_reevaluate_task",
        "schedule": crontab(hour=2, minute=15),
    },
    # Deletes what is older than its retention period (RETENTION_DAYS), wellbeing
    # signals included, in batches.
    "enforce-retention": {
        "task": "privacy.tasks.enforce_retention_task",
        "schedule": crontab(hour=3, minute=0),
    },
    "expire-report-files": {
        "task": "reports.tasks.expire_report_files_task",
        "schedule": crontab(minute=20),
    },
    # Background exports whose task was never queued (broker down) or was lost.
    "requeue-exports": {
        "task": "reports.tasks.requeue_exports_task",
        "schedule": 5 * 60.0,
    },
    "learning-digests": {
        "task": "skills.tasks.send_learning_digests_task",
        "schedule": crontab(hour=7, minute=30),
    },
    # Team wellbeing figures change only here, weekly (skills/services.py).
    "publish-team-wellbeing": {
        "task": "skills.tasks.publish_team_wellbeing_task",
        "schedule": crontab(day_of_week="mon", hour=4, minute=0),
    },
}

# Wagtail's own background work (reference index, file clean-up) runs through
# django-tasks; it is quick, so it runs in the request.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# `make bench` turns on a view that touches no database, its reference.
BENCH_REFERENCE_VIEW = env.bool("BENCH_REFERENCE_VIEW", default=False)

# --- Reports ------------------------------------------------------------------

# Reports up to this many rows stream straight to the browser; larger ones are
# written by a Celery task and downloaded when ready.
REPORT_STREAM_LIMIT = env.int("REPORT_STREAM_LIMIT", default=5000)
# How long a background export's file is kept.
REPORT_FILE_HOURS = env.int("REPORT_FILE_HOURS", default=24)

# --- Privacy and retention -----------------------------------------------------

# How many days each kind of personal data is kept. privacy.tasks.enforce_retention_task
# deletes what is older every night, and the privacy page (/privacy/) prints these
# same figures, so the two never disagree. Each comes from its own variable, e.g.
# RETENTION_DAYS_SIGNALS=365.
RETENTION_DAYS = {
    # Workload, wellbeing check-ins and customer sentiment.
    "wellbeing_signals": env.int("RETENTION_DAYS_WELLBEING_SIGNALS", default=180),
    # Skill evidence: QA scores, assessments, self-assessments, manager's ratings.
    "signals": env.int("RETENTION_DAYS_SIGNALS", default=730),
    # The answers given in submitted assessment attempts (scores and pass/fail stay).
    "attempt_answers": env.int("RETENTION_DAYS_ATTEMPT_ANSWERS", default=365),
    # Who exported which completion report.
    "report_audit": env.int("RETENTION_DAYS_REPORT_AUDIT", default=730),
    # Who viewed whose individual signals, and personal-data downloads. Erasure
    # entries hold no personal data and are kept.
    "access_log": env.int("RETENTION_DAYS_ACCESS_LOG", default=730),
    # The record of each sign-in (when, which session). Expired sessions themselves
    # are deleted from the session store on the next run.
    "sessions": env.int("RETENTION_DAYS_SESSIONS", default=30),
}
for _kind, _days in RETENTION_DAYS.items():
    if _days < 1:
        raise ImproperlyConfigured(f"RETENTION_DAYS[{_kind!r}] must be at least 1 day.")
# Rows deleted per kind and batch; the task queues itself again until none are left.
RETENTION_BATCH_SIZE = env.int("RETENTION_BATCH_SIZE", default=5000)

# --- Internationalisation -----------------------------------------------------

LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("es", _("Spanish")),
    ("fr", _("French")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Demo course, assessment and taxonomy text as data, with its own PO files per
# language (content/locale/): `manage.py load_content` loads it, docs/content.md.
CONTENT_DIR = BASE_DIR / "content"
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Courses, modules, lessons, skills and questions are translated with Wagtail's
# own localisation (simple_translation: authors translate copies in the editing
# area). Every page keeps one address; a learner reads the translation in their
# language where one is published, and the original, marked as such, where not.
WAGTAIL_I18N_ENABLED = True

# --- Static and media files -----------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env.str("MEDIA_ROOT", default=str(VAR_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if PRODUCTION
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        ),
    },
}

# SCORM packages and H5P activities (packages/): uploads are checked, unpacked
# here (never under MEDIA_ROOT, which a web server may publish) and served only
# through signed, expiring launch addresses.
PACKAGES_ROOT = Path(env.str("PACKAGES_ROOT", default=str(VAR_DIR / "packages")))
PACKAGE_MAX_UPLOAD_BYTES = env.int("PACKAGE_MAX_UPLOAD_BYTES", default=200 * 1024 * 1024)
PACKAGE_MAX_EXTRACTED_BYTES = env.int("PACKAGE_MAX_EXTRACTED_BYTES", default=500 * 1024 * 1024)
PACKAGE_MAX_FILES = env.int("PACKAGE_MAX_FILES", default=5000)
PACKAGE_LAUNCH_MAX_AGE = env.int("PACKAGE_LAUNCH_MAX_AGE", default=12 * 60 * 60)
# The standalone H5P player, installed from npm (package.json, `npm ci`).
H5P_PLAYER_DIR = Path(
    env.str("H5P_PLAYER_DIR", default=str(BASE_DIR / "node_modules" / "h5p-standalone" / "dist"))
)

# --- Wagtail ----------------------------------------------------------------

WAGTAIL_SITE_NAME = "Human Edge Academy"
# The time zones people may choose in the editing area: the IANA Area/City names
# browsers know (the system's list also holds "localtime", "posixrules" and
# others that a browser refuses, breaking the account page's script).
WAGTAIL_USER_TIME_ZONES = ["UTC"] + sorted(
    name
    for name in zoneinfo.available_timezones()
    if re.fullmatch(
        r"(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_/+-]+",
        name,
    )
)
WAGTAILADMIN_BASE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000")
# Staff sign in through the site's own log-in page, which enforces MFA.
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAIL_PASSWORD_RESET_ENABLED = False
# A page approved in the "L&D review" workflow is published even though the
# approving author has no publish permission of their own.
WAGTAIL_FINISH_WORKFLOW_ACTION = "courses.workflows.publish_approved"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx"]
# Uploaded documents must be what their name says and at most this big
# (core/uploads.py); images are checked by Wagtail, and SVG (which can carry
# scripts) is not accepted.
WAGTAILDOCS_DOCUMENT_FORM_BASE = "core.uploads.CheckedDocumentForm"
DOCUMENT_MAX_UPLOAD_SIZE = env.int("DOCUMENT_MAX_UPLOAD_BYTES", default=20 * 1024 * 1024)
WAGTAILIMAGES_MAX_UPLOAD_SIZE = env.int("IMAGE_MAX_UPLOAD_BYTES", default=10 * 1024 * 1024)
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Security -----------------------------------------------------------------

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Wagtail's admin would otherwise ask wagtail.io for news: no calls out.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
# No avatars from gravatar.com: they would tell a third party who uses the
# editing area (and the policy below refuses the images anyway).
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Content Security Policy (django-csp): scripts only from this site, never
# inline, on every page, the editing area included (the few inline scripts of
# Wagtail's admin are replaced by home/templates/wagtailadmin overrides that
# core/static/core/admin-init.js starts). Styles may be inline (Wagtail's admin
# and the heatmap colour cells set style attributes). Videos embed only from
# the hosts in CSP_FRAME_SOURCES.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        # Wagtail's image editor (Jcrop, the focal point) tests for touch support
        # by setting ontouchstart="return;" on an element it never shows: that one
        # handler, which does nothing, is allowed by its hash; every other inline
        # handler is still refused.
        "script-src-attr": [
            "'unsafe-hashes'",
            "'sha256-i+qr4lq34KgNHiW62lWi9aInEBwiEOrfCzaNPCvkqD8='",
        ],
        "style-src": [SELF, "'unsafe-inline'"],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "media-src": [SELF],
        "frame-src": [
            SELF,
            *env.list(
                "CSP_FRAME_SOURCES",
                default=[
                    "https://www.youtube.com",
                    "https://www.youtube-nocookie.com",
                    "https://player.vimeo.com",
                ],
            ),
        ],
        "object-src": [NONE],
        "base-uri": [SELF],
        # The sign-in pages add the company's identity providers to this
        # (directory/middleware.py): a company sign-in is answered with a
        # redirect there, which browsers check against form-action.
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        # What the policy refuses is reported at once, logged and, briefly, kept
        # (core/csp.py). Not report-to: browsers batch those reports for a minute.
        "report-uri": "/csp-report/",
    },
}
if PRODUCTION:
    if BEHIND_TRUSTED_PROXY:
        # The proxy terminates TLS and says so in X-Forwarded-Proto (it must set
        # the header itself, replacing any a client sent). Without a trusted
        # proxy a client could claim HTTPS over plain HTTP, so it is not read.
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    # HSTS: a year by default; DJANGO_SECURE_HSTS_SECONDS=0 turns it off (say,
    # while first moving a domain to HTTPS), the two flags below widen it.
    SECURE_HSTS_SECONDS = env.int("DJANGO_SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
    SECURE_HSTS_PRELOAD = env.bool("DJANGO_SECURE_HSTS_PRELOAD", default=True)
    # /healthz/ is probed by load balancers over plain HTTP inside the network.
    SECURE_REDIRECT_EXEMPT = [r"^healthz/$"]

# --- Logging ----------------------------------------------------------------

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
    },
}
