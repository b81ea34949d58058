"""The SCIM endpoints through Django's test client: what Entra ID and Okta
send, filters and paging, and every refusal a SCIM error that changes
nothing. tests/directory/test_scim_client.py drives the same endpoints with a
real SCIM client over HTTP."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from directory.models import DirectoryGroup, GroupRoleMapping, ScimIdentity
from directory.scim import schemas
from people.models import AccessLog, Profile
from people.roles import Role
from people.services import person_values
from tests.directory.helpers import Scim, patch, scim_token, user_body
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

ENTERPRISE = schemas.ENTERPRISE
ERROR = "urn:ietf:params:scim:api:messages:2.0:Error"


@pytest.fixture
def scim(client):
    return Scim(client, scim_token())


def create(scim, employee_id="E1", email="ada@example.com", **extra) -> dict:
    response = scim.post("Users", user_body(employee_id, email, **extra))
    assert response.status_code == 201, response.content
    return response.json()


def state() -> str:
    """Everything SCIM could change, as text: people, their groups and roles,
    the directory's groups, and the access log."""
    people = [
        (
            person_values(user=profile.user),
            sorted(profile.user.groups.values_list("name", flat=True)),
            ScimIdentity.objects.filter(user=profile.user).values_list("external_id").first(),
        )
        for profile in Profile.objects.select_related("user").order_by("pk")
    ]
    groups = [
        (group.display_name, group.external_id, sorted(group.members.values_list("pk", flat=True)))
        for group in DirectoryGroup.objects.order_by("pk")
    ]
    return repr((people, groups, AccessLog.objects.count()))


def refused(response, status: int, scim_type: str | None = None) -> dict:
    assert response.status_code == status, response.content
    assert response["Content-Type"] == "application/scim+json"
    body = response.json()
    assert body["schemas"] == [ERROR]
    assert body["status"] == str(status)
    assert body["detail"]
    if scim_type is not None:
        assert body.get("scimType") == scim_type, body
    return body


# --- users ------------------------------------------------------------------------------


def test_a_person_created_through_scim_is_a_person_of_the_import(scim):
    created = create(
        scim,
        title="Agent",
        preferredLanguage="es-MX",
        externalId="entra-1",
        **{
            ENTERPRISE: {"employeeNumber": "E1", "department": "Support"},
            schemas.ACADEMY: {"team": "Tier 1"},
        },
    )
    user = ScimIdentity.objects.get(scim_id=created["id"]).user
    assert person_values(user=user) == {
        "employee_id": "E1",
        "email": "ada@example.com",
        "first_name": "Ada",
        "last_name": "Lovelace",
        "job_role": "Agent",
        "department": "Support",
        "team": "Tier 1",
        "manager_employee_id": "",
        "preferred_language": "es",
        "active": "yes",
    }
    assert created["externalId"] == "entra-1"
    assert created[schemas.ACADEMY] == {"team": "Tier 1"}
    assert str(user.pk) not in created["id"].split("-")
    entry = AccessLog.objects.get(subject=user)
    assert entry.place == AccessLog.Place.DIRECTORY
    assert entry.actor is None


def test_a_person_the_academy_knows_is_a_conflict_the_directory_then_finds(scim):
    create(scim)
    before = state()
    again = scim.post("Users", user_body("E1", "other@example.com"))
    refused(again, 409, "uniqueness")
    someone_elses_address = scim.post("Users", user_body("E2", "ADA@example.com"))
    refused(someone_elses_address, 409, "uniqueness")
    assert state() == before
    found = scim.get("Users", filter='userName eq "Ada@Example.com"').json()
    assert found["totalResults"] == 1


def test_an_account_with_no_employee_number_yet_becomes_the_directory_s(scim):
    local = UserFactory(email="ada@example.com")
    created = create(scim)
    assert created["id"] == str(local.scim_identity.scim_id)


def test_without_an_employee_number_nobody_is_created(scim):
    body = user_body()
    del body[ENTERPRISE]
    detail = refused(scim.post("Users", body), 400, "invalidValue")["detail"]
    assert "employeeNumber" in detail
    assert not Profile.objects.exclude(employee_id=None).exists()


def test_entra_id_s_patch_deactivates_and_turns_back_on(scim, client):
    created = create(scim)
    user = ScimIdentity.objects.get(scim_id=created["id"]).user
    off = scim.patch(
        f"Users/{created['id']}", patch({"op": "Replace", "path": "active", "value": "False"})
    )
    assert off.status_code == 200 and off.json()["active"] is False
    user.refresh_from_db()
    assert not user.is_active
    on = scim.patch(f"Users/{created['id']}", patch({"op": "replace", "value": {"active": True}}))
    assert on.json()["active"] is True


@pytest.mark.parametrize(
    ("operation", "expected"),
    [
        (
            {"op": "Replace", "path": "name.givenName", "value": "Augusta"},
            ("first_name", "Augusta"),
        ),
        (
            {"op": "replace", "path": 'emails[type eq "work"].value', "value": "aal@example.com"},
            ("email", "aal@example.com"),
        ),
        (
            {"op": "replace", "path": "userName", "value": "aal@example.com"},
            ("email", "aal@example.com"),
        ),
        (
            {"op": "Add", "path": f"{ENTERPRISE}:department", "value": "Sales"},
            ("department", "Sales"),
        ),
        ({"op": "add", "path": "title", "value": "Lead"}, ("job_role", "Lead")),
        (
            {"op": "replace", "path": "preferredLanguage", "value": "fr-FR"},
            ("preferred_language", "fr"),
        ),
        ({"op": "replace", "path": "locale", "value": "es_ES"}, ("preferred_language", "es")),
        (
            {
                "op": "replace",
                "value": {"name.familyName": "King", f"{ENTERPRISE}:department": "HR"},
            },
            ("last_name", "King"),
        ),
        (
            {"op": "replace", "value": {ENTERPRISE: {"department": "Ops"}}},
            ("department", "Ops"),
        ),
        (
            {"op": "add", "path": f"{schemas.ACADEMY}:team", "value": "Tier 2"},
            ("team", "Tier 2"),
        ),
        # Okta repeats the id in a value without path.
        ({"op": "replace", "value": {"id": "x", "active": "false"}}, ("active", "no")),
        # Attributes the academy does not keep are accepted and not kept.
        (
            {"op": "replace", "path": 'phoneNumbers[type eq "work"].value', "value": "+1 555"},
            ("first_name", "Ada"),
        ),
    ],
)
def test_patch_as_the_directories_send_it(scim, operation, expected):
    created = create(scim, **{ENTERPRISE: {"employeeNumber": "E1", "department": "Support"}})
    response = scim.patch(f"Users/{created['id']}", patch(operation))
    assert response.status_code == 200, response.content
    user = ScimIdentity.objects.get(scim_id=created["id"]).user
    column, value = expected
    assert person_values(user=user)[column] == value


def test_a_manager_by_scim_id_or_employee_number(scim):
    boss = create(scim, "B1", "boss@example.com")
    ada = create(scim)
    path = f"{ENTERPRISE}:manager"
    response = scim.patch(
        f"Users/{ada['id']}", patch({"op": "replace", "path": path, "value": boss["id"]})
    )
    assert response.json()[ENTERPRISE]["manager"]["value"] == boss["id"]
    scim.patch(f"Users/{ada['id']}", patch({"op": "remove", "path": path}))
    assert "manager" not in scim.get(f"Users/{ada['id']}").json()[ENTERPRISE]
    response = scim.patch(
        f"Users/{ada['id']}", patch({"op": "add", "path": path, "value": {"value": "B1"}})
    )
    assert response.json()[ENTERPRISE]["manager"]["value"] == boss["id"]


def test_put_replaces_and_the_same_request_twice_writes_nothing_the_second_time(scim):
    created = create(scim)
    body = user_body(title="Coach", **{ENTERPRISE: {"employeeNumber": "E1", "department": "L&D"}})
    body["name"] = {"givenName": "Ada", "familyName": "King"}
    first = scim.put(f"Users/{created['id']}", body)
    assert first.status_code == 200
    assert first.json()["title"] == "Coach"
    entries = AccessLog.objects.count()
    before = state()
    assert scim.put(f"Users/{created['id']}", body).status_code == 200
    same = patch({"op": "replace", "path": "title", "value": "Coach"})
    assert scim.patch(f"Users/{created['id']}", same).status_code == 200
    assert AccessLog.objects.count() == entries
    assert state() == before


def test_delete_deactivates_and_keeps_the_person(scim):
    created = create(scim)
    assert scim.delete(f"Users/{created['id']}").status_code == 204
    user = ScimIdentity.objects.get(scim_id=created["id"]).user
    user.refresh_from_db()
    assert user.is_active is False
    assert scim.get(f"Users/{created['id']}").json()["active"] is False


@pytest.mark.parametrize(
    ("send", "status", "scim_type"),
    [
        (
            lambda s, i, b: s.patch(
                f"Users/{i}", patch({"op": "replace", "path": "active", "value": "maybe"})
            ),
            400,
            "invalidValue",
        ),
        (
            lambda s, i, b: s.patch(
                f"Users/{i}", patch({"op": "replace", "path": "name.givenName", "value": 7})
            ),
            400,
            "invalidValue",
        ),
        (
            lambda s, i, b: s.patch(
                f"Users/{i}", patch({"op": "replace", "path": "nickNames", "value": "x"})
            ),
            400,
            "invalidValue",
        ),
        (
            lambda s, i, b: s.patch(
                f"Users/{i}", patch({"op": "replace", "path": "urn:x:y:department", "value": "x"})
            ),
            400,
            "invalidPath",
        ),
        (
            lambda s, i, b: s.patch(
                f"Users/{i}", patch({"op": "replace", "path": "id", "value": "x"})
            ),
            400,
            "mutability",
        ),
        (
            lambda s, i, b: s.patch(
                f"Users/{i}", patch({"op": "replace", "path": "groups", "value": []})
            ),
            400,
            "mutability",
        ),
        (
            lambda s, i, b: s.patch(
                f"Users/{i}",
                patch({"op": "replace", "path": f"{ENTERPRISE}:employeeNumber", "value": "E9"}),
            ),
            400,
            "mutability",
        ),
        (
            lambda s, i, b: s.patch(f"Users/{i}", patch({"op": "remove", "path": "userName"})),
            400,
            "invalidValue",
        ),
        (lambda s, i, b: s.patch(f"Users/{i}", patch({"op": "remove"})), 400, "noTarget"),
        (
            lambda s, i, b: s.patch(f"Users/{i}", patch({"op": "move", "path": "title"})),
            400,
            "invalidSyntax",
        ),
        (
            lambda s, i, b: s.patch(
                f"Users/{i}", patch({"op": "replace", "path": "emails[type eq", "value": "x"})
            ),
            400,
            "invalidPath",
        ),
        (
            lambda s, i, b: s.patch(
                f"Users/{i}",
                patch({"op": "replace", "path": "preferredLanguage", "value": "klingon"}),
            ),
            400,
            "invalidValue",
        ),
        (
            lambda s, i, b: s.patch(
                f"Users/{i}",
                patch({"op": "replace", "path": "userName", "value": "not an address"}),
            ),
            400,
            "invalidValue",
        ),
        # An address another person has.
        (
            lambda s, i, b: s.patch(
                f"Users/{i}",
                patch({"op": "replace", "path": "userName", "value": "boss@example.com"}),
            ),
            409,
            "uniqueness",
        ),
        # A reporting line in a loop: the boss reports to Ada, who reports to the boss.
        (
            lambda s, i, b: s.patch(
                f"Users/{b}",
                patch({"op": "replace", "path": f"{ENTERPRISE}:manager", "value": "E1"}),
            ),
            400,
            "invalidValue",
        ),
        (
            lambda s, i, b: s.patch(
                f"Users/{i}",
                patch({"op": "replace", "path": f"{ENTERPRISE}:manager", "value": "NOBODY"}),
            ),
            400,
            "invalidValue",
        ),
        (
            lambda s, i, b: s.patch(
                f"Users/{i}", patch({"op": "replace", "path": "externalId", "value": "x" * 201})
            ),
            400,
            "invalidValue",
        ),
        (
            lambda s, i, b: s.patch(
                f"Users/{i}", patch({"op": "replace", "path": "title", "value": "a\x00b"})
            ),
            400,
            "invalidValue",
        ),
        (lambda s, i, b: s.patch(f"Users/{i}", raw="{not json"), 400, "invalidSyntax"),
        (lambda s, i, b: s.patch(f"Users/{i}", raw="[" * 5000), 400, "invalidSyntax"),
        (
            lambda s, i, b: s.patch(f"Users/{i}", raw=json.dumps({"Operations": "x"})),
            400,
            "invalidSyntax",
        ),
        (
            lambda s, i, b: s.put(f"Users/{i}", {**user_body("E1"), "schemas": ["urn:made:up"]}),
            400,
            "invalidValue",
        ),
        (
            lambda s, i, b: s.put(f"Users/{i}", {**user_body("E1"), "emails": "ada@example.com"}),
            400,
            "invalidValue",
        ),
        (
            lambda s, i, b: s.put(f"Users/{i}", {**user_body("E1"), "favouriteColour": "red"}),
            400,
            "invalidValue",
        ),
        (
            lambda s, i, b: s.put(
                f"Users/{i}",
                {**user_body("E1"), "emails": [{"value": "other@example.com", "primary": True}]},
            ),
            400,
            "invalidValue",
        ),
        (
            lambda s, i, b: s.patch(
                f"Users/{i}",
                raw='{"Operations": ['
                + '{"op": "add", "path": "title", "value": "x"},' * 150
                + '{"op": "add", "path": "title", "value": "x"}]}',
            ),
            400,
            "invalidValue",
        ),
    ],
)
def test_bad_input_is_a_scim_error_and_changes_nothing(scim, send, status, scim_type):
    boss = create(scim, "B1", "boss@example.com")
    ada = create(scim, **{ENTERPRISE: {"employeeNumber": "E1", "manager": {"value": boss["id"]}}})
    before = state()
    refused(send(scim, ada["id"], boss["id"]), status, scim_type)
    assert state() == before


def test_ten_megabytes_are_refused_before_they_are_read(scim):
    before = state()
    body = json.dumps(user_body(title="x" * (10 * 1024 * 1024)))
    refused(scim.post("Users", raw=body), 413)
    assert state() == before


def test_unknown_ids_are_not_found(scim):
    refused(scim.get("Users/not-a-uuid"), 404)
    refused(scim.get("Users/00000000-0000-4000-8000-000000000000"), 404)
    refused(scim.delete("Groups/00000000-0000-4000-8000-000000000000"), 404)


def test_people_the_directory_never_named_are_not_seen(scim):
    admin = UserFactory(is_superuser=True)
    assert scim.get("Users").json()["totalResults"] == 0
    refused(scim.delete(f"Users/{admin.scim_identity.scim_id}"), 404)
    admin.refresh_from_db()
    assert admin.is_active


@pytest.mark.parametrize("kind", ["superuser", "staff"])
def test_the_academy_s_own_accounts_are_never_adopted_or_changed(scim, kind):
    """A leaked SCIM token must not take a superuser's account: not by posting
    its address (adoption), nor by reaching one that has an employee id."""
    admin = UserFactory(email="root@example.com", is_superuser=kind == "superuser", is_staff=True)
    refused(scim.post("Users", user_body("E9", "root@example.com")), 409)
    Profile.objects.filter(user=admin).update(employee_id="E-ADMIN")
    assert scim.get("Users").json()["totalResults"] == 0
    refused(
        scim.patch(
            f"Users/{admin.scim_identity.scim_id}",
            patch({"op": "replace", "path": "userName", "value": "evil@example.com"}),
        ),
        404,
    )
    admin.refresh_from_db()
    assert (admin.email, admin.is_active) == ("root@example.com", True)


def test_an_administrator_cannot_be_named_as_a_member_or_a_manager(scim):
    admin = UserFactory(email="root@example.com", is_superuser=True, is_staff=True)
    Profile.objects.filter(user=admin).update(employee_id="E-ADMIN")
    admin_id = str(admin.scim_identity.scim_id)
    before = state()
    refused(
        scim.post(
            "Groups",
            {"schemas": [schemas.GROUP], "displayName": "G", "members": [{"value": admin_id}]},
        ),
        400,
        "invalidValue",
    )
    manager = {"value": admin_id}
    body = user_body("E5", "eve@example.com")
    body[schemas.ENTERPRISE]["manager"] = manager
    refused(scim.post("Users", body), 400, "invalidValue")
    assert state() == before


# --- filters and paging ------------------------------------------------------------------


@pytest.fixture
def three(scim):
    people = [
        create(scim, "E1", "ada@example.com", externalId="x-1"),
        create(scim, "E2", "grace@example.com", title="Lead"),
        create(scim, "E3", "alan@other.org"),
    ]
    return [person["id"] for person in people]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ('userName eq "ADA@example.com"', [0]),
        ('UserName Eq "ada@example.com"', [0]),
        ('externalId eq "x-1"', [0]),
        ('emails[type eq "work"].value eq "grace@example.com"', [1]),
        ('emails[type eq "work" and value eq "grace@example.com"]', [1]),
        ('emails.value eq "alan@other.org"', [2]),
        ('emails eq "alan@other.org"', [2]),
        (f'{ENTERPRISE}:employeeNumber eq "E2"', [1]),
        ('userName sw "a" and userName ew "example.com"', [0]),
        ('userName co "other"', [2]),
        ("title pr", [1]),
        ('not (userName co "example")', [2]),
        ('userName eq "ada@example.com" or userName eq "alan@other.org"', [0, 2]),
        ("active eq true", [0, 1, 2]),
        ('id eq "{0}"', [0]),
        ('id eq "not-a-uuid"', []),
        ('userName eq "x\\" or 1=1 --"', []),
        ('userName eq "\'; DROP TABLE people_profile; --"', []),
    ],
)
def test_filters_the_directories_send(scim, three, text, who):
    found = scim.get("Users", filter=text.format(three[0])).json()
    assert sorted(resource["id"] for resource in found["Resources"]) == sorted(
        three[i] for i in who
    )
    assert found["totalResults"] == len(who)


@pytest.mark.parametrize(
    "text",
    [
        "userName eq",
        'userName zz "x"',
        'password eq "x"',
        '(userName eq "x"',
        'userName eq "x")',
        "active gt true",
        "userName eq 3",
        'urn:made:up:thing eq "x"',
        'userName eq "x" and' + " (" * 50 + "active eq true" + ")" * 50,
        "x" * 3000,
        'userName eq "x" ; DROP TABLE',
        'meta.created gt "yesterday"',
        "\x00",
        'userName eq "a\x00b"',
        'userName eq "a\\u0000b"',
        'userName eq "\\ud800"',
    ],
)
def test_a_filter_the_server_cannot_read_is_invalid_filter(scim, three, text):
    refused(scim.get("Users", filter=text), 400, "invalidFilter")


def test_paging_is_one_based_and_bounded(scim, three):
    page = scim.get("Users", startIndex=2, count=1).json()
    assert page["totalResults"] == 3
    assert page["itemsPerPage"] == 1
    assert page["startIndex"] == 2
    assert [r["id"] for r in page["Resources"]] == [three[1]]
    assert scim.get("Users", startIndex=9).json()["Resources"] == []
    assert scim.get("Users", count=0).json()["totalResults"] == 3
    assert scim.get("Users", count=100000).json()["itemsPerPage"] == 3
    refused(scim.get("Users", count="many"), 400, "invalidValue")


def _queries(scim, path, **params) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert scim.get(path, **params).status_code == 200
    return len(queries)


def test_a_page_of_people_or_groups_costs_the_same_queries_whatever_its_size(scim):
    boss = create(scim, "B0", "boss@example.com")
    ids = [boss["id"]]
    for number in range(1, 4):
        ids.append(
            create(
                scim,
                f"E{number}",
                f"p{number}@example.com",
                **{
                    ENTERPRISE: {
                        "employeeNumber": f"E{number}",
                        "department": "D",
                        "manager": boss["id"],
                    },
                    schemas.ACADEMY: {"team": "T"},
                },
            )["id"]
        )
    scim.post(
        "Groups",
        {"schemas": [schemas.GROUP], "displayName": "G1", "members": [{"value": i} for i in ids]},
    )
    small_users = _queries(scim, "Users", count=2)
    small_groups = _queries(scim, "Groups", count=1)
    for number in range(4, 12):
        ids.append(
            create(
                scim,
                f"E{number}",
                f"p{number}@example.com",
                **{
                    ENTERPRISE: {
                        "employeeNumber": f"E{number}",
                        "department": "D",
                        "manager": boss["id"],
                    },
                    schemas.ACADEMY: {"team": "T"},
                },
            )["id"]
        )
    for number in range(2, 6):
        scim.post(
            "Groups",
            {
                "schemas": [schemas.GROUP],
                "displayName": f"G{number}",
                "members": [{"value": i} for i in ids],
            },
        )
    assert _queries(scim, "Users", count=200) == small_users
    assert _queries(scim, "Groups", count=200) == small_groups


# --- groups -------------------------------------------------------------------------------


def group(scim, name="Managers", members=()) -> dict:
    response = scim.post(
        "Groups",
        {
            "schemas": [schemas.GROUP],
            "displayName": name,
            "members": [{"value": m} for m in members],
        },
    )
    assert response.status_code == 201, response.content
    return response.json()


def test_groups_patch_as_entra_and_okta_send_it(scim):
    ada, grace = create(scim)["id"], create(scim, "E2", "grace@example.com")["id"]
    made = group(scim)
    path = f"Groups/{made['id']}"
    scim.patch(
        path, patch({"op": "Add", "path": "members", "value": [{"value": ada}, {"value": grace}]})
    )
    assert {m["value"] for m in scim.get(path).json()["members"]} == {ada, grace}
    scim.patch(path, patch({"op": "Remove", "path": f'members[value eq "{ada}"]'}))
    assert [m["value"] for m in scim.get(path).json()["members"]] == [grace]
    scim.patch(path, patch({"op": "remove", "path": "members", "value": [{"value": grace}]}))
    assert scim.get(path).json()["members"] == []
    scim.patch(path, patch({"op": "replace", "path": "displayName", "value": "Leads"}))
    scim.patch(
        path, patch({"op": "replace", "value": {"id": made["id"], "displayName": "Team leads"}})
    )
    assert scim.get(path).json()["displayName"] == "Team leads"
    assert "members" not in scim.get(path, excludedAttributes="members").json()
    found = scim.get(
        "Groups", filter='displayName eq "team LEADS"', excludedAttributes="members"
    ).json()
    assert [g["id"] for g in found["Resources"]] == [made["id"]]


def test_bad_group_input_changes_nothing(scim):
    ada = create(scim)["id"]
    made = group(scim, members=[ada])
    group(scim, "Other")
    before = state()
    path = f"Groups/{made['id']}"
    refused(
        scim.patch(path, patch({"op": "add", "path": "members", "value": [{"value": "nobody"}]})),
        400,
        "invalidValue",
    )
    refused(
        scim.patch(path, patch({"op": "add", "path": "members", "value": "x"})), 400, "invalidValue"
    )
    refused(
        scim.patch(path, patch({"op": "replace", "path": "displayName", "value": "other"})),
        409,
        "uniqueness",
    )
    refused(
        scim.post("Groups", {"schemas": [schemas.GROUP], "displayName": "OTHER"}), 409, "uniqueness"
    )
    refused(
        scim.post("Groups", {"schemas": [schemas.USER], "displayName": "x"}), 400, "invalidValue"
    )
    refused(scim.post("Groups", {"schemas": [schemas.GROUP]}), 400, "invalidValue")
    refused(
        scim.patch(path, patch({"op": "replace", "path": "owner", "value": "x"})),
        400,
        "invalidValue",
    )
    assert state() == before


def test_a_group_that_is_gone_takes_its_roles_with_it(scim):
    GroupRoleMapping.objects.create(group="Managers", role=Role.MANAGER)
    GroupRoleMapping.objects.create(group="Authors", role=Role.LD_AUTHOR)
    ada = create(scim)["id"]
    user = ScimIdentity.objects.get(scim_id=ada).user
    managers = group(scim, "Managers", [ada])
    authors = group(scim, "Authors", [ada])

    def roles():
        return set(user.groups.values_list("name", flat=True))

    assert {Role.MANAGER.value, Role.LD_AUTHOR.value} <= roles()
    scim.patch(
        f"Groups/{managers['id']}",
        patch({"op": "replace", "path": "displayName", "value": "Leads"}),
    )
    assert Role.MANAGER.value not in roles()
    assert scim.delete(f"Groups/{authors['id']}").status_code == 204
    assert Role.LD_AUTHOR.value not in roles()
    assert Role.LEARNER.value in roles()
    # Each role given or taken, and each membership, is in the access log.
    assert AccessLog.objects.filter(subject=user, changed_fields=["groups"]).count() == 4
    assert AccessLog.objects.filter(subject=user, changed_fields=["directory_groups"]).count() == 3
    assert set(AccessLog.objects.filter(subject=user).values_list("place", flat=True)) == {
        AccessLog.Place.DIRECTORY
    }
