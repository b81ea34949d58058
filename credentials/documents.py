"""The JSON documents this product publishes, before they are signed: a
certificate as an OpenBadgeCredential, the issuer's profile, and a status list
as a BitstringStatusListCredential (W3C VC Data Model 2.0, Open Badges 3.0,
Bitstring Status List)."""

import base64
import gzip
import hashlib
from datetime import UTC, datetime

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext as _

from credentials.contexts import OB_V3, VC_V2
from credentials.proofs import plain_text

ISSUER_NAME = "Human Edge Academy"
CREDENTIAL_CONTEXT = [VC_V2, OB_V3]
STATUS_LIST_CONTEXT = [VC_V2]


def site_url(path: str = "/") -> str:
    """An absolute address on this site (``SITE_URL``)."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def timestamp(moment: datetime) -> str:
    """An XML Schema dateTimeStamp in UTC, to the second."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def issuer(did: str) -> dict:
    """The issuer as a credential names it: the signing key's DID, because
    verifiers require the key that signed to be controlled by the issuer, and
    a did:key controls itself."""
    return {"id": did, "type": ["Profile"], "name": ISSUER_NAME, "url": site_url("/")}


def issuer_profile(*, did: str, earlier: list[str]) -> dict:
    """The issuer's profile as ``/credentials/issuer/`` publishes it: its
    current DID, and the DIDs of its earlier keys as its other identifiers."""
    return {
        "@context": CREDENTIAL_CONTEXT,
        **issuer(did),
        "description": plain_text(
            _("Human Edge Academy issues its course certificates as Open Badges.")
        ),
        **(
            {
                "otherIdentifier": [
                    {"type": "IdentifierEntry", "identifier": other, "identifierType": "identifier"}
                    for other in earlier
                ]
            }
            if earlier
            else {}
        ),
    }


def status_list_url(status_list_id: int) -> str:
    return site_url(reverse("credentials:status_list", args=[status_list_id]))


def credential_url(code: str) -> str:
    return site_url(reverse("credentials:json", args=[code]))


def email_hash(email: str, salt: str) -> str:
    """An Open Badges IdentityHash of the address: ``sha256$`` and the hex
    digest of the address (lower case) followed by the salt."""
    digest = hashlib.sha256((email.strip().lower() + salt).encode("utf-8")).hexdigest()
    return f"sha256${digest}"


def open_badge(
    *,
    issuer_did: str,
    code: str,
    email: str,
    salt: str,
    issued_at: datetime,
    achievement_id: str,
    course_title: str,
    course_summary: str,
    criteria: list[str],
    status_list_id: int,
    status_index: int,
) -> dict:
    """A certificate as an OpenBadgeCredential, in the active language, unsigned."""
    title = plain_text(course_title)
    status_url = status_list_url(status_list_id)
    return {
        "@context": CREDENTIAL_CONTEXT,
        "id": credential_url(code),
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": issuer(issuer_did),
        "validFrom": timestamp(issued_at),
        "name": plain_text(_("Certificate of completion: %(course)s") % {"course": title}),
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [
                {
                    "type": "IdentityObject",
                    "identityType": "emailAddress",
                    "hashed": True,
                    "identityHash": email_hash(email, salt),
                    "salt": salt,
                }
            ],
            "achievement": {
                "id": achievement_id,
                "type": ["Achievement"],
                "achievementType": "Certificate",
                "name": title,
                "description": plain_text(course_summary) or title,
                "criteria": {"narrative": plain_text(" ".join(criteria))},
            },
        },
        "credentialStatus": {
            "id": f"{status_url}#{status_index}",
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": str(status_index),
            "statusListCredential": status_url,
        },
    }


def encoded_list(size: int, revoked: set[int]) -> str:
    """The bitstring (index 0 the first byte's highest bit), gzipped, as
    multibase base64url without padding."""
    bits = bytearray(size // 8)
    for index in revoked:
        bits[index // 8] |= 0x80 >> (index % 8)
    packed = gzip.compress(bytes(bits), mtime=0)
    return "u" + base64.urlsafe_b64encode(packed).decode().rstrip("=")


def decoded_list(value: str) -> bytes:
    """The bitstring of an ``encodedList``; ValueError if it is not one."""
    if not value.startswith("u"):
        raise ValueError("not multibase base64url")
    data = value[1:]
    packed = base64.urlsafe_b64decode(data + "=" * (-len(data) % 4))
    return gzip.decompress(packed)


def bit_is_set(bits: bytes, index: int) -> bool:
    return bool(bits[index // 8] & (0x80 >> (index % 8)))


def status_list_credential(
    *, issuer_did: str, status_list_id: int, size: int, revoked: set[int], valid_from
) -> dict:
    url = status_list_url(status_list_id)
    return {
        "@context": STATUS_LIST_CONTEXT,
        "id": url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer_did,
        "validFrom": timestamp(valid_from),
        "credentialSubject": {
            "id": f"{url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": "revocation",
            "encodedList": encoded_list(size, revoked),
        },
    }
