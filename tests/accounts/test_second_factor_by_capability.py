"""A second factor is asked of whoever can do more than learn or manage a team,
decided by what the account can do (its permissions, from groups or given
directly, the Django admin, Wagtail's page and collection permissions), never
by the names of its groups."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.test import Client
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
)

from people.roles import Role
from people.security import MFA_AREAS, SECOND_FACTOR_FREE_PERMISSIONS, mfa_required_for
from people.services import role_grant
from reports.models import ReportExport
from tests.factories import DEFAULT_PASSWORD, UserFactory, VerifiedUserFactory

pytestmark = pytest.mark.django_db


def fresh(user):
    """The account as the next request sees it (no permissions remembered)."""
    return get_user_model().objects.get(pk=user.pk)


def password_only(user) -> Client:
    """A browser signed in with the password alone: no second factor passed."""
    client = Client()
    client.password_only_login(user)
    return client


def asks_for_a_second_factor(response, path) -> bool:
    return response.status_code == 302 and response.url == f"/accounts/2fa/?next={path}"


def area_opened_by(permission: Permission) -> str:
    """The staff area a permission is used in: reports for the reports app's
    permissions, the editing area for the rest (where Wagtail's, the
    snippets' and the project's staff screens are)."""
    if permission.content_type.app_label == "reports":
        return "/reports/"
    return "/cms/"


def test_every_permission_beyond_learning_and_managing_asks_for_a_second_factor():
    permissions = Permission.objects.select_related("content_type").order_by("pk")
    checked, problems = 0, []
    for permission in permissions:
        label = f"{permission.content_type.app_label}.{permission.codename}"
        if label in SECOND_FACTOR_FREE_PERMISSIONS:
            continue
        user = UserFactory()
        user.user_permissions.add(permission)
        path = area_opened_by(permission)
        response = password_only(user).get(path)
        if not mfa_required_for(fresh(user)) or not asks_for_a_second_factor(response, path):
            problems.append(f"{label}: {response.status_code} {response.get('Location', '')}")
        checked += 1

    assert not problems
    # The project's own staff permissions are among those checked.
    assert checked > 100


@pytest.mark.parametrize("path", MFA_AREAS)
def test_a_permission_given_through_any_group_asks_in_every_area(path):
    group = Group.objects.create(name="Report readers")
    group.permissions.add(Permission.objects.get(codename="view_completion_report"))
    user = UserFactory()
    user.groups.add(group)

    assert asks_for_a_second_factor(password_only(user).get(path), path)


def test_the_django_admin_alone_asks_for_a_second_factor():
    user = UserFactory(is_staff=True)

    assert mfa_required_for(fresh(user))
    assert asks_for_a_second_factor(password_only(user).get("/django-admin/"), "/django-admin/")


def test_wagtail_page_permissions_alone_ask_for_a_second_factor():
    group = Group.objects.create(name="Page publishers")
    GroupPagePermission.objects.create(
        group=group,
        page=Page.get_first_root_node(),
        permission=Permission.objects.get(
            content_type__app_label="wagtailcore", codename="publish_page"
        ),
    )
    user = UserFactory()
    user.groups.add(group)

    assert mfa_required_for(fresh(user))
    assert asks_for_a_second_factor(password_only(user).get("/cms/"), "/cms/")


def test_wagtail_collection_permissions_alone_ask_for_a_second_factor():
    group = Group.objects.create(name="Image uploaders")
    GroupCollectionPermission.objects.create(
        group=group,
        collection=Collection.get_first_root_node(),
        permission=Permission.objects.get(
            content_type__app_label="wagtailimages", codename="add_image"
        ),
    )
    user = UserFactory()
    user.groups.add(group)

    assert mfa_required_for(fresh(user))
    assert asks_for_a_second_factor(password_only(user).get("/cms/"), "/cms/")


def test_a_report_permission_given_directly_cannot_export_with_a_password_alone(client):
    # The probe: an account with the report permission, and no role, exported
    # the organisation's CSV with its password.
    user = VerifiedUserFactory()
    user.user_permissions.add(Permission.objects.get(codename="view_completion_report"))
    client.post("/accounts/login/", {"login": user.email, "password": DEFAULT_PASSWORD})

    response = client.post("/reports/export/", {"level": "course", "format": "csv"})

    assert asks_for_a_second_factor(response, "/reports/export/")
    assert not ReportExport.objects.exists()


def test_learners_and_managers_are_never_asked():
    learner = UserFactory()
    manager = UserFactory()
    role_grant(user=manager, role=Role.MANAGER)

    assert not mfa_required_for(fresh(learner))
    assert not mfa_required_for(fresh(manager))
    # A manager reads their team's reports with a password alone; a learner
    # is simply refused the staff areas, never sent to set up a second factor.
    assert password_only(manager).get("/reports/").status_code == 200
    for path in MFA_AREAS:
        response = password_only(learner).get(path)
        assert not (response.status_code == 302 and "/accounts/2fa/" in response.url), path


@pytest.mark.parametrize("role", [Role.LD_AUTHOR, Role.HR_REPORTER])
def test_the_staff_roles_ask_for_it_by_what_they_grant(role):
    user = UserFactory()
    role_grant(user=user, role=role)

    assert mfa_required_for(fresh(user))


def test_deciding_costs_one_query_once_permissions_are_known(django_assert_max_num_queries):
    manager = UserFactory()
    role_grant(user=manager, role=Role.MANAGER)
    fresh(manager).get_all_permissions()  # the permission cache is warm
    user = fresh(manager)

    with django_assert_max_num_queries(1):
        assert not mfa_required_for(user)


def test_wagtail_stock_groups_are_gone_after_migrate():
    names = set(Group.objects.values_list("name", flat=True))

    assert not names & {"Editors", "Moderators"}
    assert names == {role.value for role in Role}
    # No group outside the product's roles can edit or publish pages or
    # upload images and documents.
    assert set(GroupPagePermission.objects.values_list("group__name", flat=True)) == {
        Role.LD_AUTHOR.value
    }
    assert set(GroupCollectionPermission.objects.values_list("group__name", flat=True)) == {
        Role.LD_AUTHOR.value
    }
    # Wagtail's stock workflow, left with nobody to approve, is switched off;
    # pages go through the L&D review.
    assert not Workflow.objects.filter(name="Moderators approval", active=True).exists()
    assert Workflow.objects.get(name="L&D review").active
