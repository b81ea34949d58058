"""People and groups as SCIM resources (what GET answers)."""

from directory.scim import schemas


def _stamp(moment) -> str | None:
    return moment.isoformat() if moment else None


def user_resource(user, *, base_url: str) -> dict:
    profile = user.profile
    identity = user.scim_identity
    location = f"{base_url}/Users/{identity.scim_id}"
    manager = profile.manager
    enterprise = {
        "employeeNumber": profile.employee_id or "",
        "department": profile.department.name if profile.department else "",
    }
    if manager is not None:
        manager_identity = getattr(manager, "scim_identity", None)
        enterprise["manager"] = {
            "value": str(manager_identity.scim_id) if manager_identity else "",
            "$ref": f"{base_url}/Users/{manager_identity.scim_id}" if manager_identity else None,
            "displayName": manager.get_full_name(),
        }
        if enterprise["manager"]["$ref"] is None:
            del enterprise["manager"]["$ref"]
    resource = {
        "schemas": [schemas.USER, schemas.ENTERPRISE, schemas.ACADEMY],
        "id": str(identity.scim_id),
        "userName": user.email,
        "name": {
            "givenName": user.first_name,
            "familyName": user.last_name,
            "formatted": user.get_full_name(),
        },
        "displayName": user.get_full_name(),
        "title": profile.job_role,
        "preferredLanguage": profile.preferred_language,
        "locale": profile.preferred_language,
        "active": user.is_active,
        "emails": [{"value": user.email, "type": "work", "primary": True}],
        "groups": [
            {
                "value": str(group.scim_id),
                "$ref": f"{base_url}/Groups/{group.scim_id}",
                "display": group.display_name,
            }
            for group in user.directory_groups.all()
        ],
        schemas.ENTERPRISE: enterprise,
        schemas.ACADEMY: {"team": profile.team.name if profile.team else ""},
        "meta": {
            "resourceType": "User",
            "created": _stamp(user.date_joined),
            "lastModified": _stamp(profile.updated_at or user.date_joined),
            "location": location,
        },
    }
    if identity.external_id:
        resource["externalId"] = identity.external_id
    # Empty texts are left out: SCIM has no "empty", only "unassigned".
    for key in ("title", "preferredLanguage", "locale"):
        if not resource[key]:
            del resource[key]
    for key in ("employeeNumber", "department"):
        if not enterprise[key]:
            del enterprise[key]
    if not resource[schemas.ACADEMY]["team"]:
        del resource[schemas.ACADEMY]
    if not resource["groups"]:
        del resource["groups"]
    return resource


def group_resource(group, *, base_url: str, with_members: bool = True) -> dict:
    resource = {
        "schemas": [schemas.GROUP],
        "id": str(group.scim_id),
        "displayName": group.display_name,
        "meta": {
            "resourceType": "Group",
            "created": _stamp(group.created_at),
            "lastModified": _stamp(group.updated_at),
            "location": f"{base_url}/Groups/{group.scim_id}",
        },
    }
    if group.external_id:
        resource["externalId"] = group.external_id
    if with_members:
        resource["members"] = [
            {
                "value": str(member.scim_identity.scim_id),
                "$ref": f"{base_url}/Users/{member.scim_identity.scim_id}",
                "display": member.get_full_name() or member.email,
                "type": "User",
            }
            for member in group.members.all()
        ]
    return resource


def list_response(resources: list[dict], *, total: int, start: int) -> dict:
    return {
        "schemas": [schemas.LIST],
        "totalResults": total,
        "itemsPerPage": len(resources),
        "startIndex": start,
        "Resources": resources,
    }


def trimmed(resource: dict, *, attributes: list[str], excluded: list[str]) -> dict:
    """``resource`` with only the top-level ``attributes`` asked for (and id,
    schemas, meta), or without the ``excluded`` ones (RFC 7644 §3.9)."""
    always = {"id", "schemas", "meta"}
    wanted = {_top(name) for name in attributes}
    unwanted = {_top(name) for name in excluded} - always
    result = {}
    for key, value in resource.items():
        lowered = key.lower()
        if lowered in always or (not wanted or lowered in wanted) and lowered not in unwanted:
            result[key] = value
    return result


def _top(name: str) -> str:
    """The top-level key of a resource an attribute name points into."""
    lowered = name.strip().lower()
    for urn in (*schemas.USER_SCHEMAS, *schemas.GROUP_SCHEMAS):
        if lowered == urn.lower() or lowered.startswith(urn.lower() + ":"):
            if urn in (schemas.USER, schemas.GROUP):
                return lowered[len(urn) + 1 :].split(".")[0]
            return urn.lower()
    return lowered.split(".")[0]
