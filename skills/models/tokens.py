import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

TOKEN_PREFIX = "hea"  # noqa: S105 - a public marker, not a secret


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class ApiToken(models.Model):
    """A token an integration sends signals with, scoped to the sources it may send.

    Only its hash is stored; the token itself is shown once, when it is made.
    """

    name = models.CharField(_("integration"), max_length=120)
    key_prefix = models.CharField(_("starts with"), max_length=16, unique=True)
    key_hash = models.CharField(max_length=64, unique=True)
    sources = models.JSONField(_("may send"), default=list)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True)

    class Meta:
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.name} ({self.key_prefix}…)"

    @property
    def origin(self) -> str:
        """The origin of the signals sent with this token (Signal.origin)."""
        return f"api:{self.pk}"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None

    @staticmethod
    def generate() -> tuple[str, str]:
        """A new secret token and its public prefix."""
        prefix = secrets.token_hex(4)
        return f"{TOKEN_PREFIX}_{prefix}_{secrets.token_urlsafe(32)}", f"{TOKEN_PREFIX}_{prefix}"
