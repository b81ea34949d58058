"""What an identity provider says of a person, read from an OpenID Connect
ID token and userinfo or from SAML attributes, into one shape.

Each item is looked up under the names the big providers use (Entra ID,
Okta, Google Workspace, Keycloak, ADFS); an identity provider's own names are
set in its settings (``"claims": {"employee_id": "employeeNumber"}``). A claim
that is missing, empty or not text counts as not sent: the stored value is
left as it is. Nothing here writes.
"""

from dataclasses import dataclass, field

# Our name -> the names identity providers send it under, in order of preference.
DEFAULT_CLAIMS: dict[str, tuple[str, ...]] = {
    "employee_id": (
        "employee_id",
        "employeeNumber",
        "employeeId",
        "urn:oid:2.16.840.1.113730.3.1.3",
        "http://schemas.microsoft.com/ws/2008/06/identity/claims/employeeid",
    ),
    "email": (
        "email",
        "mail",
        "urn:oid:0.9.2342.19200300.100.1.3",
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
    ),
    "first_name": (
        "given_name",
        "first_name",
        "givenName",
        "urn:oid:2.5.4.42",
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname",
    ),
    "last_name": (
        "family_name",
        "last_name",
        "sn",
        "surname",
        "urn:oid:2.5.4.4",
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname",
    ),
    "job_role": ("job_title", "title", "jobTitle", "urn:oid:2.5.4.12"),
    "department": ("department", "urn:oid:2.5.4.11"),
    "team": ("team",),
    "manager_email": ("manager_email", "managerEmail"),
    "preferred_language": ("locale", "preferred_language", "preferredLanguage"),
    "groups": (
        "groups",
        "memberOf",
        "http://schemas.microsoft.com/ws/2008/06/identity/claims/groups",
    ),
    "amr": ("amr", "http://schemas.microsoft.com/claims/authnmethodsreferences"),
    "acr": ("acr", "http://schemas.microsoft.com/claims/authncontextclassref"),
}
TEXT_CLAIMS = (
    "employee_id",
    "email",
    "first_name",
    "last_name",
    "job_role",
    "department",
    "team",
    "manager_email",
    "preferred_language",
)
# Longer values are not names of anything: they are refused as not sent.
MAX_CLAIM_LENGTH = 1000
MAX_GROUPS = 500

# Authentication methods (RFC 8176, and Entra ID's URI) that prove a second
# factor: "mfa" itself, or a method that is one.
MFA_AMR_VALUES = frozenset(
    {
        "mfa",
        "otp",
        "hwk",
        "sc",
        "fpt",
        "face",
        "iris",
        "retina",
        "http://schemas.microsoft.com/claims/multipleauthn",
    }
)
# Authentication context classes that mean more than one factor; an identity
# provider's own are added in its settings ("mfa_acr_values").
MFA_ACR_VALUES = frozenset(
    {
        "http://schemas.openid.net/pape/policies/2007/06/multi-factor",
        "urn:oasis:names:tc:SAML:2.0:ac:classes:MultiFactor",
        "urn:oasis:names:tc:SAML:2.0:ac:classes:TimeSyncToken",
        "urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract",
        "https://refeds.org/profile/mfa",
        "mfa",
    }
)


@dataclass(frozen=True)
class Claims:
    employee_id: str = ""
    email: str = ""
    first_name: str = ""
    last_name: str = ""
    job_role: str = ""
    department: str = ""
    team: str = ""
    manager_email: str = ""
    preferred_language: str = ""
    #: None when the identity provider sent no groups claim at all (roles are
    #: then left alone); a list, perhaps empty, when it did.
    groups: list[str] | None = None
    amr: list[str] = field(default_factory=list)
    acr: str = ""

    def proves_second_factor(self, *, extra_acr_values=()) -> bool:
        return bool(set(self.amr) & MFA_AMR_VALUES) or (
            bool(self.acr) and self.acr in (MFA_ACR_VALUES | set(extra_acr_values))
        )


def _text(value) -> str:
    """One text value: a string, or the first of a list (SAML attributes are
    lists); anything else, or too long, is not sent."""
    if isinstance(value, (list, tuple)):
        value = value[0] if value else ""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return ""
    value = str(value).strip()
    if len(value) > MAX_CLAIM_LENGTH or "\x00" in value:
        return ""
    return value


def _texts(value) -> list[str]:
    if isinstance(value, str):
        # Some providers send one group as a string, or several separated by commas.
        value = value.split(",")
    if not isinstance(value, (list, tuple)):
        return []
    items = []
    for item in value[:MAX_GROUPS]:
        text = _text(item)
        if text and text not in items:
            items.append(text)
    return items


def _lookup(data: dict, names) -> object:
    for name in names:
        if name in data and data[name] not in (None, "", []):
            return data[name]
    return None


def claims_read(data: dict, *, names: dict | None = None) -> Claims:
    """The claims in ``data`` (a dict of claim or attribute name -> value).
    ``names`` overrides DEFAULT_CLAIMS per item: a name or a list of names."""
    if not isinstance(data, dict):
        return Claims()
    lookup = dict(DEFAULT_CLAIMS)
    for key, override in (names or {}).items():
        if key in lookup:
            lookup[key] = (override,) if isinstance(override, str) else tuple(override)
    values = {key: _text(_lookup(data, lookup[key])) for key in TEXT_CLAIMS}
    groups_value = _lookup(data, lookup["groups"])
    has_groups = any(name in data for name in lookup["groups"])
    return Claims(
        **values,
        groups=_texts(groups_value) if has_groups else None,
        amr=_texts(_lookup(data, lookup["amr"])),
        acr=_text(_lookup(data, lookup["acr"])),
    )


def login_data(provider: str, extra_data) -> dict:
    """The claims of one sign-in as one dict. OpenID Connect: the userinfo
    answer over the ID token (whose amr and acr only it carries); SAML: the
    assertion's attributes."""
    if not isinstance(extra_data, dict):
        return {}
    if provider == "openid_connect":
        id_token, userinfo = (
            part if isinstance(part := extra_data.get(key), dict) else {}
            for key in ("id_token", "userinfo")
        )
        if not id_token and not userinfo:
            return dict(extra_data)
        merged = {**id_token, **userinfo}
        for key in ("amr", "acr"):
            if key in id_token:
                merged[key] = id_token[key]
        return merged
    return dict(extra_data)
