"""Roles from directory groups, for many people at once, compared with a plain
computation written here over generated mappings and memberships; and the
cost of a whole-company group stays the same however many are in it."""

import random

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from directory.models import DirectoryGroup, GroupRoleMapping
from directory.services import roles_from_directory_many
from people.models import AccessLog
from people.roles import Role
from people.services import role_grant
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

GROUPS = ["Care", "care-leads", "HR", "L&D", "Everyone", "Contractors"]
ROLES = [Role.MANAGER, Role.LD_AUTHOR, Role.HR_REPORTER, Role.LEARNER]


def expected_roles(before: set[str], groups: list[str], mappings: list[tuple[str, str]]):
    """The rule, written plainly: mapped roles follow the groups; the rest stay."""
    managed = {role for _group, role in mappings if role != Role.LEARNER.value}
    lowered = [group.lower() for group in groups]
    wanted = {role for group, role in mappings if group.lower() in lowered}
    return (before - managed) | (wanted & managed)


@pytest.mark.parametrize("seed", range(4))
def test_roles_match_a_plain_computation(seed):
    rng = random.Random(seed)
    mappings = sorted(
        {(rng.choice(GROUPS), rng.choice(ROLES).value) for _ in range(rng.randint(1, 6))}
    )
    for group, role in mappings:
        GroupRoleMapping.objects.get_or_create(group=group, role=role)
    people, groups_of, before = [], {}, {}
    for _ in range(12):
        person = UserFactory()
        for role in rng.sample(ROLES[:3], rng.randint(0, 2)):
            role_grant(user=person, role=role)
        people.append(person)
        groups_of[person.pk] = [
            rng.choice([g, g.upper()]) for g in rng.sample(GROUPS, rng.randint(0, 3))
        ]
        before[person.pk] = set(person.groups.values_list("name", flat=True))

    changed = roles_from_directory_many(groups_of=groups_of, place=AccessLog.Place.DIRECTORY)

    for person in people:
        now = set(person.groups.values_list("name", flat=True))
        assert now == expected_roles(before[person.pk], groups_of[person.pk], mappings)
        assert changed.get(person.pk, set()) == now ^ before[person.pk]
        assert Role.LEARNER.value in now
    audited = set(AccessLog.objects.values_list("subject_id", flat=True))
    assert audited == set(changed)


def test_a_whole_company_group_costs_the_same_however_large():
    GroupRoleMapping.objects.create(group="Everyone", role=Role.MANAGER.value)

    def queries_for(size):
        group = DirectoryGroup.objects.create(display_name=f"Everyone-{size}")
        people = [UserFactory() for _ in range(size)]
        group.members.set(people)
        with CaptureQueriesContext(connection) as context:
            roles_from_directory_many(
                groups_of={person.pk: ["Everyone"] for person in people},
                place=AccessLog.Place.DIRECTORY,
            )
        assert all(
            Role.MANAGER.value in person.groups.values_list("name", flat=True) for person in people
        )
        return len(context.captured_queries)

    assert queries_for(3) == queries_for(25)
