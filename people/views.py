from django.http import HttpResponseBadRequest
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.i18n import set_language

from people import services


@require_POST
def language(request):
    """The language switcher: Django's set_language (the cookie), plus the
    profile for a signed-in person, so e-mails follow too."""
    code = request.POST.get("language", "")
    try:
        services.language_set(request=request, language=code)
    except ValueError:
        return HttpResponseBadRequest(_("Unknown language."))
    return set_language(request)
