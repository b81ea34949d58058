from django import forms
from django.conf import settings as django_settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from courses import services as course_services
from courses.models import Assignment
from people.models import AccessLog, Profile
from people.services import access_log_record
from skills import selectors, services
from skills.estimates import LEVEL_FLOORS, SOURCE_WEIGHTS
from skills.models import EngineSettings, Signal


@login_required
@require_GET
def why(request, assignment_id: int):
    """ "Why was this assigned to me?": for the learner it was assigned to, only."""
    view = selectors.assignment_why(user=request.user, assignment_id=assignment_id)
    if view is None:
        raise Http404(_("No such assignment."))
    evidence = (view.assignment.basis or {}).get("evidence") or []
    if evidence or view.assignment.evidence_text:
        access_log_record(
            actor=request.user,
            action=AccessLog.Action.VIEWED_SIGNALS,
            place=AccessLog.Place.WHY_ASSIGNED,
            subjects={request.user.pk: len(evidence) or None},
            path=request.path,
        )
    return render(request, "skills/why.html", {"view": view, "assignment": view.assignment})


@login_required
@require_POST
def snooze(request, assignment_id: int):
    try:
        course_services.assignment_snooze(user=request.user, assignment_id=assignment_id)
    except Assignment.DoesNotExist as error:
        raise Http404(_("No such assignment.")) from error
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Snoozed for a week. The due date moved with it."))
    return redirect("skills:why", assignment_id=assignment_id)


@login_required
@require_POST
def contest(request, assignment_id: int):
    try:
        services.contest_create(
            user=request.user, assignment_id=assignment_id, comment=request.POST.get("comment", "")
        )
    except Assignment.DoesNotExist as error:
        raise Http404(_("No such assignment.")) from error
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("Your contest is with the L&D team. Their decision will appear on this page."),
        )
    return redirect("skills:why", assignment_id=assignment_id)


@login_required
@require_GET
def my_skills(request):
    rows, signals = selectors.learner_skills(user=request.user)
    if signals:
        access_log_record(
            actor=request.user,
            action=AccessLog.Action.VIEWED_SIGNALS,
            place=AccessLog.Place.MY_SKILLS,
            subjects={request.user.pk: len(signals)},
            path=request.path,
        )
    settings = EngineSettings.load(request_or_site=request)
    return render(
        request,
        "skills/my_skills.html",
        {
            "rows": rows,
            "signals": signals,
            "half_life": settings.evidence_half_life_days,
            "source_weights": [
                (Signal.Source(source).label, weight) for source, weight in SOURCE_WEIGHTS.items()
            ],
            "level_floors": LEVEL_FLOORS,
            "retention_days": django_settings.RETENTION_DAYS["wellbeing_signals"],
        },
    )


@login_required
@require_GET
def team(request):
    if not request.user.has_perm("people.view_own_team"):
        raise PermissionDenied(_("This page is for managers."))
    return render(
        request,
        "skills/team.html",
        {
            "team": selectors.team_for_manager(manager=request.user),
            "min_group": selectors.MIN_GROUP,
        },
    )


@require_GET
def data_access(request):
    """Who sees what: the firewall between coaching and surveillance, in a table."""
    return render(request, "skills/data_access.html", {"min_group": selectors.MIN_GROUP})


class PreferencesForm(forms.ModelForm):
    class Meta:
        model = Profile
        fields = ["learning_emails"]
        labels = {"learning_emails": gettext_lazy("E-mail me about my learning")}


@login_required
@require_http_methods(["GET", "POST"])
def preferences(request):
    profile = request.user.profile
    form = PreferencesForm(request.POST if request.method == "POST" else None, instance=profile)
    if request.method == "POST" and form.is_valid():
        Profile.objects.filter(pk=profile.pk).update(
            learning_emails=form.cleaned_data["learning_emails"]
        )
        messages.success(request, _("Your preference is saved."))
        return redirect("skills:preferences")
    return render(request, "skills/preferences.html", {"form": form})
