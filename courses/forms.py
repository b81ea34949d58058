from datetime import timedelta

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.i18n import originals_only, translations_of
from courses.models import CoursePage, Level, ModulePage
from people.models import Department, Team


class CatalogFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    skill = forms.ModelChoiceField(
        label=_("Skill"),
        # The taxonomy's Skill model, reached through the relation rather than an
        # import: the skills app builds on courses, not the other way round.
        queryset=CoursePage.skills.rel.model.objects.filter(originals_only(), live=True),
        to_field_name="code",
        required=False,
        empty_label=_("Any skill"),
    )
    level = forms.ChoiceField(
        label=_("Level"), choices=[("", _("Any level")), *Level.choices], required=False
    )
    duration = forms.ChoiceField(
        label=_("Length"),
        choices=[
            ("", _("Any length")),
            ("short", _("Up to 30 minutes")),
            ("medium", _("31 to 60 minutes")),
            ("long", _("More than an hour")),
        ],
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["skill"]
        shown = translations_of(list(field.queryset))
        field.label_from_instance = lambda skill: shown.get(skill.translation_key, skill).name

    def clean_q(self):
        return self.cleaned_data["q"].strip()


class ReflectionForm(forms.Form):
    text = forms.CharField(
        label=_("Your reflection"), max_length=5000, required=False, widget=forms.Textarea
    )


#: How far ahead a due date may be.
DUE_WITHIN = timedelta(days=5 * 365)


class AssignLearningForm(forms.Form):
    """L&D assigns a course, or one module of it, to people, teams or departments."""

    course = forms.ModelChoiceField(
        label=_("Course"),
        queryset=CoursePage.objects.live().filter(originals_only()).order_by("title"),
    )
    module = forms.ModelChoiceField(
        label=_("Module"),
        queryset=ModulePage.objects.live().filter(originals_only()).order_by("path"),
        required=False,
        empty_label=_("The whole course"),
        help_text=_("Optional: assign one module of the course instead of all of it."),
    )
    emails = forms.CharField(
        label=_("People"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("E-mail addresses, separated by commas, spaces or new lines."),
    )
    teams = forms.ModelMultipleChoiceField(
        label=_("Teams"),
        queryset=Team.objects.select_related("department"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    departments = forms.ModelMultipleChoiceField(
        label=_("Departments"),
        queryset=Department.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    due_at = forms.DateTimeField(
        label=_("Due"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
    )
    reason = forms.CharField(
        label=_("Why"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Shown to each learner. Write it as you would say it to them."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Modules are named with their course: "Course › Module".
        course_titles = {
            path: title for path, title in CoursePage.objects.values_list("path", "title")
        }
        steplen = ModulePage.steplen
        self.fields["module"].label_from_instance = lambda module: (
            f"{course_titles.get(module.path[:-steplen], '')} › {module.title}"
        )

    def clean_emails(self):
        raw = self.cleaned_data["emails"]
        emails = sorted({part.strip().lower() for part in raw.replace(",", " ").split() if part})
        if not emails:
            return []
        User = get_user_model()
        found = {u.email: u for u in User.objects.filter(email__in=emails, is_active=True)}
        unknown = [email for email in emails if email not in found]
        if unknown:
            raise forms.ValidationError(
                _("No active account for: %(emails)s.") % {"emails": ", ".join(unknown)}
            )
        return list(found.values())

    def clean_due_at(self):
        due_at = self.cleaned_data["due_at"]
        if due_at is not None and due_at <= timezone.now():
            raise forms.ValidationError(_("The due date must be in the future."))
        if due_at is not None and due_at > timezone.now() + DUE_WITHIN:
            # A date at the end of the calendar cannot be snoozed a week.
            raise forms.ValidationError(_("Choose a due date within the next five years."))
        return due_at

    def clean(self):
        cleaned = super().clean()
        course, module = cleaned.get("course"), cleaned.get("module")
        if course and module and module.get_parent().pk != course.pk:
            self.add_error("module", _("That module is not part of the chosen course."))
        if not (cleaned.get("emails") or cleaned.get("teams") or cleaned.get("departments")):
            if not self.errors.get("emails"):
                raise forms.ValidationError(_("Choose at least one person, team or department."))
        return cleaned

    def learners(self):
        """Everyone the form names, once each."""
        User = get_user_model()
        people = {user.pk: user for user in self.cleaned_data.get("emails") or []}
        teams = self.cleaned_data.get("teams") or []
        departments = self.cleaned_data.get("departments") or []
        if teams or departments:
            for user in User.objects.filter(is_active=True).filter(
                Q(profile__team__in=teams) | Q(profile__department__in=departments)
            ):
                people[user.pk] = user
        return list(people.values())
