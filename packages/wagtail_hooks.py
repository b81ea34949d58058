from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from packages.forms import PackageForm
from packages.models import H5pActivity, ScormPackage

PANELS = [
    FieldPanel("archive_upload"),
    FieldPanel("title"),
    FieldPanel("pass_mark"),
    FieldPanel("skills", widget=forms.CheckboxSelectMultiple),
]


class ScormPackageViewSet(SnippetViewSet):
    model = ScormPackage
    icon = "folder-open-inverse"
    menu_label = _("SCORM packages")
    list_display = ["title", "version", "file_count", "original_name", "created_at"]
    list_filter = ["version"]
    search_fields = ["title"]
    ordering = ["title"]

    edit_handler = ObjectList(PANELS, base_form_class=PackageForm)


class H5pActivityViewSet(SnippetViewSet):
    model = H5pActivity
    icon = "pick"
    menu_label = _("H5P activities")
    list_display = ["title", "file_count", "original_name", "created_at"]
    search_fields = ["title"]
    ordering = ["title"]

    edit_handler = ObjectList(PANELS, base_form_class=PackageForm)


class PackagesGroup(SnippetViewSetGroup):
    items = (ScormPackageViewSet, H5pActivityViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Content packages")
    menu_name = "content_packages"


register_snippet(PackagesGroup)
