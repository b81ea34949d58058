"""Team wellbeing reaches a manager only as published figures: weekly, over at
least five people, one decimal, no head count, and renewed only when at least
five people's data changed since every earlier figure. A manager who compares
two page loads learns nothing about one person (the probe: 5 people at 0.51,
then 6 at 0.45 after one person's first check-in, gave that person's 0.15)."""

import random
import re
from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal
from statistics import mean

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from people.roles import Role
from people.services import role_grant
from skills.ingest import signals_ingest
from skills.models import TeamWellbeingSnapshot
from skills.services import learner_data_erase
from skills.tasks import publish_team_wellbeing_task
from tests.factories import UserFactory
from tests.skills.helpers import learner, qa

pytestmark = pytest.mark.django_db

CHECKIN = "Wellbeing check-in"
FIGURE = re.compile(
    r'<th scope="row">(?P<label>[^<]+)</th>'
    r"<td[^>]*>(?P<value>\d\.\d)</td><td[^>]*>(?P<date>[^<]+)</td>"
)


def checkin(ref: str, employee_id: str, value: float, *, source="wellbeing_checkin", days_ago=1):
    return qa(ref, employee_id, value, source=source, skill=None, scale_max=1, days_ago=days_ago)


def send(*items):
    result = signals_ingest(list(items), queue=False)
    assert not result.rejected, result.rejected


def one_decimal(value: float) -> Decimal:
    """The oracle's rounding: one decimal, halves up, written out plainly."""
    return Decimal(str(value)).quantize(Decimal("0.1"), ROUND_HALF_UP)


class Team:
    """A manager, their reports, and the ground truth of everyone's check-ins,
    kept by the test itself: the oracle never reads the code under test."""

    def __init__(self, size: int = 5, values=(0.3, 0.5, 0.6, 0.55, 0.6), prefix: str = ""):
        self.prefix = prefix
        self.boss = UserFactory()
        role_grant(user=self.boss, role=Role.MANAGER)
        self.people: dict[str, object] = {}
        self.checkins: dict[str, list[float]] = {}
        self.refs = 0
        for n in range(size):
            self.join(f"E{n}", values[n % len(values)])

    def join(self, employee_id: str, value: float | None = None):
        self.people[employee_id] = learner(self.prefix + employee_id, manager=self.boss)
        if value is not None:
            self.check_in(employee_id, value)
        return self.people[employee_id]

    def leave(self, employee_id: str) -> None:
        profile = self.people.pop(employee_id).profile
        profile.manager = None
        profile.save()

    def check_in(self, employee_id: str, value: float) -> None:
        self.refs += 1
        send(checkin(f"{self.prefix}c{self.refs}", self.prefix + employee_id, value))
        self.checkins.setdefault(employee_id, []).append(value)

    def truth(self) -> dict[str, Decimal]:
        """Each current member's own average, coarsened as the rule compares them."""
        return {
            employee_id: one_decimal(mean(self.checkins[employee_id]))
            for employee_id in self.people
            if self.checkins.get(employee_id)
        }

    def oracle(self) -> Decimal | None:
        """What the published figure should be: a plain mean of own means."""
        own = [mean(self.checkins[e]) for e in self.people if self.checkins.get(e)]
        return one_decimal(mean(own)) if len(own) >= 5 else None


def figures(client, boss) -> dict[str, tuple[str, str]]:
    client.force_login(boss)
    html = client.get(reverse("skills:team")).content.decode()
    section = html[html.index('id="wellbeing-heading"') :]
    return {m["label"]: (m["value"], m["date"]) for m in FIGURE.finditer(section)}


def differ(first: dict, second: dict) -> int:
    return sum(1 for key in first.keys() | second.keys() if first.get(key) != second.get(key))


def test_a_figure_appears_only_when_published_and_matches_the_oracle(client):
    team = Team()
    assert figures(client, team.boss) == {}

    publish_team_wellbeing_task()

    shown = figures(client, team.boss)
    # (0.3 + 0.5 + 0.6 + 0.55 + 0.6) / 5 = 0.51: published as 0.5.
    assert shown[CHECKIN][0] == str(team.oracle()) == "0.5"
    client.force_login(team.boss)
    html = client.get(reverse("skills:team")).content.decode()
    assert "0.51" not in html
    # No head count: the table has no "People" column, and no contributor number.
    section = html[html.index('id="wellbeing-heading"') :]
    assert "People" not in section and not re.search(r"<td[^>]*>5</td>", section)


@pytest.mark.parametrize("change", ["sixth_person_checks_in", "one_leaves", "one_changes"])
def test_the_differencing_attack_learns_nothing(client, change):
    team = Team()
    publish_team_wellbeing_task()
    before = figures(client, team.boss)[CHECKIN]

    if change == "sixth_person_checks_in":
        target, true_value = team.join("E5", 0.12), 0.12
    elif change == "one_leaves":
        target, true_value = team.people["E0"], 0.3
        team.leave("E0")
    else:
        target, true_value = team.people["E0"], 0.6
        team.check_in("E0", 0.9)  # their own average goes from 0.3 to 0.6
    assert target is not None
    publish_team_wellbeing_task()
    after = figures(client, team.boss)[CHECKIN]

    # The figure and its date stand: there is nothing to subtract.
    assert after == before
    # The attacker's sum, and any single person's value it could give, is not the truth.
    first, second = float(before[0]), float(after[0])
    if change == "sixth_person_checks_in":
        guess = 6 * second - 5 * first
    elif change == "one_leaves":
        guess = 5 * first - 4 * second
    else:
        guess = 0.3 + 5 * (second - first)
    assert abs(guess - true_value) > 0.1
    # Without the rule, the probe's arithmetic would have worked: the naive
    # figure moves by exactly that person's share.
    naive = mean(mean(v) for e, v in team.checkins.items() if e in team.people)
    assert str(one_decimal(naive)) != before[0]


def test_a_new_figure_comes_when_five_people_changed_and_matches_the_oracle(client):
    team = Team()
    publish_team_wellbeing_task()
    first = figures(client, team.boss)[CHECKIN]

    for n in range(5, 10):
        team.join(f"E{n}", 0.1)
    publish_team_wellbeing_task()
    second = figures(client, team.boss)[CHECKIN]

    # (5 × 0.51 + 5 × 0.1) / 10 = 0.305: published as 0.3.
    assert second[0] == str(team.oracle()) == "0.3"
    assert second != first


def test_three_figures_cannot_be_combined_to_single_one_out(client):
    """Five join (published), then they leave and one other joins: against the
    second figure six people changed, against the first only one; the rule
    compares with every figure kept, so nothing new is published."""
    team = Team()
    publish_team_wellbeing_task()
    first = figures(client, team.boss)[CHECKIN]
    for n in range(5, 10):
        team.join(f"E{n}", 0.9)
    publish_team_wellbeing_task()
    second = figures(client, team.boss)[CHECKIN]
    assert second != first

    for n in range(5, 10):
        team.leave(f"E{n}")
    team.join("E10", 0.12)
    publish_team_wellbeing_task()

    assert figures(client, team.boss)[CHECKIN] == second


def test_fewer_than_five_contributors_publish_nothing(client):
    team = Team(size=4)
    team.join("E9")  # in the team, without a check-in
    publish_team_wellbeing_task()
    assert figures(client, team.boss) == {}
    assert not TeamWellbeingSnapshot.objects.exists()


def test_every_source_is_published_on_its_own(client):
    team = Team()
    send(*[checkin(f"w{n}", f"E{n}", 0.8, source="workload") for n in range(4)])
    publish_team_wellbeing_task()
    shown = figures(client, team.boss)
    assert CHECKIN in shown and "Workload" not in shown  # four people: hidden

    send(checkin("w4", "E4", 0.8, source="workload"))
    publish_team_wellbeing_task()
    assert figures(client, team.boss)["Workload"][0] == "0.8"


def test_running_twice_publishes_once():
    Team()
    publish_team_wellbeing_task()
    publish_team_wellbeing_task()
    assert TeamWellbeingSnapshot.objects.count() == 1


def test_an_erased_person_still_counts_as_a_change(client):
    team = Team(size=6, values=(0.0, 0.5, 0.6, 0.55, 0.6, 0.9))
    publish_team_wellbeing_task()
    before = figures(client, team.boss)[CHECKIN]
    erased = team.people["E0"]

    learner_data_erase(user=erased)
    snapshot = TeamWellbeingSnapshot.objects.get()
    assert snapshot.state[str(erased.pk)] == "erased"
    publish_team_wellbeing_task()

    # 3.15 / 6 = 0.525 was published as 0.5; without E0 it would be 0.63, shown
    # as 0.6, and give E0's value away. It is not published.
    assert before[0] == "0.5"
    assert figures(client, team.boss)[CHECKIN] == before
    assert TeamWellbeingSnapshot.objects.count() == 1


def test_published_state_holds_no_readable_value():
    team = Team()
    publish_team_wellbeing_task()
    state = TeamWellbeingSnapshot.objects.get().state
    assert set(state) == {str(person.pk) for person in team.people.values()}
    for digest in state.values():
        assert not re.search(r"0\.\d", digest)


@pytest.mark.parametrize("seed", range(6))
def test_any_two_published_figures_differ_by_five_people(client, seed):
    """Random joins, leaves and check-ins with a publication after each step:
    every figure shown matches the oracle, and the ground truth behind any two
    figures the manager saw differs in at least five people."""
    rng = random.Random(seed)
    team = Team(size=5, values=[rng.choice([0.2, 0.4, 0.6, 0.8]) for _ in range(5)])
    published: list[dict] = []
    next_id = 5
    for _step in range(14):
        action = rng.choice(["join", "join", "leave", "check_in", "check_in", "many"])
        if action == "join":
            team.join(f"E{next_id}", rng.choice([0.1, 0.5, 0.9]))
            next_id += 1
        elif action == "leave" and len(team.people) > 1:
            team.leave(rng.choice(sorted(team.people)))
        elif action == "check_in":
            team.check_in(rng.choice(sorted(team.people)), rng.choice([0.0, 0.3, 1.0]))
        else:
            for employee_id in rng.sample(sorted(team.people), min(5, len(team.people))):
                team.check_in(employee_id, rng.choice([0.0, 0.25, 0.75, 1.0]))
        truth, expected = team.truth(), team.oracle()
        before = TeamWellbeingSnapshot.objects.count()
        publish_team_wellbeing_task()
        shown = figures(client, team.boss).get(CHECKIN)
        if TeamWellbeingSnapshot.objects.count() > before:
            assert shown is not None and shown[0] == str(expected)
            published.append(truth)
    assert published  # the first five always publish
    for index, truth in enumerate(published):
        for earlier in published[:index]:
            assert differ(truth, earlier) >= 5


def test_the_team_page_runs_in_a_fixed_number_of_queries(client):
    def count(size: int) -> int:
        team = Team(size=size, prefix=f"T{size}-")
        publish_team_wellbeing_task()
        client.force_login(team.boss)
        client.get(reverse("skills:team"))  # the session and the site's settings, once
        with CaptureQueriesContext(connection) as context:
            assert client.get(reverse("skills:team")).status_code == 200
        return len(context)

    assert count(5) == count(12)


def test_celery_beat_publishes_weekly():
    entry = settings.CELERY_BEAT_SCHEDULE["publish-team-wellbeing"]
    assert entry["task"] == publish_team_wellbeing_task.name
    assert entry["schedule"].day_of_week == {1}  # Mondays


def test_figures_past_retention_go_but_each_teams_latest_stays(client):
    team = Team()
    old = timezone.now() - timedelta(days=settings.RETENTION_DAYS["wellbeing_signals"] + 10)
    publish_team_wellbeing_task()
    TeamWellbeingSnapshot.objects.update(published_at=old)
    publish_team_wellbeing_task()
    assert TeamWellbeingSnapshot.objects.count() == 1  # the latest, although old

    for n in range(5, 10):
        team.join(f"E{n}", 0.1)
    publish_team_wellbeing_task()

    kept = TeamWellbeingSnapshot.objects.get()
    assert kept.published_at > old
    assert figures(client, team.boss)[CHECKIN][0] == str(team.oracle())
