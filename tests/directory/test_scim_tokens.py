"""SCIM tokens: made and revoked by superusers in the editing area (after a
recent sign-in), shown once, stored as a hash; the token mechanics shared
with the signals API's tokens (core/tokens.py)."""

import pytest
from django.urls import reverse

from core.tokens import token_hash
from directory.models import ScimToken
from people.roles import Role
from skills.models import ApiToken
from skills.services import api_token_authenticate, api_token_create
from tests.accounts.test_staff_security import _age_sign_in, sign_in, staff
from tests.factories import DEFAULT_PASSWORD, UserFactory
from tests.people.builders import person_with

pytestmark = pytest.mark.django_db

SCOPES = ["users:read", "users:write"]


def test_only_superusers_make_scim_tokens_and_see_them_once(client):
    client.force_login(person_with(Role.HR_REPORTER))
    assert client.get(reverse("directory_scim_tokens:index")).status_code == 404
    response = client.post(
        reverse("directory_scim_tokens:index"), {"name": "Entra", "scopes": SCOPES}
    )
    assert response.status_code == 403
    assert not ScimToken.objects.exists()

    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    response = client.post(
        reverse("directory_scim_tokens:index"), {"name": "Entra", "scopes": SCOPES}
    )
    html = response.content.decode()
    token = ScimToken.objects.get()
    assert "shown once" in html
    shown = [part.split("</code>")[0] for part in html.split("<code>")[1:]]
    secret = next(c for c in shown if c.startswith("hes_") and c != token.key_prefix)
    assert token.key_hash == token_hash(secret)
    assert token.scopes == SCOPES
    assert secret not in client.get(reverse("directory_scim_tokens:index")).content.decode()
    assert client.get("/scim/v2/Users", HTTP_AUTHORIZATION=f"Bearer {secret}").status_code == 200

    client.post(reverse("directory_scim_tokens:revoke", args=[token.pk]))
    token.refresh_from_db()
    assert token.revoked_at is not None
    assert client.get("/scim/v2/Users", HTTP_AUTHORIZATION=f"Bearer {secret}").status_code == 401


def test_a_token_needs_a_name_and_a_scope(client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    client.post(reverse("directory_scim_tokens:index"), {"name": "", "scopes": SCOPES})
    client.post(reverse("directory_scim_tokens:index"), {"name": "Okta", "scopes": []})
    client.post(
        reverse("directory_scim_tokens:index"), {"name": "Okta", "scopes": ["users:delete"]}
    )
    assert not ScimToken.objects.exists()


def test_making_a_scim_token_asks_for_the_password_when_the_sign_in_is_old(client, settings):
    admin = staff(superuser=True, second_factor=True)
    sign_in(client, admin)
    _age_sign_in(client, settings.ACCOUNT_REAUTHENTICATION_TIMEOUT + 10)
    response = client.post("/cms/scim-tokens/", {"name": "Okta", "scopes": SCOPES})
    assert response.status_code == 302
    assert response.url.startswith("/accounts/reauthenticate/")
    assert not ScimToken.objects.exists()
    client.post(response.url, {"password": DEFAULT_PASSWORD})
    assert ScimToken.objects.filter(name="Okta").exists()


def test_the_tokens_of_one_kind_do_not_open_the_other(client):
    _api, api_secret = api_token_create(name="QA", sources=["qa_soft_skills"], created_by=None)
    assert api_token_authenticate(api_secret) is not None
    assert (
        client.get("/scim/v2/Users", HTTP_AUTHORIZATION=f"Bearer {api_secret}").status_code == 401
    )
    secret = ScimToken.generate()[0]
    assert secret.startswith("hes_") and api_token_authenticate(secret) is None
    assert ApiToken.generate()[0].startswith("hea_")


def test_the_settings_menu_shows_scim_tokens_to_superusers_only(client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    assert "/cms/scim-tokens/" in client.get("/cms/").content.decode()
    client.force_login(person_with(Role.LD_AUTHOR))
    assert "/cms/scim-tokens/" not in client.get("/cms/").content.decode()
