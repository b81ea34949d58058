"""The schemas this server speaks, and the discovery documents
(/ServiceProviderConfig, /ResourceTypes, /Schemas) that describe them."""

from django.utils.translation import gettext_lazy as _

USER = "urn:ietf:params:scim:schemas:core:2.0:User"
GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group"
ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"
#: Our own extension: the person's team (within their department).
ACADEMY = "urn:humanedge:params:scim:schemas:extension:academy:2.0:User"
LIST = "urn:ietf:params:scim:api:messages:2.0:ListResponse"
PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp"
SERVICE_PROVIDER_CONFIG = "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"
RESOURCE_TYPE = "urn:ietf:params:scim:schemas:core:2.0:ResourceType"
SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Schema"

USER_SCHEMAS = (USER, ENTERPRISE, ACADEMY)
GROUP_SCHEMAS = (GROUP,)

MAX_RESULTS = 200
MAX_OPERATIONS = 100
#: Bodies larger than this are refused before they are read.
MAX_PAYLOAD_BYTES = 1024 * 1024


def _attribute(
    name,
    *,
    type_="string",
    multi=False,
    required=False,
    mutability="readWrite",
    returned="default",
    uniqueness="none",
    case_exact=False,
    description="",
    sub=None,
    reference_types=None,
):
    attribute = {
        "name": name,
        "type": type_,
        "multiValued": multi,
        "description": str(description),
        "required": required,
        "caseExact": case_exact,
        "mutability": mutability,
        "returned": returned,
        "uniqueness": uniqueness,
    }
    if sub is not None:
        attribute["subAttributes"] = sub
    if reference_types is not None:
        attribute["referenceTypes"] = reference_types
    return attribute


def user_schema() -> dict:
    return {
        "id": USER,
        "name": "User",
        "description": "User Account",
        "attributes": [
            _attribute(
                "userName",
                required=True,
                uniqueness="server",
                description=_("The person's work e-mail address."),
            ),
            _attribute(
                "name",
                type_="complex",
                sub=[
                    _attribute("givenName", description=_("First name.")),
                    _attribute("familyName", description=_("Last name.")),
                    _attribute("formatted", mutability="readOnly"),
                ],
            ),
            _attribute("displayName", mutability="readOnly"),
            _attribute("title", description=_("Job role.")),
            _attribute("preferredLanguage"),
            _attribute("locale"),
            _attribute("active", type_="boolean"),
            _attribute(
                "emails",
                type_="complex",
                multi=True,
                sub=[
                    _attribute("value"),
                    _attribute("type"),
                    _attribute("primary", type_="boolean"),
                ],
                description=_("The work e-mail address; the same as userName."),
            ),
            _attribute(
                "groups",
                type_="complex",
                multi=True,
                mutability="readOnly",
                sub=[
                    _attribute("value", mutability="readOnly"),
                    _attribute(
                        "$ref", type_="reference", mutability="readOnly", reference_types=["Group"]
                    ),
                    _attribute("display", mutability="readOnly"),
                ],
            ),
        ],
        "meta": {"resourceType": "Schema", "location": f"/Schemas/{USER}"},
    }


def enterprise_schema() -> dict:
    return {
        "id": ENTERPRISE,
        "name": "EnterpriseUser",
        "description": "Enterprise User",
        "attributes": [
            _attribute(
                "employeeNumber",
                required=True,
                mutability="immutable",
                uniqueness="server",
                case_exact=True,
                description=_("The employee id; needed to create a person, never changed."),
            ),
            _attribute("department"),
            _attribute(
                "manager",
                type_="complex",
                sub=[
                    _attribute("value", description=_("The manager's id or employee number.")),
                    _attribute("$ref", type_="reference", reference_types=["User"]),
                    _attribute("displayName", mutability="readOnly"),
                ],
            ),
        ],
        "meta": {"resourceType": "Schema", "location": f"/Schemas/{ENTERPRISE}"},
    }


def academy_schema() -> dict:
    return {
        "id": ACADEMY,
        "name": "AcademyUser",
        "description": "Human Edge Academy",
        "attributes": [
            _attribute("team", description=_("The person's team, within their department.")),
        ],
        "meta": {"resourceType": "Schema", "location": f"/Schemas/{ACADEMY}"},
    }


def group_schema() -> dict:
    return {
        "id": GROUP,
        "name": "Group",
        "description": "Group",
        "attributes": [
            _attribute("displayName", required=True, uniqueness="server"),
            _attribute(
                "members",
                type_="complex",
                multi=True,
                sub=[
                    _attribute("value", mutability="immutable"),
                    _attribute(
                        "$ref", type_="reference", mutability="immutable", reference_types=["User"]
                    ),
                    _attribute("display", mutability="readOnly"),
                    _attribute("type", mutability="immutable"),
                ],
            ),
        ],
        "meta": {"resourceType": "Schema", "location": f"/Schemas/{GROUP}"},
    }


def all_schemas() -> list[dict]:
    return [user_schema(), enterprise_schema(), academy_schema(), group_schema()]


def resource_types() -> list[dict]:
    return [
        {
            "schemas": [RESOURCE_TYPE],
            "id": "User",
            "name": "User",
            "endpoint": "/Users",
            "description": "User Account",
            "schema": USER,
            "schemaExtensions": [
                {"schema": ENTERPRISE, "required": True},
                {"schema": ACADEMY, "required": False},
            ],
            "meta": {"resourceType": "ResourceType", "location": "/ResourceTypes/User"},
        },
        {
            "schemas": [RESOURCE_TYPE],
            "id": "Group",
            "name": "Group",
            "endpoint": "/Groups",
            "description": "Group",
            "schema": GROUP,
            "meta": {"resourceType": "ResourceType", "location": "/ResourceTypes/Group"},
        },
    ]


def service_provider_config() -> dict:
    return {
        "schemas": [SERVICE_PROVIDER_CONFIG],
        "patch": {"supported": True},
        "bulk": {"supported": False, "maxOperations": 0, "maxPayloadSize": 0},
        "filter": {"supported": True, "maxResults": MAX_RESULTS},
        "changePassword": {"supported": False},
        "sort": {"supported": False},
        "etag": {"supported": False},
        "authenticationSchemes": [
            {
                "type": "oauthbearertoken",
                "name": "Bearer token",
                "description": str(
                    _("A SCIM token made in the editing area (Settings → SCIM tokens).")
                ),
                "primary": True,
            }
        ],
        "meta": {"resourceType": "ServiceProviderConfig", "location": "/ServiceProviderConfig"},
    }
