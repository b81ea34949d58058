"""Who is asking: the client's address, as far as the proxies we trust vouch for it.

Behind a reverse proxy every request arrives from the proxy's address
(``REMOTE_ADDR``); the proxy appends the address it was reached from to
``X-Forwarded-For``. Anyone can write that header too, so it is read only as
far as the proxies we trust wrote it:

- ``TRUSTED_PROXY_HOPS``: this many proxies stand in front of the site, each
  appending to the header (1 for one nginx; 2 for a load balancer and nginx).
- ``TRUSTED_PROXIES``: the proxies' addresses or networks (CIDR).

The chain is the header's addresses followed by ``REMOTE_ADDR``. Read from the
right, an address is a proxy while it is within the first ``TRUSTED_PROXY_HOPS``
or inside ``TRUSTED_PROXIES``; the first one that is not is the client. With
neither set (the default) the header is ignored and the client is
``REMOTE_ADDR``. Rate limits (sign-in through allauth, the signals API) count
per :func:`client_ip`.
"""

import ipaddress
from functools import lru_cache

from django.conf import settings

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
#: IPv6 clients are counted per /64, the block one subscriber usually gets, so
#: that walking through one's own addresses does not reset a limit.
IPV6_PREFIX = 64


def parse_address(value: str) -> Address | None:
    """An address from a header or ``REMOTE_ADDR``, with any port taken off
    (``203.0.113.7:4711``, ``[2001:db8::1]:443``); None if it is not one."""
    text = value.strip().strip('"')
    if text.startswith("["):
        text = text[1:].partition("]")[0]
    elif text.count(":") == 1:
        text = text.partition(":")[0]
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        return address.ipv4_mapped
    return address


@lru_cache(maxsize=8)
def _networks(cidrs: tuple[str, ...]) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    return tuple(ipaddress.ip_network(cidr.strip(), strict=False) for cidr in cidrs)


def client_address(request) -> Address | None:
    """The client's address (see the module's docstring), or None when the
    connection has none (a Unix socket with no proxy trusted)."""
    hops = settings.TRUSTED_PROXY_HOPS
    networks = _networks(tuple(settings.TRUSTED_PROXIES))
    remote = request.META.get("REMOTE_ADDR", "")
    if not hops and not networks:
        return parse_address(remote)
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    chain = [part for part in forwarded.split(",") if part.strip()] + [remote]
    nearest = None
    for position, raw in enumerate(reversed(chain)):
        address = parse_address(raw)
        trusted_hop = position < hops
        if address is None:
            if trusted_hop and position == 0:
                continue  # a Unix socket from the trusted proxy: no address to read
            # What a trusted proxy passed on is always an address; anything else
            # was written by the client. Count the nearest address we know.
            return nearest
        if not trusted_hop and not any(address in network for network in networks):
            return address
        nearest = address
    # Every address in the chain is a proxy: the request started at the farthest.
    return nearest


def client_ip(request) -> str | None:
    """:func:`client_address` as text, e.g. ``203.0.113.7``."""
    address = client_address(request)
    return None if address is None else str(address)


def client_key(request) -> str:
    """What rate limits count a client by: its address, an IPv6 client's /64."""
    address = client_address(request)
    if address is None:
        return "unknown"
    if isinstance(address, ipaddress.IPv6Address):
        return str(ipaddress.IPv6Network(f"{address}/{IPV6_PREFIX}", strict=False))
    return str(address)
