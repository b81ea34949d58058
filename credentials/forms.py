from django import forms
from django.utils.translation import gettext_lazy as _

from core.validation import validate_storable
from credentials.badges import NotABadge, baked_credential
from credentials.verification import MAX_BADGE_BYTES, MAX_JSON_BYTES, Unreadable, parse_json


class CredentialCheckForm(forms.Form):
    """A credential to check: its JSON pasted, or its badge image uploaded."""

    credential = forms.CharField(
        label=_("The credential's JSON"),
        required=False,
        strip=False,
        max_length=MAX_JSON_BYTES,
        widget=forms.Textarea(attrs={"rows": 8, "spellcheck": "false"}),
        help_text=_("Paste the whole contents of the credential file (.json)."),
        validators=[validate_storable],
    )
    badge = forms.FileField(
        label=_("Or the badge image"),
        required=False,
        help_text=_("A PNG badge with the credential baked in, at most 2 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": "image/png"}),
    )

    def clean_badge(self):
        badge = self.cleaned_data.get("badge")
        if badge and badge.size > MAX_BADGE_BYTES:
            raise forms.ValidationError(_("The badge image is larger than 2 MB."), code="too_large")
        return badge

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        text = cleaned.get("credential", "")
        badge = cleaned.get("badge")
        if text.strip() and badge:
            raise forms.ValidationError(
                _("Paste the JSON or upload the badge, not both."), code="both"
            )
        if badge:
            try:
                text = baked_credential(badge.read())
            except NotABadge:
                self.add_error("badge", _("This is not a PNG badge with a credential baked in."))
                return cleaned
            field = "badge"
        elif text.strip():
            field = "credential"
        else:
            raise forms.ValidationError(
                _("Paste a credential's JSON or upload its badge image."), code="empty"
            )
        try:
            cleaned["document"] = parse_json(text)
        except Unreadable as error:
            self.add_error(field, str(error))
        return cleaned
