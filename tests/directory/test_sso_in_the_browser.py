"""Single sign-on through django-allauth's own openid_connect and saml
providers, end to end in Chromium: the site's log-in page, the company's
identity provider (tests/idp/, real servers on loopback) and back, signed in."""

import copy

import pytest
from allauth.account.models import EmailAddress
from allauth.socialaccount.models import SocialAccount, SocialApp

from people.models import User

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def allow_sign_in_at(settings, idp) -> None:
    """The identity provider's origin in the policy's form-action, as
    CSP_FORM_ACTION_SOURCES puts it there (config/settings.py)."""
    policy = copy.deepcopy(settings.CONTENT_SECURITY_POLICY)
    policy["DIRECTIVES"]["form-action"].append(idp.base_url)
    settings.CONTENT_SECURITY_POLICY = policy


def oidc_app(idp) -> SocialApp:
    return SocialApp.objects.create(
        provider="openid_connect",
        provider_id="company",
        name="Company account",
        client_id=idp.client_id,
        secret=idp.client_secret,
        settings={
            "server_url": idp.issuer,
            "oauth_pkce_enabled": True,
            # The company's directory vouches for its people's addresses.
            "verified_email": True,
        },
    )


def saml_app(idp) -> SocialApp:
    return SocialApp.objects.create(
        provider="saml",
        provider_id="company-saml",
        name="Company SAML",
        # allauth's organization slug: /accounts/saml/company-saml/...
        client_id="company-saml",
        settings={
            "idp": {
                "entity_id": idp.entity_id,
                "sso_url": idp.sso_url,
                "x509cert": idp.x509cert,
            },
            "attribute_mapping": {
                "email": "email",
                "first_name": "first_name",
                "last_name": "last_name",
            },
            "advanced": {"want_assertion_signed": True, "want_message_signed": True},
            "verified_email": True,
        },
    )


def start_at_the_site(page, provider_name):
    page.goto("/accounts/login/?next=/learning/")
    page.get_by_role("link", name=provider_name).click()
    page.get_by_role("button", name="Continue").click()
    page.get_by_role("heading", name="Sign in to Company directory").wait_for()


def sign_in_at_the_idp(page, login, password):
    page.get_by_label("Username").fill(login)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()


def test_sign_in_with_openid_connect_ends_on_my_learning(page, live_server, settings, oidc_idp):
    allow_sign_in_at(settings, oidc_idp)
    oidc_idp.set_redirect_uris([f"{live_server.url}/accounts/oidc/company/login/callback/"])
    oidc_app(oidc_idp)

    start_at_the_site(page, "Company account")
    sign_in_at_the_idp(page, "ada", "not-her-password")
    page.get_by_role("alert").filter(has_text="Wrong username or password.").wait_for()
    sign_in_at_the_idp(page, "ada", "ada-Passphrase-1")

    page.get_by_role("heading", name="My learning").wait_for()
    assert page.url == f"{live_server.url}/learning/"
    user = User.objects.get(email="ada.lovelace@example.com")
    assert (user.first_name, user.last_name) == ("Ada", "Lovelace")
    account = SocialAccount.objects.get(user=user)
    assert (account.provider, account.uid) == ("company", "0f1e2d3c-ada")
    assert EmailAddress.objects.get(user=user).verified


def test_sign_in_with_saml_ends_on_my_learning(page, live_server, settings, saml_idp):
    allow_sign_in_at(settings, saml_idp)
    saml_app(saml_idp)

    start_at_the_site(page, "Company SAML")
    sign_in_at_the_idp(page, "ben", "ben-Passphrase-2")

    page.get_by_role("heading", name="My learning").wait_for()
    assert page.url == f"{live_server.url}/learning/"
    user = User.objects.get(email="ben.okafor@example.com")
    assert (user.first_name, user.last_name) == ("Ben", "Okafor")
    account = SocialAccount.objects.get(user=user)
    assert (account.provider, account.uid) == ("company-saml", "9a8b7c6d-ben")
    assert account.extra_data["team"] == ["Tier 1"]
    assert EmailAddress.objects.get(user=user).verified


def test_person_removed_at_the_idp_cannot_sign_in(page, live_server, settings, saml_idp):
    allow_sign_in_at(settings, saml_idp)
    saml_app(saml_idp)
    saml_idp.remove_user("ben")

    start_at_the_site(page, "Company SAML")
    sign_in_at_the_idp(page, "ben", "ben-Passphrase-2")

    page.get_by_role("alert").filter(has_text="Wrong username or password.").wait_for()
    assert not User.objects.filter(email="ben.okafor@example.com").exists()
