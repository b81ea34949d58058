"""A SCIM Group and a DirectoryGroup: its display name (which gives roles
through the group-to-role mappings), the directory's id for it, and its
members, named by their SCIM ids."""

from dataclasses import dataclass, field, replace

from django.utils.translation import gettext as _

from directory.scim import schemas
from directory.scim.errors import invalid_syntax, invalid_value, mutability
from directory.scim.filters import Path, matches, parse_attr, parse_patch_path
from directory.scim.users import MAX_EXTERNAL_ID, no_target_error

KNOWN = schemas.GROUP_SCHEMAS
MAX_NAME = 200


@dataclass
class GroupDoc:
    display_name: str = ""
    external_id: str = ""
    #: SCIM ids of the members, as sent.
    members: list[str] = field(default_factory=list)


def _text(value, name: str, limit: int) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise invalid_value(_("“%(name)s” must be a text.") % {"name": name})
    value = value.strip()
    if len(value) > limit:
        raise invalid_value(
            _("“%(name)s” is longer than %(limit)s characters.") % {"name": name, "limit": limit}
        )
    return value


def member_ids(value) -> list[str]:
    """The ids of a ``members`` value: [{"value": id}, …] (one object alone too)."""
    if value is None:
        return []
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        raise invalid_value(_('“members” must be a list of {"value": id}.'))
    ids = []
    for item in value:
        if not isinstance(item, dict):
            raise invalid_value(_('“members” must be a list of {"value": id}.'))
        lowered = {str(k).lower(): v for k, v in item.items()}
        member = lowered.get("value")
        if not isinstance(member, str) or not member.strip():
            raise invalid_value(_("Each member needs a “value”: the person's id."))
        ids.append(member.strip())
    return ids


def _assign(doc: GroupDoc, path: Path, value, *, op: str, patching: bool) -> None:
    attr = path.attr
    if attr in ("id", "meta", "schemas"):
        if patching:
            raise mutability(_("“%(name)s” cannot be changed.") % {"name": attr})
        return  # read-only attributes in a body are ignored (RFC 7643 §7)
    if path.sub and attr != "members":
        raise invalid_value(
            _("“%(name)s” is not an attribute of this server.") % {"name": path.dotted}
        )
    if attr == "displayname":
        if op == "remove":
            raise invalid_value(_("“displayName” cannot be removed."))
        doc.display_name = _text(value, "displayName", MAX_NAME)
    elif attr == "externalid":
        doc.external_id = _text(None if op == "remove" else value, "externalId", MAX_EXTERNAL_ID)
    elif attr == "members":
        if path.sub not in ("", "value"):
            raise invalid_value(_("Only a member's “value” can be changed."))
        if path.value_filter is not None:
            if op != "remove":
                raise invalid_value(_('Members are added with a list of {"value": id}.'))
            doc.members = [
                member
                for member in doc.members
                if not matches(path.value_filter, {"value": member})
            ]
        elif op == "add":
            doc.members += [m for m in member_ids(value) if m not in doc.members]
        elif op == "remove":
            gone = set(member_ids(value)) if value is not None else None
            doc.members = [] if gone is None else [m for m in doc.members if m not in gone]
        else:
            doc.members = member_ids(value)
    else:
        raise invalid_value(_("“%(name)s” is not an attribute of this server.") % {"name": attr})


def doc_from_body(body, *, base: GroupDoc | None = None) -> GroupDoc:
    if not isinstance(body, dict):
        raise invalid_syntax(_("The body must be a JSON object."))
    declared = body.get("schemas", [schemas.GROUP])
    if not isinstance(declared, list) or [
        urn.lower() if isinstance(urn, str) else urn for urn in declared
    ] != [schemas.GROUP.lower()]:
        raise invalid_value(_("A Group's “schemas” must be %(urn)s.") % {"urn": schemas.GROUP})
    doc = replace(base) if base is not None else GroupDoc()
    doc.members = []
    for key, value in body.items():
        path = parse_attr(str(key), default=schemas.GROUP, known=KNOWN, error=invalid_value)
        _assign(doc, path, value, op="replace", patching=False)
    if not doc.display_name:
        raise invalid_value(_("A group needs a “displayName”."))
    return doc


def doc_patched(doc: GroupDoc, operations) -> GroupDoc:
    doc = replace(doc, members=list(doc.members))
    for op, path_text, value in operations:
        if path_text is None:
            if op == "remove":
                raise no_target_error()
            if not isinstance(value, dict):
                raise invalid_value(_("An operation without a path needs an object as its value."))
            for key, item in value.items():
                path = parse_patch_path(str(key), default=schemas.GROUP, known=KNOWN)
                if path.attr in ("id", "schemas", "meta"):
                    continue  # Okta repeats the id in the value
                _assign(doc, path, item, op=op, patching=True)
        else:
            path = parse_patch_path(path_text, default=schemas.GROUP, known=KNOWN)
            _assign(doc, path, value, op=op, patching=True)
    if not doc.display_name:
        raise invalid_value(_("A group needs a “displayName”."))
    return doc
