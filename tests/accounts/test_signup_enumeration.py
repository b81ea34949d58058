"""Signing up with an address that already has an account looks, and takes, the
same as signing up with a new one: the same answer, the same password hashing,
one e-mail sent the same way (telling the owner someone tried)."""

import pytest
from django.contrib.auth.hashers import MD5PasswordHasher
from django.core import mail
from django.test import Client

from people.adapters import AccountAdapter
from tests.factories import VerifiedUserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "a-Sturdy-passphrase-42"


@pytest.fixture
def work(monkeypatch):
    """What a sign-up did: passwords hashed and e-mails sent, by template."""
    done = {"hashed": 0, "mails": []}
    encode, send_mail = MD5PasswordHasher.encode, AccountAdapter.send_mail

    def counting_encode(self, password, salt):
        done["hashed"] += 1
        return encode(self, password, salt)

    def recording_send_mail(self, template_prefix, email, context):
        done["mails"].append((template_prefix, email))
        return send_mail(self, template_prefix, email, context)

    monkeypatch.setattr(MD5PasswordHasher, "encode", counting_encode)
    monkeypatch.setattr(AccountAdapter, "send_mail", recording_send_mail)
    return done


def sign_up(email):
    return Client().post(
        "/accounts/signup/",
        {
            "first_name": "Nina",
            "last_name": "Newcomer",
            "preferred_language": "es",
            "email": email,
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )


def test_an_existing_address_takes_the_same_work_and_answer_as_a_new_one(work):
    VerifiedUserFactory(email="known@example.com")
    mail.outbox.clear()

    def done_by(email):
        work["hashed"], work["mails"] = 0, []
        response = sign_up(email)
        return response, (work["hashed"], [address for _template, address in work["mails"]])

    new, new_work = done_by("new@example.com")
    known, known_work = done_by("known@example.com")

    assert (new.status_code, new["Location"]) == (known.status_code, known["Location"])
    # Both switch the site to the language chosen, the same way.
    assert new.cookies["django_language"].value == known.cookies["django_language"].value == "es"
    assert new_work == (1, ["new@example.com"])
    assert known_work == (1, ["known@example.com"])
    assert [message.to for message in mail.outbox] == [["new@example.com"], ["known@example.com"]]
    assert "already" in mail.outbox[1].body  # the owner learns that someone tried
