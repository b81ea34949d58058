"""Every query of the pages a whole contact centre opens at shift start, of the
skills engine and of a filtered completion report, can be answered from an
index: PostgreSQL is asked for its plan (EXPLAIN) with sequential scans
switched off, and no table that grows with the organisation is read whole.

With the few rows of a test the planner would scan everything anyway, so the
question asked is "is there an index for this?", which is what holds at
20,000 learners (bench/results/pages.md)."""

import json
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from courses import services
from people.models import Profile, Team
from reports.queries import ReportFilters, report_sql
from skills import engine
from skills.ingest import signals_ingest
from tests.courses.builders import build_course
from tests.factories import TeamFactory, UserFactory
from tests.skills.helpers import learner, qa, rule_for

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.postgresql(reason="asks PostgreSQL for its query plans (EXPLAIN)"),
]

#: Tables with a row per learner, or more: none may be read whole.
GROWING = (
    "people_user",
    "people_profile",
    "django_session",
    "courses_enrollment",
    "courses_lessoncompletion",
    "courses_moduleprogress",
    "courses_assignment",
    "courses_assignmentevent",
    "courses_reflection",
    "courses_certificate",
    "skills_signal",
    "skills_skillprofile",
    "skills_rulematch",
    "assessments_attempt",
    "assessments_attemptresult",
)


def scanned_whole(sql: str, params=()) -> set[str]:
    """The growing tables the plan of ``sql`` reads from start to end."""
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}", params)
        plan = cursor.fetchone()[0]
    plan = json.loads(plan) if isinstance(plan, str) else plan
    found = set()

    def walk(node):
        if node.get("Node Type") == "Seq Scan" and node.get("Relation Name") in GROWING:
            found.add(node["Relation Name"])
        for child in node.get("Plans", []):
            walk(child)

    walk(plan[0]["Plan"])
    return found


def selects(captured) -> list[str]:
    return [
        query["sql"]
        for query in captured.captured_queries
        if query["sql"].startswith("SELECT") and "FOR UPDATE" not in query["sql"]
    ]


@pytest.fixture
def enrolled(client):
    course = build_course("Indexed course", modules=2, lessons=2)
    person = UserFactory()
    services.enrollment_create(user=person, course=course.page)
    services.assignment_create(
        user=person, course=course.page, module=course.modules[1], reason="Practise it."
    )
    client.force_login(person)
    return course, person


@pytest.mark.parametrize("page", ["dashboard", "lesson", "course", "my_skills"])
def test_the_learner_pages_read_through_indexes(client, enrolled, page):
    course, _person = enrolled
    url = {
        "dashboard": reverse("courses:dashboard"),
        "lesson": course.lessons[1].url,
        "course": course.page.url,
        "my_skills": reverse("skills:my_skills"),
    }[page]
    client.get(url)  # what is kept in the cache is kept
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200

    for sql in selects(captured):
        assert not scanned_whole(sql), sql


def test_the_engine_reads_through_indexes():
    built = build_course("Engine course", modules=1, lessons=1)
    rule_for(built.modules[0])
    people = [learner(f"E{n}") for n in range(3)]
    signals_ingest([qa(f"s{n}", f"E{n}", 40) for n in range(3)], queue=False)
    with CaptureQueriesContext(connection) as captured:
        engine.learners_reevaluate(user_ids=[p.pk for p in people], only_pending=True)

    for sql in selects(captured):
        assert not scanned_whole(sql), sql


def test_a_report_for_one_team_reads_only_that_team():
    team = TeamFactory()
    others = TeamFactory()
    course = build_course("Reported course", modules=1, lessons=1)
    for member_of in (team, others):
        person = UserFactory()
        Profile.objects.filter(user=person).update(team=member_of)
        services.enrollment_create(user=person, course=course.page)
    assert Team.objects.count() >= 2

    sql, params = report_sql(
        ReportFilters(team_ids=[team.pk]),
        vendor="postgresql",
        now=timezone.now() + timedelta(seconds=1),
    )

    assert not scanned_whole(sql, params)
