"""Second-factor secrets encrypted at rest.

allauth keeps each authenticator app's TOTP secret and the seed of each set of
recovery codes in ``Authenticator.data``. They are stored encrypted with
Fernet (AES-128-CBC with an HMAC-SHA256 tag), under the keys of
MFA_ENCRYPTION_KEYS: the first key encrypts, every key decrypts, so a key is
rotated by putting a new one first, running ``manage.py encrypt_mfa_secrets``
and then dropping the old one. Without the variable (development and tests) a
key is derived from SECRET_KEY; production refuses to start without it.

An encrypted value starts with ENCRYPTED_PREFIX. A value without it is a
secret from before encryption: only the migration and the command encrypt
such values; signing in with one fails instead of trusting plain text.
"""

import base64

from allauth.mfa.adapter import DefaultMFAAdapter
from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.utils.crypto import salted_hmac

ENCRYPTED_PREFIX = "fernet:"
# The kinds of authenticator that hold secrets, and the keys of their data that
# do (a string, or a list of strings). A passkey's data is its public key.
SECRET_FIELDS = {
    "totp": ("secret",),
    "recovery_codes": ("seed", "migrated_codes"),
}


class PlaintextSecretError(ValueError):
    """A second-factor secret that was never encrypted."""


def development_key(secret_key: str) -> bytes:
    """The Fernet key used when MFA_ENCRYPTION_KEYS is not set, from SECRET_KEY."""
    digest = salted_hmac(
        "people.mfa_secrets", "second-factor secrets", secret=secret_key, algorithm="sha256"
    ).digest()
    return base64.urlsafe_b64encode(digest)


def _fernet() -> MultiFernet:
    keys = settings.MFA_ENCRYPTION_KEYS or [development_key(settings.SECRET_KEY)]
    return MultiFernet([Fernet(key) for key in keys])


def is_encrypted(value: str) -> bool:
    return isinstance(value, str) and value.startswith(ENCRYPTED_PREFIX)


def secret_encrypt(text: str) -> str:
    token = _fernet().encrypt(text.encode())
    return ENCRYPTED_PREFIX + token.decode("ascii")


def secret_decrypt(value: str) -> str:
    if not is_encrypted(value):
        raise PlaintextSecretError(
            "A second-factor secret is stored in plain text: run "
            "`manage.py encrypt_mfa_secrets` (or `manage.py migrate`)."
        )
    try:
        return _fernet().decrypt(value.removeprefix(ENCRYPTED_PREFIX).encode("ascii")).decode()
    except InvalidToken as error:
        raise ImproperlyConfigured(
            "No key of MFA_ENCRYPTION_KEYS opens a stored second-factor secret: a key "
            "still in use was removed or changed."
        ) from error


def _reencrypted(value: str) -> str:
    """``value`` encrypted under the first key, whether it was plain text or
    encrypted under any of the keys."""
    if not is_encrypted(value):
        return secret_encrypt(value)
    token = value.removeprefix(ENCRYPTED_PREFIX).encode("ascii")
    try:
        return ENCRYPTED_PREFIX + _fernet().rotate(token).decode("ascii")
    except InvalidToken as error:
        raise ImproperlyConfigured(
            "No key of MFA_ENCRYPTION_KEYS opens a stored second-factor secret."
        ) from error


def authenticator_data_encrypted(kind: str, data: dict, *, rotate: bool = False) -> dict:
    """A copy of an authenticator's ``data`` with every secret encrypted.

    Secrets in plain text are encrypted; with ``rotate`` those already
    encrypted are re-encrypted under the first key. This is the one place
    that accepts plain text, for the migration and encrypt_mfa_secrets.
    """
    result = dict(data)
    for field in SECRET_FIELDS.get(kind, ()):
        value = result.get(field)
        if isinstance(value, str) and (rotate or not is_encrypted(value)):
            result[field] = _reencrypted(value)
        elif isinstance(value, list):
            result[field] = [
                _reencrypted(item) if rotate or not is_encrypted(item) else item for item in value
            ]
    return result


def authenticator_data_decrypted(kind: str, data: dict) -> dict:
    """A copy of ``data`` with every secret in plain text (the migration's way back)."""
    result = dict(data)
    for field in SECRET_FIELDS.get(kind, ()):
        value = result.get(field)
        if is_encrypted(value):
            result[field] = secret_decrypt(value)
        elif isinstance(value, list):
            result[field] = [secret_decrypt(item) if is_encrypted(item) else item for item in value]
    return result


class MFAAdapter(DefaultMFAAdapter):
    """allauth's MFA adapter, storing secrets encrypted (settings.MFA_ADAPTER)."""

    def encrypt(self, text: str) -> str:
        return secret_encrypt(text)

    def decrypt(self, encrypted_text: str) -> str:
        return secret_decrypt(encrypted_text)


def authenticators_encrypt(model, *, rotate: bool = False, batch_size: int = 500) -> int:
    """Encrypt every stored second-factor secret still in plain text, and with
    ``rotate`` re-encrypt the others under the first key. ``model`` is allauth's
    Authenticator (or its historical version in a migration). Safe to run
    again; returns how many authenticators changed."""
    ids = list(
        model.objects.filter(type__in=list(SECRET_FIELDS))
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    changed = 0
    for start in range(0, len(ids), batch_size):
        with transaction.atomic():
            rows = model.objects.select_for_update().filter(pk__in=ids[start : start + batch_size])
            for row in rows:
                data = authenticator_data_encrypted(row.type, row.data, rotate=rotate)
                if data != row.data:
                    row.data = data
                    row.save(update_fields=["data"])
                    changed += 1
    return changed


def authenticators_decrypt(model) -> int:
    """Put every stored secret back in plain text (the migration's way back)."""
    changed = 0
    with transaction.atomic():
        for row in model.objects.select_for_update().filter(type__in=list(SECRET_FIELDS)):
            data = authenticator_data_decrypted(row.type, row.data)
            if data != row.data:
                row.data = data
                row.save(update_fields=["data"])
                changed += 1
    return changed
