"""The signals API against its own OpenAPI schema, with schemathesis: requests
that fit the schema and requests that do not, sent with a valid token.

Checked for every answer: no server error, the status code and the body are
the ones the schema documents, and nothing is half-stored: exactly the signals
the answer lists as accepted were written, and nothing of a rejected item.
"""

import json

import pytest
import requests
import schemathesis
from hypothesis import given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.core import NOT_SET
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from config.wsgi import application
from skills.models import Signal
from tests.fuzz.checks import each_example_from_scratch
from tests.fuzz.strategies import FUZZ, json_values
from tests.skills.helpers import learner, qa, token

pytestmark = pytest.mark.django_db

#: The schema as the site serves it, read through the WSGI application.
SCHEMA = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)
SIGNALS = SCHEMA["/api/v1/signals/"]["POST"]
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
API = settings(FUZZ, max_examples=120)


@pytest.fixture
def secret():
    learner("E1")
    learner("E2")
    return token(("qa_soft_skills", "manager", "workload", "customer_sentiment"))


def as_schemathesis_response(response, case) -> schemathesis.Response:
    request = requests.Request(
        method=case.method, url=f"http://testserver{case.formatted_path}"
    ).prepare()
    return schemathesis.Response(
        status_code=response.status_code,
        headers={name.lower(): [value] for name, value in response.headers.items()},
        content=response.content,
        request=request,
        elapsed=0.0,
        verify=False,
    )


def realistic(body, draw):
    """Point some generated items at a real learner and skill, so that schema-
    valid batches are accepted too, not only refused for naming nobody."""
    if not isinstance(body, dict) or not isinstance(body.get("signals"), list):
        return body
    for item in body["signals"]:
        if isinstance(item, dict) and draw(st.booleans()):
            item.update(employee_id=draw(st.sampled_from(["E1", "E2"])), email=None)
            item.update(skill=draw(st.sampled_from(["empathy", None, "no-such-skill"])))
            item["external_id"] = draw(st.sampled_from(["a", "b", "a\x00", "é" * 201, "c"]))
    return body


def send(client, case, secret):
    if case.body is NOT_SET:
        payload = ""
    elif isinstance(case.body, bytes | str):
        payload = case.body
    else:
        payload = json.dumps(case.body)
    return client.generic(
        case.method,
        case.formatted_path,
        data=payload,
        content_type=case.media_type or "application/json",
        HTTP_AUTHORIZATION=f"Bearer {secret}",
    )


def assert_nothing_half_stored(response, before: set[str]):
    after = set(Signal.objects.values_list("external_id", flat=True))
    if response.status_code != 202:
        assert after == before
        return
    answer = response.json()
    accepted = set(answer["accepted"])
    assert after - before == accepted
    assert Signal.objects.count() == len(before) + len(answer["accepted"])
    for rejected in answer["rejected"]:
        if rejected["external_id"] and rejected["external_id"] not in accepted:
            assert rejected["external_id"] not in after - before
    for external_id in answer["duplicates"]:
        assert external_id in after


@API
@given(
    case=st.one_of(
        SIGNALS.as_strategy(generation_mode=GenerationMode.POSITIVE),
        SIGNALS.as_strategy(generation_mode=GenerationMode.NEGATIVE),
    ),
    data=st.data(),
)
def test_the_signals_api_keeps_to_its_schema(client, secret, case, data):
    case.body = realistic(case.body, data.draw)
    with each_example_from_scratch():
        before = set(Signal.objects.values_list("external_id", flat=True))
        response = send(client, case, secret)
        case.validate_response(as_schemathesis_response(response, case), checks=CHECKS)
        assert_nothing_half_stored(response, before)


@API
@given(
    items=st.lists(
        st.one_of(
            st.builds(
                lambda ref, who, value: qa(ref, who, value),
                st.sampled_from(["a", "b", "c", "d"]),
                st.sampled_from(["E1", "E2", "E404"]),
                st.integers(min_value=-10, max_value=110),
            ),
            st.builds(
                lambda ref, key, bad: {**qa(ref, "E1", 50), key: bad},
                st.sampled_from(["a", "e", "f"]),
                st.sampled_from(["value", "note", "observed_at", "skill", "source", "scale_max"]),
                json_values,
            ),
            json_values,
        ),
        max_size=6,
    )
)
def test_a_mixed_batch_stores_exactly_what_it_accepts(client, secret, items):
    with each_example_from_scratch():
        before = set(Signal.objects.values_list("external_id", flat=True))
        response = client.post(
            "/api/v1/signals/",
            data=json.dumps({"signals": items}),
            content_type="application/json",
            HTTP_AUTHORIZATION=f"Bearer {secret}",
        )
        assert response.status_code == 202, response.content
        answer = response.json()
        assert len(answer["accepted"]) + len(answer["duplicates"]) + len(answer["rejected"]) == len(
            items
        )
        assert_nothing_half_stored(response, before)
        for rejected in answer["rejected"]:
            assert rejected["errors"] and all(rejected["errors"].values())


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (b"", 400),
        (b"{", 400),
        (b"\xff\xfe", 400),
        (b'{"signals": 1}', 400),
        (b'{"signals": [{"external_id": "x", "value": 1' + b"0" * 5000 + b"}]}", 400),
        (json.dumps({"signals": [{}] * 1001}).encode(), 413),
        ("larger than DATA_UPLOAD_MAX_MEMORY_SIZE", 413),
    ],
)
def test_a_broken_body_is_refused_with_a_reason(client, secret, settings, body, status):
    if isinstance(body, str):
        body = b'{"signals": ["' + b"x" * settings.DATA_UPLOAD_MAX_MEMORY_SIZE + b'"]}'
    response = client.post(
        "/api/v1/signals/",
        data=body,
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {secret}",
    )

    assert response.status_code == status
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["detail"]
    assert not Signal.objects.exists()


@pytest.mark.parametrize(
    ("field", "bad", "message"),
    [
        ("note", "a\x00b", "cannot be stored"),
        ("external_id", "id\x00", "cannot be stored"),
        ("employee_id", "E1\x00", "No active learner"),
        ("skill", "empathy\x00", "Unknown skill"),
        ("value", 10**400, "a number"),
        ("scale_max", 1e308, "too wide"),
        ("observed_at", "2026-02-30T10:00:00Z", "Not a date"),
        ("observed_at", "0001-01-01T00:00:00+01:00", "before 1970"),
        ("source", ["qa_soft_skills"], "Required"),
        ("external_id", 12, "Required"),
    ],
)
def test_what_the_database_cannot_hold_is_rejected_item_by_item(
    client, secret, field, bad, message
):
    item = {**qa("bad", "E1", 50), field: bad}
    if field == "scale_max":
        item["scale_min"] = -1e308
    body = json.dumps({"signals": [qa("good", "E1", 50), item]})

    response = client.post(
        "/api/v1/signals/",
        data=body,
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {secret}",
    )

    assert response.status_code == 202, response.content
    answer = response.json()
    assert answer["accepted"] == ["good"]
    (rejected,) = answer["rejected"]
    assert message in " ".join(rejected["errors"][field])
    assert rejected["external_id"] in ("bad", bad, None)
    assert list(Signal.objects.values_list("external_id", flat=True)) == ["good"]
