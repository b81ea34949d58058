"""The privacy notice, and a person's download of their own data."""

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from people.security import reauthentication_required
from privacy import retention, services
from skills.selectors import MIN_GROUP


@require_GET
def privacy_notice(request):
    """The privacy page, in plain words: what, why, who sees it, how long, your rights."""
    return render(
        request,
        "privacy/notice.html",
        {
            "min_group": MIN_GROUP,
            "retention": [
                {"kind": kind, "days": retention.retention_days(kind.key)}
                for kind in retention.KINDS
            ],
            "report_file_hours": settings.REPORT_FILE_HOURS,
        },
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
@reauthentication_required
def my_data(request):
    """Download my data: what the file holds, and (POST) the file. Only ever the
    signed-in person's own data; there is no way to name anyone else."""
    if request.method == "POST":
        download = services.personal_data_download(user=request.user, path=request.path)
        response = HttpResponse(download.content, content_type="application/json; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{download.filename}"'
        return response
    data = services.personal_data_export(user=request.user)
    return render(
        request, "privacy/my_data.html", {"summary": services.personal_data_summary(data)}
    )
