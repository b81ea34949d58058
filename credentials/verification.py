"""Checking a credential someone shows: is it ours, unchanged, and not revoked?

The input is the credential's JSON, or a PNG badge with the credential baked in
(credentials/badges.py). What cannot be read as a credential at all raises
``Unreadable`` with a message for the person (the check page answers 400);
everything else gets a verdict:

- ``verified``: signed by one of this issuer's keys (the current one or a
  retired one), unchanged since, and not revoked;
- ``tampered``: the proof does not match the content, or the content is not as
  this product issues it (the signature covers the meaning of the JSON-LD, so
  additions that carry no meaning, such as an empty value or an inline
  context, are refused here before the signature is checked);
- ``revoked``: ours and unchanged, but its bit in our status list is set;
- ``unknown_key``: signed by a key that is not, and never was, this issuer's.
"""

import json
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlsplit

from django.urls import Resolver404, resolve
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from pyld.jsonld import JsonLdError

from credentials import contexts, documents, keys, proofs, selectors

#: The most a pasted credential or an uploaded badge may weigh.
MAX_JSON_BYTES = 64 * 1024
MAX_BADGE_BYTES = 2 * 1024 * 1024
#: Ours hold about ten objects, nested four deep; canonicalising is costly for
#: large graphs of anonymous nodes, so anything much bigger is refused unread.
MAX_OBJECTS = 40
MAX_DEPTH = 8

VERIFIED, TAMPERED, REVOKED, UNKNOWN_KEY = "verified", "tampered", "revoked", "unknown_key"

MESSAGES = {
    VERIFIED: gettext_lazy(
        "This credential is valid: Human Edge Academy issued it, it has not been changed, "
        "and it has not been revoked."
    ),
    TAMPERED: gettext_lazy(
        "This credential is not valid: its content has been changed since Human Edge "
        "Academy signed it, or its signature is damaged."
    ),
    REVOKED: gettext_lazy(
        "This credential was issued by Human Edge Academy but has been revoked and is no "
        "longer valid."
    ),
    UNKNOWN_KEY: gettext_lazy(
        "This credential was not signed by a key of Human Edge Academy, so we cannot vouch for it."
    ),
}


class Unreadable(Exception):
    """Not a credential that can be checked; ``str()`` is the message for the person."""


@dataclass
class Result:
    verdict: str
    course: str = ""
    issued_at: datetime | None = None
    code: str = ""
    details: list[str] = field(default_factory=list)

    @property
    def message(self) -> str:
        return str(MESSAGES[self.verdict])

    @property
    def is_valid(self) -> bool:
        return self.verdict == VERIFIED


def _shape(value, depth: int = 0, counter: list | None = None) -> None:
    """Refuse JSON that is too big a graph, or that carries what JSON-LD would
    drop unsigned: a null, an empty list, a keyword other than ``@context`` at
    the top."""
    counter = counter if counter is not None else [0]
    if depth > MAX_DEPTH:
        raise Unreadable(_("The credential is nested too deeply to be one of ours."))
    if isinstance(value, dict):
        counter[0] += 1
        if counter[0] > MAX_OBJECTS:
            raise Unreadable(_("The credential holds too many parts to be one of ours."))
        for key, item in value.items():
            if key.startswith("@") and not (key == "@context" and depth == 0):
                raise _Tampered
            if item is None or item == [] or item == {}:
                raise _Tampered
            _shape(item, depth + 1, counter)
    elif isinstance(value, list):
        for item in value:
            _shape(item, depth + 1, counter)


class _Tampered(Exception):
    pass


def parse_json(text: str) -> dict:
    """The credential in ``text``; Unreadable if it is not a JSON object."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_JSON_BYTES:
        raise Unreadable(_("A credential is at most 64 KB; this is larger."))
    try:
        document = json.loads(text)
    except (ValueError, RecursionError) as error:
        raise Unreadable(_("This is not JSON: paste the whole credential file.")) from error
    if not isinstance(document, dict):
        raise Unreadable(_("This JSON is not a credential: it should be one object."))
    return document


def _status(document: dict) -> bool | None:
    """Whether our status list marks the credential revoked; None when its
    status entry does not point into one of our lists."""
    status = document.get("credentialStatus")
    if not isinstance(status, dict) or status.get("type") != "BitstringStatusListEntry":
        return None
    url = status.get("statusListCredential")
    index = status.get("statusListIndex")
    if not isinstance(url, str) or not isinstance(index, str) or not index.isdigit():
        return None
    if not url.startswith(documents.site_url("/")):
        return None
    try:
        match = resolve(urlsplit(url).path)
    except Resolver404:
        return None
    if match.view_name != "credentials:status_list":
        return None
    return selectors.is_revoked(status_list_id=match.kwargs["list_id"], index=int(index))


def _summary(document: dict, result: Result) -> Result:
    subject = document.get("credentialSubject")
    achievement = subject.get("achievement") if isinstance(subject, dict) else None
    if isinstance(achievement, dict) and isinstance(achievement.get("name"), str):
        result.course = achievement["name"]
    valid_from = document.get("validFrom")
    if isinstance(valid_from, str):
        try:
            result.issued_at = datetime.fromisoformat(valid_from)
        except ValueError:
            result.issued_at = None
    credential_id = document.get("id")
    if isinstance(credential_id, str):
        try:
            match = resolve(urlsplit(credential_id).path)
        except Resolver404:
            match = None
        if match is not None and match.view_name == "credentials:json":
            result.code = match.kwargs["code"]
    return result


def check(document: dict) -> Result:
    """The verdict on a credential (a parsed JSON object)."""
    try:
        _shape(document)
    except _Tampered:
        return Result(TAMPERED)
    try:
        key = proofs.proof_key(document)
    except proofs.ProofError:
        return Result(TAMPERED)
    if keys.public_multibase(key) not in keys.keys().trusted():
        return Result(UNKNOWN_KEY)
    if document.get("@context") != documents.CREDENTIAL_CONTEXT:
        return Result(TAMPERED)
    try:
        valid = proofs.verify(document)
    except proofs.ProofError:
        return Result(TAMPERED)
    except (contexts.UnknownContext, JsonLdError):
        # Our key, but content that JSON-LD cannot read: not what we signed.
        return Result(TAMPERED)
    if not valid:
        return Result(TAMPERED)
    result = _summary(document, Result(VERIFIED))
    if _status(document):
        result.verdict = REVOKED
    return result
