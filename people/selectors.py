from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.utils.translation import gettext as _

from people.models import AccessLog, Profile
from people.roles import Role


def email_owner_ids(emails) -> dict[str, str | None]:
    """Each address of ``emails`` that is in use, mapped to its owner's employee id."""
    User = get_user_model()
    return {
        email.lower(): employee_id
        for email, employee_id in User.objects.filter(email__in=list(emails)).values_list(
            "email", "profile__employee_id"
        )
    }


def reporting_lines() -> dict[str, str | None]:
    """Every stored employee id, mapped to their manager's employee id."""
    return dict(
        Profile.objects.exclude(employee_id=None).values_list(
            "employee_id", "manager__profile__employee_id"
        )
    )


def user_roles(user) -> list[Role]:
    """The product roles ``user`` holds, in the order of ``Role``."""
    if not user.is_authenticated:
        return []
    names = set(user.groups.values_list("name", flat=True))
    return [role for role in Role if role.value in names]


def person_find(*, email: str = "", employee_id: str = ""):
    """The account with this e-mail address or employee id, or None."""
    User = get_user_model()
    people = User.objects.select_related("profile")
    if email.strip():
        return people.filter(email__iexact=email.strip()).first()
    if employee_id.strip():
        return people.filter(profile__employee_id=employee_id.strip()).first()
    return None


def _person(user) -> str | None:
    if user is None:
        return None
    return user.get_full_name() or user.email


def account_records(*, user) -> dict:
    """What the people app and the sign-in machinery hold about ``user``, for their
    personal-data download: never a password hash, an authenticator's secret, a
    token or a session. Six queries, however many rows."""
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator
    from wagtail.models import APIToken

    profile = (
        Profile.objects.select_related("department", "team", "manager").filter(user=user).first()
    )
    return {
        "account": {
            "id": user.pk,
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "date_joined": user.date_joined,
            "last_login": user.last_login,
            "active": user.is_active,
            "roles": [role.value for role in user_roles(user)],
            "email_addresses": [
                {"email": address.email, "verified": address.verified, "primary": address.primary}
                for address in EmailAddress.objects.filter(user=user).order_by("pk")
            ],
        },
        "profile": {
            "employee_id": profile.employee_id,
            "job_role": profile.job_role,
            "department": profile.department.name if profile.department else None,
            "team": profile.team.name if profile.team else None,
            "manager": _person(profile.manager),
            "preferred_language": profile.preferred_language,
            "preferences": {"learning_emails": profile.learning_emails},
            "last_digest_at": profile.last_digest_at,
            "updated_at": profile.updated_at,
        }
        if profile
        else None,
        "sign_in_security": {
            # The kind of each authenticator and its dates; never its secret.
            "authenticators": [
                {"type": kind, "created_at": created_at, "last_used_at": last_used_at}
                for kind, created_at, last_used_at in Authenticator.objects.filter(user=user)
                .order_by("created_at")
                .values_list("type", "created_at", "last_used_at")
            ],
            # Tokens by name and date only; never their secret or its hash.
            "api_tokens": [
                {"name": name, "created_at": created_at, "revoked_at": revoked_at}
                for name, created_at, revoked_at in APIToken.objects.filter(user=user)
                .order_by("created")
                .values_list("name", "created", "revoked_at")
            ],
        },
    }


def access_log_about(*, user) -> list[dict]:
    """Who saw or handled ``user``'s individual data, newest first."""
    return [
        {
            "at": entry.at,
            "who": _person(entry.actor) if entry.actor_id else None,
            "what": entry.action,
            "what_label": str(entry.get_action_display()),
            "where": str(entry.get_place_display()),
            "items": entry.count,
        }
        for entry in AccessLog.objects.filter(subject=user).select_related("actor")
    ]


def access_log_list(*, person=None):
    """The access log for the editing area, newest first, optionally about one person."""
    entries = AccessLog.objects.select_related("actor", "subject")
    if person is not None:
        entries = entries.filter(subject=person)
    return entries


@dataclass(frozen=True)
class ProfileGaps:
    """What a person's profile lacks. The name is theirs to fill; the employee
    id, department and team come from HR's import, so HR completes them."""

    name: bool
    from_hr: tuple[str, ...]

    @property
    def complete(self) -> bool:
        return not self.name and not self.from_hr


def profile_gaps(*, user) -> ProfileGaps:
    """What ``user``'s profile lacks (one query: the profile)."""
    profile = (
        Profile.objects.filter(user=user).only("employee_id", "department_id", "team_id").first()
    )
    from_hr = []
    if profile is None or not (profile.employee_id or "").strip():
        from_hr.append(str(_("employee id")))
    if profile is None or profile.department_id is None:
        from_hr.append(str(_("department")))
    if profile is None or profile.team_id is None:
        from_hr.append(str(_("team")))
    return ProfileGaps(
        name=not (user.first_name.strip() and user.last_name.strip()), from_hr=tuple(from_hr)
    )
