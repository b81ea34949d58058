"""The SCIM interface fed what a broken directory or an attacker may send:
filters, PATCH paths, PATCH operations and User bodies of any shape. Never a
server error; a refusal is a SCIM error, and changes nothing; what is
accepted is whole."""

import json

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from directory.models import DirectoryGroup, ScimIdentity
from directory.scim import schemas
from directory.scim.errors import ScimError
from directory.scim.filters import compile_filter, parse_filter, parse_patch_path
from directory.scim.users import KNOWN, UserDoc, doc_from_body, doc_patched, patch_operations
from directory.selectors import USER_FIELDS, scim_people
from people.models import AccessLog, Profile
from people.services import person_values
from tests.directory.helpers import Scim, patch, scim_token, user_body
from tests.fuzz.checks import each_example_from_scratch
from tests.fuzz.strategies import FEW, FUZZ, any_text, json_values, with_nul

pytestmark = pytest.mark.django_db

ENTERPRISE = schemas.ENTERPRISE
#: Pieces of the filter and path grammar, so that the fuzzer reaches past the
#: first token more often than random text does.
PIECES = st.sampled_from(
    [
        "userName",
        "emails",
        "emails.value",
        "name.givenName",
        "active",
        "id",
        "externalId",
        f"{ENTERPRISE}:employeeNumber",
        f"{ENTERPRISE}:manager.value",
        "meta.created",
        "title",
        "members",
        "urn:x:y",
        "eq",
        "ne",
        "co",
        "sw",
        "ew",
        "gt",
        "ge",
        "lt",
        "le",
        "pr",
        "and",
        "or",
        "not",
        "(",
        ")",
        "[",
        "]",
        ".value",
        '"work"',
        '"a"',
        '"\\"',
        "true",
        "false",
        "null",
        "1",
        "-1.5",
        "99999999999999999999",
        '"2026-01-01T00:00:00Z"',
        " ",
        "'",
        ";",
        "--",
        "\x00",
        "%",
        "_",
        "\\",
        "é",
    ]
)
grammar_text = st.lists(PIECES, max_size=14).map(" ".join)
filter_text = st.one_of(grammar_text, any_text, with_nul)
ATTRIBUTES = st.sampled_from(
    [
        "active",
        "userName",
        "title",
        "name",
        "name.givenName",
        "emails",
        'emails[type eq "work"].value',
        "externalId",
        "preferredLanguage",
        "locale",
        f"{ENTERPRISE}:department",
        f"{ENTERPRISE}:manager",
        f"{ENTERPRISE}:employeeNumber",
        f"{schemas.ACADEMY}:team",
        ENTERPRISE,
        "groups",
        "id",
        "phoneNumbers",
        "nope",
    ]
)
operation = st.fixed_dictionaries(
    {"op": st.sampled_from(["add", "Replace", "remove", "REMOVE", "copy", 3])},
    optional={
        "path": st.one_of(ATTRIBUTES, filter_text, json_values),
        "value": st.one_of(
            json_values,
            st.sampled_from(["False", "True", "fr", "x@example.com", "", "E2"]),
            st.dictionaries(ATTRIBUTES, json_values, max_size=3),
        ),
    },
)


@FUZZ
@given(filter_text)
@example('userName eq "x" or 1 eq 1')
@example('emails[type eq "work" and not (value pr)].value sw "a"')
@example("not (" * 20 + "active eq true" + ")" * 20)
def test_a_filter_is_read_or_refused_as_invalid_never_a_crash(text):
    try:
        condition = compile_filter(
            parse_filter(text, default=schemas.USER, known=KNOWN), USER_FIELDS
        )
    except ScimError as error:
        assert error.status == 400 and error.scim_type == "invalidFilter"
        return
    with each_example_from_scratch():
        scim_people().filter(condition).count()


@FUZZ
@given(filter_text)
def test_a_patch_path_is_read_or_refused(text):
    try:
        parse_patch_path(text, default=schemas.USER, known=KNOWN)
    except ScimError as error:
        assert error.status == 400


@FUZZ
@given(st.lists(operation, min_size=1, max_size=4))
def test_patch_operations_apply_or_refuse_as_a_whole(operations):
    start = UserDoc(employee_id="E1", email="ada@example.com", first_name="Ada", last_name="L")
    try:
        doc_patched(start, patch_operations(patch(*operations)))
    except ScimError as error:
        assert 400 <= error.status < 500


@pytest.fixture
def scim(client):
    return Scim(client, scim_token())


def snapshot() -> str:
    people = [
        person_values(user=profile.user) for profile in Profile.objects.select_related("user")
    ]
    return repr(
        (
            people,
            list(ScimIdentity.objects.values_list("external_id", flat=True).order_by("pk")),
            list(DirectoryGroup.objects.values_list("display_name", flat=True)),
            AccessLog.objects.count(),
        )
    )


@FEW
@given(st.lists(operation, min_size=1, max_size=4))
@example([{"op": "Replace", "path": "active", "value": "False"}])
@example(
    [
        {"op": "replace", "path": "title", "value": "Lead"},
        {"op": "replace", "path": "active", "value": 3},
    ]
)
def test_patch_over_http_is_all_or_nothing(scim, operations):
    with each_example_from_scratch():
        created = scim.post("Users", user_body()).json()
        before = snapshot()
        response = scim.patch(f"Users/{created['id']}", patch(*operations))
        assert response.status_code < 500, response.content
        body = response.json()
        if response.status_code >= 400:
            assert body["schemas"] == ["urn:ietf:params:scim:api:messages:2.0:Error"]
            assert snapshot() == before
        else:
            # What was accepted is what is stored, whole.
            expected = doc_patched(
                doc_from_body(user_body(), base=UserDoc()), patch_operations(patch(*operations))
            )
            stored = scim.get(f"Users/{created['id']}").json()
            assert stored["active"] is expected.active
            assert stored.get("title", "") == expected.job_role


@FEW
@given(
    st.dictionaries(
        st.one_of(ATTRIBUTES, st.text(max_size=10)),
        st.one_of(json_values, st.sampled_from(["E9", "new@example.com", "True"])),
        max_size=6,
    )
)
@example(
    {
        "userName": "new@example.com",
        ENTERPRISE: {"employeeNumber": "E9"},
        "name": {"givenName": "A", "familyName": "B"},
    }
)
def test_a_user_body_of_any_shape_creates_a_whole_person_or_nothing(scim, body):
    with each_example_from_scratch():
        before = snapshot()
        response = scim.post("Users", {"schemas": [schemas.USER, ENTERPRISE], **body})
        assert response.status_code < 500, response.content
        if response.status_code == 201:
            user = ScimIdentity.objects.get(scim_id=response.json()["id"]).user
            assert person_values(user=user)["employee_id"]
        else:
            assert snapshot() == before
        raw = json.dumps(body)
        odd = scim.post("Users", raw=raw[: len(raw) // 2])
        assert odd.status_code < 500
