from django.db import models
from django.utils.translation import gettext_lazy as _

#: Bits in a status list: the Bitstring Status List's minimum (16 KiB), so that
#: one credential's entry is lost among many.
STATUS_LIST_SIZE = 131_072


class StatusList(models.Model):
    """A revocation list published as a BitstringStatusListCredential
    (``/credentials/status/<id>/``): bit N is set when the credential holding
    index N is revoked. A list holds the credentials of one signing key and is
    signed by it, so that its issuer is theirs (verifiers require it)."""

    #: The public multibase (``z6Mk…``) of the key its credentials are signed with.
    key = models.CharField(max_length=64)
    size = models.PositiveIntegerField(default=STATUS_LIST_SIZE)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("status list")
        verbose_name_plural = _("status lists")

    def __str__(self):
        return f"status list {self.pk}"


class Credential(models.Model):
    """A certificate issued as an Open Badges 3.0 verifiable credential under
    one signing key: where its revocation bit is, and the salt of its holder's
    hashed e-mail address. After a key rotation the certificate gets another
    row, in a list of the new key; both bits follow the certificate.

    The credential itself is signed afresh at each download from the
    certificate; nothing personal is kept here. When its certificate is
    deleted the row stays, without it, so its bit reads as revoked and its
    index is never given to another credential.
    """

    certificate = models.ForeignKey(
        "courses.Certificate",
        null=True,
        on_delete=models.SET_NULL,
        related_name="credentials",
    )
    #: The signing key's public multibase, as its status list's.
    key = models.CharField(max_length=64)
    status_list = models.ForeignKey(StatusList, on_delete=models.PROTECT, related_name="entries")
    #: Drawn at random, so an index tells nothing about when or to whom it went.
    status_index = models.PositiveIntegerField()
    salt = models.CharField(max_length=32)
    issued_at = models.DateTimeField(_("issued at"))

    class Meta:
        verbose_name = _("verifiable credential")
        verbose_name_plural = _("verifiable credentials")
        constraints = [
            models.UniqueConstraint(
                fields=["status_list", "status_index"], name="credential_unique_status_index"
            ),
            models.UniqueConstraint(fields=["certificate", "key"], name="credential_one_per_key"),
        ]

    def __str__(self):
        return f"{self.status_list_id}#{self.status_index}"
