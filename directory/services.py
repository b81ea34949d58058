"""Single sign-on and the company directory: the writes.

``sso_person`` turns one sign-in's claims into a person (created just in
time, or brought up to date) through the same checks and writes as the CSV
import (``people.services.person_sync``); ``roles_from_directory`` gives and
takes the roles that group-to-role mappings name.
"""

import uuid
from dataclasses import dataclass, field

from allauth.account.models import EmailAddress
from allauth.socialaccount.models import SocialAccount
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from core.tokens import token_issue, token_revoke
from directory.claims import Claims
from directory.models import DirectoryGroup, GroupRoleMapping, ScimIdentity, ScimToken, SsoDomain
from directory.scim import errors as scim_errors
from directory.scim import schemas as scim_schemas
from directory.scim.errors import ScimError
from directory.scim.groups import GroupDoc
from directory.scim.users import UserDoc
from directory.selectors import (
    people_without_scim_identity,
    scim_group_doc,
    scim_people_by_ids,
    scim_user_doc,
)
from people import security as people_security
from people import selectors as people_selectors
from people import services as people_services
from people.backends import permissions_changed
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
    changed = roles_from_directory_many(groups_of={user.pk: groups}, actor=actor, place=place)
    return changed.get(user.pk, set())


def roles_from_directory_many(
    *, groups_of: dict[int, list[str]], actor=None, place: str
) -> dict[int, set[str]]:
    """``roles_from_directory`` for many people at once (person id -> their
    directory groups), in a fixed number of queries however many they are: a
    group of the whole company renamed or deleted is one request. Returns the
    roles that changed, per person; the changes are audited in one insert."""
    mappings = list(GroupRoleMapping.objects.all())
    managed = {mapping.role for mapping in mappings} - {Role.LEARNER.value}
    if not managed or not groups_of:
        return {}
    role_groups = {name: Group.objects.get_or_create(name=name)[0].pk for name in sorted(managed)}
    Membership = get_user_model().groups.through
    held: dict[int, set[str]] = {user_id: set() for user_id in groups_of}
    for user_id, name in Membership.objects.filter(
        user_id__in=list(groups_of), group_id__in=role_groups.values()
    ).values_list("user_id", "group__name"):
        held[user_id].add(name)
    to_add, to_remove = [], {}
    changed: dict[int, set[str]] = {}
    for user_id, groups in groups_of.items():
        names = {group.casefold() for group in groups}
        wanted = {m.role for m in mappings if m.group.casefold() in names} & managed
        for role in wanted - held[user_id]:
            to_add.append(Membership(user_id=user_id, group_id=role_groups[role]))
        for role in held[user_id] - wanted:
            to_remove.setdefault(role_groups[role], []).append(user_id)
        if wanted != held[user_id]:
            changed[user_id] = wanted ^ held[user_id]
    if not changed:
        return {}
    Membership.objects.bulk_create(to_add, ignore_conflicts=True)
    for group_id, user_ids in to_remove.items():
        Membership.objects.filter(group_id=group_id, user_id__in=user_ids).delete()
    # Bulk writes send no m2m signal: the cached permissions are forgotten here.
    permissions_changed()
    people_services.account_change_record(
        actor=actor, subjects=list(changed), place=place, fields=["groups"]
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


def _manager_by_email(claims: Claims, current: str) -> str:
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
        if user is not None and claims.employee_id:
            other = (
                Profile.objects.filter(employee_id=claims.employee_id).exclude(user=user).exists()
            )
            if other:
                # Checked before anything is written: the sign-in would
                # otherwise rewrite that other person from this one's claims.
                raise SignInRefused(
                    [
                        _(
                            "Your company account is linked to another person here. Ask your "
                            "administrator."
                        )
                    ]
                )
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
            "manager_employee_id": _manager_by_email(
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


def person_directory_erase(*, user) -> dict[str, int]:
    """The company directory's links to a person being erased: their company
    accounts (and what the identity provider sent), their SCIM identity and
    their group memberships. The account itself stays, anonymised, so the
    directory's later updates to them find no one."""
    return {
        "company_accounts": SocialAccount.objects.filter(user=user).delete()[0],
        "directory_identities": ScimIdentity.objects.filter(user=user).delete()[0],
        "directory_groups": DirectoryGroup.members.through.objects.filter(user=user).delete()[0],
    }


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


# --- SCIM ------------------------------------------------------------------------------
# The company directory's SCIM client creates, changes and deactivates people
# through person_sync (the import's checks, one transaction, audited), and keeps
# the groups whose names give roles. A ScimError refuses the whole request and
# nothing is written.


def scim_identity_ensure(*, user) -> ScimIdentity:
    identity, _created = ScimIdentity.objects.get_or_create(user=user)
    return identity


def scim_identities_ensure() -> int:
    """Give a SCIM id to every account that has none yet (made before SCIM
    was installed, or by a bulk write that sent no signal)."""
    missing = people_without_scim_identity()
    ScimIdentity.objects.bulk_create(
        [ScimIdentity(user_id=pk) for pk in missing], ignore_conflicts=True
    )
    return len(missing)


#: The import's columns as SCIM names them, for the error details.
SCIM_ATTRIBUTE_OF_COLUMN = {
    "employee_id": "employeeNumber",
    "email": "userName",
    "first_name": "name.givenName",
    "last_name": "name.familyName",
    "job_role": "title",
    "department": "department",
    "team": "team",
    "manager_employee_id": "manager",
    "preferred_language": "preferredLanguage",
    "active": "active",
}


def _sync_refused(errors) -> ScimError:
    details = []
    for error in errors:
        column, _sep, message = str(error.message).partition(": ")
        attribute = SCIM_ATTRIBUTE_OF_COLUMN.get(column)
        details.append(
            _("%(attribute)s: %(message)s") % {"attribute": attribute, "message": message}
            if attribute and message
            else str(error.message)
        )
    return scim_errors.invalid_value(" ".join(details))


def _manager_employee_id(reference: str) -> str:
    """A manager named by SCIM id or by employee number, as an employee number."""
    if not reference:
        return ""
    try:
        scim_id = uuid.UUID(reference)
    except ValueError:
        return reference
    found = scim_people_by_ids([scim_id])
    manager = found.get(str(scim_id))
    if manager is None:
        raise scim_errors.invalid_value(
            _("manager: no person with the id %(id)s.") % {"id": reference}
        )
    return manager.profile.employee_id


def _values(doc: UserDoc) -> dict[str, str]:
    return {
        "employee_id": doc.employee_id,
        "email": doc.email,
        "first_name": doc.first_name,
        "last_name": doc.last_name,
        "job_role": doc.job_role,
        "department": doc.department,
        "team": doc.team,
        "manager_employee_id": _manager_employee_id(doc.manager),
        "preferred_language": doc.preferred_language,
        "active": "yes" if doc.active else "no",
    }


def _check_email_free(email: str, *, employee_id: str) -> None:
    owner = people_selectors.email_owner_ids([normalise_email(email)]).get(normalise_email(email))
    privileged = (
        get_user_model()
        .objects.filter(email__iexact=normalise_email(email))
        .filter(Q(is_superuser=True) | Q(is_staff=True))
        .exists()
    )
    if privileged or (owner is not None and owner != employee_id):
        raise scim_errors.uniqueness(
            _("userName: %(email)s belongs to another person.") % {"email": email}
        )


def scim_user_create(*, doc: UserDoc):
    """A new person from a SCIM POST. One the academy already knows by
    employee number, or whose address another employee has, is a conflict
    (409: the client then finds them and updates them). An account with the
    address and no employee number yet becomes the directory's."""
    if not doc.employee_id:
        raise scim_errors.invalid_value(
            _(
                "employeeNumber (%(urn)s) is needed to create a person: the academy knows "
                "people by their employee id."
            )
            % {"urn": scim_schemas.ENTERPRISE}
        )
    if not doc.email:
        raise scim_errors.invalid_value(_("userName is needed to create a person."))
    try:
        with transaction.atomic():
            if Profile.objects.filter(employee_id=doc.employee_id).exists():
                raise scim_errors.uniqueness(
                    _("employeeNumber: the employee %(id)s already exists.")
                    % {"id": doc.employee_id}
                )
            _check_email_free(doc.email, employee_id=doc.employee_id)
            result = people_services.person_sync(
                values=_values(doc), place=AccessLog.Place.DIRECTORY
            )
            if not result.ok:
                raise _sync_refused(result.errors)
            identity = scim_identity_ensure(user=result.user)
            if identity.external_id != doc.external_id:
                identity.external_id = doc.external_id
                identity.save(update_fields=["external_id"])
            # An adopted account may already be in groups.
            _roles_refresh([result.user])
    except IntegrityError:
        # The same person sent twice at the same moment: the other request made them.
        raise scim_errors.uniqueness(
            _("employeeNumber: the employee %(id)s already exists.") % {"id": doc.employee_id}
        ) from None
    return result.user


def scim_user_update(*, user, doc: UserDoc) -> bool:
    """``user`` brought to ``doc`` (PUT, PATCH, DELETE). Returns whether
    anything changed; the same request twice changes nothing the second time,
    and writes no audit entry."""
    with transaction.atomic():
        stored = people_services.person_values(user=user)["employee_id"]
        if doc.employee_id and doc.employee_id != stored:
            raise scim_errors.mutability(
                _("employeeNumber cannot be changed (it is %(id)s).") % {"id": stored}
            )
        doc.employee_id = stored
        _check_email_free(doc.email, employee_id=stored)
        result = people_services.person_sync(values=_values(doc), place=AccessLog.Place.DIRECTORY)
        if not result.ok:
            raise _sync_refused(result.errors)
        identity = scim_identity_ensure(user=user)
        changed = result.outcome != "unchanged"
        if identity.external_id != doc.external_id:
            identity.external_id = doc.external_id
            identity.save(update_fields=["external_id"])
            people_services.account_change_record(
                actor=None, subjects=[user], place=AccessLog.Place.DIRECTORY, fields=["external_id"]
            )
            changed = True
    return changed


def scim_user_deactivate(*, user) -> bool:
    """SCIM DELETE: the person is deactivated (signed out everywhere), never
    deleted: their learning history stays."""
    doc = scim_user_doc(user=user)
    doc.active = False
    return scim_user_update(user=user, doc=doc)


def _roles_refresh(users) -> None:
    """Each person's mapped roles, from the directory groups they are in now:
    a fixed number of queries, however many people."""
    groups_of: dict[int, list[str]] = {user.pk: [] for user in users}
    for user_id, name in DirectoryGroup.members.through.objects.filter(
        user_id__in=list(groups_of)
    ).values_list("user_id", "directorygroup__display_name"):
        groups_of[user_id].append(name)
    roles_from_directory_many(groups_of=groups_of, place=AccessLog.Place.DIRECTORY)


def _members(scim_ids: list[str]) -> list:
    found = scim_people_by_ids(scim_ids)
    missing = [scim_id for scim_id in scim_ids if scim_id not in found]
    if missing:
        raise scim_errors.invalid_value(
            _("members: no person with the id %(id)s.") % {"id": missing[0][:100]}
        )
    return [found[scim_id] for scim_id in scim_ids]


def _check_group_name_free(name: str, *, group=None) -> None:
    taken = DirectoryGroup.objects.filter(display_name__iexact=name)
    if group is not None:
        taken = taken.exclude(pk=group.pk)
    if taken.exists():
        raise scim_errors.uniqueness(
            _("displayName: there is already a group named %(name)s.") % {"name": name}
        )


def scim_group_create(*, doc: GroupDoc) -> DirectoryGroup:
    try:
        with transaction.atomic():
            _check_group_name_free(doc.display_name)
            members = _members(_unique(doc.members))
            group = DirectoryGroup.objects.create(
                display_name=doc.display_name, external_id=doc.external_id
            )
            group.members.set(members)
            _membership_changed(members)
    except IntegrityError:
        raise scim_errors.uniqueness(
            _("displayName: there is already a group named %(name)s.") % {"name": doc.display_name}
        ) from None
    return group


def _unique(ids: list[str]) -> list[str]:
    return list(dict.fromkeys(ids))


def _membership_changed(users) -> None:
    if users:
        people_services.account_change_record(
            actor=None, subjects=users, place=AccessLog.Place.DIRECTORY, fields=["directory_groups"]
        )
        _roles_refresh(users)


def scim_group_update(*, group: DirectoryGroup, doc: GroupDoc) -> bool:
    """``group`` brought to ``doc`` (PUT, PATCH): its name, the directory's id
    for it, its members; the roles of everyone whose groups changed follow."""
    with transaction.atomic():
        group = DirectoryGroup.objects.select_for_update().get(pk=group.pk)
        before = scim_group_doc(group=group)
        wanted = _unique(doc.members)
        members = _members(wanted)
        renamed = doc.display_name != before.display_name
        if renamed:
            _check_group_name_free(doc.display_name, group=group)
        if (
            not renamed
            and doc.external_id == before.external_id
            and set(wanted) == set(before.members)
        ):
            return False
        fields = []
        if renamed:
            group.display_name = doc.display_name
            fields.append("display_name")
        if doc.external_id != before.external_id:
            group.external_id = doc.external_id
            fields.append("external_id")
        group.save(update_fields=[*fields, "updated_at"])
        old = set(before.members)
        added = [
            member for member, scim_id in zip(members, wanted, strict=True) if scim_id not in old
        ]
        removed_ids = old - set(wanted)
        removed = list(scim_people_by_ids(removed_ids).values()) if removed_ids else []
        if added:
            group.members.add(*added)
        if removed:
            group.members.remove(*removed)
        _membership_changed(added + removed)
        if renamed:
            # The new name may map to other roles.
            _roles_refresh([member for member in members if member not in added])
    return True


def scim_group_delete(*, group: DirectoryGroup) -> None:
    """The group is deleted; its former members keep only the roles their
    other groups give."""
    with transaction.atomic():
        members = list(group.members.all())
        group.delete()
        _membership_changed(members)


def scim_token_create(*, name: str, scopes: list[str], created_by) -> tuple[ScimToken, str]:
    """A new SCIM token; the secret is returned once and only its hash is kept."""
    name = name.strip()
    if not name:
        raise ValidationError({"name": _("Name the directory.")})
    if not scopes or set(scopes) - set(ScimToken.Scope.values):
        raise ValidationError({"scopes": _("Choose what this directory may do.")})
    return token_issue(ScimToken, name=name, created_by=created_by, scopes=sorted(scopes))


def scim_token_revoke(*, token: ScimToken) -> ScimToken:
    return token_revoke(token=token)
