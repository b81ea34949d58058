from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_http_methods, require_POST
from django.views.i18n import set_language

from people import services
from people.forms import ProfileNameForm


@csrf_exempt
@require_POST
def language(request):
    """The language switcher: Django's set_language (the cookie), plus the
    profile for a signed-in person, so e-mails follow too.

    A visitor's switch needs no CSRF token (it changes nothing but their own
    cookie, and pages for visitors are cached, so they carry none); a signed-in
    person's switch changes their profile and is CSRF-protected."""
    if request.user.is_authenticated:
        return _language_signed_in(request)
    return _language(request)


def _language(request):
    code = request.POST.get("language", "")
    try:
        services.language_set(request=request, language=code)
    except ValueError:
        return HttpResponseBadRequest(_("Unknown language."))
    return set_language(request)


_language_signed_in = csrf_protect(_language)


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def profile_name(request):
    """The signed-in person's own name; there is no way to name anyone else."""
    user = request.user
    initial = {"first_name": user.first_name, "last_name": user.last_name}
    form = ProfileNameForm(request.POST if request.method == "POST" else None, initial=initial)
    if request.method == "POST" and form.is_valid():
        services.user_name_set(
            user=user,
            first_name=form.cleaned_data["first_name"],
            last_name=form.cleaned_data["last_name"],
        )
        messages.success(request, _("Your name is saved."))
        return redirect("/")
    return render(request, "people/profile_name.html", {"form": form})
