"""The credential of a certificate (JSON and badge image) for its holder, and,
for anyone, the issuer's profile, the status lists and the check page."""

import json
from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import formats
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from core.validation import is_storable
from credentials import badges, contexts, selectors, services, verification
from credentials.forms import CredentialCheckForm
from credentials.models import StatusList
from credentials.ratelimit import check_allowed

#: The VC Data Model 2.0's registered media type for a credential.
VC_MEDIA_TYPE = "application/vc"
#: Status lists are read by verifiers at each check; a revocation shows within this.
STATUS_LIST_MAX_AGE = 60


def _needs_contexts(view):
    """Answer 503 with a plain message when the JSON-LD contexts are not installed."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if contexts.missing() is not None:
            return render(request, "credentials/unavailable.html", status=503)
        return view(request, *args, **kwargs)

    return wrapped


def _json(document: dict, content_type: str, *, filename: str | None = None) -> HttpResponse:
    response = HttpResponse(
        json.dumps(document, ensure_ascii=False, indent=2), content_type=content_type
    )
    if filename:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _own_credential(request, code: str):
    """The credential of the caller's own certificate; refused for anyone
    else's, for none, and once revoked, as the PDF certificate is."""
    certificate = selectors.certificate_for_code(code) if is_storable(code) else None
    if certificate is None or certificate.user_id != request.user.pk:
        raise Http404(_("No such certificate."))
    if not certificate.is_valid:
        raise PermissionDenied(_("This certificate has been revoked."))
    return services.credential_issue(certificate=certificate)


@login_required
@require_GET
@_needs_contexts
def credential_json(request, code: str):
    credential = _own_credential(request, code)
    document = selectors.credential_document(credential=credential)
    return _json(document, VC_MEDIA_TYPE, filename=f"credential-{credential.certificate.code}.json")


@login_required
@require_GET
@_needs_contexts
def credential_badge(request, code: str):
    credential = _own_credential(request, code)
    document = selectors.credential_document(credential=credential)
    certificate = credential.certificate
    png = badges.badge_png(
        credential_json=json.dumps(document, ensure_ascii=False),
        course_title=document["credentialSubject"]["achievement"]["name"],
        issued_on=formats.date_format(certificate.issued_at, "DATE_FORMAT"),
    )
    response = HttpResponse(png, content_type="image/png")
    response["Content-Disposition"] = f'attachment; filename="badge-{certificate.code}.png"'
    return response


@require_GET
def issuer(request):
    """Public: who issues the credentials, as an Open Badges Profile."""
    response = _json(selectors.issuer_document(), "application/ld+json")
    response["Cache-Control"] = "public, max-age=3600"
    return response


@require_GET
@_needs_contexts
def status_list(request, list_id: int):
    """Public: a revocation list as a signed BitstringStatusListCredential."""
    found = get_object_or_404(StatusList, pk=list_id)
    try:
        document = selectors.status_list_document(status_list=found)
    except selectors.KeyWithdrawn:
        # Its key was withdrawn (docs/credentials.md): its credentials are
        # downloaded again, under the current key.
        return HttpResponse(
            _("This status list is no longer published."), status=410, content_type="text/plain"
        )
    response = _json(document, VC_MEDIA_TYPE)
    response["Cache-Control"] = f"public, max-age={STATUS_LIST_MAX_AGE}"
    return response


@require_http_methods(["GET", "POST"])
@_needs_contexts
def check(request):
    """Public: anyone checks a credential's JSON or badge. Nothing is stored."""
    if request.method == "GET":
        form = CredentialCheckForm()
        return render(request, "credentials/check.html", {"form": form})
    if not check_allowed(request):
        return render(
            request,
            "credentials/check.html",
            {"form": CredentialCheckForm(), "limited": True},
            status=429,
        )
    form = CredentialCheckForm(request.POST, request.FILES)
    if not form.is_valid():
        return render(request, "credentials/check.html", {"form": form}, status=400)
    try:
        result = verification.check(form.cleaned_data["document"])
    except verification.Unreadable as error:
        form.add_error(None, str(error))
        return render(request, "credentials/check.html", {"form": form}, status=400)
    return render(
        request,
        "credentials/check.html",
        {"form": CredentialCheckForm(), "result": result},
    )
