import base64
import hashlib
import hmac
import re
import struct
import time

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache

from people.roles import Role
from tests.factories import DEFAULT_PASSWORD, VerifiedUserFactory

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "a-Sturdy-passphrase-42"
#: What sign-up asks beside the address: a name and the language to read the site in.
NEW_PERSON = {
    "first_name": "Nina",
    "last_name": "Newcomer",
    "preferred_language": "en",
    "password1": NEW_PASSWORD,
    "password2": NEW_PASSWORD,
}


def totp(secret: str, at: float | None = None) -> str:
    """RFC 6238 code, written here so the test does not trust allauth's own."""
    if at is None and 30 - time.time() % 30 < 2:
        time.sleep(2.5)  # never hand over a code in its last moments
    counter = int((time.time() if at is None else at) // 30)
    key = base64.b32decode(secret.upper() + "=" * (-len(secret) % 8))
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return f"{value % 1_000_000:06d}"


def link_in(message, pattern):
    match = re.search(pattern, message.body)
    assert match, message.body
    return match.group(0)


def signed_in_email(client):
    user = client.get("/").context["user"]
    return user.email if user.is_authenticated else None


def test_sign_up_verify_by_email_then_sign_in_and_out(client):
    response = client.post(
        "/accounts/signup/",
        {"email": "New.Agent@Example.com", **NEW_PERSON},
    )
    assert response.status_code == 302
    assert response.url == "/accounts/confirm-email/"
    user = get_user_model().objects.get(email="new.agent@example.com")
    assert user.groups.filter(name=Role.LEARNER).exists()
    assert signed_in_email(client) is None  # not before the address is verified

    (message,) = mail.outbox
    assert message.to == ["new.agent@example.com"]
    confirm_url = link_in(message, r"http://testserver/accounts/confirm-email/[^\s]+/")
    path = confirm_url.removeprefix("http://testserver")

    # Following the link asks for a click; it does not confirm on GET.
    assert client.get(path).status_code == 200
    assert not EmailAddress.objects.get(email="new.agent@example.com").verified
    response = client.post(path)
    assert response.status_code == 302
    assert EmailAddress.objects.get(email="new.agent@example.com").verified

    response = client.post(
        "/accounts/login/", {"login": "new.agent@example.com", "password": NEW_PASSWORD}
    )
    assert response.status_code == 302
    assert signed_in_email(client) == "new.agent@example.com"

    response = client.post("/accounts/logout/")
    assert response.status_code == 302
    assert signed_in_email(client) is None


def test_unverified_account_cannot_sign_in_and_gets_a_fresh_link(client):
    client.post(
        "/accounts/signup/",
        {"email": "late@example.com", **NEW_PERSON},
    )
    client.logout()

    response = client.post(
        "/accounts/login/", {"login": "late@example.com", "password": NEW_PASSWORD}
    )

    assert response.status_code == 302
    assert response.url == "/accounts/confirm-email/"
    assert signed_in_email(client) is None
    # One message a key per three minutes: the sign-up's link is still fresh.
    assert len(mail.outbox) == 1

    cache.clear()  # as if the three minutes had passed
    client.post("/accounts/login/", {"login": "late@example.com", "password": NEW_PASSWORD})
    assert len(mail.outbox) == 2
    assert signed_in_email(client) is None


def test_sign_up_refuses_bad_input_and_creates_nothing(client):
    response = client.post(
        "/accounts/signup/",
        {"email": "not-an-address", "password1": "short", "password2": "different"},
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert 'aria-invalid="true"' in html
    assert "Enter a valid email address." in html
    assert get_user_model().objects.count() == 0
    assert mail.outbox == []


def test_sign_up_can_be_limited_to_work_domains(client, settings):
    settings.SIGNUP_ALLOWED_DOMAINS = ["example.com"]

    response = client.post(
        "/accounts/signup/",
        {"email": "someone@gmail.test", **NEW_PERSON},
    )

    assert response.status_code == 200
    assert "Use your work e-mail address (example.com)." in response.content.decode()
    assert not get_user_model().objects.filter(email="someone@gmail.test").exists()


def test_password_reset_by_emailed_link(client):
    user = VerifiedUserFactory(email="forgetful@example.com")

    response = client.post("/accounts/password/reset/", {"email": "forgetful@example.com"})
    assert response.status_code == 302
    (message,) = mail.outbox
    reset_url = link_in(message, r"http://testserver/accounts/password/reset/key/[^\s]+/")

    response = client.get(reset_url.removeprefix("http://testserver"))
    assert response.status_code == 302  # allauth moves the key out of the address
    response = client.post(response.url, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    assert response.status_code == 302

    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)
    response = client.post(
        "/accounts/login/", {"login": "forgetful@example.com", "password": NEW_PASSWORD}
    )
    assert signed_in_email(client) == "forgetful@example.com"


def test_password_reset_does_not_reveal_whether_an_account_exists(client):
    VerifiedUserFactory(email="known@example.com")

    known = client.post("/accounts/password/reset/", {"email": "known@example.com"})
    unknown = client.post("/accounts/password/reset/", {"email": "nobody@example.com"})

    assert known.status_code == unknown.status_code == 302
    assert known.url == unknown.url


def test_repeated_failed_log_ins_are_rate_limited(client):
    VerifiedUserFactory(email="target@example.com")

    for _attempt in range(5):
        response = client.post(
            "/accounts/login/", {"login": "target@example.com", "password": "wrong-guess"}
        )
        assert response.status_code == 200

    # Even the right password is refused until the limit expires.
    response = client.post(
        "/accounts/login/", {"login": "target@example.com", "password": DEFAULT_PASSWORD}
    )
    assert response.status_code == 200
    assert "Too many failed login attempts" in response.content.decode()
    assert signed_in_email(client) is None


def test_user_can_enable_totp_from_their_account(client):
    user = VerifiedUserFactory()
    client.post("/accounts/login/", {"login": user.email, "password": DEFAULT_PASSWORD})

    # Turning on MFA asks for the password again first.
    response = client.get("/accounts/2fa/totp/activate/")
    assert response.status_code == 302
    assert response.url.startswith("/accounts/reauthenticate/")
    response = client.post(response.url, {"password": DEFAULT_PASSWORD})
    assert response.status_code == 302

    page = client.get("/accounts/2fa/totp/activate/")
    assert page.status_code == 200
    secret = page.context["form"].secret

    wrong = client.post("/accounts/2fa/totp/activate/", {"code": "000000"})
    assert wrong.status_code == 200
    assert not Authenticator.objects.filter(user=user).exists()

    response = client.post("/accounts/2fa/totp/activate/", {"code": totp(secret)})
    assert response.status_code == 302
    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def test_sign_in_with_totp_needs_the_code(client):
    user = VerifiedUserFactory(email="careful@example.com")
    secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
    TOTP.activate(user, secret)

    response = client.post(
        "/accounts/login/", {"login": "careful@example.com", "password": DEFAULT_PASSWORD}
    )
    assert response.status_code == 302
    assert response.url == "/accounts/2fa/authenticate/"
    assert signed_in_email(client) is None

    response = client.post("/accounts/2fa/authenticate/", {"code": "123456"})
    assert response.status_code == 200
    assert signed_in_email(client) is None

    response = client.post("/accounts/2fa/authenticate/", {"code": totp(secret)})
    assert response.status_code == 302
    assert signed_in_email(client) == "careful@example.com"


def test_account_pages_need_a_signed_in_user(client):
    for path in ("/accounts/email/", "/accounts/password/change/", "/accounts/2fa/"):
        response = client.get(path)
        assert response.status_code == 302
        assert response.url.startswith("/accounts/login/?next=")
