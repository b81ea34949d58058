"""Single sign-on end to end in Chromium, through django-allauth's own
openid_connect and saml providers and real identity providers on loopback
(tests/idp/): from the site's sign-in page to the company's sign-in form and
back to My learning, with the profile and roles the directory sends; a
trusted second factor; sign-out; and the people who must not get in (removed
at the identity provider, turned off here, of another domain). The page
fixture fails a test on any console error, refused content (the sign-in
page's form-action included) or 5xx."""

import pytest
from allauth.account.models import EmailAddress
from allauth.socialaccount.models import SocialAccount, SocialApp

from directory.models import GroupRoleMapping, SsoDomain
from people.models import Profile, User
from people.roles import Role
from people.services import person_sync

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def oidc_app(idp, *, trust_idp_mfa=False) -> SocialApp:
    app = SocialApp.objects.create(
        provider="openid_connect",
        provider_id="company",
        name="Company account",
        client_id=idp.client_id,
        secret=idp.client_secret,
        settings={
            "server_url": idp.issuer,
            "oauth_pkce_enabled": True,
            "trust_idp_mfa": trust_idp_mfa,
        },
    )
    SsoDomain.objects.create(domain="example.com", app=app)
    return app


def saml_app(idp, *, domain="example.com") -> SocialApp:
    app = SocialApp.objects.create(
        provider="saml",
        provider_id="company-saml",
        name="Company SAML",
        # allauth's organization slug: /accounts/saml/company-saml/...
        client_id="company-saml",
        settings={
            "idp": {"entity_id": idp.entity_id, "sso_url": idp.sso_url, "x509cert": idp.x509cert},
            "advanced": {"want_assertion_signed": True, "want_message_signed": True},
            "trust_idp_mfa": True,
        },
    )
    SsoDomain.objects.create(domain=domain, app=app)
    return app


def start_at_the_site(page, provider_name):
    page.goto("/accounts/login/?next=/learning/")
    page.get_by_role("button", name=f"Sign in with {provider_name}").click()
    page.get_by_role("heading", name="Sign in to Company directory").wait_for()


def sign_in_at_the_idp(page, login, password):
    page.get_by_label("Username").fill(login)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()


def roles_of(user):
    return set(user.groups.values_list("name", flat=True))


def test_openid_connect_from_the_sign_in_page_to_my_learning(page, live_server, oidc_idp):
    """Ada's first sign-in creates her, with the profile and the role her
    directory gives; her identity provider proved a second factor, so the
    editing area opens; signing out ends the session here."""
    oidc_idp.set_redirect_uris([f"{live_server.url}/accounts/oidc/company/login/callback/"])
    oidc_app(oidc_idp, trust_idp_mfa=True)
    GroupRoleMapping.objects.create(group="Engineering", role=Role.LD_AUTHOR.value)

    start_at_the_site(page, "Company account")
    sign_in_at_the_idp(page, "ada", "not-her-password")
    page.get_by_role("alert").filter(has_text="Wrong username or password.").wait_for()
    sign_in_at_the_idp(page, "ada", "ada-Passphrase-1")

    # Her directory says French: the site reads in French at once.
    page.get_by_role("heading", name="Mon apprentissage").wait_for()
    assert page.url == f"{live_server.url}/learning/"
    user = User.objects.get(email="ada.lovelace@example.com")
    profile = Profile.objects.select_related("department", "team").get(user=user)
    assert (user.first_name, user.last_name) == ("Ada", "Lovelace")
    assert (profile.employee_id, profile.department.name, profile.team.name) == (
        "E-1001",
        "Engineering",
        "Platform",
    )
    assert profile.preferred_language == "fr"
    assert roles_of(user) == {Role.LEARNER.value, Role.LD_AUTHOR.value}
    assert not user.has_usable_password()
    assert EmailAddress.objects.get(user=user).verified
    account = SocialAccount.objects.get(user=user)
    assert (account.provider, account.uid) == ("company", "0f1e2d3c-ada")

    page.goto("/cms/")
    page.wait_for_load_state()
    assert page.url == f"{live_server.url}/cms/", page.url

    page.goto("/learning/")
    page.get_by_role("button", name="Se déconnecter").click()
    page.wait_for_load_state()
    page.goto("/learning/")
    assert "/accounts/login/" in page.url


def test_saml_from_the_sign_in_page_to_my_learning(page, live_server, saml_idp):
    """Ben's manager is already here; his group makes him an HR reporter, and
    without a second factor from the identity provider he is asked for one
    before reports."""
    saml_app(saml_idp)
    GroupRoleMapping.objects.create(group="support", role=Role.HR_REPORTER.value)
    ada = person_sync(
        values={
            "employee_id": "E-1001",
            "email": "ada.lovelace@example.com",
            "first_name": "Ada",
            "last_name": "Lovelace",
        },
        place="command_line",
    ).user

    start_at_the_site(page, "Company SAML")
    sign_in_at_the_idp(page, "ben", "ben-Passphrase-2")

    page.get_by_role("heading", name="My learning").wait_for()
    assert page.url == f"{live_server.url}/learning/"
    user = User.objects.get(email="ben.okafor@example.com")
    profile = Profile.objects.select_related("team").get(user=user)
    assert (profile.employee_id, profile.team.name, profile.manager) == ("E-1002", "Tier 1", ada)
    assert roles_of(user) == {Role.LEARNER.value, Role.HR_REPORTER.value}
    account = SocialAccount.objects.get(user=user)
    assert (account.provider, account.uid) == ("company-saml", "9a8b7c6d-ben")

    page.goto("/reports/")
    page.wait_for_load_state()
    assert "/accounts/2fa/" in page.url


def test_a_person_removed_at_the_identity_provider_cannot_sign_in(page, saml_idp):
    saml_app(saml_idp)
    saml_idp.remove_user("ben")

    start_at_the_site(page, "Company SAML")
    sign_in_at_the_idp(page, "ben", "ben-Passphrase-2")

    page.get_by_role("alert").filter(has_text="Wrong username or password.").wait_for()
    assert not User.objects.filter(email="ben.okafor@example.com").exists()


def test_a_person_the_organisation_turned_off_stays_out(page, saml_idp):
    saml_app(saml_idp)
    person_sync(
        values={
            "employee_id": "E-1002",
            "email": "ben.okafor@example.com",
            "first_name": "Ben",
            "last_name": "Okafor",
            "active": "no",
        },
        place="directory",
    )

    start_at_the_site(page, "Company SAML")
    sign_in_at_the_idp(page, "ben", "ben-Passphrase-2")

    page.get_by_role("heading", name="Account inactive").wait_for()
    assert not User.objects.get(email="ben.okafor@example.com").is_active
    page.goto("/learning/")
    assert "/accounts/login/" in page.url


@pytest.mark.browser_problems_expected
def test_an_identity_provider_speaks_only_for_its_domains(page, saml_idp):
    saml_app(saml_idp, domain="contoso.com")

    start_at_the_site(page, "Company SAML")
    sign_in_at_the_idp(page, "ben", "ben-Passphrase-2")

    page.get_by_role("heading", name="Sign-in not possible").wait_for()
    assert page.get_by_text("may not be used for ben.okafor@example.com").is_visible()
    assert not User.objects.filter(email="ben.okafor@example.com").exists()
