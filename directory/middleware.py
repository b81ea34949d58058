"""The sign-in pages' form-action, opened to the company's identity providers.

A company sign-in posts to the academy, which answers with a redirect to the
identity provider; browsers check that redirect against the posting page's
``form-action``. The sign-in pages (everything under /accounts/) therefore
allow the origins of the identity providers configured in the editing area,
and no other page does: adding a provider needs no deployment.
"""

from directory.selectors import identity_provider_origins

SIGN_IN_PATHS = "/accounts/"


class IdentityProviderFormActionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path_info.startswith(SIGN_IN_PATHS) and "text/html" in response.get(
            "Content-Type", ""
        ):
            origins = identity_provider_origins()
            if origins:
                update = dict(getattr(response, "_csp_update", None) or {})
                update["form-action"] = [*update.get("form-action", []), *origins]
                response._csp_update = update
        return response
