"""Checks on files people upload to the editing area: a size limit, and content
that matches the file's extension (a renamed program is refused, whatever it
is called). Images are checked by Wagtail itself (format, size, pixels)."""

from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from wagtail.documents.forms import BaseDocumentForm

ZIP = (b"PK\x03\x04",)
# What each allowed kind of document starts with; text kinds are checked as text.
SIGNATURES = {
    "pdf": (b"%PDF-",),
    "docx": ZIP,
    "xlsx": ZIP,
    "pptx": ZIP,
    "odt": ZIP,
}
TEXT_KINDS = {"csv", "txt"}


def document_check(upload) -> None:
    """Raise ValidationError unless ``upload`` is small enough and is what its
    name says it is."""
    limit = settings.DOCUMENT_MAX_UPLOAD_SIZE
    if upload.size > limit:
        raise ValidationError(
            _("This file is %(size)s; the limit is %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
            code="too_large",
        )
    extension = PurePath(upload.name).suffix.lower().lstrip(".")
    upload.seek(0)
    head = upload.read(4096)
    upload.seek(0)
    if extension in TEXT_KINDS:
        try:
            head.decode("utf-8")
        except UnicodeDecodeError:
            # A multi-byte character may be cut at the 4,096th byte.
            try:
                head[:-3].decode("utf-8")
            except UnicodeDecodeError:
                raise ValidationError(_("This file is not UTF-8 text."), code="not_text") from None
        if b"\x00" in head:
            raise ValidationError(_("This file is not UTF-8 text."), code="not_text")
        return
    signatures = SIGNATURES.get(extension)
    if signatures is None or not head.startswith(signatures):
        raise ValidationError(
            _("The content of this file does not match its .%(extension)s name.")
            % {"extension": extension},
            code="wrong_type",
        )


class CheckedDocumentForm(BaseDocumentForm):
    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload is not None and "file" in self.changed_data:
            document_check(upload)
        return upload
