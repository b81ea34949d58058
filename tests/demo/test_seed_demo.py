import io

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from people.models import Department, Profile, Team
from people.roles import Role
from people.selectors import user_roles

pytestmark = pytest.mark.django_db


def seed():
    out = io.StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue()


def counts():
    return (
        get_user_model().objects.count(),
        Department.objects.count(),
        Team.objects.count(),
        Profile.objects.count(),
        EmailAddress.objects.count(),
    )


def test_seed_demo_creates_one_account_per_role_and_prints_the_logins():
    out = seed()

    User = get_user_model()
    expected = {
        "learner@example.com": [Role.LEARNER],
        "manager@example.com": [Role.LEARNER, Role.MANAGER],
        "author@example.com": [Role.LEARNER, Role.LD_AUTHOR],
        "hr@example.com": [Role.LEARNER, Role.HR_REPORTER],
    }
    for email, roles in expected.items():
        user = User.objects.get(email=email)
        assert user_roles(user) == roles
        assert user.check_password("human-edge-demo")
        assert EmailAddress.objects.get(user=user).verified
        assert email in out
    assert User.objects.get(email="admin@example.com").is_superuser
    learner = Profile.objects.get(user__email="learner@example.com")
    assert learner.manager.email == "manager@example.com"
    assert learner.team.name == "Billing"
    assert "human-edge-demo" in out


def test_seed_demo_is_idempotent():
    seed()
    before = counts()

    seed()

    assert counts() == before


def test_seeded_learner_can_sign_in(client):
    seed()

    response = client.post(
        "/accounts/login/",
        {"login": "learner@example.com", "password": "human-edge-demo"},
    )

    assert response.status_code == 302
    assert client.get("/").context["user"].email == "learner@example.com"


def test_seed_demo_refuses_in_production(settings):
    settings.PRODUCTION = True

    with pytest.raises(CommandError, match="refuses to run in production"):
        seed()
    assert get_user_model().objects.count() == 0


def test_the_demo_manager_reads_a_published_team_figure_and_no_one_else_s(client):
    seed()
    client.force_login(get_user_model().objects.get(email="manager@example.com"))

    html = client.get("/learning/team/").content.decode()

    assert "Nothing is published for your team yet." not in html
    assert "Team averages, as last published" in html
    # Six Billing agents checked in; the page names none of their ratings.
    assert "Weekly check-in" not in html
