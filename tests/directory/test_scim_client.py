"""The SCIM interface driven by a real SCIM client (scim2-client over HTTP)
against the running server, as a company directory would: discovery, a
person's life from creation to deactivation, groups giving and taking roles,
and tokens refused for what they may not do."""

import httpx2
import pytest
from django.test import Client
from scim2_client.engines.httpx2 import SyncSCIMClient
from scim2_models import (
    ForbiddenException,
    SCIMException,
    SearchRequest,
    UniquenessException,
)

from directory.models import GroupRoleMapping, ScimIdentity, ScimToken
from directory.scim import schemas
from directory.services import scim_token_revoke
from people.models import AccessLog
from people.roles import Role
from tests.directory.helpers import patch, scim_token, user_body
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

ENTERPRISE = schemas.ENTERPRISE


def client_for(live_server, secret: str) -> SyncSCIMClient:
    http = httpx2.Client(
        base_url=f"{live_server.url}/scim/v2", headers={"Authorization": f"Bearer {secret}"}
    )
    scim = SyncSCIMClient(http)
    scim.discover()
    return scim


def new_user(scim, employee_id="E1", email="ada@example.com", **extra):
    User = scim.get_resource_model("User")
    return User.model_validate(user_body(employee_id, email, **extra))


def test_discovery_describes_users_groups_and_the_extensions(live_server):
    scim = client_for(live_server, scim_token())
    User = scim.get_resource_model("User")
    assert set(User.get_extension_models()) == {ENTERPRISE, schemas.ACADEMY}
    assert scim.get_resource_model("Group") is not None
    config = scim.provider.config
    assert config.patch.supported and config.filter.supported
    assert config.filter.max_results == 200
    assert not config.bulk.supported


def test_a_person_s_life_from_the_directory(live_server):
    scim = client_for(live_server, scim_token())
    User = scim.get_resource_model("User")
    created = scim.create(
        new_user(
            scim,
            title="Agent",
            externalId="entra-ada",
            **{
                ENTERPRISE: {"employeeNumber": "E1", "department": "Support"},
                schemas.ACADEMY: {"team": "Tier 1"},
            },
        )
    )
    assert created.user_name == "ada@example.com"
    assert created[User.get_extension_models()[ENTERPRISE]].employee_number == "E1"

    # The same person again: 409, and the directory finds them instead.
    with pytest.raises(UniquenessException):
        scim.create(new_user(scim))
    found = scim.query(User, query_parameters=SearchRequest(filter='userName eq "ADA@EXAMPLE.COM"'))
    assert [r.id for r in found.resources] == [created.id]
    found = scim.query(User, query_parameters=SearchRequest(filter='externalId eq "entra-ada"'))
    assert found.total_results == 1

    # Okta replaces the whole person.
    replacement = new_user(scim, title="Team lead", **{ENTERPRISE: {"employeeNumber": "E1"}})
    replacement.id = created.id
    replaced = scim.replace(replacement)
    assert replaced.title == "Team lead"
    assert replaced.external_id == "entra-ada"  # kept: the body did not name it

    # Entra ID changes the name and turns the person off.
    modified = scim.modify(
        User,
        created.id,
        patch(
            {"op": "Replace", "path": "name.givenName", "value": "Augusta"},
            {"op": "Replace", "path": "active", "value": "False"},
        ),
        check_request_payload=False,
    )
    assert modified.name.given_name == "Augusta" and modified.active is False

    # DELETE deactivates; the person and their learning history stay.
    scim.delete(User, created.id)
    kept = scim.query(User, created.id)
    assert kept.active is False
    user = ScimIdentity.objects.get(scim_id=created.id).user
    assert not user.is_active
    places = set(AccessLog.objects.filter(subject=user).values_list("place", flat=True))
    assert places == {AccessLog.Place.DIRECTORY}


def test_paging_through_the_people(live_server):
    scim = client_for(live_server, scim_token())
    User = scim.get_resource_model("User")
    ids = [scim.create(new_user(scim, f"E{n}", f"p{n}@example.com")).id for n in range(5)]
    seen = []
    start = 1
    while True:
        page = scim.query(User, query_parameters=SearchRequest(start_index=start, count=2))
        assert page.total_results == 5
        seen += [r.id for r in page.resources]
        start += page.items_per_page
        if start > page.total_results:
            break
    assert seen == ids


def test_groups_give_and_take_the_roles_their_names_map_to(live_server):
    GroupRoleMapping.objects.create(group="Academy managers", role=Role.MANAGER)
    scim = client_for(live_server, scim_token())
    User, Group = scim.get_resource_model("User"), scim.get_resource_model("Group")
    ada = scim.create(new_user(scim))
    person = ScimIdentity.objects.get(scim_id=ada.id).user

    def is_manager():
        return person.groups.filter(name=Role.MANAGER.value).exists()

    group = scim.create(
        Group.model_validate({"schemas": [schemas.GROUP], "displayName": "Academy managers"})
    )
    assert not is_manager()
    scim.modify(
        Group,
        group.id,
        patch({"op": "Add", "path": "members", "value": [{"value": ada.id}]}),
        check_request_payload=False,
    )
    assert is_manager()
    assert [g.value for g in scim.query(User, ada.id).groups] == [group.id]
    scim.modify(
        Group,
        group.id,
        patch({"op": "Remove", "path": f'members[value eq "{ada.id}"]'}),
        check_request_payload=False,
    )
    assert not is_manager()
    scim.modify(
        Group,
        group.id,
        patch({"op": "add", "path": "members", "value": [{"value": ada.id}]}),
        check_request_payload=False,
    )
    assert is_manager()
    scim.delete(Group, group.id)
    assert not is_manager()
    found = scim.query(
        Group, query_parameters=SearchRequest(filter='displayName eq "Academy managers"')
    )
    assert found.total_results == 0


def test_tokens_may_only_what_their_scopes_say(live_server, settings):
    reader = client_for(live_server, scim_token(["users:read", "groups:read"]))
    User, Group = reader.get_resource_model("User"), reader.get_resource_model("Group")
    with pytest.raises(ForbiddenException):
        reader.create(new_user(reader))
    people_only = client_for(live_server, scim_token(["users:read", "users:write"]))
    people_only.create(new_user(people_only))
    with pytest.raises(ForbiddenException):
        people_only.query(Group)
    with pytest.raises(ForbiddenException):
        people_only.create(Group.model_validate({"schemas": [schemas.GROUP], "displayName": "G"}))
    assert reader.query(User).total_results == 1

    secret = scim_token()
    revoked = client_for(live_server, secret)
    scim_token_revoke(token=ScimToken.objects.get(key_prefix="_".join(secret.split("_")[:2])))
    with pytest.raises(SCIMException) as refused:
        revoked.query(User)
    assert refused.value.to_error().status == 401


def test_wrong_tokens_are_counted_and_then_refused_with_429(live_server, settings):
    settings.API_FAILED_AUTH_LIMIT = 3
    url = f"{live_server.url}/scim/v2/Users"
    statuses = [
        httpx2.get(url, headers={"Authorization": "Bearer hes_00000000_wrong"}).status_code
        for _ in range(5)
    ]
    assert statuses == [401, 401, 401, 429, 429]
    # A valid token is still let in.
    ok = httpx2.get(url, headers={"Authorization": f"Bearer {scim_token()}"})
    assert ok.status_code == 200
    assert ok.headers["content-type"] == "application/scim+json"


def test_a_session_is_never_a_scim_client(live_server):
    browser = Client()
    browser.force_login(UserFactory(is_superuser=True, is_staff=True))
    assert browser.get("/scim/v2/Users").status_code == 401
    response = httpx2.post(
        f"{live_server.url}/scim/v2/Users",
        json=user_body(),
        cookies={"sessionid": browser.cookies["sessionid"].value},
    )
    assert response.status_code == 401
    assert response.json()["schemas"] == ["urn:ietf:params:scim:api:messages:2.0:Error"]


def test_a_person_turned_off_in_the_directory_is_signed_out_everywhere(live_server):
    scim = client_for(live_server, scim_token())
    User = scim.get_resource_model("User")
    created = scim.create(new_user(scim))
    person = ScimIdentity.objects.get(scim_id=created.id).user
    browser = Client()
    browser.force_login(person)
    assert browser.get("/learning/").status_code == 200

    scim.modify(
        User,
        created.id,
        patch({"op": "Replace", "path": "active", "value": "False"}),
        check_request_payload=False,
    )

    response = browser.get("/learning/")
    assert response.status_code == 302 and response.url.startswith("/accounts/login/")


def test_refusals_over_http_leave_everything_as_it_was(live_server):
    secret = scim_token()
    scim = client_for(live_server, secret)
    created = scim.create(new_user(scim))
    url = f"{live_server.url}/scim/v2/Users"
    headers = {"Authorization": f"Bearer {secret}", "Content-Type": "application/scim+json"}
    before = scim.query(scim.get_resource_model("User"), created.id).model_dump()
    answers = [
        httpx2.post(url, content=b"{not json", headers=headers),
        httpx2.post(url, content=b'{"a": "' + b"x" * (10 * 1024 * 1024) + b'"}', headers=headers),
        httpx2.patch(
            f"{url}/{created.id}",
            json=patch({"op": "replace", "path": "active", "value": 3}),
            headers=headers,
        ),
        httpx2.get(url, params={"filter": 'userName eq "a" or 1=1) --'}, headers=headers),
    ]
    assert [a.status_code for a in answers] == [400, 413, 400, 400]
    assert all(
        a.json()["schemas"] == ["urn:ietf:params:scim:api:messages:2.0:Error"] for a in answers
    )
    assert scim.query(scim.get_resource_model("User"), created.id).model_dump() == before
