from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, JsonResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from people.security import reauthentication_required
from reports import services
from reports.forms import ExportForm, ReportFilterForm, ScheduleForm
from reports.models import ReportExport, ReportSchedule


def _reporter(request):
    if not services.may_report(request.user):
        raise PermissionDenied(_("Reports are for HR and managers."))
    return not request.user.has_perm(services.HR_PERMISSION)


@login_required
@require_GET
def report(request):
    team_only = _reporter(request)
    form = ReportFilterForm(request.GET if "level" in request.GET else None, team_only=team_only)
    preview = None
    if form.is_bound and form.is_valid():
        preview = services.report_preview(user=request.user, filters=form.to_filters())
    recent = ReportExport.objects.filter(requested_by=request.user).order_by("-created_at")[:5]
    return render(
        request,
        "reports/report.html",
        {
            "form": form,
            "preview": preview,
            "export_form": ExportForm(),
            "recent": recent,
            "team_only": team_only,
            "query": request.GET.urlencode(),
        },
        status=400 if form.is_bound and not form.is_valid() else 200,
    )


@login_required
@require_POST
@reauthentication_required
def export(request):
    team_only = _reporter(request)
    form = ReportFilterForm(request.POST, team_only=team_only)
    export_form = ExportForm(request.POST)
    if not (form.is_valid() and export_form.is_valid()):
        messages.error(request, _("Check the filters and the format."))
        return render(
            request,
            "reports/report.html",
            {"form": form, "export_form": export_form, "team_only": team_only, "recent": []},
            status=400,
        )
    decision = services.report_export(
        user=request.user, filters=form.to_filters(), fmt=export_form.cleaned_data["format"]
    )
    if decision.export is not None:
        return redirect("reports:export", key=decision.export.key)
    if hasattr(decision.stream, "read"):
        return FileResponse(
            decision.stream,
            as_attachment=True,
            filename=decision.filename,
            content_type=decision.content_type,
        )
    response = StreamingHttpResponse(decision.stream, content_type=decision.content_type)
    response["Content-Disposition"] = f'attachment; filename="{decision.filename}"'
    return response


def _export_or_404(request, key) -> ReportExport:
    try:
        return services.export_for_download(user=request.user, key=key)
    except ReportExport.DoesNotExist as error:
        raise Http404(_("No such export.")) from error


@login_required
@require_GET
def export_page(request, key):
    item = _export_or_404(request, key)
    return render(request, "reports/export.html", {"export": item, "now": timezone.now()})


@login_required
@require_GET
def export_status(request, key):
    item = _export_or_404(request, key)
    return JsonResponse(
        {
            "status": item.status,
            "percent": item.percent,
            "rows_written": item.rows_written,
            "rows_expected": item.rows_expected,
            "download": reverse("reports:download", args=[item.key])
            if item.status == ReportExport.Status.READY
            else None,
        }
    )


@login_required
@require_GET
def download(request, key):
    item = _export_or_404(request, key)
    if (
        item.status != ReportExport.Status.READY
        or not item.file
        or (item.expires_at and item.expires_at < timezone.now())
    ):
        raise Http404(_("This export is not ready, or has expired."))
    services.export_downloaded(user=request.user, export=item)
    extension = "xlsx" if item.format == "xlsx" else "csv"
    return FileResponse(
        item.file.open("rb"),
        as_attachment=True,
        filename=f"completion-{item.created_at:%Y-%m-%d-%H%M}.{extension}",
        content_type=services.CONTENT_TYPES[item.format],
    )


@login_required
@require_http_methods(["GET", "POST"])
@reauthentication_required
def schedules(request):
    if not request.user.has_perm(services.HR_PERMISSION):
        raise PermissionDenied(_("Only HR reporters schedule reports."))
    posted = request.POST if request.method == "POST" else None
    filter_form = ReportFilterForm(posted)
    form = ScheduleForm(posted)
    if request.method == "POST" and form.is_valid() and filter_form.is_valid():
        try:
            services.schedule_create(
                owner=request.user,
                name=form.cleaned_data["name"],
                frequency=form.cleaned_data["frequency"],
                fmt=form.cleaned_data["format"],
                filters=filter_form.to_filters(),
                recipients=form.cleaned_data["recipients"],
            )
        except ValidationError as error:
            for field, problems in error.message_dict.items():
                form.add_error(field if field in form.fields else None, problems)
        else:
            messages.success(request, _("The report is scheduled."))
            return redirect("reports:schedules")
    return render(
        request,
        "reports/schedules.html",
        {
            "form": form,
            "filter_form": filter_form,
            "schedules": ReportSchedule.objects.filter(owner=request.user).prefetch_related(
                "recipients"
            ),
        },
    )


@login_required
@require_POST
def schedule_delete(request, schedule_id: int):
    schedule = get_object_or_404(ReportSchedule, pk=schedule_id)
    services.schedule_delete(user=request.user, schedule=schedule)
    messages.success(request, _("The schedule is deleted."))
    return redirect("reports:schedules")
