"""The editing area's single-sign-on screens: a superuser adds an OpenID
Connect and a SAML identity provider, its domains and group roles; bad input
gets a message on its field and saves nothing; nobody else gets in."""

import pytest
from allauth.socialaccount.models import SocialApp
from django.urls import reverse

from directory.models import GroupRoleMapping, SsoDomain
from people.roles import Role
from tests.directory.builders import oidc_app
from tests.directory.certs import self_signed
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

OIDC = {
    "name": "Contoso account",
    "protocol": "openid_connect",
    "slug": "contoso",
    "issuer": "https://login.example.com/tenant/v2.0",
    "oidc_client_id": "lms-client",
    "oidc_secret": "very-secret",
    "trust_idp_mfa": "on",
    "mfa_acr_values": "corp-mfa, strong",
    "claims": '{"employee_id": "employeeNumber"}',
}


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


def add(client, data):
    return client.post(reverse("directory_identity_providers:add"), data)


def test_add_an_openid_connect_provider(admin_client):
    response = add(admin_client, OIDC)
    assert response.status_code == 302, response.context["form"].errors
    app = SocialApp.objects.get()
    assert (app.provider, app.provider_id, app.client_id, app.secret) == (
        "openid_connect",
        "contoso",
        "lms-client",
        "very-secret",
    )
    assert app.settings["server_url"] == OIDC["issuer"]
    assert app.settings["trust_idp_mfa"] is True
    assert app.settings["mfa_acr_values"] == ["corp-mfa", "strong"]
    assert app.settings["claims"] == {"employee_id": "employeeNumber"}
    # The secret is never sent back to the browser, and an empty field keeps it.
    edit_url = reverse("directory_identity_providers:edit", args=[app.pk])
    assert "very-secret" not in admin_client.get(edit_url).content.decode()
    response = admin_client.post(edit_url, {**OIDC, "oidc_secret": "", "name": "Contoso"})
    assert response.status_code == 302
    app.refresh_from_db()
    assert (app.name, app.secret) == ("Contoso", "very-secret")


def test_add_a_saml_provider(admin_client):
    certificate, _key = self_signed()
    response = add(
        admin_client,
        {
            "name": "Contoso SAML",
            "protocol": "saml",
            "slug": "contoso-saml",
            "idp_entity_id": "https://idp.example.com/metadata",
            "idp_sso_url": "https://idp.example.com/sso",
            "idp_certificate": certificate,
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    app = SocialApp.objects.get()
    assert (app.provider, app.client_id) == ("saml", "contoso-saml")
    assert app.settings["idp"]["entity_id"] == "https://idp.example.com/metadata"
    assert "BEGIN" not in app.settings["idp"]["x509cert"]
    assert app.settings["advanced"]["want_assertion_signed"] is True


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"issuer": ""}, "issuer"),
        ({"issuer": "not a url"}, "issuer"),
        ({"oidc_client_id": ""}, "oidc_client_id"),
        ({"oidc_secret": ""}, "oidc_secret"),
        ({"slug": ""}, "slug"),
        ({"claims": "{not json"}, "claims"),
        ({"claims": '{"shoe_size": "x"}'}, "claims"),
        ({"claims": '{"email": 5}'}, "claims"),
        ({"protocol": "ldap"}, "protocol"),
        (
            {
                "protocol": "saml",
                "idp_entity_id": "x",
                "idp_sso_url": "https://i/sso",
                "idp_certificate": "-----BEGIN CERTIFICATE-----\nnonsense\n"
                "-----END CERTIFICATE-----",
            },
            "idp_certificate",
        ),
        ({"protocol": "saml"}, "idp_entity_id"),
    ],
)
def test_bad_input_is_named_and_saves_nothing(admin_client, change, field):
    response = add(admin_client, {**OIDC, **change})
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert not SocialApp.objects.exists()


def test_two_providers_cannot_share_a_short_name(admin_client):
    oidc_app(slug="contoso")
    response = add(admin_client, OIDC)
    assert "slug" in response.context["form"].errors
    assert SocialApp.objects.count() == 1


def test_domains_and_group_roles(admin_client):
    app = oidc_app()
    response = admin_client.post(
        reverse("directory_domains:add"), {"domain": "Contoso.COM", "app": app.pk, "sso_only": "on"}
    )
    assert response.status_code == 302
    assert SsoDomain.objects.get().domain == "contoso.com"
    for bad in ("contoso", "-x.com", "a b.com", "x" * 300 + ".com"):
        response = admin_client.post(
            reverse("directory_domains:add"), {"domain": bad, "app": app.pk}
        )
        assert response.status_code == 200 and "domain" in response.context["form"].errors
    response = admin_client.post(
        reverse("directory_group_roles:add"), {"group": "LMS Authors", "role": Role.LD_AUTHOR.value}
    )
    assert response.status_code == 302
    response = admin_client.post(
        reverse("directory_group_roles:add"), {"group": "lms authors", "role": Role.LD_AUTHOR.value}
    )
    assert response.status_code == 200
    response = admin_client.post(
        reverse("directory_group_roles:add"), {"group": "Admins", "role": "Superuser"}
    )
    assert response.status_code == 200
    assert GroupRoleMapping.objects.count() == 1


@pytest.mark.parametrize("role", [Role.LD_AUTHOR, Role.HR_REPORTER, Role.MANAGER, Role.LEARNER])
def test_nobody_but_a_superuser(client, role):
    from people.services import role_grant

    user = UserFactory(is_staff=role in (Role.LD_AUTHOR, Role.HR_REPORTER))
    role_grant(user=user, role=role)
    client.force_login(user)
    app = oidc_app()
    for name, args in [
        ("directory_identity_providers:list", []),
        ("directory_identity_providers:add", []),
        ("directory_identity_providers:edit", [app.pk]),
        ("directory_domains:list", []),
        ("directory_group_roles:add", []),
    ]:
        response = client.get(reverse(name, args=args))
        assert response.status_code in (302, 403, 404), (name, response.status_code)
        if response.status_code == 302:
            assert "single-sign-on" not in response.url
    response = client.post(reverse("directory_identity_providers:add"), OIDC)
    assert SocialApp.objects.count() == 1
