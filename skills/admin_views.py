"""Screens of the editing area for L&D: rules in shadow, approvals, contests, the
signal upload, and (for superusers) integration tokens.

The viewsets in skills/wagtail_hooks.py give these views their URLs and menu
items and check, for every URL, who may use them (core.access.admin_only)."""

import django_filters
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column

from core.i18n import localized
from core.listings import DateTimeColumn, SafeReportView
from people.models import AccessLog
from people.security import reauthentication_required
from people.services import access_log_record
from skills import selectors, services
from skills.explanations import assignment_explanations
from skills.models import ApiToken, ApprovalBatch, AssignmentRule, Contest, Signal

# --- listings ----------------------------------------------------------------------------


class RuleVersionColumn(Column):
    cell_template_name = "skills/admin/cells/batch_rule.html"


class BatchDecisionColumn(Column):
    """The approve and reject buttons: a form, so the cell needs the CSRF token
    (a table cell is rendered without the request's context processors)."""

    cell_template_name = "skills/admin/cells/batch_decision.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["csrf_token"] = get_token(parent_context["request"])
        return context


class ApprovalFilterSet(WagtailFilterSet):
    rule = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Rule"),
        queryset=lambda request: selectors.rules_with_pending_batches(),
    )
    created_at = django_filters.DateFromToRangeFilter(
        label=gettext_lazy("Since"), widget=DateRangePickerWidget
    )

    class Meta:
        model = ApprovalBatch
        fields = ["rule", "created_at"]


class ApprovalListView(SafeReportView):
    """Batches of assignments waiting for L&D's approval, with their decision
    buttons; the export holds the rule, its version, the size and the date,
    nobody's name."""

    page_title = gettext_lazy("Assignments waiting for approval")
    header_icon = "tasks"
    filterset_class = ApprovalFilterSet
    results_template_name = "skills/admin/approvals_results.html"
    verbose_name_plural = gettext_lazy("approval batches")
    columns = [
        RuleVersionColumn("rule", label=gettext_lazy("Rule")),
        Column("size", label=gettext_lazy("Learners")),
        DateTimeColumn("created_at", label=gettext_lazy("Since")),
        BatchDecisionColumn("decision", label=gettext_lazy("Decision")),
    ]
    list_export = ["rule.name", "rule_version", "size", "created_at"]
    export_headings = {
        "rule.name": gettext_lazy("Rule"),
        "rule_version": gettext_lazy("Version"),
        "size": gettext_lazy("Learners"),
        "created_at": gettext_lazy("Since"),
    }
    export_filename = "assignments-waiting-for-approval"

    def get_queryset(self):
        return selectors.batches_pending()


class ContestFilterSet(WagtailFilterSet):
    course = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Course"),
        field_name="assignment__course",
        queryset=lambda request: selectors.courses_with_pending_contests(),
    )
    created_at = django_filters.DateFromToRangeFilter(
        label=gettext_lazy("Contested"), widget=DateRangePickerWidget
    )

    class Meta:
        model = Contest
        fields = ["course", "created_at"]


class ContestListView(SafeReportView):
    """Contests waiting for L&D, each with the evidence its assignment was
    based on, in the reviewer's language. Showing that evidence is recorded in
    the access log, for the contests of the page shown. No export: the evidence
    is individual signal data, which leaves the site only in its owner's
    personal-data download."""

    page_title = gettext_lazy("Contested assignments")
    header_icon = "warning"
    filterset_class = ContestFilterSet
    results_template_name = "skills/admin/contests_results.html"
    verbose_name_plural = gettext_lazy("contests")
    list_export = []
    paginate_by = 20

    def get_queryset(self):
        return selectors.contests_pending()

    def decorate_paginated_queryset(self, object_list):
        pending = list(object_list)
        explanations = assignment_explanations([contest.assignment for contest in pending])
        shown: dict[int, int] = {}
        for contest in pending:
            contest.explanation = explanations[contest.assignment_id]
            if contest.explanation.evidence:
                shown[contest.user_id] = shown.get(contest.user_id, 0) + 1
        access_log_record(
            actor=self.request.user,
            action=AccessLog.Action.VIEWED_SIGNALS,
            place=AccessLog.Place.CONTESTS,
            subjects=shown,
            path=self.request.path,
        )
        return pending


# --- rules, decisions, upload, tokens ----------------------------------------------------


def _errors(error: ValidationError) -> str:
    return " ".join(error.messages)


def rule_detail(request, rule_id: int):
    rule = get_object_or_404(AssignmentRule.objects.select_related("skill"), pk=rule_id)
    # Aggregates only, over at least MIN_GROUP learners: no one's signals are
    # shown, so there is nothing to record in the access log.
    return TemplateResponse(
        request,
        "skills/admin/rule_detail.html",
        {
            "rule": rule,
            # The skill in the author's language, as the editing area reads.
            "skill_name": localized(rule.skill).name,
            "overview": selectors.rule_overview(rule=rule),
            "min_group": selectors.MIN_GROUP,
            "page_title": _("Rule: %(name)s") % {"name": rule.name},
        },
    )


@require_POST
def rule_mode(request, rule_id: int):
    rule = get_object_or_404(AssignmentRule, pk=rule_id)
    mode = request.POST.get("mode", "")
    try:
        services.rule_set_mode(rule=rule, mode=mode, actor=request.user)
    except ValidationError as error:
        messages.error(request, _errors(error))
    else:
        messages.success(
            request,
            {
                "active": _("The rule is active: it is being run over everyone it covers."),
                "shadow": _(
                    "The rule is in shadow mode: it shows whom it would assign, and assigns no one."
                ),
                "off": _("The rule is off."),
            }[mode],
        )
    return redirect("skills_rules:detail", rule_id=rule.pk)


@require_POST
def approval_decide(request, batch_id: int):
    batch = get_object_or_404(ApprovalBatch, pk=batch_id)
    decision = request.POST.get("decision")
    if decision not in ("approve", "reject"):
        messages.error(request, _("Choose to approve or to reject the batch."))
        return redirect("skills_approvals:index")
    approve = decision == "approve"
    try:
        services.batch_decide(batch=batch, approve=approve, actor=request.user)
    except ValidationError as error:
        messages.error(request, _errors(error))
    else:
        messages.success(
            request,
            _("Approved: the assignments are being made.")
            if approve
            else _("Rejected: nobody is assigned."),
        )
    return redirect("skills_approvals:index")


@require_POST
def contest_decide(request, contest_id: int):
    contest = get_object_or_404(Contest, pk=contest_id)
    decision = request.POST.get("decision")
    if decision not in ("uphold", "reject"):
        messages.error(request, _("Choose to uphold the contest or not."))
        return redirect("skills_contests:index")
    try:
        services.contest_decide(
            contest=contest,
            uphold=decision == "uphold",
            note=request.POST.get("note", ""),
            actor=request.user,
        )
    except (ValidationError, PermissionDenied) as error:
        messages.error(
            request, _errors(error) if isinstance(error, ValidationError) else str(error)
        )
    else:
        messages.success(request, _("Decided. The learner sees your reply on their assignment."))
    return redirect("skills_contests:index")


class UploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("CSV file"),
        help_text=gettext_lazy(
            "Columns: external_id, employee_id or email, skill, value, scale_min, scale_max, "
            "source (qa_soft_skills, manager, self_assessment or assessment), observed_at, note."
        ),
    )


def upload_signals(request):
    # A post with nothing in it is still a post: the form says what is missing.
    posted = request.method == "POST"
    form = UploadForm(request.POST if posted else None, request.FILES if posted else None)
    result = None
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        if upload.size > 10 * 1024 * 1024:
            form.add_error("file", _("The file is larger than 10 MB."))
        else:
            try:
                result = services.signals_import_csv(data=upload.read())
            except ValidationError as error:
                form.add_error("file", _errors(error))
            else:
                access_log_record(
                    actor=request.user,
                    action=AccessLog.Action.UPLOADED_SIGNALS,
                    place=AccessLog.Place.SIGNAL_UPLOAD,
                    subjects=dict.fromkeys(result.user_ids),
                    path=request.path,
                )
    return TemplateResponse(
        request,
        "skills/admin/upload.html",
        {"form": form, "result": result, "page_title": _("Upload skill signals")},
    )


class TokenForm(forms.Form):
    name = forms.CharField(label=gettext_lazy("Integration"), max_length=120)
    sources = forms.MultipleChoiceField(
        label=gettext_lazy("May send"),
        choices=Signal.Source.choices,
        widget=forms.CheckboxSelectMultiple,
    )


@reauthentication_required
def tokens(request):
    # A function view, not a listing: the page also makes tokens (POST, after a
    # recent sign-in) and shows the new secret once, in the answer to that POST.
    form = TokenForm(request.POST if request.method == "POST" else None)
    secret = None
    if request.method == "POST" and form.is_valid():
        try:
            _token, secret = services.api_token_create(
                name=form.cleaned_data["name"],
                sources=form.cleaned_data["sources"],
                created_by=request.user,
            )
        except ValidationError as error:
            form.add_error(None, _errors(error))
        else:
            form = TokenForm()
    return TemplateResponse(
        request,
        "skills/admin/tokens.html",
        {
            "form": form,
            "secret": secret,
            "tokens": ApiToken.objects.select_related("created_by"),
            "page_title": _("API tokens"),
            "revoke_url_name": "skills_tokens:revoke",
        },
    )


@require_POST
def token_revoke(request, token_id: int):
    services.api_token_revoke(token=get_object_or_404(ApiToken, pk=token_id))
    messages.success(request, _("The token is revoked; requests with it are refused."))
    return redirect("skills_tokens:index")
