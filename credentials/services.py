"""Writes: a certificate's verifiable credential, with a place in a status list."""

import secrets

from django.db import IntegrityError, transaction
from django.utils import timezone

from credentials.keys import keys
from credentials.models import Credential, StatusList

#: A list takes new credentials until this share of its bits is taken, so a
#: random free index is found in a draw or two.
FILL_LIMIT = 0.5
DRAWS = 20


def _open_status_list(key: str) -> StatusList:
    status_list = StatusList.objects.filter(key=key).order_by("-pk").first()
    if status_list is None or status_list.entries.count() >= status_list.size * FILL_LIMIT:
        status_list = StatusList.objects.create(key=key)
    return status_list


def credential_issue(*, certificate) -> Credential:
    """The certificate's credential under the current signing key, made the
    first time it is asked for: a random free index in an open status list of
    that key, and a salt for the holder's hashed address. Safe to call again,
    and from two requests at once."""
    key = keys().current
    existing = Credential.objects.filter(certificate=certificate, key=key).first()
    if existing is not None:
        return existing
    status_list = _open_status_list(key)
    for _draw in range(DRAWS):
        index = secrets.randbelow(status_list.size)
        if Credential.objects.filter(status_list=status_list, status_index=index).exists():
            continue
        try:
            with transaction.atomic():
                return Credential.objects.create(
                    certificate=certificate,
                    key=key,
                    status_list=status_list,
                    status_index=index,
                    salt=secrets.token_hex(16),
                    issued_at=timezone.now(),
                )
        except IntegrityError:
            # Another request made this certificate's credential, or took the index.
            existing = Credential.objects.filter(certificate=certificate, key=key).first()
            if existing is not None:
                return existing
    raise RuntimeError("Could not find a free status list index.")
