"""The editing area's screen for SCIM tokens (superusers only, through
directory/wagtail_hooks.py): make one with a name and scopes, see it once,
revoke it. Making one asks for a recent sign-in."""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from directory import services
from directory.models import ScimToken
from people.security import reauthentication_required


class ScimTokenForm(forms.Form):
    name = forms.CharField(label=gettext_lazy("Directory"), max_length=120)
    scopes = forms.MultipleChoiceField(
        label=gettext_lazy("May"),
        choices=ScimToken.Scope.choices,
        initial=ScimToken.Scope.values,
        widget=forms.CheckboxSelectMultiple,
    )


@reauthentication_required
def scim_tokens(request):
    # A function view, not a listing: the page also makes tokens (POST, after a
    # recent sign-in) and shows the new secret once, in the answer to that POST.
    form = ScimTokenForm(request.POST if request.method == "POST" else None)
    secret = None
    if request.method == "POST" and form.is_valid():
        try:
            _token, secret = services.scim_token_create(
                name=form.cleaned_data["name"],
                scopes=form.cleaned_data["scopes"],
                created_by=request.user,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            form = ScimTokenForm()
    return TemplateResponse(
        request,
        "directory/admin/scim_tokens.html",
        {
            "form": form,
            "secret": secret,
            "tokens": ScimToken.objects.select_related("created_by"),
            "scope_labels": dict(ScimToken.Scope.choices),
            "base_url": request.build_absolute_uri("/scim/v2"),
            "page_title": _("SCIM tokens"),
            "revoke_url_name": "directory_scim_tokens:revoke",
        },
    )


@require_POST
def scim_token_revoke(request, token_id: int):
    services.scim_token_revoke(token=get_object_or_404(ScimToken, pk=token_id))
    messages.success(
        request, _("The token is revoked; the directory's requests with it are refused.")
    )
    return redirect("directory_scim_tokens:index")
