"""A single-sign-on-only domain: its people cannot sign in with, sign up with,
reset, set or change a password here; every other way in but the identity
provider is closed too. A domain the company did not make SSO-only keeps
passwords."""

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.core import mail
from django.test import RequestFactory

from directory.adapters import AccountAdapter
from people.models import User
from tests.directory.builders import oidc_app, sso_domain
from tests.factories import DEFAULT_PASSWORD, VerifiedUserFactory

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "a-Sturdy-passphrase-42"


@pytest.fixture
def company():
    app = oidc_app(name="Contoso account")
    sso_domain(app, "contoso.com")
    sso_domain(app, "partners.contoso.com", sso_only=False)
    return app


def signed_in(client):
    return client.get("/").context["user"].is_authenticated


def test_password_sign_in_is_refused_with_the_way_in(client, company):
    VerifiedUserFactory(email="ana@contoso.com")
    response = client.post(
        "/accounts/login/", {"login": "ana@contoso.com", "password": DEFAULT_PASSWORD}
    )
    assert response.status_code == 200
    assert "sign in with their company account" in response.content.decode()
    assert "Contoso account" in response.content.decode()
    assert not signed_in(client)


def test_the_answer_is_the_same_for_an_address_with_no_account(client, company):
    known = client.post("/accounts/login/", {"login": "ana@contoso.com", "password": "x" * 12})
    unknown = client.post("/accounts/login/", {"login": "nobody@contoso.com", "password": "x" * 12})
    assert known.context["form"].errors == unknown.context["form"].errors


def test_a_domain_not_sso_only_keeps_passwords(client, company):
    VerifiedUserFactory(email="pat@partners.contoso.com")
    client.post(
        "/accounts/login/", {"login": "pat@partners.contoso.com", "password": DEFAULT_PASSWORD}
    )
    assert signed_in(client)


def test_sign_up_is_refused(client, company):
    response = client.post(
        "/accounts/signup/",
        {
            "email": "new@contoso.com",
            "first_name": "N",
            "last_name": "N",
            "preferred_language": "en",
            "password1": NEW_PASSWORD,
            "password2": NEW_PASSWORD,
        },
    )
    assert response.status_code == 200
    assert "sign in with their company account" in response.content.decode()
    assert not User.objects.filter(email="new@contoso.com").exists()


def test_password_reset_is_refused_and_sends_nothing(client, company):
    VerifiedUserFactory(email="ana@contoso.com")
    response = client.post("/accounts/password/reset/", {"email": "ana@contoso.com"})
    assert response.status_code == 200
    assert "sign in with their company account" in response.content.decode()
    assert mail.outbox == []


def test_password_change_is_refused(client, company):
    user = VerifiedUserFactory(email="ana@contoso.com")
    client.force_login(user)
    response = client.post(
        "/accounts/password/change/",
        {"oldpassword": DEFAULT_PASSWORD, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )
    assert response.status_code == 200
    assert "sign in with their company account" in response.content.decode()
    user.refresh_from_db()
    assert user.check_password(DEFAULT_PASSWORD)


def test_password_set_is_refused(client, company):
    user = VerifiedUserFactory(email="ana@contoso.com")
    user.set_unusable_password()
    user.save()
    client.force_login(user)
    response = client.post(
        "/accounts/password/set/", {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD}
    )
    assert response.status_code == 200
    user.refresh_from_db()
    assert not user.has_usable_password()


def test_every_other_way_in_is_closed(company, rf: RequestFactory):
    """Passkeys, sign-in codes and e-mail confirmation all end in pre_login;
    only a sign-in through the identity provider passes it."""
    user = VerifiedUserFactory(email="ana@contoso.com")
    request = rf.get("/")
    request.session = SessionStore()
    hook = {"email_verification": "none", "email": None, "signup": False, "redirect_url": None}
    refused = AccountAdapter(request).pre_login(request, user, signal_kwargs=None, **hook)
    assert refused.status_code == 403
    through_sso = AccountAdapter(request).pre_login(
        request, user, signal_kwargs={"sociallogin": object()}, **hook
    )
    assert through_sso is None
