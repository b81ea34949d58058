from django.utils import translation

SESSION_KEY = "preferred_language"


class PreferredLanguageMiddleware:
    """A signed-in person reads the site in the language of their profile.

    The language is kept in the session when they sign in or change it, so no
    query is needed here. Visitors get Django's choice (cookie, then browser).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = request.session.get(SESSION_KEY) if hasattr(request, "session") else None
        if language and getattr(request, "user", None) and request.user.is_authenticated:
            translation.activate(language)
            request.LANGUAGE_CODE = language
        return self.get_response(request)
