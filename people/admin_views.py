"""The editing area's access log of individual data, for superusers (erasure is
in privacy/admin_views.py)."""

from django.contrib.auth import get_user_model
from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from core.access import admin_only, is_superuser
from people import selectors


@admin_only(is_superuser)
@require_http_methods(["GET"])
def access_log(request):
    """Who viewed whose individual data, downloads and erasures; read-only."""
    query = (request.GET.get("person") or "").strip()
    person = None
    if query:
        person = (
            get_user_model().objects.filter(pk=int(query)).first()
            if query.isdigit()
            else selectors.person_find(email=query) or selectors.person_find(employee_id=query)
        )
    entries = selectors.access_log_list(person=person) if (person or not query) else []
    page = Paginator(entries, 50).get_page(request.GET.get("page"))
    return TemplateResponse(
        request,
        "people/admin/access_log.html",
        {
            "page": page,
            "query": query,
            "person": person,
            "page_title": _("Access log"),
        },
    )
