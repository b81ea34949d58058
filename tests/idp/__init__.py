"""Identity providers the tests start on loopback: an OpenID Connect provider and
a SAML 2.0 IdP, each a real server with a sign-in form (tests/idp/servers.py).
Fixtures are in tests/idp/fixtures.py."""

from tests.idp.servers import OidcIdp, SamlIdp, person

__all__ = ["OidcIdp", "SamlIdp", "person"]
