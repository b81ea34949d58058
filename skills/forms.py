"""Forms of the skills app's editing-area screens."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from core.i18n import translations_of
from skills.models import SKILL_EVIDENCE_SOURCES


class AssignmentRuleForm(WagtailAdminModelForm):
    """A rule as authors write it. Sources are a list of kinds, none meaning all
    (never wellbeing data); a rule assigns either a course or some modules."""

    sources = forms.MultipleChoiceField(
        label=_("evidence sources"),
        choices=SKILL_EVIDENCE_SOURCES,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_(
            "Leave empty to use every kind of skill evidence. Wellbeing data is never used."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("skill")
        if field is not None:
            # Skills named in the author's language where translated: one query.
            shown = translations_of(list(field.queryset))
            field.label_from_instance = lambda skill: shown.get(skill.translation_key, skill).name

    def clean(self):
        cleaned = super().clean()
        course, modules = cleaned.get("target_course"), cleaned.get("target_modules")
        if course is None and not modules:
            self.add_error(None, _("Choose the course or the modules this rule assigns."))
        elif course is not None and modules:
            self.add_error(None, _("Choose either the course or some of its modules, not both."))
        return cleaned
