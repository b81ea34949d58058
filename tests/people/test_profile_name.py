"""A person without a complete profile is told what to do: their name is theirs
to fill (the "Your name" form), the employee id, department and team are HR's.
The home page greets by first name, never by e-mail address."""

import pytest
from django.urls import reverse

from people.models import User
from tests.factories import TeamFactory, UserFactory

pytestmark = pytest.mark.django_db

URL = "/profile/name/"


def newcomer():
    return UserFactory(first_name="", last_name="", email="nina.newcomer@example.com")


def complete_person():
    team = TeamFactory()
    person = UserFactory(first_name="Amara", last_name="Osei")
    person.profile.employee_id = "E0042"
    person.profile.department, person.profile.team = team.department, team
    person.profile.save()
    return person


def test_the_form_needs_a_signed_in_person(client):
    assert reverse("people:profile_name") == URL
    response = client.get(URL)
    assert response.status_code == 302 and response.url.startswith("/accounts/login/")
    assert client.post(URL, {"first_name": "A", "last_name": "B"}).status_code == 403
    assert not User.objects.filter(first_name="A").exists()


def test_a_person_fills_in_their_own_name(client):
    person = newcomer()
    other = UserFactory(first_name="Other", last_name="Person")
    client.force_login(person)

    page = client.get(URL)
    assert page.status_code == 200
    assert 'autocomplete="given-name"' in page.content.decode()
    response = client.post(
        URL, {"first_name": " Nina ", "last_name": "Newcomer", "user": other.pk, "id": other.pk}
    )

    assert response.status_code == 302
    person.refresh_from_db()
    other.refresh_from_db()
    assert (person.first_name, person.last_name) == ("Nina", "Newcomer")
    assert (other.first_name, other.last_name) == ("Other", "Person")  # only ever one's own


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "Enter your name as you would like colleagues to see it."),
        ({"first_name": "Nina"}, "Enter your name as you would like colleagues to see it."),
        ({"first_name": " ", "last_name": "\t"}, "Enter your name"),
        ({"first_name": "N" * 151, "last_name": "N"}, "Keep it to 150 characters or fewer."),
        ({"first_name": "Ni\x00na", "last_name": "N"}, "Null characters are not allowed."),
    ],
)
def test_bad_names_are_refused_and_nothing_changes(client, data, message):
    person = newcomer()
    client.force_login(person)

    response = client.post(URL, data)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert 'aria-invalid="true"' in response.content.decode()
    person.refresh_from_db()
    assert (person.first_name, person.last_name) == ("", "")


def test_the_home_page_greets_by_first_name_never_the_email(client):
    person = newcomer()
    client.force_login(person)

    html = client.get("/").content.decode()
    assert "nina.newcomer@example.com" not in html
    assert '<h2 id="you-heading">Welcome</h2>' in html
    assert "Complete your profile" in html
    assert f'href="{URL}"' in html
    assert "HR will add your employee id, department, team" in html

    client.post(URL, {"first_name": "Nina", "last_name": "Newcomer"})
    html = client.get("/").content.decode()
    assert '<h2 id="you-heading">Welcome, Nina</h2>' in html
    assert f'href="{URL}"' not in html  # the name is there now
    assert "HR will add your employee id, department, team" in html  # HR's part still missing


def test_a_complete_profile_is_not_nagged(client):
    client.force_login(complete_person())
    for path in ("/", reverse("courses:dashboard")):
        html = client.get(path).content.decode()
        assert "Complete your profile" not in html, path
    assert "Welcome, Amara" in client.get("/").content.decode()


def test_my_learning_shows_what_is_missing_too(client):
    client.force_login(newcomer())
    html = client.get(reverse("courses:dashboard")).content.decode()
    assert "Complete your profile" in html
    assert f'href="{URL}"' in html
