from django.db import models
from django.utils.translation import gettext_lazy as _

from core.tokens import AbstractToken, token_hash

TOKEN_PREFIX = "hea"  # noqa: S105 - a public marker, not a secret

__all__ = ["TOKEN_PREFIX", "ApiToken", "token_hash"]


class ApiToken(AbstractToken):
    """A token an integration sends signals with, scoped to the sources it may send.

    Only its hash is stored; the token itself is shown once, when it is made.
    """

    MARKER = TOKEN_PREFIX

    sources = models.JSONField(_("may send"), default=list)

    class Meta(AbstractToken.Meta):
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")

    @property
    def origin(self) -> str:
        """The origin of the signals sent with this token (Signal.origin)."""
        return f"api:{self.pk}"
