"""External ids belong to the integration that sent them: one integration's ids
never clash with another's, and the API never says whether another used one."""

import json

import pytest

from skills.ingest import signals_ingest
from skills.models import Signal
from skills.services import signals_import_csv
from tests.skills.helpers import learner, qa, token

pytestmark = pytest.mark.django_db

URL = "/api/v1/signals/"


def send(client, secret, *items):
    response = client.post(
        URL,
        data=json.dumps({"signals": list(items)}),
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {secret}",
    )
    assert response.status_code == 202
    return response.json()


def test_two_integrations_may_use_the_same_id(client):
    learner("E1001")
    qa_system, hr_system = token(), token()

    first = send(client, qa_system, qa("shared-1", "E1001", 62))
    second = send(client, hr_system, qa("shared-1", "E1001", 40))

    assert first == second == {"accepted": ["shared-1"], "duplicates": [], "rejected": []}
    assert sorted(Signal.objects.values_list("raw_value", flat=True)) == [40, 62]


def test_an_integration_sending_its_own_id_again_gets_duplicate(client):
    learner("E1001")
    qa_system, prober = token(), token()
    send(client, qa_system, qa("qa-1", "E1001", 62))

    again = send(client, qa_system, qa("qa-1", "E1001", 62))
    # Another token learns nothing about qa-1: its own signal is simply stored.
    probe = send(client, prober, qa("qa-1", "E1001", 62))

    assert again["duplicates"] == ["qa-1"] and again["accepted"] == []
    assert probe["accepted"] == ["qa-1"] and probe["duplicates"] == []
    assert Signal.objects.filter(external_id="qa-1").count() == 2


def as_csv(item) -> bytes:
    columns = ["external_id", "employee_id", "skill", "value", "scale_min", "scale_max"]
    columns += ["source", "observed_at"]
    return (",".join(columns) + "\n" + ",".join(str(item[c]) for c in columns) + "\n").encode()


def test_csv_uploads_the_api_and_the_site_keep_their_ids_apart(client):
    learner("E1001")
    send(client, token(), qa("x-1", "E1001", 62))
    signals_ingest([qa("x-1", "E1001", 50)], queue=False)
    upload = as_csv(qa("x-1", "E1001", 70))

    assert signals_import_csv(data=upload).accepted == ["x-1"]
    assert signals_import_csv(data=upload).duplicates == ["x-1"]
    assert signals_ingest([qa("x-1", "E1001", 50)], queue=False).duplicates == ["x-1"]
    assert sorted(Signal.objects.values_list("raw_value", flat=True)) == [50, 62, 70]
