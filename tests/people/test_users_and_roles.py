import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import IntegrityError
from wagtail.models import GroupPagePermission, Page

from people.roles import Role
from people.selectors import user_roles
from people.services import role_grant, role_revoke
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_email_is_the_login_and_is_stored_in_lower_case():
    User = get_user_model()
    user = User.objects.create_user(email="  Ana.Ruiz@Example.COM ", password="x-long-password")

    assert user.email == "ana.ruiz@example.com"
    assert User.USERNAME_FIELD == "email"
    assert not hasattr(user, "username") or user.username is None
    assert User.objects.get_by_natural_key("ANA.RUIZ@example.com") == user


def test_email_is_unique_whatever_its_case():
    User = get_user_model()
    User.objects.create_user(email="ana@example.com")
    with pytest.raises(IntegrityError):
        User.objects.bulk_create([User(email="ANA@example.com")])


def test_every_new_account_is_a_learner_with_a_profile():
    user = UserFactory()

    assert user.groups.filter(name=Role.LEARNER).exists()
    assert user.profile.employee_id is None
    assert user.profile.preferred_language == "en"
    assert user_roles(user) == [Role.LEARNER]


def test_superuser_is_created_by_email():
    admin = get_user_model().objects.create_superuser(
        email="root@example.com", password="pw-long-enough"
    )

    assert admin.is_superuser and admin.is_staff
    assert admin.check_password("pw-long-enough")


def test_roles_are_groups_created_by_migration():
    names = set(Group.objects.values_list("name", flat=True))
    assert {role.value for role in Role} <= names


def test_role_permissions():
    manager = Group.objects.get(name=Role.MANAGER)
    assert manager.permissions.filter(codename="view_own_team").exists()

    hr = Group.objects.get(name=Role.HR_REPORTER)
    assert set(hr.permissions.values_list("codename", flat=True)) >= {
        "view_department",
        "view_team",
        "view_profile",
    }

    author = Group.objects.get(name=Role.LD_AUTHOR)
    assert author.permissions.filter(codename="access_admin").exists()
    root = Page.get_first_root_node()
    page_codenames = set(
        GroupPagePermission.objects.filter(group=author, page=root).values_list(
            "permission__codename", flat=True
        )
    )
    assert {"add_page", "change_page"} <= page_codenames
    # Authors do not publish alone: pages go live through the L&D review workflow.
    assert "publish_page" not in page_codenames
    assert author.collection_permissions.filter(permission__codename="add_image").exists()


def test_grant_and_revoke_roles():
    user = UserFactory()

    role_grant(user=user, role=Role.HR_REPORTER)
    assert user_roles(user) == [Role.LEARNER, Role.HR_REPORTER]

    role_revoke(user=user, role=Role.HR_REPORTER)
    assert user_roles(user) == [Role.LEARNER]

    with pytest.raises(ValueError, match="learner"):
        role_revoke(user=user, role=Role.LEARNER)


@pytest.mark.parametrize(
    ("role", "allowed"),
    [(None, False), (Role.MANAGER, False), (Role.HR_REPORTER, False), (Role.LD_AUTHOR, True)],
)
def test_only_authors_reach_the_editing_area(client, role, allowed):
    user = UserFactory()
    if role:
        role_grant(user=user, role=role)
    client.force_login(user)

    response = client.get("/cms/")

    if allowed:
        assert response.status_code == 200
    else:
        # The editing area does not exist for people who may not use it
        # (docs/access-matrix.md): a read is answered 404, a write 403.
        assert response.status_code == 404
        assert client.post("/cms/pages/add/").status_code == 403


def test_anonymous_visitors_to_the_editing_area_are_sent_to_the_site_log_in(client):
    response = client.get("/cms/pages/")
    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/?next=/cms/pages/")

    # Wagtail's own log-in form would skip MFA; it is not reachable.
    response = client.get("/cms/login/?next=/cms/")
    assert response.status_code == 302
    assert response.url == "/accounts/login/?next=/cms/"


def test_django_admin_log_in_goes_through_the_site_log_in(client):
    response = client.get("/django-admin/login/?next=/django-admin/")
    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")
