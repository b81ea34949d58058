"""Second-factor secrets are stored encrypted, sign-in with them still works,
keys rotate, secrets stored before encryption are encrypted by the migration,
and the Django admin never shows them."""

import importlib
import io
import json

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP
from cryptography.fernet import Fernet
from django.apps import apps
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.db import connection
from django.test import Client

from people.mfa_secrets import ENCRYPTED_PREFIX, PlaintextSecretError
from tests.accounts.test_auth_flows import signed_in_email, totp
from tests.factories import DEFAULT_PASSWORD, VerifiedUserFactory

pytestmark = pytest.mark.django_db
SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


def stored_row(authenticator) -> str:
    """The authenticator's data exactly as the database holds it."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT data FROM {Authenticator._meta.db_table} WHERE id = %s",  # noqa: S608
            [authenticator.pk],
        )
        (data,) = cursor.fetchone()
    return data if isinstance(data, str) else json.dumps(data)


def sign_in_with_code(user, secret=SECRET) -> Client:
    # A code is accepted once; the tests sign in more than once in its 30 seconds.
    cache.clear()
    client = Client()
    response = client.post("/accounts/login/", {"login": user.email, "password": DEFAULT_PASSWORD})
    assert response.url == "/accounts/2fa/authenticate/"
    client.post("/accounts/2fa/authenticate/", {"code": totp(secret)})
    return client


def test_an_authenticator_app_set_up_in_the_account_pages_is_stored_encrypted(client):
    user = VerifiedUserFactory()
    client.post("/accounts/login/", {"login": user.email, "password": DEFAULT_PASSWORD})
    client.post(client.get("/accounts/2fa/totp/activate/").url, {"password": DEFAULT_PASSWORD})
    secret = client.get("/accounts/2fa/totp/activate/").context["form"].secret
    client.post("/accounts/2fa/totp/activate/", {"code": totp(secret)})
    authenticator = Authenticator.objects.get(user=user, type=Authenticator.Type.TOTP)

    row = stored_row(authenticator)
    assert secret not in row
    assert ENCRYPTED_PREFIX in row

    # Signing out and in again with the code from the app still works.
    client.post("/accounts/logout/")
    assert signed_in_email(sign_in_with_code(user, secret)) == user.email


def test_recovery_codes_are_stored_encrypted_and_still_work():
    user = VerifiedUserFactory()
    codes = RecoveryCodes.activate(user)
    seed_free_row = stored_row(codes.instance)
    first, second = codes.get_unused_codes()[:2]

    assert json.loads(seed_free_row)["seed"].startswith(ENCRYPTED_PREFIX)
    assert first not in seed_free_row
    assert RecoveryCodes(Authenticator.objects.get(pk=codes.instance.pk)).validate_code(first)
    assert not RecoveryCodes(Authenticator.objects.get(pk=codes.instance.pk)).validate_code(first)
    assert RecoveryCodes(Authenticator.objects.get(pk=codes.instance.pk)).validate_code(second)


def test_keys_rotate_without_locking_anyone_out(settings):
    old_key, new_key = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    settings.MFA_ENCRYPTION_KEYS = [old_key]
    user = VerifiedUserFactory()
    authenticator = TOTP.activate(user, SECRET).instance
    under_old_key = stored_row(authenticator)

    # A new key goes first; secrets under the old one still open.
    settings.MFA_ENCRYPTION_KEYS = [new_key, old_key]
    assert signed_in_email(sign_in_with_code(user)) == user.email

    # The command re-encrypts everything under the new key, after which the
    # old key can go.
    call_command("encrypt_mfa_secrets", stdout=io.StringIO())
    assert stored_row(authenticator) != under_old_key
    settings.MFA_ENCRYPTION_KEYS = [new_key]
    assert signed_in_email(sign_in_with_code(user)) == user.email

    # The old key alone no longer opens it: it really was re-encrypted.
    settings.MFA_ENCRYPTION_KEYS = [old_key]
    with pytest.raises(ImproperlyConfigured):
        TOTP(Authenticator.objects.get(pk=authenticator.pk)).validate_code(totp(SECRET))


def test_secrets_from_before_encryption_are_encrypted_by_the_migration():
    user = VerifiedUserFactory()
    legacy = Authenticator.objects.create(
        user=user, type=Authenticator.Type.TOTP, data={"secret": SECRET}
    )
    seed = "ab" * 40
    legacy_codes = Authenticator.objects.create(
        user=user, type=Authenticator.Type.RECOVERY_CODES, data={"seed": seed, "used_mask": 0}
    )
    # Plain text is not trusted at sign-in...
    with pytest.raises(PlaintextSecretError):
        TOTP(legacy).validate_code(totp(SECRET))

    # ...until the migration has encrypted it; running it again changes nothing.
    migration = importlib.import_module("people.migrations.0007_encrypt_mfa_secrets")
    migration.encrypt(apps, None)
    once = (stored_row(legacy), stored_row(legacy_codes))
    migration.encrypt(apps, None)

    assert (stored_row(legacy), stored_row(legacy_codes)) == once
    assert SECRET not in once[0]
    assert seed not in once[1]
    assert signed_in_email(sign_in_with_code(user)) == user.email
    # The way back puts them in plain text again, for code that cannot read them.
    migration.decrypt(apps, None)
    assert Authenticator.objects.get(pk=legacy.pk).data == {"secret": SECRET}


def test_the_django_admin_shows_second_factors_without_their_secrets(client):
    admin = VerifiedUserFactory(is_superuser=True, is_staff=True)
    person = VerifiedUserFactory()
    authenticator = TOTP.activate(person, SECRET).instance
    client.force_login(admin)
    change = f"/django-admin/mfa/authenticator/{authenticator.pk}/change/"

    page = client.get(change)

    assert page.status_code == 200
    html = page.content.decode()
    assert str(person) in html
    assert SECRET not in html
    assert authenticator.data["secret"] not in html
    assert ">Data:<" not in html
    # Nothing about them can be changed there.
    assert client.post(change, {"user": admin.pk, "type": "totp"}).status_code == 403
    assert client.get("/django-admin/mfa/authenticator/add/").status_code in (403, 404)
    delete = f"/django-admin/mfa/authenticator/{authenticator.pk}/delete/"
    assert client.post(delete, {"post": "yes"}).status_code == 403
    assert Authenticator.objects.filter(pk=authenticator.pk, user=person).exists()
