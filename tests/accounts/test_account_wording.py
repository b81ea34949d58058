"""django-allauth's pages speak as the rest of the site does: sentence case
("Sign in", "Confirm access"), from the English catalog under locale/en; the
Spanish and French pages keep allauth's own translations."""

import pytest
from django.urls import reverse

from tests.factories import VerifiedUserFactory

pytestmark = pytest.mark.django_db


def test_sign_in_and_sign_up_pages_use_sentence_case_in_english(client):
    signin = client.get(reverse("account_login"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    signup = client.get(reverse("account_signup"), HTTP_ACCEPT_LANGUAGE="en").content.decode()

    assert "Sign in" in signin
    assert "Sign In" not in signin
    assert "Forgot Password?" not in signin
    assert "Sign up" in signup
    assert "Sign Up" not in signup


def test_confirm_access_page_uses_sentence_case(client):
    person = VerifiedUserFactory()
    client.force_login(person)

    page = client.get(reverse("account_reauthenticate"), HTTP_ACCEPT_LANGUAGE="en")

    assert "Confirm access" in page.content.decode()
    assert "Confirm Access" not in page.content.decode()


def test_sign_in_page_in_spanish_keeps_allauths_translation(client):
    client.cookies["django_language"] = "es"

    page = client.get(reverse("account_login"), HTTP_ACCEPT_LANGUAGE="es").content.decode()

    assert "Iniciar sesión" in page
    assert "Sign in" not in page
