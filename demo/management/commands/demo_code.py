import time

from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from demo.people import DEMO_TOTP_SECRET


class Command(BaseCommand):
    help = _("Print the current two-factor code of the demo's staff accounts (development only).")

    def handle(self, *args, **options):
        if settings.PRODUCTION:
            raise CommandError(_("demo_code is for the demo; it refuses to run in production."))
        counter = int(time.time()) // 30
        self.stdout.write(format_hotp_value(hotp_value(DEMO_TOTP_SECRET, counter)))
