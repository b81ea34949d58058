from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from core.i18n import originals_only
from courses.models import CoursePage
from people.models import Department, Team
from reports.models import Format, Level, ReportSchedule
from reports.queries import STATUS_LABELS, ReportFilters

STATUS_CHOICES = list(STATUS_LABELS.items())


class DateInput(forms.DateInput):
    input_type = "date"


class ReportFilterForm(forms.Form):
    level = forms.ChoiceField(label=_("Rows"), choices=Level.choices, initial=Level.COURSE)
    departments = forms.ModelMultipleChoiceField(
        label=_("Departments"),
        queryset=Department.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    teams = forms.ModelMultipleChoiceField(
        label=_("Teams"),
        queryset=Team.objects.select_related("department"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    manager = forms.ModelChoiceField(
        label=_("Manager"),
        queryset=get_user_model().objects.filter(direct_report_profiles__isnull=False).distinct(),
        required=False,
        empty_label=_("Any manager"),
    )
    courses = forms.ModelMultipleChoiceField(
        label=_("Courses"),
        queryset=CoursePage.objects.filter(originals_only()).order_by("title"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    statuses = forms.MultipleChoiceField(
        label=_("Status"),
        choices=STATUS_CHOICES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    source = forms.ChoiceField(
        label=_("How they came to it"),
        choices=[
            ("", _("Assigned or self-enrolled")),
            ("assigned", _("Assigned")),
            ("self", _("Self-enrolled")),
        ],
        required=False,
    )
    assigned_from = forms.DateField(label=_("Assigned from"), required=False, widget=DateInput)
    assigned_to = forms.DateField(label=_("Assigned until"), required=False, widget=DateInput)
    due_from = forms.DateField(label=_("Due from"), required=False, widget=DateInput)
    due_to = forms.DateField(label=_("Due until"), required=False, widget=DateInput)
    completed_from = forms.DateField(label=_("Completed from"), required=False, widget=DateInput)
    completed_to = forms.DateField(label=_("Completed until"), required=False, widget=DateInput)

    def __init__(self, *args, team_only: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if team_only:
            # A manager's report is their own team's; the organisation's filters go.
            for name in ("departments", "teams", "manager"):
                del self.fields[name]

    def clean(self):
        cleaned = super().clean()
        for start, end in (
            ("assigned_from", "assigned_to"),
            ("due_from", "due_to"),
            ("completed_from", "completed_to"),
        ):
            if cleaned.get(start) and cleaned.get(end) and cleaned[start] > cleaned[end]:
                self.add_error(end, _("The end of the range is before its start."))
        return cleaned

    def to_filters(self) -> ReportFilters:
        data = self.cleaned_data
        return ReportFilters(
            level=data.get("level") or "course",
            department_ids=[d.pk for d in data.get("departments") or []],
            team_ids=[t.pk for t in data.get("teams") or []],
            manager_id=data["manager"].pk if data.get("manager") else None,
            course_ids=[c.pk for c in data.get("courses") or []],
            statuses=list(data.get("statuses") or []),
            source=data.get("source") or "",
            assigned_from=data.get("assigned_from"),
            assigned_to=data.get("assigned_to"),
            due_from=data.get("due_from"),
            due_to=data.get("due_to"),
            completed_from=data.get("completed_from"),
            completed_to=data.get("completed_to"),
        )


class ExportForm(forms.Form):
    format = forms.ChoiceField(label=_("Format"), choices=Format.choices, initial=Format.CSV)


class ScheduleForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=150)
    frequency = forms.ChoiceField(label=_("How often"), choices=ReportSchedule.Frequency.choices)
    format = forms.ChoiceField(label=_("Format"), choices=Format.choices, initial=Format.XLSX)
    recipients = forms.ModelMultipleChoiceField(
        label=_("Recipients"),
        queryset=get_user_model().objects.filter(is_active=True).order_by("email"),
        widget=forms.SelectMultiple(attrs={"size": 6}),
        help_text=_(
            "HR reporters only. Each gets a link to sign in and download, never the data itself."
        ),
    )
