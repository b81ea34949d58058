"""SignalIn is the contract: what the OpenAPI schema publishes for an item is
what the code enforces, for the API, the CSV upload and in-process callers
alike. A bad item is answered field by field and nothing of it is written,
while the good items of the same batch still go in."""

import json

import pytest
from django.utils import translation

from skills.ingest import signals_ingest
from skills.models import Signal
from skills.schemas import SignalIn, signal_validate
from skills.services import signals_import_csv
from tests.skills.helpers import learner, qa, token

pytestmark = pytest.mark.django_db

URL = "/api/v1/signals/"


def published_item_schema(client) -> dict:
    spec = client.get("/api/v1/openapi.json").json()
    body = spec["paths"][URL]["post"]["requestBody"]["content"]["application/json"]["schema"]
    return body["properties"]["signals"]["items"]


def send(client, secret, *items) -> dict:
    response = client.post(
        URL,
        data=json.dumps({"signals": [qa("good", "E1", 50), *items]}),
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {secret}",
    )
    assert response.status_code == 202, response.content
    return response.json()


def assert_only_the_good_one_is_stored(answer):
    assert answer["accepted"] == ["good"]
    assert list(Signal.objects.values_list("external_id", flat=True)) == ["good"]


def complete_item(**fields) -> dict:
    """An item that gives every field of the schema."""
    return {**qa("bad", "E1", 50), "email": None, "note": "A QA review", **fields}


@pytest.fixture
def secret():
    learner("E1")
    return token(("qa_soft_skills", "workload"))


def test_the_published_item_schema_is_signal_in(client):
    assert published_item_schema(client) == SignalIn.model_json_schema()


def test_every_field_the_schema_requires_is_refused_when_missing(client, secret):
    schema = published_item_schema(client)
    assert set(schema["required"]) == {"external_id", "source", "value", "observed_at"}
    for name in schema["required"]:
        item = qa(f"missing-{name}", "E1", 50)
        del item[name]

        answer = send(client, secret, item)

        (rejected,) = answer["rejected"]
        assert rejected["index"] == 1
        assert list(rejected["errors"]) == [name], (name, rejected)
        assert all(rejected["errors"][name])
        assert_only_the_good_one_is_stored(answer)
        Signal.objects.all().delete()


def test_every_field_the_schema_publishes_is_accepted(client, secret):
    schema = published_item_schema(client)
    item = complete_item(external_id="all-fields")
    assert set(item) == set(schema["properties"])

    answer = send(client, secret, item)

    assert answer["accepted"] == ["good", "all-fields"] and answer["rejected"] == []


def test_a_field_the_schema_does_not_publish_is_refused(client, secret):
    assert published_item_schema(client)["additionalProperties"] is False

    answer = send(client, secret, {**qa("bad", "E1", 50), "colour": "red"})

    assert answer["rejected"][0]["errors"] == {"colour": ["Unknown field."]}
    assert_only_the_good_one_is_stored(answer)


def test_the_published_sources_are_the_sources_the_code_knows(client):
    published = published_item_schema(client)["properties"]["source"]["enum"]
    assert sorted(published) == sorted(Signal.Source.values)
    for source in published:  # none is refused by the schema itself
        signal, errors = signal_validate(qa("x", "E1", 50, source=source))
        assert signal is not None, (source, errors)


@pytest.mark.parametrize("name", ["external_id", "note"])
def test_the_published_maximum_length_is_the_one_enforced(client, name):
    limit = published_item_schema(client)["properties"][name]["maxLength"]

    at_limit, _errors = signal_validate(complete_item(**{name: "x" * limit}))
    over, errors = signal_validate(complete_item(**{name: "x" * (limit + 1)}))

    assert at_limit is not None
    assert over is None and list(errors) == [name]
    assert "At most" in errors[name][0]


@pytest.mark.parametrize(
    ("name", "bad", "message"),
    [
        ("external_id", 12, "Required: a text"),
        ("external_id", "   ", "Required: a text"),
        ("employee_id", 1001, "Must be text."),
        ("email", ["x@example.com"], "Must be text."),
        ("skill", 7, "Unknown skill code."),
        ("source", "telepathy", "Unknown source"),
        ("source", {"name": "qa_soft_skills"}, "Required."),
        ("value", "62", "Required: a number."),
        ("value", True, "Required: a number."),
        ("value", None, "Required: a number."),
        ("scale_min", "0", "Must be a number."),
        ("scale_max", 0, "Must be greater than scale_min."),
        ("observed_at", 1762000000, "Required: a date and time"),
        ("observed_at", "2999-01-01T00:00:00Z", "Lies in the future."),
        ("note", 5, "Must be text."),
    ],
)
def test_a_wrong_type_or_value_is_answered_for_its_field(client, secret, name, bad, message):
    answer = send(client, secret, {**qa("bad", "E1", 50), name: bad})

    (rejected,) = answer["rejected"]
    assert list(rejected["errors"]) == [name]
    assert message in rejected["errors"][name][0]
    assert_only_the_good_one_is_stored(answer)


@pytest.mark.parametrize("value", [-1, 100.5, 1e300])
def test_a_value_out_of_its_scale_is_answered_and_not_stored(client, secret, value):
    answer = send(client, secret, qa("bad", "E1", value))

    (rejected,) = answer["rejected"]
    assert rejected["external_id"] == "bad"
    assert rejected["errors"]["value"][0].startswith("Out of range:")
    assert_only_the_good_one_is_stored(answer)


def test_every_wrong_field_of_one_item_is_answered_at_once():
    _signal, errors = signal_validate(
        {"external_id": "", "value": "high", "source": "workload", "colour": "red"}
    )

    assert set(errors) == {"external_id", "employee_id", "value", "observed_at", "colour"}
    assert "skill" not in errors  # a wellbeing source needs no skill


def test_the_messages_are_in_the_reader_s_language():
    with translation.override("es"):
        _signal, errors = signal_validate({**qa("bad", "E1", 50), "colour": "red"})
    assert errors == {"colour": ["Campo desconocido."]}


def test_in_process_callers_are_held_to_the_same_schema():
    learner("E1")

    result = signals_ingest(
        [qa("good", "E1", 50), {**qa("bad", "E1", 50), "value": "50"}], queue=False
    )

    assert result.accepted == ["good"]
    assert result.rejected == [
        {"index": 1, "external_id": "bad", "errors": {"value": ["Required: a number."]}}
    ]


def test_the_csv_upload_is_held_to_the_same_schema():
    learner("E1")
    data = (
        b"external_id,employee_id,skill,value,scale_min,scale_max,source,observed_at,colour\n"
        b"up-1,E1,empathy,70,0,100,qa_soft_skills,2026-11-01T10:00:00Z,\n"
        b"up-2,E1,empathy,high,0,100,qa_soft_skills,2026-11-01T10:00:00Z,\n"
        b"up-3,E1,empathy,70,0,100,qa_soft_skills,2026-11-01T10:00:00Z,red\n"
        b"up-4,E1,empathy,70,0,100,qa_soft_skills,2026-11-01T10:00:00,\n"
    )

    result = signals_import_csv(data=data)

    assert result.accepted == ["up-1"]
    rejected = {row["line"]: row["errors"] for row in result.rejected}
    assert rejected[3] == {"value": ["Required: a number."]}
    assert rejected[4] == {"colour": ["Unknown field."]}
    assert rejected[5] == {"observed_at": ["Give the time zone, e.g. 2026-11-01T10:00:00Z."]}
    assert list(Signal.objects.values_list("external_id", flat=True)) == ["up-1"]
