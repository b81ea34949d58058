"""Single sign-on and the company directory: the writes.

``sso_person`` turns one sign-in's claims into a person (created just in
time, or brought up to date) through the same checks and writes as the CSV
import (``people.services.person_sync``); ``roles_from_directory`` gives and
takes the roles that group-to-role mappings name.
"""

from dataclasses import dataclass, field

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils.translation import gettext as _

from directory.claims import Claims
from directory.models import GroupRoleMapping, SsoDomain
from people import security as people_security
from people import services as people_services
from people.imports import PersonRowForm
from people.models import AccessLog, Profile, normalise_email
from people.roles import Role


def email_domain(email: str) -> str:
    return normalise_email(email).rpartition("@")[2]


def sso_only_domain(email: str) -> SsoDomain | None:
    """The single-sign-on-only domain ``email`` belongs to, if any."""
    domain = email_domain(email)
    if not domain:
        return None
    return SsoDomain.objects.select_related("app").filter(domain=domain, sso_only=True).first()


def app_domains(app) -> set[str]:
    return set(SsoDomain.objects.filter(app=app).values_list("domain", flat=True))


def roles_from_directory(*, user, groups: list[str], actor=None, place: str) -> set[str]:
    """Give ``user`` the roles their directory ``groups`` map to and take away
    the mapped roles they no longer have a group for. Roles no mapping names
    are left alone, and every account stays a learner. Returns the names of
    the roles that changed (audited)."""
    mappings = list(GroupRoleMapping.objects.all())
    managed = {mapping.role for mapping in mappings} - {Role.LEARNER.value}
    wanted_groups = {group.casefold() for group in groups}
    wanted = {mapping.role for mapping in mappings if mapping.group.casefold() in wanted_groups}
    held = set(user.groups.filter(name__in=managed).values_list("name", flat=True))
    changed = set()
    for role in sorted((wanted & managed) - held):
        people_services.role_grant(user=user, role=Role(role))
        changed.add(role)
    for role in sorted((held & managed) - wanted):
        people_services.role_revoke(user=user, role=Role(role))
        changed.add(role)
    if changed:
        people_services.account_change_record(
            actor=actor, subjects=[user], place=place, fields=["groups"]
        )
    return changed


class SignInRefused(Exception):
    """Single sign-on found a reason not to let this person in; ``messages``
    say why, for the person."""

    def __init__(self, messages: list[str]):
        super().__init__("; ".join(messages))
        self.messages = messages


@dataclass
class SsoOutcome:
    user: object
    created: bool = False
    changed_fields: set[str] = field(default_factory=set)
    changed_roles: set[str] = field(default_factory=set)


def _manager_employee_id(claims: Claims, current: str) -> str:
    """The manager's employee id from their e-mail address; if the directory
    names someone the academy does not know (yet), the reporting line stays."""
    if not claims.manager_email:
        return current
    found = (
        Profile.objects.filter(user__email__iexact=normalise_email(claims.manager_email))
        .exclude(employee_id=None)
        .values_list("employee_id", flat=True)
        .first()
    )
    return found or current


def sso_person(*, claims: Claims, app, linked_user=None) -> SsoOutcome:
    """The person a sign-in through ``app`` stands for, created or brought up
    to date from ``claims`` in one transaction. Raises SignInRefused when the
    identity provider may not speak for the address, or the claims do not
    pass the import's checks; then nothing is written.

    What the identity provider does not send is left as stored; it never
    turns on an account the organisation turned off.
    """
    User = get_user_model()
    email = normalise_email(claims.email)
    if not email:
        raise SignInRefused(
            [_("Your company account sent no e-mail address. Ask your administrator.")]
        )
    if email_domain(email) not in app_domains(app):
        raise SignInRefused(
            [
                _(
                    "This company sign-in may not be used for %(email)s. Sign in with the "
                    "account your organisation gave you, or ask your administrator."
                )
                % {"email": email}
            ]
        )

    with transaction.atomic():
        user = linked_user
        found_by_address = False
        if user is None and claims.employee_id:
            profile = (
                Profile.objects.select_related("user")
                .filter(employee_id=claims.employee_id)
                .first()
            )
            user = profile.user if profile else None
        if user is None:
            user = User.objects.filter(email__iexact=email).first()
            found_by_address = user is not None

        current = people_services.person_values(user=user) if user is not None else {}
        values = {
            "employee_id": claims.employee_id or current.get("employee_id", ""),
            "email": email,
            "first_name": claims.first_name or current.get("first_name", ""),
            "last_name": claims.last_name or current.get("last_name", ""),
            "job_role": claims.job_role or current.get("job_role", ""),
            "department": claims.department or current.get("department", ""),
            "team": claims.team or current.get("team", ""),
            "manager_employee_id": _manager_employee_id(
                claims, current.get("manager_employee_id", "")
            ),
            "preferred_language": claims.preferred_language
            or current.get("preferred_language", ""),
            # The directory turns accounts off (SCIM, the import); a sign-in never
            # turns one back on.
            "active": current.get("active", "yes"),
        }
        if claims.team and not claims.department:
            # A team is named within its department: one without the other
            # keeps the stored pair.
            values["team"] = current.get("team", "")
        if values["employee_id"]:
            result = people_services.person_sync(
                values=values, place=AccessLog.Place.SINGLE_SIGN_ON
            )
            if not result.ok:
                raise SignInRefused([str(error.message) for error in result.errors])
            outcome = SsoOutcome(
                user=result.user,
                created=result.outcome == "created",
                changed_fields=result.changed_fields,
            )
        else:
            outcome = _person_without_employee_id(user=user, values=values)
        if found_by_address:
            _take_over_safely(user=outcome.user, email=email)
        people_services.email_address_set_verified(user=outcome.user, email=email)
        if claims.groups is not None:
            outcome.changed_roles = roles_from_directory(
                user=outcome.user, groups=claims.groups, place=AccessLog.Place.SINGLE_SIGN_ON
            )
    return outcome


def _take_over_safely(*, user, email: str) -> None:
    """A sign-in is about to link the company account to an account found by
    its address alone. If that address was never confirmed here, whoever made
    the account may not be its owner: their password goes, and their sessions
    end, so only the identity provider's person gets in. The same for a
    single-sign-on-only domain, whose people have no password here."""
    confirmed = EmailAddress.objects.filter(user=user, email__iexact=email, verified=True).exists()
    if user.has_usable_password() and (not confirmed or sso_only_domain(email) is not None):
        user.set_unusable_password()
        user.save(update_fields=["password"])
        people_security.user_sessions_end(user=user)
        people_services.account_change_record(
            actor=None, subjects=[user], place=AccessLog.Place.SINGLE_SIGN_ON, fields=["password"]
        )


def _person_without_employee_id(*, user, values: dict) -> SsoOutcome:
    """An identity provider that sends no employee id: the person is known by
    e-mail address alone, with their name and language."""
    checked = PersonRowForm({**values, "employee_id": "x"})
    checked.is_valid()
    errors = {
        name: messages
        for name, messages in checked.errors.items()
        if name in ("email", "first_name", "last_name", "preferred_language")
    }
    if errors:
        raise SignInRefused(
            [f"{name}: {message}" for name, messages in errors.items() for message in messages]
        )
    data = checked.cleaned_data
    User = get_user_model()
    created = user is None
    if created:
        user = User.objects.create_user(
            email=data["email"], first_name=data["first_name"], last_name=data["last_name"]
        )
    changed = set()
    for attr in ("email", "first_name", "last_name"):
        if getattr(user, attr) != data[attr]:
            setattr(user, attr, data[attr])
            changed.add(attr)
    if changed:
        user.save(update_fields=sorted(changed))
    profile = Profile.objects.get(user=user)
    if data["preferred_language"] and profile.preferred_language != data["preferred_language"]:
        profile.preferred_language = data["preferred_language"]
        profile.save(update_fields=["preferred_language", "updated_at"])
        changed.add("preferred_language")
    if created or changed:
        people_services.account_change_record(
            actor=None,
            subjects=[user],
            place=AccessLog.Place.SINGLE_SIGN_ON,
            fields={"created"} if created else changed,
        )
    return SsoOutcome(user=user, created=created, changed_fields=changed)
