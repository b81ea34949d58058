"""A workload hold is the learner's alone, in a real browser: their manager's
team page shows the held learner exactly like the others, and the learner reads
on their own dashboard why the assignment waits."""

import pytest

from courses.models import Assignment
from people.roles import Role
from people.services import role_grant
from skills import engine
from skills.ingest import signals_ingest
from skills.tasks import publish_team_wellbeing_task
from tests.browser.test_learning_journey import sign_in
from tests.factories import VerifiedUserFactory
from tests.skills.helpers import course_with_modules, qa, rule_for

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def report_to(boss, employee_id, first_name):
    person = VerifiedUserFactory(first_name=first_name, last_name="Tester")
    profile = person.profile
    profile.employee_id, profile.manager = employee_id, boss
    profile.save()
    return person


def test_the_manager_cannot_tell_who_is_held_and_the_learner_can(page):
    boss = VerifiedUserFactory(first_name="Morgan", last_name="Lead")
    role_grant(user=boss, role=Role.MANAGER)
    names = ["Ada", "Ben", "Cleo", "Dev", "Eli"]
    people = [report_to(boss, f"E{n}", name) for n, name in enumerate(names)]
    built = course_with_modules("Calm handovers")
    rule_for(built.modules[0], name="Empathy refresher")
    signals_ingest(
        [qa("load", "E0", 0.95, source="workload", skill=None, scale_max=1)]
        + [qa(f"{n}{ref}", f"E{n}", 40) for n in range(5) for ref in "ab"]
        + [
            qa(f"c{n}", f"E{n}", 0.6, source="wellbeing_checkin", skill=None, scale_max=1)
            for n in range(5)
        ],
        queue=False,
    )
    engine.learners_reevaluate(user_ids=[person.pk for person in people])
    assert Assignment.objects.get(user=people[0]).hold_reason == "workload"
    publish_team_wellbeing_task()

    sign_in(page, boss.email)
    page.goto("/learning/team/")
    page.get_by_role("heading", name="My team").wait_for()
    rows = {}
    for person in people:
        row = page.get_by_role("row", name=person.get_full_name())
        rows[person.first_name] = row.locator("td").all_inner_texts()
    assert all(cells == ["1", "1", "0"] for cells in rows.values()), rows
    main = page.locator("main").inner_text()
    for word in ("held", "Held", "Waiting", "waiting", "heavy", "workload is high"):
        assert word not in main, word
    assert page.get_by_role("row", name="Wellbeing check-in").locator("td").first.inner_text() == (
        "0.6"
    )

    page.context.clear_cookies()
    sign_in(page, people[0].email)
    page.goto("/learning/")
    page.get_by_text("held back while your workload is high.").wait_for()

    page.context.clear_cookies()
    sign_in(page, people[1].email)
    page.goto("/learning/")
    page.get_by_role("heading", name="My learning", level=1).wait_for()
    assert "held back while your workload is high" not in page.content()
