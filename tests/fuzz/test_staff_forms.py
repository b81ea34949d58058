"""The forms of L&D (editing area), HR (reports) and superusers (tokens), fed
arbitrary input by a signed-in person of the right role: never a server error,
a clear answer, and nothing stored from what was refused."""

import io

import pytest
from django.urls import reverse
from django_celery_beat.models import PeriodicTask
from hypothesis import example, given
from hypothesis import strategies as st

from courses.models import Assignment, AssignmentEvent, Enrollment
from people.models import Department, Profile, Team
from people.roles import Role
from people.services import people_import
from reports.models import ReportAudit, ReportExport, ReportSchedule
from skills import engine
from skills.ingest import signals_ingest
from skills.models import ApiToken, ApprovalBatch, AssignmentRule, Contest, EngineSettings, Signal
from skills.services import contest_create
from tests.factories import UserFactory
from tests.fuzz.checks import each_example_from_scratch, row_counts, verdict
from tests.fuzz.strategies import FEW, FUZZ, any_text, form_with, value, with_nul
from tests.fuzz.world import learner_world, staff
from tests.skills.helpers import learner, qa, rule_for

pytestmark = pytest.mark.django_db

FILTERS = (
    "level",
    "departments",
    "teams",
    "manager",
    "courses",
    "statuses",
    "source",
    "assigned_from",
    "assigned_to",
    "due_from",
    "due_to",
    "completed_from",
    "completed_to",
)
VALID_FILTERS = {
    "level": ["course", "module"],
    "statuses": ["completed", "overdue"],
    "source": ["", "assigned", "self"],
    "due_from": ["2026-01-01"],
    "due_to": ["2025-01-01", "2027-01-01"],
}


def last(sent):
    """What a view reads from a field sent several times: the last value."""
    return sent[-1] if isinstance(sent, list) else sent


@pytest.fixture
def world():
    return learner_world()


@pytest.fixture
def hr(client, world, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    person = staff(Role.HR_REPORTER, email="hr@example.com")
    client.force_login(person)
    return person


@pytest.fixture
def author(client, world):
    person = staff(Role.LD_AUTHOR, email="ld@example.com")
    client.force_login(person)
    return person


# --- Reports (HR) -----------------------------------------------------------------


@FUZZ
@given(data=form_with(VALID_FILTERS, *FILTERS))
def test_report_filters(client, hr, data):
    with each_example_from_scratch():
        response = client.get(reverse("reports:report"), {"level": "course", **data})
        assert response.status_code in (200, 400), response.status_code
        assert (response.status_code == 400) == bool(response.context["form"].errors)


@FUZZ
@given(
    data=form_with({**VALID_FILTERS, "format": ["csv", "xlsx", "csv_excel"]}, "format", *FILTERS)
)
def test_report_export(client, hr, data, settings):
    settings.REPORT_STREAM_LIMIT = 0  # every export is a background one: a row to check
    with each_example_from_scratch():
        before = row_counts(ReportExport, ReportAudit)
        response = client.post(reverse("reports:export_start"), data)
        if verdict(response, data) == "refused":
            assert response.status_code == 400
            assert row_counts(ReportExport, ReportAudit) == before


@FUZZ
@given(data=st.data())
def test_report_schedules(client, hr, data):
    choices = {
        **VALID_FILTERS,
        "name": ["Monday completions", " ", "x" * 151],
        "frequency": ["weekly", "monthly"],
        "format": ["csv", "xlsx"],
        "recipients": [str(hr.pk), [str(hr.pk), str(hr.pk)]],
    }
    sent = data.draw(form_with(choices, "name", "frequency", "format", "recipients", *FILTERS))
    with each_example_from_scratch():
        before = row_counts(ReportSchedule, PeriodicTask)
        response = client.post(reverse("reports:schedules"), sent)
        if verdict(response, sent) == "refused":
            assert row_counts(ReportSchedule, PeriodicTask) == before
        else:
            assert response.status_code == 302
            assert ReportSchedule.objects.count() == before["ReportSchedule"] + 1


# --- The editing area (L&D) -------------------------------------------------------


@FUZZ
@example(
    data={
        "course": "own",
        "reason": "Coaching.",
        "emails": "learner@example.com",
        "due_at": "9999-12-31T23:59",
    }
)
@example(data={"course": "own", "reason": "a\x00b", "emails": "learner@example.com"})
@given(
    data=form_with(
        {
            "course": ["own"],
            "reason": ["Coaching plan.", "   "],
            "emails": ["learner@example.com", "nobody@example.com", "a\x00@x.org"],
            "due_at": ["2030-01-01T10:00", "2001-01-01T10:00", "9999-12-31T23:59"],
        },
        "course",
        "module",
        "emails",
        "teams",
        "departments",
        "due_at",
        "reason",
    )
)
def test_assign_learning(client, author, world, data):
    data = {
        key: (str(world.course.page.pk) if item == "own" else item) for key, item in data.items()
    }
    world.person.email = "learner@example.com"
    world.person.save(update_fields=["email"])
    with each_example_from_scratch():
        before = row_counts(Assignment, AssignmentEvent, Enrollment)
        response = client.post(reverse("courses_assign_learning"), data)
        if verdict(response, data) == "refused":
            assert row_counts(Assignment, AssignmentEvent, Enrollment) == before
        else:
            # An assignment made can be snoozed, its due date moved a week.
            for assignment in Assignment.objects.filter(assigned_by=author, status="open"):
                client.force_login(assignment.user)
                response = client.post(reverse("skills:snooze", args=[assignment.pk]))
                assert response.status_code == 302
                client.force_login(author)


@pytest.fixture
def rule(world):
    return rule_for(world.course.modules[0], mode=AssignmentRule.Mode.SHADOW)


@FEW
@given(data=form_with({"mode": ["active", "shadow", "off"]}, "mode"))
def test_rule_mode(client, author, rule, data):
    with each_example_from_scratch():
        response = client.post(reverse("skills_rules:mode", args=[rule.pk]), data)
        if verdict(response, data) == "refused":
            assert AssignmentRule.objects.get(pk=rule.pk).mode == AssignmentRule.Mode.SHADOW


@pytest.fixture
def batch(world):
    rule = rule_for(world.course.modules[0])
    settings = EngineSettings.load()
    settings.approval_threshold = 1
    settings.save()
    for n in range(2, 4):
        learner(f"E{n}")
    signals_ingest([qa(f"s{n}-{k}", f"E{n}", 40) for n in (2, 3) for k in (1, 2)], queue=False)
    engine.rule_run(rule_id=rule.pk)
    return ApprovalBatch.objects.get()


@FEW
@given(data=form_with({"decision": ["approve", "reject"]}, "decision"))
def test_approval_decision(client, author, batch, data):
    with each_example_from_scratch():
        response = client.post(reverse("skills_approvals:decide", args=[batch.pk]), data)
        decided = ApprovalBatch.objects.get(pk=batch.pk).status != ApprovalBatch.Status.PENDING
        assert (verdict(response, data) == "accepted") == decided
        # Only the two buttons decide; anything else decides nothing.
        assert decided == (last(data.get("decision")) in ("approve", "reject"))


@pytest.fixture
def contest(world):
    return contest_create(
        user=world.person, assignment_id=world.assignment.pk, comment="Not my calls."
    )


@FUZZ
@example(data={"decision": "uphold", "note": "ok\x00"})
@given(
    data=form_with(
        {"decision": ["uphold", "reject"], "note": ["Checked with QA.", " "]}, "decision", "note"
    )
)
def test_contest_decision(client, author, contest, data):
    with each_example_from_scratch():
        before = row_counts(AssignmentEvent)
        response = client.post(reverse("skills_contests:decide", args=[contest.pk]), data)
        decided = Contest.objects.get(pk=contest.pk).status != Contest.Status.PENDING
        if verdict(response, data) == "refused":
            assert not decided and row_counts(AssignmentEvent) == before
        else:
            assert decided
        if last(data.get("decision")) not in ("uphold", "reject"):
            assert not decided


#: CSV lines of signals: some good, most not.
signal_rows = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "up-1,E1,empathy,70,0,100,qa_soft_skills,2026-11-01T10:00:00Z,Call 1",
                "up-2,E1,empathy,700,0,100,qa_soft_skills,2026-11-01T10:00:00Z,",
                "up-3,E1,,0.9,0,1,workload,2026-11-01T10:00:00Z,",
                'up-4,E1,empathy,1e999,0,1,manager,2026-02-30T10:00:00Z,"a\nb"',
                "up-5,E1\x00,empathy,1,0,1,manager,2026-11-01T10:00:00Z,\x00",
                "up-1,E1,empathy,70,0,100,qa_soft_skills,2026-11-01T10:00:00Z,again",
            ]
        ),
        st.lists(value, min_size=1, max_size=10).map(lambda cells: ",".join(cells)),
    ),
    max_size=6,
)
HEADER = "external_id,employee_id,skill,value,scale_min,scale_max,source,observed_at,note"


@FUZZ
@example(body=b"\xff\xfe\x00bad")
@example(body=b"external_id\r\n\x00")
@example(body=b'external_id,note\n"unclosed')
@given(
    body=st.one_of(
        signal_rows.map(lambda rows: "\n".join([HEADER, *rows]).encode()),
        st.tuples(any_text, signal_rows).map(lambda p: "\n".join([p[0], *p[1]]).encode()),
        st.binary(max_size=200),
    )
)
def test_signal_upload(client, author, body):
    upload = io.BytesIO(body)
    upload.name = "signals.csv"
    with each_example_from_scratch():
        before = Signal.objects.count()
        response = client.post(reverse("skills_upload:index"), {"file": upload})
        assert response.status_code == 200, response.status_code
        result = response.context["result"]
        if result is None:
            assert response.context["form"].errors
            assert Signal.objects.count() == before
        else:
            assert Signal.objects.count() == before + len(result.accepted)
            for rejected in result.rejected:
                assert rejected["errors"] and rejected["line"] >= 2


@FEW
@given(
    data=form_with(
        {"name": ["QA system"], "sources": ["qa_soft_skills", "manager"]}, "name", "sources"
    )
)
def test_integration_tokens(client, world, data):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    with each_example_from_scratch():
        before = row_counts(ApiToken)
        response = client.post(reverse("skills_tokens:index"), data)
        if verdict(response, data) == "refused":
            assert row_counts(ApiToken) == before
        else:
            assert row_counts(ApiToken)["ApiToken"] == before["ApiToken"] + 1


# --- The HRIS import of people ----------------------------------------------------

PEOPLE_HEADER = "employee_id,email,first_name,last_name,department,team,manager_employee_id,active"
people_rows = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "P1,p1@example.com,Ana,Ruiz,Care,Billing,,yes",
                "P2,p2@example.com,Ben,Okafor,Care,Billing,P1,yes",
                "P3,p1@example.com,Cy,Dup,Care,,,maybe",
                "P1,p9@example.com,Ana,Again,,,,",
                "P4,p4@example.com,Di,Loop,Care,,P4,no",
                "P5,not-an-email,Ed,X,,Team,,",
            ]
        ),
        st.lists(st.one_of(any_text, with_nul, value), min_size=1, max_size=9).map(
            lambda cells: ",".join(cells)
        ),
    ),
    max_size=5,
)


@FUZZ
@example(
    body="\ufeffemployee_id,email,first_name,last_name\nP1,p1@example.com,\x00,X".encode(),
    dry_run=False,
)
@given(
    body=st.one_of(
        people_rows.map(lambda rows: "\n".join([PEOPLE_HEADER, *rows]).encode()),
        st.binary(max_size=200),
    ),
    dry_run=st.booleans(),
)
def test_people_import(world, body, dry_run):
    with each_example_from_scratch():
        before = row_counts(Profile, Department, Team)
        report = people_import(data=body, dry_run=dry_run)
        if report.errors or dry_run:
            assert row_counts(Profile, Department, Team) == before
            for error in report.errors:
                assert str(error).strip()
        else:
            assert row_counts(Profile)["Profile"] == before["Profile"] + report.created
