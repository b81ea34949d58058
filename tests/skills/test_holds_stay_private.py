"""An assignment the wellbeing guard holds back is the learner's to know: to a
manager, an author, HR or a superuser it looks exactly like an open one (status,
counts, dates, order, outcome), while the learner reads why it waits."""

import re

import pytest
from django.urls import reverse

from courses.models import Assignment
from people.roles import Role
from people.services import role_grant
from reports import analytics
from reports.exports import rows
from reports.queries import ReportFilters
from skills import engine
from skills.ingest import signals_ingest
from skills.models import RuleMatch
from tests.factories import UserFactory
from tests.skills.helpers import course_with_modules, learner, qa, rule_for

pytestmark = pytest.mark.django_db

HELD_NOTE = "held back while your workload is high"


def person_with(role):
    user = UserFactory()
    role_grant(user=user, role=role)
    return user


@pytest.fixture
def twins():
    """Five reports of one manager matched by one rule with the same evidence;
    the first has a high workload, so the guard holds their assignment back."""
    boss = person_with(Role.MANAGER)
    built = course_with_modules()
    rule = rule_for(built.modules[0], name="Empathy refresher")
    people = [learner(f"E{n}", manager=boss) for n in range(5)]
    result = signals_ingest(
        [qa("load", "E0", 0.95, source="workload", skill=None, scale_max=1)]
        + [qa(f"{n}{ref}", f"E{n}", 40) for n in range(5) for ref in "ab"],
        queue=False,
    )
    assert not result.rejected
    engine.learners_reevaluate(user_ids=[p.pk for p in people])
    held = Assignment.objects.get(user=people[0])
    assert (held.status, held.hold_reason) == ("held", "workload")
    assert set(Assignment.objects.exclude(pk=held.pk).values_list("status", flat=True)) == {"open"}
    return boss, rule, people


def test_the_manager_sees_the_held_learner_like_the_others(client, twins):
    boss, _rule, people = twins
    client.force_login(boss)
    html = client.get(reverse("skills:team")).content.decode()

    cells = {}
    for person in people:
        head = f'<th scope="row" data-content="user">{person.get_full_name()}</th>'
        row = html[html.index(head) + len(head) :]
        # Without the cells' attributes (the column names a phone shows).
        cells[person.pk] = re.sub(r"<td[^>]*>", "<td>", row[: row.index("</tr>")])
    # "1 open / 1 in progress / 0 completed" for everyone, the held one included.
    assert set(cells.values()) == {cells[people[1].pk]}
    assert cells[people[0].pk] == "<td>1</td><td>1</td><td>0</td>"
    for word in ("held", "Held", "Waiting", "waiting", "workload"):
        assert word not in html.split('id="wellbeing-heading"')[0].split("<main")[-1], word


def test_the_assign_learning_screen_shows_it_as_open(client, twins):
    _boss, _rule, people = twins
    author = person_with(Role.LD_AUTHOR)
    client.force_login(author)
    html = client.get(reverse("courses_assign_learning")).content.decode()

    listing = html[html.index("Recent assignments") :]
    listing = listing[: listing.index("</table>")]
    assert "Waiting" not in listing and "Held" not in listing
    assert listing.count("<td>Open</td>") == 5
    held, other = (
        Assignment.objects.get(user=people[0]),
        Assignment.objects.get(user=people[1]),
    )
    assert held.due_at == other.due_at and held.created_at == other.created_at


def test_the_rule_page_counts_it_as_assigned(client, twins):
    _boss, rule, _people = twins
    assert set(RuleMatch.objects.filter(rule=rule).values_list("outcome", flat=True)) == {
        "assigned"
    }
    client.force_login(person_with(Role.LD_AUTHOR))
    html = client.get(reverse("skills_rules:detail", args=[rule.pk])).content.decode()

    assert "Assigned: 5" in html
    assert "waiting" not in html.split("Assigned: 5")[0].rsplit("<h2", 1)[-1]
    assert "Assigned, waiting" not in html


def test_reports_and_analytics_cannot_tell_it_apart(twins):
    _boss, _rule, people = twins
    filters = ReportFilters()
    by_email = {}
    names = [name for name, _label in filters.columns]
    for row in rows(filters):
        record = dict(zip(names, row, strict=True))
        by_email[record["email"]] = record

    def learning(person):
        record = by_email[person.email]
        return {k: v for k, v in record.items() if k not in ("employee_id", "name", "email")}

    assert learning(people[0]) == learning(people[1])
    assert learning(people[0])["status"] == "not_started"
    module_level = ReportFilters(level="module")
    names = [name for name, _label in module_level.columns]
    module_rows = [dict(zip(names, row, strict=True)) for row in rows(module_level)]
    for_held = [
        {k: v for k, v in r.items() if k not in ("employee_id", "name", "email")}
        for r in module_rows
        if r["email"] == people[0].email
    ]
    for_open = [
        {k: v for k, v in r.items() if k not in ("employee_id", "name", "email")}
        for r in module_rows
        if r["email"] == people[1].email
    ]
    assert for_held == for_open
    assert analytics.engagement()["assigned"] == 5
    assert analytics.assignments_by_rule()[0]["total"] == 5


def test_only_the_learner_reads_why_it_waits(client, twins):
    boss, _rule, people = twins
    client.force_login(people[0])
    assert HELD_NOTE in client.get(reverse("courses:dashboard")).content.decode()
    client.force_login(people[1])
    assert HELD_NOTE not in client.get(reverse("courses:dashboard")).content.decode()
    client.force_login(boss)
    assert HELD_NOTE not in client.get(reverse("skills:team")).content.decode()


def test_a_rule_page_hides_outcomes_of_fewer_than_five(client):
    built = course_with_modules()
    rule = rule_for(built.modules[0], mode="shadow")
    for n in range(4):
        learner(f"E{n}")
    signals_ingest([qa(f"{n}{ref}", f"E{n}", 40) for n in range(4) for ref in "ab"], queue=False)
    engine.rule_run(rule_id=rule.pk)
    client.force_login(person_with(Role.LD_AUTHOR))

    html = client.get(reverse("skills_rules:detail", args=[rule.pk])).content.decode()

    assert "Fewer than 5 people have been evaluated, so the outcomes are hidden." in html
    assert "Would assign (shadow):" not in html
    assert "to under" not in html  # no bands either
