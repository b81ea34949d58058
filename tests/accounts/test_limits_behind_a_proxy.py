"""Sign-in limits count per account and per client, and the client is the one
the trusted proxies name (core/clientip.py), never one a request names itself."""

import pytest
from django.core import mail
from django.test import Client

from tests.factories import DEFAULT_PASSWORD, VerifiedUserFactory

pytestmark = pytest.mark.django_db

PROXY = "10.0.0.2"
REFUSED = "Too many failed login attempts"


def behind_proxy(address):
    """A browser at ``address``, reaching the site through the proxy."""
    return Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=address)


def log_in(client, email, password):
    return client.post("/accounts/login/", {"login": email, "password": password})


def signed_in(response):
    return response.status_code == 302 and REFUSED not in response.content.decode()


@pytest.fixture
def one_proxy(settings):
    settings.TRUSTED_PROXY_HOPS = 1


def test_failed_log_ins_for_one_address_do_not_lock_another(one_proxy):
    VerifiedUserFactory(email="target@example.com")
    VerifiedUserFactory(email="colleague@example.com")
    attacker = behind_proxy("203.0.113.7")
    for _attempt in range(12):
        log_in(attacker, "target@example.com", "wrong-guess")

    assert signed_in(
        log_in(behind_proxy("198.51.100.8"), "colleague@example.com", DEFAULT_PASSWORD)
    )
    # The guessed account itself is held back for a while, from everywhere.
    response = log_in(behind_proxy("198.51.100.9"), "target@example.com", DEFAULT_PASSWORD)
    assert REFUSED in response.content.decode()


def test_two_clients_behind_the_proxy_are_counted_apart(one_proxy):
    VerifiedUserFactory(email="colleague@example.com")
    sprayer = behind_proxy("203.0.113.7")
    for n in range(10):
        log_in(sprayer, f"nobody{n}@example.com", "wrong-guess")
    # The sprayer's own client is held back, whichever address it tries next...
    assert REFUSED in log_in(sprayer, "colleague@example.com", DEFAULT_PASSWORD).content.decode()
    # ...and the next person behind the same proxy is not.
    assert signed_in(
        log_in(behind_proxy("198.51.100.8"), "colleague@example.com", DEFAULT_PASSWORD)
    )


def test_a_forwarded_for_header_is_ignored_without_trusted_proxies(settings):
    settings.TRUSTED_PROXY_HOPS = 0
    settings.TRUSTED_PROXIES = []
    VerifiedUserFactory(email="colleague@example.com")
    for n in range(10):
        # A client naming a new address each time is still the one client it is.
        log_in(behind_proxy(f"203.0.113.{n}"), f"nobody{n}@example.com", "wrong-guess")
    response = log_in(behind_proxy("198.51.100.99"), "colleague@example.com", DEFAULT_PASSWORD)
    assert REFUSED in response.content.decode()


def test_password_reset_limits_count_per_client_behind_the_proxy(one_proxy):
    VerifiedUserFactory(email="colleague@example.com")
    flooder = behind_proxy("203.0.113.7")
    for n in range(25):
        flooder.post("/accounts/password/reset/", {"email": f"nobody{n}@example.com"})
    mail.outbox.clear()

    response = behind_proxy("198.51.100.8").post(
        "/accounts/password/reset/", {"email": "colleague@example.com"}
    )
    assert response.status_code == 302
    assert [message.to for message in mail.outbox] == [["colleague@example.com"]]
