"""The issuer's Ed25519 keys: the one that signs, and the retired ones that still verify.

``CREDENTIALS_SIGNING_KEY`` holds the private key as a Multikey
``secretKeyMultibase`` (``z3u2…``: base58btc of the multicodec ``ed25519-priv``
prefix and the 32-byte seed), the form ``manage.py credentials_key`` prints.
Each public key is named by a ``did:key`` (``did:key:z6Mk…``), which carries the
key itself: any verifier reads the key from the credential's proof without
asking this site, and the key's DID is the credential's issuer.

``CREDENTIALS_RETIRED_KEYS`` lists earlier signing keys, so that what they
signed still checks after a rotation (docs/credentials.md): given whole
(``z3u2…``) a retired key goes on signing the status lists of its credentials,
so any verifier can still check whether they were revoked; given as a public key
(``did:key:z6Mk…`` or ``z6Mk…``, after a key was exposed) its credentials check
only on this site's check page.

Without a signing key (development and tests) one is derived from
``DJANGO_SECRET_KEY``; production refuses to start without one.
"""

import hashlib
from dataclasses import dataclass
from functools import cache

import base58
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

#: Multicodec prefixes (unsigned varints) of Ed25519 public and private keys.
ED25519_PUB = b"\xed\x01"
ED25519_PRIV = b"\x80\x26"


class KeyFormatError(ValueError):
    pass


def _decode(value: str, prefix: bytes, what: str) -> bytes:
    value = value.strip()
    if not value.startswith("z"):
        raise KeyFormatError(f"{what} must be multibase base58btc (starting with z).")
    try:
        raw = base58.b58decode(value[1:])
    except ValueError as error:
        raise KeyFormatError(f"{what} is not valid base58btc.") from error
    if not raw.startswith(prefix) or len(raw) != len(prefix) + 32:
        raise KeyFormatError(f"{what} is not an Ed25519 key.")
    return raw[len(prefix) :]


def public_multibase(key: Ed25519PublicKey) -> str:
    raw = key.public_bytes(Encoding.Raw, PublicFormat.Raw)
    return "z" + base58.b58encode(ED25519_PUB + raw).decode()


def secret_multibase(seed: bytes) -> str:
    return "z" + base58.b58encode(ED25519_PRIV + seed).decode()


def public_key_from_multibase(value: str) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(_decode(value, ED25519_PUB, "A public key"))


def did_key(key: Ed25519PublicKey) -> str:
    return f"did:key:{public_multibase(key)}"


def verification_method(key: Ed25519PublicKey) -> str:
    """The key's id as a proof names it: ``did:key:z6Mk…#z6Mk…``."""
    multibase = public_multibase(key)
    return f"did:key:{multibase}#{multibase}"


def public_key_from_method(method: str) -> Ed25519PublicKey:
    """The public key a ``did:key`` verification method names; KeyFormatError
    for anything else."""
    if not isinstance(method, str) or not method.startswith("did:key:"):
        raise KeyFormatError("The verification method is not a did:key.")
    did, _hash, fragment = method.removeprefix("did:key:").partition("#")
    if fragment and fragment != did:
        raise KeyFormatError("The did:key's fragment does not name its own key.")
    return public_key_from_multibase(did)


def generate_seed() -> bytes:
    key = Ed25519PrivateKey.generate()
    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


@dataclass(frozen=True)
class Keys:
    signing: Ed25519PrivateKey
    #: Earlier signing keys kept whole: they sign nothing new, but go on signing
    #: the status lists of the credentials they issued.
    retired_signing: tuple[Ed25519PrivateKey, ...]
    #: Earlier keys kept as public keys only: what they signed still checks
    #: here, but their status lists can no longer be published.
    retired_public: tuple[Ed25519PublicKey, ...]

    @property
    def public(self) -> Ed25519PublicKey:
        return self.signing.public_key()

    @property
    def current(self) -> str:
        """The signing key's public multibase (``z6Mk…``)."""
        return public_multibase(self.public)

    def trusted(self) -> dict[str, Ed25519PublicKey]:
        """Every public key that speaks for this issuer, by its multibase."""
        keys = [self.public, *(k.public_key() for k in self.retired_signing), *self.retired_public]
        return {public_multibase(key): key for key in keys}

    def retired(self) -> list[str]:
        """The retired keys' multibases."""
        return [name for name in self.trusted() if name != self.current]

    def signer(self, multibase: str) -> Ed25519PrivateKey | None:
        """The private key whose public multibase is ``multibase``, if we hold it."""
        for key in (self.signing, *self.retired_signing):
            if public_multibase(key.public_key()) == multibase:
                return key
        return None


def _seed(signing: str, secret_key: str) -> bytes:
    if signing:
        return _decode(signing, ED25519_PRIV, "CREDENTIALS_SIGNING_KEY")
    # Development and tests: a key of their own, stable for one SECRET_KEY.
    return hashlib.sha256(f"credentials-signing-key:{secret_key}".encode()).digest()


def _retired(value: str) -> Ed25519PrivateKey | Ed25519PublicKey:
    if value.startswith("did:key:"):
        return public_key_from_method(value)
    try:
        return public_key_from_multibase(value)
    except KeyFormatError:
        seed = _decode(value, ED25519_PRIV, "CREDENTIALS_RETIRED_KEYS")
        return Ed25519PrivateKey.from_private_bytes(seed)


def _load(signing: str, secret_key: str, retired: tuple[str, ...]) -> Keys:
    try:
        seed = _seed(signing, secret_key)
        parsed = [_retired(value) for value in retired]
    except KeyFormatError as error:
        raise ImproperlyConfigured(f"Credential keys: {error}") from error
    return Keys(
        signing=Ed25519PrivateKey.from_private_bytes(seed),
        retired_signing=tuple(k for k in parsed if isinstance(k, Ed25519PrivateKey)),
        retired_public=tuple(k for k in parsed if isinstance(k, Ed25519PublicKey)),
    )


_cached = cache(_load)


def keys() -> Keys:
    """The keys as the settings give them now (tests may change the settings)."""
    return _cached(
        settings.CREDENTIALS_SIGNING_KEY,
        settings.SECRET_KEY,
        tuple(value.strip() for value in settings.CREDENTIALS_RETIRED_KEYS if value.strip()),
    )
