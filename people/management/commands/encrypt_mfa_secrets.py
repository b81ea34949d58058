from allauth.mfa.models import Authenticator
from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from people.mfa_secrets import authenticators_encrypt


class Command(BaseCommand):
    help = (
        "Encrypt every stored second-factor secret (authenticator apps, recovery codes) "
        "under the first key of MFA_ENCRYPTION_KEYS: those still in plain text and those "
        "encrypted under an older key. Run it after putting a new key first; the old key "
        "can be removed once it has finished. Safe to run again."
    )

    def handle(self, *args, **options):
        changed = authenticators_encrypt(Authenticator, rotate=True)
        self.stdout.write(
            _("Second-factor secrets encrypted under the first key: %(count)s.")
            % {"count": changed}
        )
