"""How the site answers someone who may not do what they asked.

One rule everywhere, written down in docs/access-matrix.md:

- a signed-in person who may not *read* something gets 404, exactly as if it
  did not exist, so no one learns that another person's attempt, assignment
  or export is there;
- a signed-in person who may not *write* gets 403, whether the thing exists
  or not, and nothing changes;
- someone not signed in is sent to sign in for a page, and refused (403) for a
  write, which a sign-in redirect could not replay.

Views raise ``Http404`` or ``PermissionDenied`` as is natural to them; the
middleware here turns either into the answer the rule asks for. Screens inside
the editing area use :func:`admin_only`, because Wagtail turns a
``PermissionDenied`` into a redirect of its own.
"""

from functools import wraps
from urllib.parse import parse_qs, urlsplit

from django.conf import settings
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import resolve_url
from django.views.defaults import page_not_found, permission_denied

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
ADMIN_AREAS = ("/cms/", "/django-admin/")
# Where the editing areas send people to sign in; open to everyone.
ADMIN_AREA_OPEN = ("/cms/login/", "/django-admin/login/")


def is_read(request) -> bool:
    return request.method in SAFE_METHODS


def refuse(request, exception=None):
    """The answer to a forbidden request: 404 for a read, 403 for a write."""
    if is_read(request):
        return page_not_found(request, exception or Http404())
    return permission_denied(request, exception or PermissionDenied())


def admin_only(test):
    """Decorate a view of the editing area: people for whom ``test(user)`` is
    false get :func:`refuse`'s answer instead of Wagtail's redirect."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not (request.user.is_active and test(request.user)):
                return refuse(request)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


def has_perm(permission: str):
    return lambda user: user.has_perm(permission)


def is_superuser(user) -> bool:
    return user.is_superuser


def may_enter_admin_area(user, path: str) -> bool:
    if path.startswith("/django-admin/"):
        return user.is_active and user.is_staff
    return user.is_active and user.has_perm("wagtailadmin.access_admin")


class AccessAnswerMiddleware:
    """Applies the rule above to every view of the site."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.login_url = None

    def __call__(self, request):
        path = request.path_info
        if (
            request.user.is_authenticated
            and path.startswith(ADMIN_AREAS)
            and not path.startswith(ADMIN_AREA_OPEN)
            and not may_enter_admin_area(request.user, path)
        ):
            # The editing areas do not exist for people who may not use them.
            return refuse(request)
        response = self.get_response(request)
        if (
            not is_read(request)
            and not request.user.is_authenticated
            and response.status_code == 302
            and self._is_sign_in_redirect(request, response)
        ):
            return permission_denied(request, PermissionDenied())
        return response

    def process_exception(self, request, exception):
        if isinstance(exception, Http404) and not is_read(request):
            return permission_denied(request, PermissionDenied())
        if isinstance(exception, PermissionDenied) and is_read(request):
            return page_not_found(request, Http404())
        return None

    def _is_sign_in_redirect(self, request, response) -> bool:
        """A redirect to sign in *and come back here*, as ``login_required``
        makes; a sign-in page reached after a finished action (a confirmed
        e-mail address, say) is left alone."""
        if self.login_url is None:
            self.login_url = resolve_url(settings.LOGIN_URL)
        location = urlsplit(response.get("Location", ""))
        if location.path != self.login_url:
            return False
        back = parse_qs(location.query).get(REDIRECT_FIELD_NAME, [""])[0]
        return urlsplit(back).path == request.path
