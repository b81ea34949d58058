"""The editing area's form for a package: the fields, and the archive upload,
checked before anything is stored."""

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.forms import WagtailAdminModelForm

from packages import services
from packages.errors import PackageInvalid
from packages.models import ScormPackage


class PackageForm(WagtailAdminModelForm):
    archive_upload = forms.FileField(
        label=gettext_lazy("Package file"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ".zip,.h5p"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["archive_upload"]
        kind = _("a SCORM zip") if isinstance(self.instance, ScormPackage) else _("an .h5p file")
        limit = filesizeformat(settings.PACKAGE_MAX_UPLOAD_BYTES)
        if self.instance.pk is None:
            field.required = True
            field.help_text = _("Upload %(kind)s (at most %(limit)s).") % {
                "kind": kind,
                "limit": limit,
            }
        else:
            field.help_text = _(
                "Upload %(kind)s to replace this version (at most %(limit)s). "
                "Learners keep their progress."
            ) % {"kind": kind, "limit": limit}
        self.fields["title"].required = False
        self.fields["title"].help_text = _("Leave empty to use the title the package gives itself.")

    def clean_archive_upload(self):
        upload = self.cleaned_data.get("archive_upload")
        if not upload:
            return None
        try:
            services.package_check(package=self.instance, upload=upload)
        except PackageInvalid as error:
            raise forms.ValidationError(error.message, code="invalid_package") from None
        return upload

    def save(self, commit=True):
        package = super().save(commit=False)
        if not commit:
            return package
        try:
            return services.package_save(
                package=package, upload=self.cleaned_data.get("archive_upload"), user=self.for_user
            )
        except PackageInvalid as error:
            # Checked in clean(); a file that changed in between is refused here.
            raise forms.ValidationError(error.message) from None
