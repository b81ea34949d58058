"""Bearer tokens for integrations: what the signals API's tokens
(skills.ApiToken) and the company directory's SCIM tokens
(directory.ScimToken) share.

A token is ``<marker>_<8 hex>_<43 random characters>``: the first two parts
are its public prefix (shown in the editing area), the whole is shown once,
when it is made, and only its SHA-256 is stored. :func:`token_check` lets a
valid token in whatever others guessed, counts wrong ones per client
(core/clientip.py) and refuses a client with 429 past
``API_FAILED_AUTH_LIMIT`` wrong tokens a minute.
"""

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.clientip import client_key

FAILURE_WINDOW_SECONDS = 60
#: One count for every bearer-token API: a client guessing at one guesses at all.
FAILURES_KEY = "api-auth-failures:{client}"


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class AbstractToken(models.Model):
    """A token an integration authenticates with. Only its hash is stored; the
    token itself is shown once, when it is made. Subclasses set ``MARKER``."""

    MARKER = ""

    name = models.CharField(gettext_lazy("integration"), max_length=120)
    key_prefix = models.CharField(gettext_lazy("starts with"), max_length=16, unique=True)
    key_hash = models.CharField(max_length=64, unique=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(gettext_lazy("created at"), auto_now_add=True)
    revoked_at = models.DateTimeField(gettext_lazy("revoked at"), null=True, blank=True)
    last_used_at = models.DateTimeField(gettext_lazy("last used"), null=True, blank=True)

    class Meta:
        abstract = True
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.name} ({self.key_prefix}…)"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None

    @classmethod
    def generate(cls) -> tuple[str, str]:
        """A new secret token and its public prefix."""
        prefix = f"{cls.MARKER}_{secrets.token_hex(4)}"
        return f"{prefix}_{secrets.token_urlsafe(32)}", prefix


def token_issue(model: type[AbstractToken], *, name: str, created_by, **fields):
    """A new token of ``model``: (the row, the secret). The secret is returned
    once; only its hash is kept."""
    secret, prefix = model.generate()
    token = model.objects.create(
        name=name, key_prefix=prefix, key_hash=token_hash(secret), created_by=created_by, **fields
    )
    return token, secret


def token_revoke(*, token: AbstractToken) -> AbstractToken:
    """Revoke ``token``; revoking it again changes nothing."""
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
    return token


def token_authenticate(model: type[AbstractToken], secret: str):
    """The active token of ``model`` whose secret this is, or None. Marks it
    used (at most once a minute, so that busy integrations do not write on
    every request)."""
    if not secret or not secret.startswith(f"{model.MARKER}_"):
        return None
    token = model.objects.filter(key_hash=token_hash(secret)).first()
    if token is None or not token.is_active:
        return None
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at > timedelta(minutes=1):
        model.objects.filter(pk=token.pk).update(last_used_at=now)
    return token


class TokenRefused(Exception):
    """Why a bearer token was refused: ``status`` 401 (unknown or revoked) or
    429 (too many wrong tokens from this client), and a message for the caller."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


def _count_failure(key: str) -> None:
    if cache.add(key, 1, timeout=FAILURE_WINDOW_SECONDS):
        return
    try:
        cache.incr(key)
    except ValueError:  # expired between the two calls
        cache.add(key, 1, timeout=FAILURE_WINDOW_SECONDS)


def token_check(request, secret: str, *, model: type[AbstractToken]):
    """The token ``request`` authenticates with, or :class:`TokenRefused`.

    A valid token is always let in, whatever others guessed: only wrong tokens
    are counted, per client, and refused with 429 past the limit. Guessing a
    token (256 random bits) is hopeless anyway; the limit keeps guessers from
    loading the site."""
    found = token_authenticate(model, secret)
    if found is not None:
        return found
    failures_key = FAILURES_KEY.format(client=client_key(request))
    if cache.get(failures_key, 0) >= settings.API_FAILED_AUTH_LIMIT:
        raise TokenRefused(429, _("Too many requests with a wrong token. Wait a minute."))
    _count_failure(failures_key)
    known = model.objects.filter(key_hash=token_hash(secret or "")).first()
    if known is not None and not known.is_active:
        raise TokenRefused(401, _("This token has been revoked."))
    raise TokenRefused(401, _("Unknown token."))
