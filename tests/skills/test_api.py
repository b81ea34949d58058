import json

import pytest
from django.urls import reverse

from courses.models import Assignment
from skills.models import ApiToken, Signal
from skills.services import api_token_revoke
from tests.skills.helpers import course_with_modules, learner, qa, rule_for, token

pytestmark = pytest.mark.django_db

URL = "/api/v1/signals/"


def post(client, body, secret=None, raw=None):
    headers = {"HTTP_AUTHORIZATION": f"Bearer {secret}"} if secret else {}
    return client.post(
        URL,
        data=raw if raw is not None else json.dumps(body),
        content_type="application/json",
        **headers,
    )


def test_a_batch_is_stored_and_the_engine_assigns(client, django_capture_on_commit_callbacks):
    built = course_with_modules()
    rule_for(built.modules[0])
    person = learner("E1001")
    secret = token()

    with django_capture_on_commit_callbacks(execute=True):
        response = post(
            client,
            {"signals": [qa("qa-1", "E1001", 62), qa("qa-2", "E1001", 58, days_ago=3)]},
            secret,
        )

    assert response.status_code == 202
    assert response.json() == {"accepted": ["qa-1", "qa-2"], "duplicates": [], "rejected": []}
    stored = Signal.objects.get(external_id="qa-1")
    assert stored.value == pytest.approx(0.62)
    assert stored.raw_value == 62 and stored.scale_max == 100
    assert stored.processed_at is not None  # processed after commit (tasks run in-process here)
    assignment = Assignment.objects.get(user=person)
    assert assignment.module == built.modules[0]
    assert "0.60" in assignment.evidence_text and "asks for 0.70" in assignment.evidence_text


def test_duplicates_are_answered_not_stored_twice(client):
    learner("E1001")
    secret = token()
    post(client, {"signals": [qa("qa-1", "E1001", 62)]}, secret)

    response = post(
        client,
        {"signals": [qa("qa-1", "E1001", 62), qa("qa-2", "E1001", 70), qa("qa-2", "E1001", 70)]},
        secret,
    )

    body = response.json()
    assert body["accepted"] == ["qa-2"]
    assert sorted(body["duplicates"]) == ["qa-1", "qa-2"]
    assert body["rejected"] == []
    assert Signal.objects.count() == 2


def test_each_bad_item_is_rejected_with_its_reason(client):
    learner("E1001", job_role="Agent")
    learner("E1002")
    secret = token(sources=("qa_soft_skills",))
    items = [
        qa("ok-1", "E1001", 62),
        qa("bad-learner", "E9999", 62),
        qa("bad-skill", "E1001", 62, skill="juggling"),
        qa("bad-range", "E1001", 162),
        qa("bad-time", "E1001", 62, observed_at="2026-11-01T10:00:00"),
        qa("bad-scope", "E1001", 0.9, source="workload", skill=None, scale_max=1),
        qa("bad-emotion", "E1001", 0.4, source="facial_emotion", scale_max=1),
        {**qa("bad-field", "E1001", 62), "colour": "red"},
        {"external_id": "bad-both", "employee_id": "E1001", "email": "x@example.com"},
        "not an object",
        qa("ok-2", "E1002", 80),
    ]

    response = post(client, {"signals": items}, secret)

    assert response.status_code == 202
    body = response.json()
    assert body["accepted"] == ["ok-1", "ok-2"]
    rejected = {row["index"]: row for row in body["rejected"]}
    assert set(rejected) == set(range(1, 10))
    assert rejected[1]["errors"] == {"employee_id": ["No active learner has this employee_id."]}
    assert rejected[2]["errors"] == {"skill": ["Unknown skill code."]}
    assert "Out of range" in rejected[3]["errors"]["value"][0]
    assert "time zone" in rejected[4]["errors"]["observed_at"][0]
    assert rejected[5]["errors"]["source"] == ["This token may not send workload signals."]
    assert "EU AI Act" in rejected[6]["errors"]["source"][0]
    assert rejected[7]["errors"] == {"colour": ["Unknown field."]}
    assert "one of the two" in rejected[8]["errors"]["employee_id"][0]
    assert rejected[9]["external_id"] is None
    assert sorted(Signal.objects.values_list("external_id", flat=True)) == ["ok-1", "ok-2"]


@pytest.mark.parametrize(
    ("raw", "status", "message"),
    [
        ("{not json", 400, "not valid JSON"),
        ('{"items": []}', 400, "a list under"),
        (json.dumps({"signals": [{}] * 1001}), 413, "At most 1000 signals"),
    ],
)
def test_malformed_requests_are_refused_whole(client, raw, status, message):
    learner("E1001")
    response = post(client, None, token(), raw=raw)

    assert response.status_code == status
    assert message in response.json()["detail"]
    assert Signal.objects.count() == 0


def test_tokens_are_required_scoped_and_revocable(client):
    learner("E1001")
    body = {"signals": [qa("qa-1", "E1001", 62)]}

    assert post(client, body).status_code == 401
    assert post(client, body, "hea_nothing_here").json()["detail"] == "Unknown token."
    secret = token()
    assert post(client, body, secret).status_code == 202
    api_token_revoke(token=ApiToken.objects.get())
    response = post(client, {"signals": [qa("qa-2", "E1001", 62)]}, secret)
    assert response.status_code == 401
    assert response.json()["detail"] == "This token has been revoked."
    assert Signal.objects.count() == 1


def test_tokens_are_stored_hashed():
    secret = token()
    stored = ApiToken.objects.get()
    assert secret not in (stored.key_hash, stored.key_prefix)
    assert secret.startswith(stored.key_prefix)


def test_openapi_schema_and_docs_are_served(client):
    schema = client.get("/api/v1/openapi.json")
    assert schema.status_code == 200
    spec = schema.json()
    operation = spec["paths"]["/api/v1/signals/"]["post"]
    item = operation["requestBody"]["content"]["application/json"]["schema"]["properties"][
        "signals"
    ]["items"]
    assert {
        "external_id",
        "employee_id",
        "email",
        "skill",
        "value",
        "source",
        "observed_at",
    } <= set(item["properties"])
    docs = client.get("/api/v1/docs")
    assert docs.status_code == 200
    assert "cdn" not in docs.content.decode().lower()  # served from our own static files


def test_the_api_has_no_way_to_read_signals(client):
    learner("E1001")
    secret = token()
    response = client.get(URL, HTTP_AUTHORIZATION=f"Bearer {secret}")
    assert response.status_code == 405


def test_email_names_the_learner_too(client):
    person = learner("E1001")
    response = post(
        client,
        {"signals": [{**qa("qa-1", None, 62), "employee_id": None, "email": person.email.upper()}]},
        token(),
    )
    assert response.json()["accepted"] == ["qa-1"]
    assert Signal.objects.get().user == person


def test_reverse_of_the_docs_route():
    assert reverse("api-v1:openapi-json") == "/api/v1/openapi.json"
