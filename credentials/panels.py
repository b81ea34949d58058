"""The credential's part of the public certificate page (courses registers it)."""

from django.template.loader import render_to_string

from credentials import contexts


def credential_panel(*, request, certificate) -> str:
    return render_to_string(
        "credentials/certificate_panel.html",
        {
            "certificate": certificate,
            "own": request.user.is_authenticated and certificate.user_id == request.user.pk,
            "available": contexts.missing() is None,
        },
        request=request,
    )
