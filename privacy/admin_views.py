"""Screens of the editing area for superusers: erasing a person's data."""

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from core.access import admin_only, is_superuser
from people import selectors
from people.models import AccessLog
from people.security import reauthentication_required
from privacy import services


class FindPersonForm(forms.Form):
    email = forms.EmailField(label=gettext_lazy("E-mail address"), required=False)
    employee_id = forms.CharField(label=gettext_lazy("Or employee id"), required=False)

    def clean(self):
        data = super().clean()
        if not data.get("email") and not (data.get("employee_id") or "").strip():
            raise ValidationError(_("Give the person's e-mail address or employee id."))
        return data


@admin_only(is_superuser)
@require_http_methods(["GET"])
def erase_find(request):
    """Find the person to erase by e-mail address or employee id."""
    form = FindPersonForm(request.GET if request.GET else None)
    if form.is_bound and form.is_valid():
        person = selectors.person_find(
            email=form.cleaned_data["email"] or "",
            employee_id=form.cleaned_data["employee_id"] or "",
        )
        if person is not None:
            return redirect("people_erase", user_id=person.pk)
        form.add_error(None, _("Nobody has this e-mail address or employee id."))
    return TemplateResponse(
        request,
        "privacy/admin/erase_find.html",
        {"form": form, "page_title": _("Erase a person's data")},
    )


@admin_only(is_superuser)
@require_http_methods(["GET", "POST"])
@reauthentication_required
def erase(request, user_id: int):
    """What an erasure of this person does, and (POST) doing it."""
    person = get_object_or_404(get_user_model().objects.select_related("profile"), pk=user_id)
    refusal = None
    try:
        services.erasure_check(actor=request.user, user=person)
    except (ValidationError, PermissionDenied) as error:
        refusal = " ".join(getattr(error, "messages", [str(error)]))
    if request.method == "POST":
        if refusal:
            messages.error(request, refusal)
            return redirect("people_erase", user_id=person.pk)
        services.person_erase(
            actor=request.user,
            user=person,
            place=AccessLog.Place.ERASURE_SCREEN,
            path=request.path,
        )
        messages.success(
            request,
            _("The data of person %(id)s is erased. The account is anonymised and cannot sign in.")
            % {"id": person.pk},
        )
        return redirect("people_erase", user_id=person.pk)
    return TemplateResponse(
        request,
        "privacy/admin/erase_confirm.html",
        {
            "person": person,
            "refusal": refusal,
            "removes": services.ERASURE_REMOVES,
            "keeps": services.ERASURE_KEEPS,
            "page_title": _("Erase a person's data"),
        },
    )
