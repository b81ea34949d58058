"""Sign-in safety through the real pages: a second factor for staff, rate limits
on every sign-in path, session time-outs, re-authentication before sensitive
acts, and every session ended when an account is deactivated."""

import time

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse

from people.models import UserSession
from people.roles import Role
from people.services import role_grant
from reports.models import ReportExport
from skills.models import ApiToken
from tests.accounts.test_auth_flows import totp
from tests.factories import DEFAULT_PASSWORD, VerifiedUserFactory

pytestmark = pytest.mark.django_db
SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


def staff(role=None, *, superuser=False, second_factor=False):
    user = VerifiedUserFactory(is_superuser=superuser, is_staff=superuser)
    if role:
        role_grant(user=user, role=role)
    if second_factor:
        TOTP.activate(user, SECRET)
    return user


def sign_in(client, user, *, code=True):
    response = client.post("/accounts/login/", {"login": user.email, "password": DEFAULT_PASSWORD})
    assert response.status_code == 302, response.content.decode()[:500]
    if response.url == "/accounts/2fa/authenticate/" and code:
        response = client.post("/accounts/2fa/authenticate/", {"code": totp(SECRET)})
        assert response.status_code == 302
    return response


# --- a second factor for staff ----------------------------------------------------


@pytest.mark.parametrize(
    ("role", "superuser", "path"),
    [
        (Role.LD_AUTHOR, False, "/cms/"),
        (Role.HR_REPORTER, False, "/reports/"),
        (None, True, "/cms/"),
        (None, True, "/django-admin/"),
        (None, True, "/reports/"),
    ],
)
def test_staff_without_a_second_factor_must_add_one_first(client, role, superuser, path):
    user = staff(role, superuser=superuser)
    sign_in(client, user)

    response = client.get(path)

    assert response.status_code == 302
    assert response.url == f"/accounts/2fa/?next={path}"
    page = client.get(response.url)
    assert "needs two-factor authentication" in page.content.decode()
    assert "passkey" in page.content.decode().lower()


def test_learners_and_managers_are_not_asked_for_a_second_factor(client):
    manager = staff(Role.MANAGER)
    sign_in(client, manager)
    assert client.get("/reports/").status_code == 200
    assert client.get("/learning/").status_code == 200


def test_signing_in_with_the_code_opens_the_editing_area(client):
    author = staff(Role.LD_AUTHOR, second_factor=True)
    response = sign_in(client, author)
    assert response.url == "/"

    assert client.get("/cms/").status_code == 200


def test_a_session_without_the_code_is_asked_for_it(client):
    # Signed in before the second factor was added, say: the session never
    # passed it, so the editing area asks for it and then opens.
    author = staff(Role.LD_AUTHOR)
    sign_in(client, author)
    TOTP.activate(author, SECRET)

    response = client.get("/cms/pages/")
    assert response.status_code == 302
    assert response.url == "/accounts/2fa/reauthenticate/?next=/cms/pages/"
    wrong = client.post(response.url, {"code": "000000"})
    assert wrong.status_code == 200
    assert client.get("/cms/pages/").status_code == 302

    done = client.post(response.url, {"code": totp(SECRET)})
    assert done.status_code == 302
    assert client.get("/cms/pages/").status_code == 200


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_adding_an_authenticator_counts_as_passing_it(client):
    hr = staff(Role.HR_REPORTER)
    sign_in(client, hr)
    reauth = client.get("/accounts/2fa/totp/activate/")
    client.post(reauth.url, {"password": DEFAULT_PASSWORD})
    page = client.get("/accounts/2fa/totp/activate/")
    secret = page.context["form"].secret

    client.post("/accounts/2fa/totp/activate/", {"code": totp(secret)})

    assert client.get("/reports/").status_code == 200


def test_passkeys_are_offered_and_count_as_a_second_factor(client):
    author = staff(Role.LD_AUTHOR)
    sign_in(client, author)
    page = client.get("/accounts/2fa/")
    assert "/accounts/2fa/webauthn/add/" in page.content.decode()
    # Anyone may sign in with a passkey instead of a password.
    assert "/accounts/2fa/webauthn/login/" in Client().get("/accounts/login/").content.decode()

    from people.security import has_second_factor

    assert not has_second_factor(author)
    Authenticator.objects.create(
        user=author, type=Authenticator.Type.WEBAUTHN, data={"name": "Laptop", "credential": {}}
    )
    assert has_second_factor(author)


# --- rate limits on every sign-in path ----------------------------------------------------


@pytest.mark.parametrize(
    "path",
    ["/accounts/login/", "/cms/login/", "/django-admin/login/"],
    ids=["site", "cms", "admin"],
)
def test_failed_sign_ins_are_limited_on_every_path(client, path):
    user = VerifiedUserFactory()
    # The editing area's and the Django admin's sign-in pages lead to the
    # site's own, where the limits (and the second factor) apply.
    response = client.get(path, follow=True)
    assert response.redirect_chain == [] or response.redirect_chain[-1][0].startswith(
        "/accounts/login/"
    )
    for _ in range(5):
        client.post("/accounts/login/", {"login": user.email, "password": "wrong-password"})
    response = client.post("/accounts/login/", {"login": user.email, "password": DEFAULT_PASSWORD})
    assert response.status_code == 200
    assert "Too many failed login attempts" in response.content.decode()


def test_second_factor_codes_are_limited(client):
    author = staff(Role.LD_AUTHOR, second_factor=True)
    sign_in(client, author, code=False)
    for _ in range(10):
        client.post("/accounts/2fa/authenticate/", {"code": "000000"})
    response = client.post("/accounts/2fa/authenticate/", {"code": totp(SECRET)})
    assert "/cms/" not in response.get("Location", "")
    assert client.get("/").context["user"].is_anonymous


def test_unknown_api_tokens_are_limited(client):
    for _ in range(20):
        client.post(
            "/api/v1/signals/",
            {},
            content_type="application/json",
            HTTP_AUTHORIZATION="Bearer guess",
        )
    response = client.post(
        "/api/v1/signals/", {}, content_type="application/json", HTTP_AUTHORIZATION="Bearer guess"
    )
    assert response.status_code == 429


# --- sessions ------------------------------------------------------------------------------------


def test_an_idle_session_ends(client, settings):
    learner = VerifiedUserFactory()
    sign_in(client, learner)
    assert client.get("/learning/").status_code == 200

    session = client.session
    session["_last_seen_at"] = time.time() - settings.SESSION_IDLE_TIMEOUT - 5
    session.save()

    response = client.get("/learning/")
    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")


def test_a_session_ends_at_its_time_limit_even_when_busy(client, settings):
    learner = VerifiedUserFactory()
    sign_in(client, learner)
    session = client.session
    session["_signed_in_at"] = time.time() - settings.SESSION_ABSOLUTE_TIMEOUT - 5
    session["_last_seen_at"] = time.time()
    session.save()

    response = client.get("/learning/")
    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")


def test_a_busy_session_does_not_write_on_every_page(client, django_assert_num_queries):
    learner = VerifiedUserFactory()
    sign_in(client, learner)
    client.get("/learning/")
    before = Session.objects.get(session_key=client.session.session_key).session_data
    client.get("/learning/")
    assert Session.objects.get(session_key=client.session.session_key).session_data == before


def test_deactivating_an_account_ends_all_its_sessions(django_capture_on_commit_callbacks):
    learner = VerifiedUserFactory()
    laptop, phone = Client(), Client()
    sign_in(laptop, learner)
    sign_in(phone, learner)
    assert UserSession.objects.filter(user=learner).count() == 2
    assert laptop.get("/learning/").status_code == 200

    learner.is_active = False
    with django_capture_on_commit_callbacks(execute=True):
        learner.save(update_fields=["is_active"])

    assert not UserSession.objects.filter(user=learner).exists()
    assert not Session.objects.filter(
        session_key__in=[laptop.session.session_key, phone.session.session_key]
    ).exists()
    for device in (laptop, phone):
        response = device.get("/learning/")
        assert response.status_code == 302
        assert response.url.startswith("/accounts/login/")


def test_signing_out_forgets_the_session(client):
    learner = VerifiedUserFactory()
    sign_in(client, learner)
    assert UserSession.objects.filter(user=learner).count() == 1
    client.post("/accounts/logout/")
    assert not UserSession.objects.filter(user=learner).exists()


# --- re-authentication before sensitive acts ----------------------------------------------------


def _age_sign_in(client, seconds):
    session = client.session
    for record in session["account_authentication_methods"]:
        record["at"] -= seconds
    session.save()


def test_an_export_asks_for_the_password_when_the_sign_in_is_old(client, settings):
    hr = staff(Role.HR_REPORTER, second_factor=True)
    sign_in(client, hr)
    _age_sign_in(client, settings.ACCOUNT_REAUTHENTICATION_TIMEOUT + 10)

    response = client.post("/reports/export/", {"level": "course", "format": "csv"})

    assert response.status_code == 302
    assert response.url.startswith("/accounts/reauthenticate/")
    assert not ReportExport.objects.exists()
    # After the password, the export that was asked for goes ahead.
    response = client.post(response.url, {"password": DEFAULT_PASSWORD}, follow=True)
    assert response.status_code == 200


def test_making_a_token_asks_for_the_password_when_the_sign_in_is_old(client, settings):
    admin = staff(superuser=True, second_factor=True)
    sign_in(client, admin)
    _age_sign_in(client, settings.ACCOUNT_REAUTHENTICATION_TIMEOUT + 10)

    response = client.post("/cms/api-tokens/", {"name": "QA", "sources": ["qa_soft_skills"]})

    assert response.status_code == 302
    assert response.url.startswith("/accounts/reauthenticate/")
    assert not ApiToken.objects.exists()
    client.post(response.url, {"password": DEFAULT_PASSWORD})
    assert ApiToken.objects.filter(name="QA").exists()


def test_changing_roles_asks_for_the_password_when_the_sign_in_is_old(client, settings):
    admin = staff(superuser=True, second_factor=True)
    learner = VerifiedUserFactory()
    sign_in(client, admin)
    _age_sign_in(client, settings.ACCOUNT_REAUTHENTICATION_TIMEOUT + 10)

    response = client.get(f"/cms/users/edit/{learner.pk}/")

    assert response.status_code == 302
    assert response.url.startswith("/accounts/reauthenticate/")
    client.post(response.url, {"password": DEFAULT_PASSWORD})
    assert client.get(f"/cms/users/edit/{learner.pk}/").status_code == 200
    assert get_user_model().objects.get(pk=learner.pk).groups.count() == 1


def test_downloading_my_data_asks_for_the_password_when_the_sign_in_is_old(client, settings):
    learner = VerifiedUserFactory()
    sign_in(client, learner)
    assert client.post("/privacy/my-data/")["Content-Type"].startswith("application/json")
    _age_sign_in(client, settings.ACCOUNT_REAUTHENTICATION_TIMEOUT + 10)

    response = client.post("/privacy/my-data/")

    assert response.status_code == 302
    assert response.url.startswith("/accounts/reauthenticate/")


def test_an_erasure_asks_for_the_password_when_the_sign_in_is_old(client, settings):
    admin = staff(superuser=True, second_factor=True)
    learner = VerifiedUserFactory()
    sign_in(client, admin)
    _age_sign_in(client, settings.ACCOUNT_REAUTHENTICATION_TIMEOUT + 10)

    response = client.post(f"/cms/privacy/erase/{learner.pk}/", {"confirm": learner.email})

    assert response.status_code == 302
    assert response.url.startswith("/accounts/reauthenticate/")
    assert get_user_model().objects.get(pk=learner.pk).is_active


def test_changing_a_group_asks_for_the_password_when_the_sign_in_is_old(client, settings):
    from django.contrib.auth.models import Group

    admin = staff(superuser=True, second_factor=True)
    sign_in(client, admin)
    group = Group.objects.get(name=Role.HR_REPORTER)
    edit = reverse("wagtailusers_groups:edit", args=[group.pk])
    assert client.get(edit).status_code == 200
    _age_sign_in(client, settings.ACCOUNT_REAUTHENTICATION_TIMEOUT + 10)

    for path in (edit, reverse("wagtailusers_groups:add")):
        response = client.get(path)
        assert response.status_code == 302
        assert response.url.startswith("/accounts/reauthenticate/")


def test_roles_are_not_changed_in_the_django_admin(client):
    admin = staff(superuser=True, second_factor=True)
    sign_in(client, admin)
    assert client.get("/django-admin/auth/group/").status_code == 404
