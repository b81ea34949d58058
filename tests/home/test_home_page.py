import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from home.models import HomePage
from people.roles import Role
from people.services import role_grant
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_the_site_root_is_the_academy_home_page():
    site = Site.objects.get(is_default_site=True)

    assert isinstance(site.root_page.specific, HomePage)
    assert site.root_page.title == "Human Edge Academy"


def test_visitors_see_the_site_and_how_to_sign_in(client):
    response = client.get("/")
    html = response.content.decode()

    assert response.status_code == 200
    assert "<h1" in html and "Human Edge Academy" in html
    assert 'href="/accounts/login/"' in html
    assert 'href="/accounts/signup/"' in html


def test_page_structure_is_accessible(client):
    html = client.get("/").content.decode()

    assert '<html lang="en"' in html
    assert 'class="skip-link" href="#main-content"' in html
    assert '<main id="main-content"' in html
    assert "<header" in html and "<footer" in html
    assert '<nav class="site-nav" aria-label="Main">' in html
    assert 'name="viewport"' in html
    assert html.count("<h1") == 1


def test_signed_in_people_see_their_roles(client):
    user = UserFactory(first_name="Zoë")
    role_grant(user=user, role=Role.MANAGER)
    client.force_login(user)

    html = client.get("/").content.decode()

    assert "Welcome, Zoë" in html
    assert "<dt>Learner</dt>" in html
    assert "<dt>Manager</dt>" in html
    assert "<dt>HR Reporter</dt>" not in html
    assert "Sign out" in html
    assert 'href="/accounts/login/"' not in html


def test_only_people_with_editing_rights_see_the_editing_link(client):
    learner = UserFactory()
    client.force_login(learner)
    assert "Editing area" not in client.get("/").content.decode()

    author = UserFactory()
    role_grant(user=author, role=Role.LD_AUTHOR)
    client.force_login(author)
    assert 'href="/cms/"' in client.get("/").content.decode()


def test_home_page_queries_do_not_grow_with_roles(client):
    user = UserFactory()
    client.force_login(user)
    client.get("/")  # warm the site root cache
    with CaptureQueriesContext(connection) as one_role:
        client.get("/")

    for role in (Role.MANAGER, Role.LD_AUTHOR, Role.HR_REPORTER):
        role_grant(user=user, role=role)
    with CaptureQueriesContext(connection) as first_with_four_roles:
        client.get("/")  # the new roles' permissions are read once
    with CaptureQueriesContext(connection) as four_roles:
        client.get("/")

    assert len(first_with_four_roles) > len(four_roles)
    assert len(four_roles) == len(one_role)


def test_unknown_pages_answer_404_with_the_site_layout(client):
    response = client.get("/no-such-page/")

    assert response.status_code == 404
    assert "Page not found" in response.content.decode()
