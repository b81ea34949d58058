"""pytest fixtures for the test identity providers. A test folder's conftest.py
imports the ones it uses (as tests/directory/conftest.py does)::

    from tests.idp.fixtures import idp_people, oidc_idp, oidc_idp_server  # noqa: F401

Each server starts once per run (``oidc_idp_server``, ``saml_idp_server``);
``oidc_idp`` and ``saml_idp`` hand it to a test with the directory reset to
``PEOPLE`` (and the OIDC client's redirect URIs to their defaults).
``idp_people`` is a copy of ``PEOPLE``; ``idp_node`` is for a test that starts
an IdP of its own. Without Node.js these tests are skipped, except in CI."""

import copy
import os

import pytest

from tests.idp.servers import OidcIdp, SamlIdp, node_problem, person

PEOPLE = [
    person(
        "ada",
        password="ada-Passphrase-1",
        sub="0f1e2d3c-ada",
        email="ada.lovelace@example.com",
        given_name="Ada",
        family_name="Lovelace",
        locale="fr",
        employee_id="E-1001",
        department="Engineering",
        team="Platform",
        manager_email="grace.hopper@example.com",
        groups=["engineering", "academy-learners"],
        mfa=True,
        acr="urn:example:acr:mfa",
    ),
    person(
        "ben",
        password="ben-Passphrase-2",
        sub="9a8b7c6d-ben",
        email="ben.okafor@example.com",
        given_name="Ben",
        family_name="Okafor",
        locale="en",
        employee_id="E-1002",
        department="Support",
        team="Tier 1",
        manager_email="ada.lovelace@example.com",
        groups=["support"],
    ),
]


@pytest.fixture
def idp_people() -> list[dict]:
    """The people both IdPs start each test with (a copy to change freely)."""
    return copy.deepcopy(PEOPLE)


def _needs_node() -> None:
    """Like the browser tests without Chromium: skipped without Node.js, except
    in CI, where they must run."""
    if problem := node_problem():
        if os.environ.get("CI"):
            pytest.fail(problem)
        pytest.skip(problem)


@pytest.fixture
def idp_node() -> None:
    """For a test that starts an IdP of its own: skipped, or failed in CI, without
    Node.js."""
    _needs_node()


@pytest.fixture(scope="session")
def oidc_idp_server():
    _needs_node()
    with OidcIdp(users=PEOPLE) as idp:
        yield idp


@pytest.fixture
def oidc_idp(oidc_idp_server) -> OidcIdp:
    oidc_idp_server.set_users(PEOPLE)
    oidc_idp_server.set_redirect_uris(
        [OidcIdp.DEFAULT_REDIRECT_URI], [OidcIdp.DEFAULT_POST_LOGOUT_REDIRECT_URI]
    )
    return oidc_idp_server


@pytest.fixture(scope="session")
def saml_idp_server():
    _needs_node()
    with SamlIdp(users=PEOPLE) as idp:
        yield idp


@pytest.fixture
def saml_idp(saml_idp_server) -> SamlIdp:
    saml_idp_server.set_users(PEOPLE)
    return saml_idp_server
