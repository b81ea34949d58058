from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminModelForm


class QuestionForm(WagtailAdminModelForm):
    """The question bank's editing form: options must make sense for the kind."""

    def clean(self):
        cleaned = super().clean()
        kind = cleaned.get("kind")
        formset = self.formsets.get("options")
        if not kind or formset is None or not formset.is_valid():
            return cleaned
        options = [
            form.cleaned_data
            for form in formset.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE")
        ]
        correct = sum(1 for option in options if option.get("is_correct"))
        count = len(options)

        def refuse(message):
            raise ValidationError(message)

        if kind in ("single_choice", "true_false"):
            if count < 2 or correct != 1:
                refuse(_("Give at least two options and tick exactly one as correct."))
        elif kind == "multiple_select":
            if count < 3 or correct < 1:
                refuse(_("Give at least three options and tick at least one as correct."))
        elif kind == "short_answer":
            if count < 1:
                refuse(_("Give at least one accepted answer as an option."))
        elif kind == "ordering":
            if count < 2:
                refuse(_("Give at least two steps, in the right order."))
        elif kind == "scenario":
            if count < 2:
                refuse(_("Give at least two responses, each with its credit."))
            if not any(float(option.get("credit") or 0) == 1 for option in options):
                refuse(_("Give the best response a credit of 1."))
            if not cleaned.get("context", "").strip():
                self.add_error("context", _("A scenario needs its customer message or draft."))
        elif kind == "likert" and count:
            refuse(_("A self-rating has no options: the 1-5 agree scale is added for you."))
        if kind != "scenario" and cleaned.get("scenario_mode"):
            self.add_error("scenario_mode", _("Only scenario questions have a mode."))
        if kind == "scenario" and not cleaned.get("scenario_mode"):
            self.add_error("scenario_mode", _("Choose whether learners pick or rank responses."))
        return cleaned
