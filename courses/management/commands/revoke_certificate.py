"""Revoke a certificate by its code, when the completion it proves is withdrawn.

manage.py revoke_certificate ABCD-EFGH-JKLM
"""

from django.core.management.base import BaseCommand, CommandError

from courses.selectors import certificate_get_by_code
from courses.services import certificate_revoke


class Command(BaseCommand):
    help = "Revoke a certificate (and its Open Badge) by its verification code."

    def add_arguments(self, parser):
        parser.add_argument("code", help="The certificate's verification code.")

    def handle(self, *args, code: str, **options):
        certificate = certificate_get_by_code(code)
        if certificate is None:
            raise CommandError(f"No certificate has the code {code!r}.")
        was_valid = certificate.is_valid
        certificate_revoke(certificate=certificate)
        if was_valid:
            self.stdout.write(f"Revoked {certificate.code} ({certificate.course_title}).")
        else:
            self.stdout.write(f"{certificate.code} was already revoked.")
