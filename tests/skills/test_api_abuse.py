"""The signals API under abuse: guessed tokens slow only the guesser, and bodies
nested too deeply are refused with a JSON answer before any parsing."""

import json

import pytest
from django.test import Client

from skills.models import Signal
from tests.skills.helpers import learner, qa, token

pytestmark = pytest.mark.django_db

URL = "/api/v1/signals/"
PROXY = "10.0.0.2"


def post(client, secret, body=None, raw=None):
    return client.post(
        URL,
        data=raw if raw is not None else json.dumps(body or {"signals": []}),
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {secret}",
    )


def behind_proxy(address):
    return Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=address)


def guess(client, times):
    return [post(client, "hea_00000000_wrong").status_code for _ in range(times)]


@pytest.fixture
def one_proxy(settings):
    settings.TRUSTED_PROXY_HOPS = 1
    settings.API_FAILED_AUTH_LIMIT = 20


def test_wrong_tokens_from_others_never_refuse_a_valid_one(one_proxy):
    learner("E1001")
    secret = token()
    assert guess(behind_proxy("203.0.113.7"), 25)[-1] == 429

    response = post(behind_proxy("198.51.100.8"), secret, {"signals": [qa("qa-1", "E1001", 62)]})

    assert response.status_code == 202
    assert response.json()["accepted"] == ["qa-1"]


def test_a_valid_token_is_let_in_even_from_a_client_that_guessed(client, settings):
    settings.API_FAILED_AUTH_LIMIT = 20
    learner("E1001")
    secret = token()
    assert guess(client, 21)[-1] == 429  # no proxy: every request here is one client

    response = post(client, secret, {"signals": [qa("qa-1", "E1001", 62)]})

    assert response.status_code == 202
    assert guess(client, 1) == [429]  # wrong tokens from it are still refused


def test_two_clients_behind_the_proxy_are_counted_apart(one_proxy):
    assert guess(behind_proxy("203.0.113.7"), 21) == [401] * 20 + [429]
    assert guess(behind_proxy("198.51.100.8"), 1) == [401]


def test_a_forwarded_for_header_is_ignored_without_trusted_proxies(settings):
    settings.API_FAILED_AUTH_LIMIT = 20
    statuses = [guess(behind_proxy(f"203.0.113.{n}"), 1)[0] for n in range(21)]
    assert statuses == [401] * 20 + [429]


@pytest.mark.parametrize("depth", [3_000, 100_000])
@pytest.mark.parametrize("bracket", ["[", '{"a":'])
def test_deeply_nested_json_is_refused_with_a_json_answer(client, depth, bracket):
    learner("E1001")
    closing = "]" if bracket == "[" else "}"
    raw = '{"signals": [' + bracket * depth + "1" + closing * depth + "]}"

    response = post(client, token(), raw=raw)

    assert response.status_code == 400
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert "nested more than" in response.json()["detail"]
    assert Signal.objects.count() == 0


def test_brackets_inside_text_are_not_nesting(client):
    learner("E1001")
    note = "[{" * 500 + '\\"' + "]}" * 3
    response = post(
        client, token(), raw=json.dumps({"signals": [qa("qa-1", "E1001", 62, note=note[:2000])]})
    )
    assert response.status_code == 202
    assert response.json()["accepted"] == ["qa-1"]
