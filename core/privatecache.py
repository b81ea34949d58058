"""No copy of a private answer kept on the way or in the browser's cache.

Every response to a signed-in person (or to a request that carries
credentials, such as an API token) and every file download gets
``Cache-Control: private, no-store``: my skills, assignments, results, reports,
exports and certificates stay off shared caches and off a shared computer's
disk once the tab is closed. A view that chose a public policy keeps it; pages
for visitors who are not signed in keep theirs (core/pagecache.py).
"""

from django.utils.cache import patch_cache_control


def is_private(request, response) -> bool:
    if "public" in response.get("Cache-Control", "").lower():
        return False
    user = getattr(request, "user", None)
    return (
        (user is not None and user.is_authenticated)
        or "HTTP_AUTHORIZATION" in request.META
        or response.get("Content-Disposition", "").lower().startswith("attachment")
    )


class PrivateResponseMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if is_private(request, response):
            patch_cache_control(response, private=True, no_store=True)
        return response
