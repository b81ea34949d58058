"""A sign-in's claims made into a person: created just in time, brought up to
date, checked like a row of the CSV import, with roles from groups; an
identity provider speaks only for its own domains and never turns an account
back on."""

import pytest
from allauth.account.models import EmailAddress

from directory.claims import Claims
from directory.services import SignInRefused, roles_from_directory, sso_person
from people.models import AccessLog, Profile, User
from people.roles import Role
from people.services import role_grant
from tests.directory.builders import group_roles, oidc_app, sso_domain
from tests.factories import UserFactory, VerifiedUserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def app():
    app = oidc_app()
    sso_domain(app, "example.com")
    return app


def claims(**values):
    base = {
        "employee_id": "E1",
        "email": "zoe.ng@example.com",
        "first_name": "Zoë",
        "last_name": "Ng",
        "department": "Customer Care",
        "team": "Billing",
        "preferred_language": "es",
    }
    return Claims(**{**base, **values})


def roles_of(user):
    return set(user.groups.values_list("name", flat=True))


def test_a_new_person_is_created_with_their_profile(app):
    outcome = sso_person(claims=claims(), app=app)
    user = outcome.user
    assert outcome.created
    profile = Profile.objects.select_related("department", "team").get(user=user)
    assert (user.email, user.first_name, user.last_name) == ("zoe.ng@example.com", "Zoë", "Ng")
    assert profile.employee_id == "E1"
    assert (profile.department.name, profile.team.name) == ("Customer Care", "Billing")
    assert profile.preferred_language == "es"
    assert not user.has_usable_password()
    assert EmailAddress.objects.get(user=user).verified
    assert roles_of(user) == {Role.LEARNER.value}
    entry = AccessLog.objects.get(subject_id=user.pk)
    assert entry.place == AccessLog.Place.SINGLE_SIGN_ON


def test_the_next_sign_in_updates_and_an_unchanged_one_writes_nothing(app):
    user = sso_person(claims=claims(), app=app).user
    again = sso_person(claims=claims(), app=app, linked_user=user)
    assert again.user == user and not again.created and not again.changed_fields
    assert AccessLog.objects.filter(subject_id=user.pk).count() == 1
    moved = sso_person(claims=claims(team="Returns", last_name="Ng-Lee"), app=app, linked_user=user)
    assert moved.changed_fields == {"team", "last_name"}
    assert Profile.objects.get(user=user).team.name == "Returns"


def test_what_the_provider_does_not_send_is_kept(app):
    user = sso_person(claims=claims(), app=app).user
    sso_person(
        claims=Claims(employee_id="E1", email="zoe.ng@example.com"), app=app, linked_user=user
    )
    profile = Profile.objects.select_related("department", "team").get(user=user)
    assert (user.first_name, profile.team.name, profile.preferred_language) == (
        "Zoë",
        "Billing",
        "es",
    )


def test_manager_from_their_e_mail_address(app):
    boss = sso_person(claims=claims(employee_id="B1", email="boss@example.com"), app=app).user
    user = sso_person(claims=claims(manager_email="BOSS@example.com"), app=app).user
    assert Profile.objects.get(user=user).manager == boss
    # A manager the academy does not know leaves the reporting line as it was.
    sso_person(claims=claims(manager_email="nobody@example.com"), app=app, linked_user=user)
    assert Profile.objects.get(user=user).manager == boss


def test_an_existing_account_is_found_by_employee_id_then_by_address(app):
    existing = UserFactory(email="zoe.ng@example.com")
    assert sso_person(claims=claims(), app=app).user == existing
    assert Profile.objects.get(user=existing).employee_id == "E1"


def test_a_deactivated_account_stays_off(app):
    user = sso_person(claims=claims(), app=app).user
    user.is_active = False
    user.save(update_fields=["is_active"])
    outcome = sso_person(claims=claims(), app=app, linked_user=user)
    outcome.user.refresh_from_db()
    assert not outcome.user.is_active


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"email": "zoe@elsewhere.org"}, "may not be used for zoe@elsewhere.org"),
        ({"email": ""}, "sent no e-mail address"),
        ({"preferred_language": "xx"}, "not a supported language"),
        ({"employee_id": "bad id!"}, "employee_id"),
        ({"first_name": ""}, "first_name"),
        ({"manager_email": "zoe.ng@example.com", "employee_id": "E9"}, None),
    ],
)
def test_claims_that_fail_the_checks_change_nothing(app, values, message):
    before = User.objects.count()
    if message is None:
        # Being named one's own manager by address is skipped as unknown, not an error.
        sso_person(claims=claims(**values), app=app)
        return
    with pytest.raises(SignInRefused) as refusal:
        sso_person(claims=claims(**values), app=app)
    assert message in " ".join(refusal.value.messages)
    assert User.objects.count() == before
    assert not AccessLog.objects.exists()


def test_an_address_taken_by_another_employee_is_refused(app):
    sso_person(claims=claims(employee_id="E7", email="zoe.ng@example.com"), app=app)
    with pytest.raises(SignInRefused) as refusal:
        sso_person(claims=claims(employee_id="E1"), app=app)
    assert "belongs to employee E7" in " ".join(refusal.value.messages)


def test_without_an_employee_id_the_address_is_the_key(app):
    outcome = sso_person(claims=claims(employee_id=""), app=app)
    assert Profile.objects.get(user=outcome.user).employee_id is None
    assert sso_person(claims=claims(employee_id=""), app=app).user == outcome.user


def test_roles_from_groups(app):
    group_roles(**{"LMS Authors": Role.LD_AUTHOR.value, "HR Analytics": Role.HR_REPORTER.value})
    user = sso_person(claims=claims(groups=["lms authors", "Other"]), app=app).user
    assert roles_of(user) == {Role.LEARNER.value, Role.LD_AUTHOR.value}
    # A role no mapping names is left as the editing area set it.
    role_grant(user=user, role=Role.MANAGER)
    sso_person(claims=claims(groups=["HR Analytics"]), app=app, linked_user=user)
    assert roles_of(user) == {Role.LEARNER.value, Role.MANAGER.value, Role.HR_REPORTER.value}
    # No groups claim at all: roles stay.
    sso_person(claims=claims(groups=None), app=app, linked_user=user)
    assert Role.HR_REPORTER.value in roles_of(user)
    sso_person(claims=claims(groups=[]), app=app, linked_user=user)
    assert roles_of(user) == {Role.LEARNER.value, Role.MANAGER.value}


def test_learner_is_never_taken_away():
    group_roles(**{"Learners": Role.LEARNER.value})
    user = UserFactory()
    roles_from_directory(user=user, groups=[], place=AccessLog.Place.DIRECTORY)
    assert Role.LEARNER.value in roles_of(user)


def test_an_unconfirmed_account_found_by_address_loses_its_password(app, client):
    """Someone made an account with a colleague's address before single sign-on
    came, and never confirmed it: the colleague's first company sign-in takes
    it over, and the squatter's password and sessions go."""
    squatter = UserFactory(email="zoe.ng@example.com")
    client.force_login(squatter)
    outcome = sso_person(claims=claims(), app=app)
    assert outcome.user == squatter
    squatter.refresh_from_db()
    assert not squatter.has_usable_password()
    assert not client.get("/").context["user"].is_authenticated


def test_a_confirmed_account_of_a_domain_with_passwords_keeps_its_password():
    app = oidc_app(slug="partners")
    sso_domain(app, "partners.example.org", sso_only=False)
    user = VerifiedUserFactory(email="pat@partners.example.org")
    sso_person(claims=claims(email="pat@partners.example.org"), app=app)
    user.refresh_from_db()
    assert user.has_usable_password()


def test_erasure_removes_the_directory_links_and_the_download_shows_them(app):
    from allauth.socialaccount.models import SocialAccount

    from directory.models import DirectoryGroup, ScimIdentity
    from privacy import services as privacy

    user = sso_person(claims=claims(), app=app).user
    SocialAccount.objects.create(user=user, provider="company", uid="sub-1")
    ScimIdentity.objects.filter(user=user).update(external_id="entra-42")
    DirectoryGroup.objects.create(display_name="Care agents").members.add(user)

    data = privacy.personal_data_export(user=user)["company_directory"]
    assert data["directory_id"] == "entra-42"
    assert data["directory_groups"] == ["Care agents"]
    assert data["company_accounts"][0]["id"] == "sub-1"

    admin = UserFactory(is_superuser=True)
    report = privacy.person_erase(actor=admin, user=user)
    assert report.removed["company_accounts"] == 1
    assert not SocialAccount.objects.filter(user=user).exists()
    assert not ScimIdentity.objects.filter(user=user).exists()
    assert not DirectoryGroup.objects.get().members.exists()


def test_a_linked_account_cannot_rewrite_another_employee(app):
    """The company account linked to Zoë sends the employee id of someone else:
    refused before anything is written, and that person stays as they were."""
    zoe = sso_person(claims=claims(), app=app).user
    other = sso_person(claims=claims(employee_id="E2", email="sam@example.com"), app=app).user
    before = AccessLog.objects.count()
    with pytest.raises(SignInRefused) as refusal:
        sso_person(claims=claims(employee_id="E2", last_name="Changed"), app=app, linked_user=zoe)
    assert "linked to another person" in " ".join(refusal.value.messages)
    other.refresh_from_db()
    assert (other.email, other.last_name) == ("sam@example.com", "Ng")
    assert Profile.objects.get(user=zoe).employee_id == "E1"
    assert AccessLog.objects.count() == before
