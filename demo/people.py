"""Demo organisation and one account per role, for development only."""

from dataclasses import dataclass

from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.contrib.auth import get_user_model
from django.db import transaction

from people.models import Department, Profile, Team
from people.roles import Role
from people.security import mfa_required_for
from people.services import email_address_set_verified, role_grant, user_onboard

DEMO_ORG = {
    "Customer Care": ["Billing", "Onboarding"],
    "Technical Support": ["Tier 1", "Escalations"],
}


# The demo's staff accounts share this authenticator secret, printed by
# seed_demo so it can be added to an authenticator app. Development only:
# seed_demo refuses to run in production.
DEMO_TOTP_SECRET = "HUMANEDGEDEMOTOTPHUMANEDGEDEMO23"  # noqa: S105


@dataclass(frozen=True)
class DemoPerson:
    email: str
    first_name: str
    last_name: str
    employee_id: str
    job_role: str
    department: str
    team: str
    roles: tuple[Role, ...] = ()
    superuser: bool = False
    manager_email: str = ""


DEMO_PEOPLE = (
    DemoPerson(
        "manager@example.com",
        "Maya",
        "Okafor",
        "E1001",
        "Team lead",
        "Customer Care",
        "Billing",
        roles=(Role.MANAGER,),
    ),
    DemoPerson(
        "learner@example.com",
        "Leo",
        "Marín",
        "E1002",
        "Customer service agent",
        "Customer Care",
        "Billing",
        manager_email="manager@example.com",
    ),
    DemoPerson(
        "author@example.com",
        "Aisha",
        "Rahman",
        "E1003",
        "Learning designer",
        "Customer Care",
        "Onboarding",
        roles=(Role.LD_AUTHOR,),
    ),
    DemoPerson(
        "hr@example.com",
        "Hugo",
        "Lefèvre",
        "E1004",
        "HR analyst",
        "Technical Support",
        "Tier 1",
        roles=(Role.HR_REPORTER,),
    ),
    DemoPerson(
        "admin@example.com",
        "Ada",
        "Admin",
        "E1005",
        "Platform administrator",
        "Technical Support",
        "Escalations",
        superuser=True,
    ),
)


# The rest of Maya's Billing team, so that the manager's team page has a group
# large enough for team figures (at least five people with such data). They sign
# in like the others; seed_demo lists only the one account per role.
DEMO_TEAMMATES = tuple(
    DemoPerson(
        email,
        first,
        last,
        employee_id,
        "Customer service agent",
        "Customer Care",
        "Billing",
        manager_email="manager@example.com",
    )
    for email, first, last, employee_id in (
        ("priya.nair@example.com", "Priya", "Nair", "E1006"),
        ("tomas.ortega@example.com", "Tomás", "Ortega", "E1007"),
        ("grace.mensah@example.com", "Grace", "Mensah", "E1008"),
        ("jonas.berg@example.com", "Jonas", "Berg", "E1009"),
        ("lina.haddad@example.com", "Lina", "Haddad", "E1010"),
    )
)


@transaction.atomic
def demo_people_seed(*, password: str) -> list[DemoPerson]:
    """Create or refresh the demo organisation; running it twice changes nothing more."""
    User = get_user_model()
    teams = {}
    for department_name, team_names in DEMO_ORG.items():
        department, _created = Department.objects.get_or_create(name=department_name)
        for team_name in team_names:
            team, _created = Team.objects.get_or_create(department=department, name=team_name)
            teams[(department_name, team_name)] = team

    users = {}
    for person in (*DEMO_PEOPLE, *DEMO_TEAMMATES):
        user = User.objects.filter(email=person.email).first()
        if user is None:
            user = User.objects.create_user(email=person.email)
        user.first_name = person.first_name
        user.last_name = person.last_name
        user.is_active = True
        user.is_staff = person.superuser
        user.is_superuser = person.superuser
        user.set_password(password)
        user.save()
        user_onboard(user=user)
        email_address_set_verified(user=user, email=person.email)
        for role in person.roles:
            role_grant(user=user, role=role)
        # Whoever the roles give more than learning or a team to manage needs a
        # second factor, decided as everywhere else by what the account can do.
        if (
            mfa_required_for(User.objects.get(pk=user.pk))
            and not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
        ):
            TOTP.activate(user, DEMO_TOTP_SECRET)
        users[person.email] = user

    for person in (*DEMO_PEOPLE, *DEMO_TEAMMATES):
        team = teams[(person.department, person.team)]
        Profile.objects.filter(user=users[person.email]).update(
            employee_id=person.employee_id,
            job_role=person.job_role,
            department=team.department,
            team=team,
            manager=users.get(person.manager_email),
        )
    return list(DEMO_PEOPLE)
