from django.http import HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from core import csp, health


@never_cache
@require_GET
def healthz(request):
    """200 when the database and the broker both answer, 503 otherwise."""
    checks = {
        "database": health.database_ok(),
        "broker": health.broker_ok(),
    }
    healthy = all(checks.values())
    return JsonResponse(
        {
            "status": "ok" if healthy else "unavailable",
            **{name: ("ok" if up else "unavailable") for name, up in checks.items()},
        },
        status=200 if healthy else 503,
    )


def bench_reference(request):
    """The benchmark's reference: a Django view through the whole middleware
    stack that touches no database. Routed only with BENCH_REFERENCE_VIEW on."""
    return HttpResponse(b"ok", content_type="text/plain")


@csrf_exempt  # browsers send reports without a token, and no session is involved
@require_POST
def csp_report(request):
    """Browsers report here what the Content Security Policy refused (core/csp.py)."""
    if len(request.body) <= csp.MAX_BODY:
        csp.reports_record(request.body)
    return HttpResponse(status=204)
