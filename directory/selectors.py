"""The company directory: the reads of its SCIM interface.

SCIM sees the people with an employee id: the directory's own. Accounts the
directory never named (local administrators, people who signed up) are not
listed and cannot be changed through it.
"""

import uuid
from urllib.parse import urlsplit

from allauth.socialaccount.models import SocialAccount, SocialApp
from django.contrib.auth import get_user_model
from django.db.models import Prefetch, Q

from directory.models import DirectoryGroup, ScimIdentity
from directory.scim import schemas
from directory.scim.filters import Field
from directory.scim.groups import GroupDoc
from directory.scim.users import UserDoc
from people import services as people_services

USER_FIELDS = {
    (schemas.USER, "id"): Field("scim_identity__scim_id", "uuid"),
    (schemas.USER, "username"): Field("email"),
    (schemas.USER, "externalid"): Field("scim_identity__external_id", "exact"),
    (schemas.USER, "emails.value"): Field("email"),
    (schemas.USER, "emails.type"): Field("work", "always"),
    (schemas.USER, "emails.primary"): Field("true", "always"),
    (schemas.USER, "name.givenname"): Field("first_name"),
    (schemas.USER, "name.familyname"): Field("last_name"),
    (schemas.USER, "active"): Field("is_active", "bool"),
    (schemas.USER, "title"): Field("profile__job_role"),
    (schemas.USER, "preferredlanguage"): Field("profile__preferred_language"),
    (schemas.USER, "locale"): Field("profile__preferred_language"),
    (schemas.USER, "meta.created"): Field("date_joined", "datetime"),
    (schemas.USER, "meta.lastmodified"): Field("profile__updated_at", "datetime"),
    (schemas.ENTERPRISE, "employeenumber"): Field("profile__employee_id", "exact"),
    (schemas.ENTERPRISE, "department"): Field("profile__department__name"),
    (schemas.ENTERPRISE, "manager.value"): Field(
        "profile__manager__scim_identity__scim_id", "uuid"
    ),
    (schemas.ACADEMY, "team"): Field("profile__team__name"),
}

GROUP_FIELDS = {
    (schemas.GROUP, "id"): Field("scim_id", "uuid"),
    (schemas.GROUP, "displayname"): Field("display_name"),
    (schemas.GROUP, "externalid"): Field("external_id", "exact"),
    (schemas.GROUP, "members.value"): Field("members__scim_identity__scim_id", "uuid"),
    (schemas.GROUP, "meta.created"): Field("created_at", "datetime"),
    (schemas.GROUP, "meta.lastmodified"): Field("updated_at", "datetime"),
}


def scim_people():
    """Everyone the directory may see and change: the people with an employee
    id, except superusers and Django-admin staff. Those accounts are the
    academy's own: a leaked SCIM token must not change their address (and so
    their password reset) or turn them off."""
    return get_user_model().objects.filter(
        profile__employee_id__isnull=False, is_superuser=False, is_staff=False
    )


def _people_for_answer(queryset):
    return queryset.select_related(
        "profile__department",
        "profile__team",
        "profile__manager__profile",
        "profile__manager__scim_identity",
        "scim_identity",
    ).prefetch_related(
        Prefetch(
            "directory_groups",
            queryset=DirectoryGroup.objects.only("pk", "scim_id", "display_name"),
        )
    )


def scim_users_page(*, condition: Q, start: int, count: int) -> tuple[int, list]:
    """The people meeting ``condition``, ``count`` of them from the ``start``-th
    (1-based), in the order they came, and how many meet it in all."""
    matching = scim_people().filter(condition)
    if condition:
        # A filter through a multi-valued relation may repeat a person.
        matching = scim_people().filter(pk__in=matching.values("pk"))
    total = matching.count()
    if count == 0 or total < start:
        return total, []
    page = _people_for_answer(matching.order_by("pk"))[start - 1 : start - 1 + count]
    return total, list(page)


def scim_user(*, scim_id) -> object | None:
    return _people_for_answer(scim_people()).filter(scim_identity__scim_id=scim_id).first()


def scim_people_by_ids(scim_ids) -> dict[str, object]:
    """The people of ``scim_ids`` (text), by that text; unknown ids are left out."""
    valid = []
    for scim_id in scim_ids:
        try:
            valid.append(uuid.UUID(str(scim_id)))
        except ValueError:
            continue
    identities = ScimIdentity.objects.filter(
        scim_id__in=valid, user__in=scim_people()
    ).select_related("user")
    return {str(identity.scim_id): identity.user for identity in identities}


def _groups_for_answer(queryset, *, with_members: bool):
    if not with_members:
        return queryset
    return queryset.prefetch_related(
        Prefetch(
            "members",
            queryset=scim_people()
            .select_related("scim_identity")
            .only("pk", "first_name", "last_name", "email", "scim_identity__scim_id")
            .order_by("pk"),
        )
    )


def scim_groups_page(
    *, condition: Q, start: int, count: int, with_members: bool = True
) -> tuple[int, list]:
    matching = DirectoryGroup.objects.filter(condition)
    if condition:
        matching = DirectoryGroup.objects.filter(pk__in=matching.values("pk"))
    total = matching.count()
    if count == 0 or total < start:
        return total, []
    page = _groups_for_answer(matching.order_by("pk"), with_members=with_members)
    return total, list(page[start - 1 : start - 1 + count])


def scim_group(*, scim_id, with_members: bool = True):
    return _groups_for_answer(
        DirectoryGroup.objects.filter(scim_id=scim_id), with_members=with_members
    ).first()


def people_without_scim_identity() -> list[int]:
    return list(
        get_user_model()
        .objects.filter(scim_identity__isnull=True)
        .values_list("pk", flat=True)[:1000]
    )


def scim_user_doc(*, user) -> UserDoc:
    """What the academy holds of ``user``, as a SCIM client writes it."""
    values = people_services.person_values(user=user)
    return UserDoc(
        employee_id=values["employee_id"],
        email=values["email"],
        first_name=values["first_name"],
        last_name=values["last_name"],
        job_role=values["job_role"],
        department=values["department"],
        team=values["team"],
        manager=values["manager_employee_id"],
        preferred_language=values["preferred_language"],
        active=values["active"] == "yes",
        external_id=ScimIdentity.objects.filter(user=user)
        .values_list("external_id", flat=True)
        .first()
        or "",
    )


def scim_group_doc(*, group) -> GroupDoc:
    return GroupDoc(
        display_name=group.display_name,
        external_id=group.external_id,
        members=[
            str(scim_id)
            for scim_id in group.members.filter(profile__employee_id__isnull=False)
            .order_by("pk")
            .values_list("scim_identity__scim_id", flat=True)
            if scim_id is not None
        ],
    )


def directory_records(*, user) -> dict:
    """What the company directory's links hold about ``user``, for their
    personal-data download. Three queries."""
    identity = ScimIdentity.objects.filter(user=user).first()
    return {
        "directory_id": identity.external_id if identity and identity.external_id else None,
        "scim_id": str(identity.scim_id) if identity else None,
        "directory_groups": list(
            DirectoryGroup.objects.filter(members=user)
            .order_by("display_name")
            .values_list("display_name", flat=True)
        ),
        "company_accounts": [
            {"identity_provider": provider, "id": uid, "last_login": last_login}
            for provider, uid, last_login in SocialAccount.objects.filter(user=user)
            .order_by("pk")
            .values_list("provider", "uid", "last_login")
        ],
    }


def identity_provider_origins() -> list[str]:
    """The origins people are sent to when they sign in with a company account:
    each OpenID Connect issuer and SAML single sign-on URL. One query."""
    origins = set()
    for provider, options in SocialApp.objects.values_list("provider", "settings"):
        options = options if isinstance(options, dict) else {}
        if provider == "openid_connect":
            url = options.get("server_url", "")
        else:
            url = (options.get("idp") or {}).get("sso_url", "")
        found = origin(url)
        if found:
            origins.add(found)
    return sorted(origins)


def origin(url: str) -> str | None:
    """scheme://host[:port] of ``url``; None for anything but http(s)."""
    parts = urlsplit(url or "")
    if parts.scheme not in ("https", "http") or not parts.hostname:
        return None
    return f"{parts.scheme}://{parts.netloc}"
