"""Reads: the signed documents this product publishes, and revocation status."""

from django.db.models import Q
from django.utils import timezone

from core.i18n import localized
from courses import completion
from courses.selectors import certificate_get_by_code
from credentials import documents, keys, proofs
from credentials.models import Credential, StatusList


def certificate_for_code(code: str):
    return certificate_get_by_code(code)


class KeyWithdrawn(Exception):
    """The key of a status list is no longer held: the list cannot be signed."""


def _did(multibase: str) -> str:
    return f"did:key:{multibase}"


def credential_document(*, credential: Credential) -> dict:
    """The certificate as an OpenBadgeCredential in the active language,
    signed by the key of ``credential`` (the current one: services.credential_issue)."""
    signer = keys.keys().signer(credential.key)
    if signer is None:
        raise KeyWithdrawn(credential.key)
    certificate = credential.certificate
    course = localized(certificate.course) if certificate.course_id else None
    document = documents.open_badge(
        issuer_did=_did(credential.key),
        code=certificate.code,
        email=certificate.user.email,
        salt=credential.salt,
        issued_at=certificate.issued_at,
        achievement_id=f"urn:uuid:{certificate.course.translation_key}",
        course_title=course.title if course else certificate.course_title,
        course_summary=course.summary if course else "",
        criteria=completion.criteria_sentences(certificate.criteria),
        status_list_id=credential.status_list_id,
        status_index=credential.status_index,
    )
    return proofs.sign(document, key=signer, created=documents.timestamp(credential.issued_at))


def issuer_document() -> dict:
    held = keys.keys()
    return documents.issuer_profile(
        did=_did(held.current), earlier=[_did(name) for name in held.retired()]
    )


def revoked_indices(*, status_list: StatusList) -> set[int]:
    """The indices of the list's credentials that are revoked: their
    certificate was revoked, or no longer exists."""
    return set(
        Credential.objects.filter(status_list=status_list)
        .filter(Q(certificate__isnull=True) | Q(certificate__revoked_at__isnull=False))
        .values_list("status_index", flat=True)
    )


def status_list_document(*, status_list: StatusList) -> dict:
    """The list as a BitstringStatusListCredential, valid from now, signed by
    the key of its credentials; KeyWithdrawn when that key is no longer held."""
    signer = keys.keys().signer(status_list.key)
    if signer is None:
        raise KeyWithdrawn(status_list.key)
    now = timezone.now()
    document = documents.status_list_credential(
        issuer_did=_did(status_list.key),
        status_list_id=status_list.pk,
        size=status_list.size,
        revoked=revoked_indices(status_list=status_list),
        valid_from=now,
    )
    return proofs.sign(document, key=signer, created=documents.timestamp(now))


def is_revoked(*, status_list_id: int, index: int) -> bool | None:
    """Whether the entry is revoked; None when there is no such list or index."""
    credential = (
        Credential.objects.filter(status_list_id=status_list_id, status_index=index)
        .select_related("certificate")
        .first()
    )
    if credential is None:
        return None
    return credential.certificate is None or credential.certificate.revoked_at is not None
