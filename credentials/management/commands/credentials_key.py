"""Make a new Ed25519 signing key for credentials, or show the current one's public key.

manage.py credentials_key            # a new key: set it as CREDENTIALS_SIGNING_KEY
manage.py credentials_key --current  # the did:key of the key in use, to retire it
"""

from django.core.management.base import BaseCommand

from credentials import keys


class Command(BaseCommand):
    help = "Print a new credential signing key, or the public key of the one in use."

    def add_arguments(self, parser):
        parser.add_argument(
            "--current",
            action="store_true",
            help="Print the did:key of the key in use (for CREDENTIALS_RETIRED_KEYS).",
        )

    def handle(self, *args, current: bool = False, **options):
        if current:
            self.stdout.write(keys.did_key(keys.keys().public))
            return
        seed = keys.generate_seed()
        public = keys.Ed25519PrivateKey.from_private_bytes(seed).public_key()
        self.stdout.write(f"CREDENTIALS_SIGNING_KEY={keys.secret_multibase(seed)}")
        self.stdout.write(f"# its public key: {keys.did_key(public)}")
