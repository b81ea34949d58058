"""Who the client is, behind the proxies we trust and no further (core/clientip.py)."""

import pytest
from django.test import RequestFactory

from core.clientip import client_ip, client_key
from tests.core.test_settings import manage


def request(remote="10.0.0.2", forwarded=None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


@pytest.fixture
def proxies(settings):
    def trust(hops=0, networks=()):
        settings.TRUSTED_PROXY_HOPS = hops
        settings.TRUSTED_PROXIES = list(networks)

    trust()
    return trust


def test_without_trusted_proxies_the_header_is_ignored(proxies):
    assert client_ip(request("198.51.100.4", "203.0.113.7")) == "198.51.100.4"
    assert client_ip(request("198.51.100.4")) == "198.51.100.4"


@pytest.mark.parametrize(
    ("hops", "forwarded", "client"),
    [
        (1, "203.0.113.7", "203.0.113.7"),
        # What the client wrote itself stays left of what the proxy appended.
        (1, "192.0.2.66, 203.0.113.7", "203.0.113.7"),
        (1, "not-an-address, 203.0.113.7", "203.0.113.7"),
        (2, "192.0.2.66, 203.0.113.7, 172.16.0.9", "203.0.113.7"),
        # A probe that came straight to the site, past the proxy.
        (1, None, "10.0.0.2"),
        (2, "203.0.113.7", "203.0.113.7"),
        # Ports and brackets as some proxies write them.
        (1, "203.0.113.7:51234", "203.0.113.7"),
        (1, "[2001:db8::7]:443", "2001:db8::7"),
        (1, "::ffff:203.0.113.7", "203.0.113.7"),
    ],
)
def test_hops_count_proxies_from_the_right(proxies, hops, forwarded, client):
    proxies(hops=hops)
    assert client_ip(request("10.0.0.2", forwarded)) == client


def test_a_proxy_on_a_unix_socket_counts_as_a_hop(proxies):
    proxies(hops=1)
    assert client_ip(request("", "192.0.2.66, 203.0.113.7")) == "203.0.113.7"


def test_trusted_networks_are_skipped_and_nothing_past_the_first_stranger(proxies):
    proxies(networks=["10.0.0.0/8", "172.16.0.9"])
    assert client_ip(request("10.0.0.2", "192.0.2.66, 203.0.113.7, 172.16.0.9")) == "203.0.113.7"
    # Not from a trusted proxy: its header is the client's own word.
    assert client_ip(request("198.51.100.4", "203.0.113.7")) == "198.51.100.4"
    # A spoofed entry inside a trusted network does not move the client leftwards
    # past a stranger.
    assert client_ip(request("10.0.0.2", "10.9.9.9, 203.0.113.7")) == "203.0.113.7"


def test_ipv6_clients_are_counted_per_64(proxies):
    proxies(hops=1)
    one = client_key(request("10.0.0.2", "2001:db8:1:2::1"))
    other = client_key(request("10.0.0.2", "2001:db8:1:2:ffff::9"))
    elsewhere = client_key(request("10.0.0.2", "2001:db8:1:3::1"))
    assert one == other == "2001:db8:1:2::/64"
    assert elsewhere != one
    assert client_key(request("10.0.0.2", "203.0.113.7")) == "203.0.113.7"


def test_settings_refuse_a_network_that_is_not_one():
    result = manage("check", production=False, TRUSTED_PROXIES="10.0.0.0/8,proxy.local")
    assert result.returncode != 0
    assert "TRUSTED_PROXIES holds 'proxy.local'" in result.stderr


@pytest.mark.parametrize(
    ("changes", "header"),
    [
        ({}, "None"),
        ({"TRUSTED_PROXY_HOPS": "1"}, "('HTTP_X_FORWARDED_PROTO', 'https')"),
        ({"TRUSTED_PROXIES": "10.0.0.0/8"}, "('HTTP_X_FORWARDED_PROTO', 'https')"),
    ],
)
def test_production_reads_x_forwarded_proto_only_from_a_trusted_proxy(changes, header):
    result = manage(
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings; print(settings.SECURE_PROXY_SSL_HEADER)",
        **changes,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == header
