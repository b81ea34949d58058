"""A SCIM User and the import's columns (people.services.PERSON_FIELDS).

``UserDoc`` is what a SCIM client may write about a person. A body (POST,
PUT) or a PATCH operation is read into one, checking what SCIM says of
types, schemas and mutability; the person's values are then checked and
written by ``people.services.person_sync``, like one row of the CSV import.
Standard attributes the academy does not keep (phone numbers, addresses,
nickName…) are accepted and not kept, so that a directory's default mapping
works; an attribute of no schema is refused.
"""

from dataclasses import dataclass, replace

from django.utils.translation import gettext as _

from directory.scim import schemas
from directory.scim.errors import (
    invalid_path,
    invalid_syntax,
    invalid_value,
    mutability,
    no_target,
)
from directory.scim.filters import Path, matches, parse_attr, parse_patch_path

KNOWN = schemas.USER_SCHEMAS

#: Standard attributes a directory may send that the academy does not keep.
IGNORED = {
    schemas.USER: {
        "displayname",
        "nickname",
        "profileurl",
        "usertype",
        "timezone",
        "password",
        "phonenumbers",
        "ims",
        "photos",
        "addresses",
        "entitlements",
        "roles",
        "x509certificates",
    },
    schemas.ENTERPRISE: {"costcenter", "organization", "division"},
    schemas.ACADEMY: set(),
}
IGNORED_NAME_PARTS = {"formatted", "middlename", "honorificprefix", "honorificsuffix"}
READ_ONLY = {"id", "meta", "groups", "schemas"}
MAX_EXTERNAL_ID = 200


@dataclass
class UserDoc:
    """What a SCIM client says about a person; "" means none."""

    employee_id: str = ""
    email: str = ""
    first_name: str = ""
    last_name: str = ""
    job_role: str = ""
    department: str = ""
    team: str = ""
    #: The manager's SCIM id or employee number, as the client sent it.
    manager: str = ""
    preferred_language: str = ""
    active: bool = True
    external_id: str = ""
    #: The address a full body's "emails" named, to compare with userName.
    emails_value: str | None = None


def _name(path: Path) -> str:
    if path.schema == schemas.USER:
        return path.dotted
    return f"{path.schema}:{path.dotted}"


def _text(value, path: Path) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise invalid_value(_("“%(name)s” must be a text.") % {"name": _name(path)})
    return value.strip()


def _boolean(value, path: Path) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        # Entra ID sends booleans as text: "False".
        return value.strip().lower() == "true"
    raise invalid_value(_("“%(name)s” must be true or false.") % {"name": _name(path)})


def _work_email(value, path: Path) -> str:
    """The work address of an ``emails`` list: the primary one, else the one
    of type work, else the only one."""
    if value is None:
        return ""
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise invalid_value(_("“emails” must be a list of addresses."))
    entries = [{str(k).lower(): v for k, v in item.items()} for item in value]
    for entry in entries:
        _text(entry.get("value"), Path(schemas.USER, "emails", "value"))
        _text(entry.get("type"), Path(schemas.USER, "emails", "type"))
        if "primary" in entry:
            _boolean(entry["primary"], Path(schemas.USER, "emails", "primary"))
    if not entries:
        return ""
    for wanted in (
        lambda e: e.get("primary") in (True, "true", "True") and e.get("type", "work") == "work",
        lambda e: e.get("primary") in (True, "true", "True"),
        lambda e: str(e.get("type", "")).lower() == "work",
    ):
        found = next((entry for entry in entries if wanted(entry)), None)
        if found is not None:
            return _text(found.get("value"), path)
    return _text(entries[0].get("value"), path) if len(entries) == 1 else ""


def _manager(value, path: Path) -> str:
    if isinstance(value, dict):
        lowered = {str(k).lower(): v for k, v in value.items()}
        return _text(lowered.get("value"), Path(path.schema, "manager", "value"))
    return _text(value, path)


def assign(doc: UserDoc, path: Path, value, *, op: str = "replace", patching: bool = False) -> None:
    """Write ``value`` at ``path`` of ``doc`` (op "remove" clears it)."""
    if op == "remove":
        value = None
    if not path.attr:
        # A whole extension: {"urn:…:enterprise:2.0:User": {"department": "x"}}
        if value is None and op == "remove":
            raise invalid_path(_("A whole schema cannot be removed."))
        if not isinstance(value, dict):
            raise invalid_value(_("“%(name)s” must be an object.") % {"name": path.schema})
        for key, item in value.items():
            assign(
                doc,
                parse_attr(str(key), default=path.schema, known=(path.schema,)),
                item,
                op=op,
                patching=patching,
            )
        return
    schema, attr, sub = path.schema, path.attr, path.sub
    if schema == schemas.USER and attr in READ_ONLY:
        if patching:
            raise mutability(_("“%(name)s” cannot be changed.") % {"name": _name(path)})
        return  # read-only attributes in a body are ignored (RFC 7643 §7)
    if attr in IGNORED[schema]:
        return
    if schema == schemas.USER:
        if attr == "username" and not sub:
            if op == "remove":
                raise invalid_value(_("“userName” cannot be removed."))
            doc.email = _text(value, path)
        elif attr == "name":
            if sub:
                _name_part(doc, path, value)
            elif value is None:
                doc.first_name = doc.last_name = ""
            elif isinstance(value, dict):
                for key, item in value.items():
                    _name_part(doc, Path(schema, "name", str(key).lower()), item)
            else:
                raise invalid_value(_("“name” must be an object."))
        elif attr == "emails":
            _emails(doc, path, value, op=op, patching=patching)
        elif attr == "active" and not sub:
            if value is None:
                raise invalid_value(_("“active” cannot be removed."))
            doc.active = _boolean(value, path)
        elif attr == "externalid" and not sub:
            doc.external_id = _text(value, path)
            if len(doc.external_id) > MAX_EXTERNAL_ID:
                raise invalid_value(
                    _("“externalId” is longer than %(limit)s characters.")
                    % {"limit": MAX_EXTERNAL_ID}
                )
        elif attr == "title" and not sub:
            doc.job_role = _text(value, path)
        elif attr in ("preferredlanguage", "locale") and not sub:
            doc.preferred_language = _text(value, path)
        else:
            raise _unknown(path)
    elif schema == schemas.ENTERPRISE:
        if attr == "employeenumber" and not sub:
            if value is None:
                raise mutability(_("“employeeNumber” cannot be removed."))
            doc.employee_id = _text(value, path)
        elif attr == "department" and not sub:
            doc.department = _text(value, path)
        elif attr == "manager" and sub in ("", "value"):
            doc.manager = _manager(value, path)
        elif attr == "manager" and sub in ("displayname", "$ref"):
            return
        else:
            raise _unknown(path)
    elif schema == schemas.ACADEMY and attr == "team" and not sub:
        doc.team = _text(value, path)
    else:
        raise _unknown(path)


def _unknown(path: Path):
    return invalid_value(
        _("“%(name)s” is not an attribute of this server.") % {"name": _name(path)}
    )


def _name_part(doc: UserDoc, path: Path, value) -> None:
    if path.sub == "givenname":
        doc.first_name = _text(value, path)
    elif path.sub == "familyname":
        doc.last_name = _text(value, path)
    elif path.sub in IGNORED_NAME_PARTS:
        _text(value, path)
    else:
        raise _unknown(path)


def _emails(doc: UserDoc, path: Path, value, *, op: str, patching: bool) -> None:
    if path.value_filter is not None:
        # emails[type eq "work"].value: our one address is the work one.
        target = {"type": "work", "primary": True, "value": doc.email}
        if not matches(path.value_filter, target):
            return  # other addresses are not kept
        if path.sub in ("", "value"):
            address = _work_email(value, path) if path.sub == "" else _text(value, path)
        elif path.sub in ("type", "primary", "display"):
            return
        else:
            raise _unknown(path)
    elif path.sub == "value":
        address = _text(value, path)
    elif path.sub in ("type", "primary", "display"):
        return
    elif path.sub:
        raise _unknown(path)
    else:
        address = _work_email(value, path)
    if op == "remove":
        raise invalid_value(_("The work e-mail address cannot be removed."))
    if patching:
        if address:
            doc.email = address
    else:
        doc.emails_value = address


def doc_from_body(body, *, base: UserDoc) -> UserDoc:
    """A full User (POST, PUT) read onto ``base``."""
    if not isinstance(body, dict):
        raise invalid_syntax(_("The body must be a JSON object."))
    doc = replace(base)
    declared = body.get("schemas", [schemas.USER])
    if not isinstance(declared, list) or not all(isinstance(item, str) for item in declared):
        raise invalid_value(_("“schemas” must be a list of schema URNs."))
    unknown = [urn for urn in declared if urn.lower() not in {u.lower() for u in KNOWN}]
    if unknown:
        raise invalid_value(
            _("This server does not know the schema “%(urn)s”.") % {"urn": unknown[0][:200]}
        )
    if schemas.USER.lower() not in {urn.lower() for urn in declared}:
        raise invalid_value(_("A User's “schemas” must include %(urn)s.") % {"urn": schemas.USER})
    for key, value in body.items():
        path = parse_attr(str(key), default=schemas.USER, known=KNOWN, error=invalid_value)
        assign(doc, path, value)
    if doc.emails_value and doc.email and doc.emails_value.lower() != doc.email.lower():
        raise invalid_value(_("“userName” and the work e-mail address must be the same address."))
    if not doc.email and doc.emails_value:
        doc.email = doc.emails_value
    doc.emails_value = None
    return doc


def patch_operations(body) -> list[tuple[str, object, object]]:
    """The operations of a PatchOp body as (op, path or None, value)."""
    if not isinstance(body, dict):
        raise invalid_syntax(_("The body must be a JSON object."))
    lowered = {str(k).lower(): v for k, v in body.items()}
    declared = lowered.get("schemas")
    if declared is not None and (
        not isinstance(declared, list) or schemas.PATCH_OP not in declared
    ):
        raise invalid_value(
            _("A PATCH body's “schemas” must be %(urn)s.") % {"urn": schemas.PATCH_OP}
        )
    operations = lowered.get("operations")
    if not isinstance(operations, list) or not operations:
        raise invalid_syntax(_("A PATCH body needs a list of “Operations”."))
    if len(operations) > schemas.MAX_OPERATIONS:
        raise invalid_value(
            _("A PATCH may carry at most %(limit)s operations.") % {"limit": schemas.MAX_OPERATIONS}
        )
    read = []
    for operation in operations:
        if not isinstance(operation, dict):
            raise invalid_syntax(_("Each operation must be a JSON object."))
        fields = {str(k).lower(): v for k, v in operation.items()}
        op = fields.get("op")
        if not isinstance(op, str) or op.lower() not in ("add", "replace", "remove"):
            raise invalid_syntax(_("An operation's “op” must be add, replace or remove."))
        path = fields.get("path")
        if path is not None and not isinstance(path, str):
            raise invalid_path(_("The operation's path is not a path."))
        if op.lower() != "remove" and "value" not in fields:
            raise invalid_value(_("An add or replace operation needs a “value”."))
        if op.lower() == "remove" and not path and "value" not in fields:
            raise no_target_error()
        read.append((op.lower(), path or None, fields.get("value")))
    return read


def no_target_error():
    return no_target(_("A remove operation needs a path."))


def doc_patched(doc: UserDoc, operations) -> UserDoc:
    """``doc`` after the PATCH operations (RFC 7644 §3.5.2)."""
    doc = replace(doc)
    for op, path_text, value in operations:
        if path_text is None:
            if op == "remove":
                raise no_target_error()
            if not isinstance(value, dict):
                raise invalid_value(_("An operation without a path needs an object as its value."))
            for key, item in value.items():
                path = parse_patch_path(str(key), default=schemas.USER, known=KNOWN)
                if path.schema == schemas.USER and path.attr in ("id", "schemas", "meta"):
                    continue  # Okta repeats the id in the value
                assign(doc, path, item, op=op, patching=True)
        else:
            path = parse_patch_path(path_text, default=schemas.USER, known=KNOWN)
            assign(doc, path, value, op=op, patching=True)
    return doc
