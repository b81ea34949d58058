"""Sign-up asks for a first and last name and the language to read the site in:
the name goes on the account, the language on the profile, and the site
switches to it at once. What is refused is refused clearly, and creates nothing."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

from tests.accounts.test_auth_flows import NEW_PASSWORD, link_in

pytestmark = pytest.mark.django_db

GOOD = {
    "first_name": "  Nina ",
    "last_name": " Newcomer",
    "preferred_language": "es",
    "email": "nina.newcomer@example.com",
    "password1": NEW_PASSWORD,
    "password2": NEW_PASSWORD,
}


def sign_up(client, **changes):
    data = {**GOOD, **changes}
    return client.post("/accounts/signup/", {k: v for k, v in data.items() if v is not None})


def test_the_name_and_language_are_kept_and_the_site_switches(client):
    response = sign_up(client)

    assert response.status_code == 302
    assert response.cookies["django_language"].value == "es"
    user = get_user_model().objects.select_related("profile").get()
    assert (user.first_name, user.last_name) == ("Nina", "Newcomer")  # stripped
    assert user.profile.preferred_language == "es"
    # The page after sign-up, and the e-mail, are in Spanish.
    page = client.get(response.url)
    assert '<html lang="es"' in page.content.decode()
    (message,) = mail.outbox
    assert "Hola" in message.body  # allauth's own Spanish

    # Verified and signed in, the home page greets by first name, in Spanish.
    path = link_in(message, r"http://testserver/accounts/confirm-email/[^\s]+/").removeprefix(
        "http://testserver"
    )
    client.post(path)
    client.post("/accounts/login/", {"login": GOOD["email"], "password": NEW_PASSWORD})
    home = client.get("/").content.decode()
    assert '<html lang="es"' in home
    assert re.search(r'<h2 id="you-heading">[^<]*Nina</h2>', home)
    assert "nina.newcomer@example.com" not in home.split('id="you-heading"', 1)[1][:200]


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"first_name": None}, "first_name", "Enter your name as you would like colleagues"),
        ({"last_name": ""}, "last_name", "Enter your name as you would like colleagues"),
        ({"first_name": "   "}, "first_name", "Enter your name as you would like colleagues"),
        ({"last_name": "x" * 151}, "last_name", "Keep it to 150 characters or fewer."),
        ({"first_name": "Ni\x00na"}, "first_name", "Null characters are not allowed."),
        ({"preferred_language": "de"}, "preferred_language", "Choose English, Spanish or French."),
        ({"preferred_language": "ES"}, "preferred_language", "Choose English, Spanish or French."),
        (
            {"preferred_language": "es-x"},
            "preferred_language",
            "Choose English, Spanish or French.",
        ),
        ({"preferred_language": ""}, "preferred_language", "Choose the language you want"),
        ({"preferred_language": None}, "preferred_language", "Choose the language you want"),
    ],
)
def test_bad_names_and_languages_are_refused_clearly(client, changes, field, message):
    response = sign_up(client, **changes)

    assert response.status_code == 200
    form = response.context["form"]
    assert list(form.errors) == [field]
    html = response.content.decode()
    assert message in html
    assert 'aria-invalid="true"' in html
    assert not get_user_model().objects.exists()
    assert mail.outbox == []
    assert "django_language" not in response.cookies


def test_a_name_at_the_limit_is_accepted(client):
    sign_up(client, first_name="N" * 150, last_name="Ó Briain")
    user = get_user_model().objects.get()
    assert (len(user.first_name), user.last_name) == (150, "Ó Briain")


def test_the_form_asks_in_order_with_autocomplete(client):
    html = client.get("/accounts/signup/").content.decode()
    order = [html.index(f'name="{name}"') for name in ("first_name", "last_name", "email")]
    assert order == sorted(order)
    assert 'autocomplete="given-name"' in html and 'autocomplete="family-name"' in html
    assert '<option value="es">' in html and '<option value="fr">' in html
