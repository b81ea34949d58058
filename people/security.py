"""Sign-in safety: two-factor authentication for staff, session time-outs,
re-authentication before sensitive acts, and ending every session of a person.

The rules are in docs/access-matrix.md; README.md lists the settings.
"""

import time
from functools import wraps
from urllib.parse import quote

from allauth.account.authentication import get_authentication_records
from allauth.account.internal.flows.login import record_authentication
from allauth.core.exceptions import ReauthenticationRequired
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.models import Group
from django.contrib.sessions.backends.base import SessionBase
from django.db.models import Q
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _

from people.models import UserSession

# Paths where a person who may do more than learn or manage a team must have
# passed a second factor in this session: the editing area, the Django admin,
# and reports and exports.
MFA_AREAS = ("/cms/", "/django-admin/", "/reports/")
# What a plain learner and a manager may do, the only permissions that need no
# second factor. A learner holds none (the Learner role grants nothing); a
# manager sees their own team (people/migrations/0002_roles.py). Any other
# permission, from a role, a group or given to the person directly, asks for one.
SECOND_FACTOR_FREE_PERMISSIONS = frozenset({"people.view_own_team"})

SESSION_STARTED = "_signed_in_at"
SESSION_SEEN = "_last_seen_at"
# The last-seen time is written at most this often, so that reading pages does
# not write the session on every request.
SEEN_RESOLUTION = 60


# --- Two-factor authentication for staff ----------------------------------------


def mfa_required_for(user) -> bool:
    """Whether ``user`` must pass a second factor before the staff areas.

    Decided by what the account can do, never by the names of its groups: a
    superuser, anyone with the Django admin (``is_staff``), anyone holding a
    permission beyond SECOND_FACTOR_FREE_PERMISSIONS (from a group or given
    directly; the editing area, reports and exports included), and anyone whose
    groups hold Wagtail page or collection permissions. The permissions come
    from the cached backend (people/backends.py), so once they are cached this
    costs one query; StaffMFAMiddleware asks only on the staff areas, and only
    until the session has passed a second factor.
    """
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser or user.is_staff:
        return True
    if set(user.get_all_permissions()) - SECOND_FACTOR_FREE_PERMISSIONS:
        return True
    return Group.objects.filter(
        Q(page_permissions__isnull=False) | Q(collection_permissions__isnull=False),
        user=user,
    ).exists()


def session_passed_mfa(request) -> bool:
    return any(
        record.get("method") == "mfa"
        for record in get_authentication_records(request, request.user)
    )


def has_second_factor(user) -> bool:
    from allauth.mfa.models import Authenticator

    return Authenticator.objects.filter(
        user=user, type__in=[Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN]
    ).exists()


def second_factor_recorded(*, request, user, authenticator) -> None:
    """Adding an authenticator proves the person holds it: this session counts
    as having passed the second factor."""
    record_authentication(request, user, "mfa", id=authenticator.pk, type=authenticator.type)


class StaffMFAMiddleware:
    """Sends anyone who needs a second factor (mfa_required_for) and has not
    passed one in this session to set one up, or to confirm it, before the
    editing area, the Django admin or reports. Only requests to those areas
    that have not passed it are checked, so other pages cost nothing."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.path_info.startswith(MFA_AREAS)
            and request.user.is_authenticated
            and not session_passed_mfa(request)
            and mfa_required_for(request.user)
        ):
            next_url = request.get_full_path()
            if has_second_factor(request.user):
                messages.info(
                    request,
                    _("Confirm your second factor to continue: your role needs it here."),
                )
                return redirect(f"{reverse('mfa_reauthenticate')}?next={quote(next_url, safe='/')}")
            messages.warning(
                request,
                _(
                    "Your role gives you access to people's data, so it needs two-factor "
                    "authentication. Add an authenticator app or a passkey to continue."
                ),
            )
            return redirect(f"{reverse('mfa_index')}?next={quote(next_url, safe='/')}")
        return self.get_response(request)


# --- Re-authentication before sensitive acts ---------------------------------------


def recently_authenticated(request) -> bool:
    """True when the person signed in, or confirmed who they are, within
    ACCOUNT_REAUTHENTICATION_TIMEOUT seconds."""
    records = get_authentication_records(request, request.user)
    if not records:
        return False
    latest = max(record.get("at", 0) for record in records)
    return time.time() - latest < settings.ACCOUNT_REAUTHENTICATION_TIMEOUT


def require_recent_authentication(request) -> None:
    """Raise allauth's ReauthenticationRequired: its middleware asks for the
    password (or the second factor) and then replays the request."""
    if not recently_authenticated(request):
        raise ReauthenticationRequired()


def reauthentication_required(view):
    """Decorate a view that exports data, makes tokens or changes roles."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.method == "POST":
            require_recent_authentication(request)
        return view(request, *args, **kwargs)

    return wrapped


# --- Session time-outs ------------------------------------------------------------


class SessionTimeoutMiddleware:
    """Ends a signed-in session after SESSION_IDLE_TIMEOUT seconds without a
    request, and SESSION_ABSOLUTE_TIMEOUT seconds after signing in, whatever
    happens in between."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            now = time.time()
            session = request.session
            started = session.get(SESSION_STARTED)
            seen = session.get(SESSION_SEEN)
            if started is None:
                session[SESSION_STARTED] = started = now
            if seen is None:
                seen = now
            idle = now - seen > settings.SESSION_IDLE_TIMEOUT
            expired = now - started > settings.SESSION_ABSOLUTE_TIMEOUT
            if idle or expired:
                logout(request)
                messages.info(
                    request,
                    _("You were signed out after a time without activity. Sign in again.")
                    if idle
                    else _("You were signed out because your session reached its time limit."),
                )
            elif now - seen >= SEEN_RESOLUTION or SESSION_SEEN not in session:
                session[SESSION_SEEN] = now
        return self.get_response(request)


# --- Ending sessions ------------------------------------------------------------------


def session_store() -> type[SessionBase]:
    """The SessionStore class of SESSION_ENGINE."""
    return import_string(f"{settings.SESSION_ENGINE}.SessionStore")


def user_session_record(*, request, user) -> None:
    """Remember the session a person just signed in with."""
    if not request.session.session_key:
        request.session.save()
    now = time.time()
    request.session[SESSION_STARTED] = now
    request.session[SESSION_SEEN] = now
    UserSession.objects.get_or_create(
        session_key=request.session.session_key, defaults={"user": user}
    )


def user_session_forget(*, session_key: str | None) -> None:
    if session_key:
        UserSession.objects.filter(session_key=session_key).delete()


def user_sessions_end(*, user) -> int:
    """Sign a person out everywhere: every session they signed in with is
    deleted from the session store. Returns how many there were."""
    store = session_store()
    keys = list(UserSession.objects.filter(user=user).values_list("session_key", flat=True))
    for key in keys:
        store(session_key=key).delete()
    UserSession.objects.filter(user=user).delete()
    return len(keys)
