"""Privacy rights: download my data, erasure (editing area and command line), and
the privacy page."""

import json

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.contrib.sessions.models import Session
from django.core.management import CommandError, call_command
from django.urls import reverse

from assessments.models import AttemptResult, Response
from assessments.selectors import assessment_analytics
from courses.models import (
    Assignment,
    AssignmentEvent,
    Certificate,
    Enrollment,
    LessonCompletion,
    Reflection,
)
from people.models import AccessLog, Department, Profile
from people.roles import Role
from privacy import services as privacy
from reports import analytics
from reports.queries import ReportFilters
from reports.services import report_preview
from skills.models import Contest, RuleMatch, Signal, SkillProfile
from tests.factories import UserFactory
from tests.people.builders import TOTP_SECRET, person_with, rich_learner, superuser
from tests.reports.builders import organisation

pytestmark = pytest.mark.django_db

MY_DATA = reverse("privacy:my_data")


def download(client) -> dict:
    response = client.post(MY_DATA)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"].startswith('attachment; filename="my-data-')
    return json.loads(response.content)


# --- Download my data -----------------------------------------------------------------


def test_a_learner_downloads_everything_held_about_them(client):
    rich = rich_learner("E100")
    person = rich.user
    client.force_login(person)

    data = download(client)

    assert data["about_this_file"]["person_id"] == person.pk
    assert data["account"]["email"] == person.email
    assert data["account"]["email_addresses"] == [
        {"email": person.email, "verified": True, "primary": True}
    ]
    assert data["account"]["roles"] == ["Learner"]
    profile = data["profile"]
    assert profile["employee_id"] == "E100"
    assert (profile["job_role"], profile["department"], profile["team"]) == (
        "Agent",
        "Customer Care",
        "Billing",
    )
    assert profile["manager"] == rich.manager.get_full_name()
    assert profile["preferred_language"] == "es"
    assert profile["preferences"] == {"learning_emails": True}
    # Authenticators by kind and date, never their secret.
    [authenticator] = data["sign_in_security"]["authenticators"]
    assert authenticator["type"] == "totp" and authenticator["created_at"]
    assert set(authenticator) == {"type", "created_at", "last_used_at"}

    # Learning: enrolments with progress and times, completions, reflections, certificates.
    completed = [e for e in data["enrolments"] if e["status"] == "completed"]
    assert len(completed) == 1 and completed[0]["completed_at"]
    assert completed[0]["modules"][0]["percent"] == 100
    assert [h["event"] for h in completed[0]["history"]] == ["enrolled", "completed"]
    assert len(data["lesson_completions"]) == 2
    assert all(row["completed_at"] for row in data["lesson_completions"])
    assert data["reflections"][0]["text"] == "PRIVATE-REFLECTION-E100-0"
    assert [c["code"] for c in data["certificates"]] == rich.certificate_codes

    # Attempts with answers (in words) and results; never the answer key.
    [attempt] = data["assessment_attempts"]
    # The free-text answer is wrong: half the points, at a pass mark of 50%.
    assert attempt["result"]["passed"] is True and attempt["result"]["percent"] == 50.0
    answers = {a["question"]: a["answer"] for a in attempt["answers"]}
    assert answers == {"Name it (0)": "PRIVATE-ANSWER-E100-0", "Pick one (0)": "Right"}
    assert "key" not in json.dumps(attempt["answers"])

    # Every signal, wellbeing included: it is theirs.
    sources = sorted({s["source"] for s in data["signals"]})
    assert sources == ["assessment", "qa_soft_skills", "self_assessment", "wellbeing_checkin"]
    wellbeing = next(s for s in data["signals"] if s["source"] == "wellbeing_checkin")
    assert wellbeing["wellbeing"] is True and wellbeing["note"] == "PRIVATE-WELLBEING-NOTE"
    assert {p["skill"] for p in data["skill_profiles"]} >= {"empathy"}
    assert data["skill_profiles"][0]["history"]
    assert data["rule_evaluations"][0]["rule"] == "Empathy refresher E100"

    # The assignment with its reasons, rule and version, snooze and contest.
    [assignment] = data["assignments"]
    assert assignment["reason"] == rich.assignment.reason
    assert assignment["evidence"] == rich.assignment.evidence_text != ""
    assert assignment["done_when"] == rich.assignment.done_when
    assert (assignment["rule"], assignment["rule_version"]) == ("Empathy refresher E100", 1)
    assert assignment["snoozed_once"] is True and assignment["snoozed_until"]
    assert any(item["note"] == "PRIVATE-QA-NOTE-0" for item in assignment["evidence_items"])
    assert assignment["contest"]["comment"] == "PRIVATE-CONTEST-E100"
    assert {"snoozed", "contested"} <= {event["event"] for event in assignment["history"]}


def test_the_download_never_holds_secrets(client):
    rich = rich_learner("E100")
    person = rich.user
    client.force_login(person)

    text = client.post(MY_DATA).content.decode()

    assert TOTP_SECRET not in text
    assert person.password not in text and "md5$" not in text
    assert client.session.session_key not in text
    assert '"password"' not in text and '"key_hash"' not in text and '"secret"' not in text


def test_the_page_says_what_the_file_holds_and_each_download_is_logged(client):
    rich = rich_learner("E100")
    client.force_login(rich.user)

    response = client.get(MY_DATA)

    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("<h1") == 1
    # The learner reads the site in Spanish, their preferred language.
    assert "Señales sobre ti, incluidas las de bienestar" in html
    assert f'<form method="post" action="{MY_DATA}">' in html
    assert not AccessLog.objects.filter(action=AccessLog.Action.DOWNLOADED_DATA).exists()

    download(client)
    data = download(client)

    entries = AccessLog.objects.filter(action=AccessLog.Action.DOWNLOADED_DATA)
    assert entries.count() == 2
    assert {(e.actor_id, e.subject_id, e.place) for e in entries} == {
        (rich.user.pk, rich.user.pk, AccessLog.Place.MY_DATA)
    }
    # The second file shows the first download.
    assert "Descargó sus datos personales" in [e["what_label"] for e in data["who_saw_your_data"]]


def test_anonymous_visitors_are_sent_to_sign_in_and_get_nothing(client):
    response = client.get(MY_DATA)
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))

    response = client.post(MY_DATA)
    assert response.status_code in (302, 403)
    assert "Content-Disposition" not in response
    assert not AccessLog.objects.exists()


@pytest.mark.parametrize("role", [None, Role.MANAGER, Role.HR_REPORTER, Role.LD_AUTHOR])
def test_nobody_downloads_someone_elses_data(client, role):
    """There is no way to name another person: whoever asks gets their own file,
    however they try to point at someone else."""
    other = rich_learner("E200").user
    asker = person_with(role) if role else UserFactory()
    other.profile.manager = asker
    other.profile.save()
    client.force_login(asker)

    for response in (
        client.post(f"{MY_DATA}?user={other.pk}", {"user": other.pk, "email": other.email}),
        client.post(MY_DATA, {"user_id": other.pk, "employee_id": "E200"}),
    ):
        data = json.loads(response.content)
        assert data["account"]["email"] == asker.email
        assert other.email not in response.content.decode()
        assert "PRIVATE-" not in response.content.decode()
    assert not AccessLog.objects.filter(subject=other).exists()


def test_the_export_takes_the_same_number_of_queries_however_much_data(
    django_assert_max_num_queries,
):
    small = rich_learner("E1", size=1).user
    large = rich_learner("E2", size=4).user

    # One query per kind of record, whatever their number; four more put the
    # assignments' explanations into words (skills/explanations.py).
    with django_assert_max_num_queries(31):
        small_data = privacy.personal_data_export(user=small)
    with django_assert_max_num_queries(31):
        large_data = privacy.personal_data_export(user=large)

    assert len(large_data["signals"]) > len(small_data["signals"])
    assert len(large_data["assessment_attempts"]) == 4


# --- Erasure --------------------------------------------------------------------------


def report_figures(hr, quizzes):
    """What HR's reports and L&D's analytics say about the whole organisation."""
    course_level = report_preview(user=hr, filters=ReportFilters())
    module_level = report_preview(user=hr, filters=ReportFilters(level="module"))
    care = Department.objects.get(name="Customer Care")
    by_department = report_preview(user=hr, filters=ReportFilters(department_ids=[care.pk]))
    stats = [assessment_analytics(assessment=quiz) for quiz in quizzes]
    return {
        "report": (course_level.counts, course_level.total),
        "report_by_module": (module_level.counts, module_level.total),
        "report_by_department": by_department.counts,
        "completions": analytics.completions_over_time().rows,
        "engagement": analytics.engagement(),
        "pass_rates": analytics.pass_rates().rows,
        "gains": analytics.gains(),
        "assignments_by_rule": analytics.assignments_by_rule(),
        "assessments": [
            (
                s.attempts,
                s.learners,
                s.pass_rate,
                s.mean_percent,
                [(i.answered, i.facility, i.discrimination, i.options) for i in s.items],
            )
            for s in stats
        ],
    }


def test_erasure_keeps_report_totals_and_analytics_unchanged(client):
    organisation(learners=10)
    erased = rich_learner("E100", size=2)
    kept = rich_learner("E200", size=1)
    hr = person_with(Role.HR_REPORTER)
    quizzes = erased.quizzes + kept.quizzes
    before = report_figures(hr, quizzes)
    admin = superuser()
    client.force_login(admin)

    response = client.post(reverse("people_erase", args=[erased.user.pk]))

    assert response.status_code == 302
    assert report_figures(hr, quizzes) == before
    # The erased person still counts: one completed row per certificate.
    assert sum(before["report"][0].values()) == before["report"][1] > 0


def test_erasure_removes_what_identifies_the_person_and_keeps_the_statistics(client):
    rich = rich_learner("E100", size=2)
    person = rich.user
    old_email = person.email
    learner_client = client.__class__()
    learner_client.force_login(person)
    assert Session.objects.count() == 1
    kept_counts = {
        "enrolments": Enrollment.objects.filter(user=person).count(),
        "completions": LessonCompletion.objects.filter(user=person).count(),
        "results": AttemptResult.objects.filter(attempt__user=person).count(),
        "certificates": sorted(Certificate.objects.filter(user=person).values_list("code")),
        "completed_at": sorted(
            Enrollment.objects.filter(user=person).values_list("completed_at", flat=True),
            key=str,
        ),
    }
    admin = superuser()
    client.force_login(admin)

    page = client.get(reverse("people_erase", args=[person.pk]))
    assert page.status_code == 200
    html = page.content.decode()
    assert "This cannot be undone." in html and "every signal about the person" in html
    assert Signal.objects.filter(user=person).exists()  # a GET changes nothing

    response = client.post(reverse("people_erase", args=[person.pk]))

    assert response.status_code == 302
    person.refresh_from_db()
    assert person.email == f"erased-{person.pk}@invalid.example"
    assert (person.first_name, person.last_name) == ("", "")
    assert not person.has_usable_password()
    assert not person.is_active and person.erased_at is not None
    assert not person.groups.exists()
    profile = Profile.objects.get(user=person)
    assert profile.employee_id is None and profile.manager_id is None
    assert profile.department.name == "Customer Care" and profile.team.name == "Billing"

    for model in (Signal, SkillProfile, RuleMatch, Reflection, EmailAddress, Authenticator):
        assert not model.objects.filter(user=person).exists(), model
    contest = Contest.objects.get(user=person)
    assert (contest.comment, contest.decision_note) == ("", "")
    assignment = Assignment.objects.get(pk=rich.assignment.pk)
    assert assignment.evidence_text == "" and "evidence" not in assignment.basis
    assert assignment.basis["rule"]["version"] == 1
    assert not AssignmentEvent.objects.filter(assignment=assignment).exclude(note="").exists()
    answers = list(Response.objects.filter(attempt__user=person).values_list("answer", flat=True))
    assert {"text": ""} in answers and all("PRIVATE" not in json.dumps(a) for a in answers)
    assert Certificate.objects.filter(user=person, learner_name="").count() == 2

    assert kept_counts == {
        "enrolments": Enrollment.objects.filter(user=person).count(),
        "completions": LessonCompletion.objects.filter(user=person).count(),
        "results": AttemptResult.objects.filter(attempt__user=person).count(),
        "certificates": sorted(Certificate.objects.filter(user=person).values_list("code")),
        "completed_at": sorted(
            Enrollment.objects.filter(user=person).values_list("completed_at", flat=True),
            key=str,
        ),
    }
    # Nothing private is left anywhere the download would look.
    left = json.dumps(privacy.personal_data_export(user=person), default=str)
    assert "PRIVATE-" not in left and old_email not in left

    # Signed out everywhere: the stored sessions are gone.
    assert not [
        session
        for session in Session.objects.all()
        if session.get_decoded().get("_auth_user_id") == str(person.pk)
    ]
    assert learner_client.get(reverse("courses:dashboard")).status_code == 302

    # Logged: who, when, the person's id; never their address.
    entry = AccessLog.objects.get(action=AccessLog.Action.ERASED)
    assert (entry.actor_id, entry.subject_id) == (admin.pk, person.pk)
    assert entry.place == AccessLog.Place.ERASURE_SCREEN
    assert old_email not in json.dumps(list(AccessLog.objects.values()), default=str)


def test_the_certificate_check_says_the_name_was_erased(client):
    rich = rich_learner("E100")
    privacy.person_erase(actor=superuser(), user=rich.user)

    response = client.get(reverse("courses:certificate_verify", args=[rich.certificate_codes[0]]))

    html = response.content.decode()
    assert "This certificate is valid." in html
    assert "The holder's name was erased at their request." in html


def test_erasure_runs_in_one_transaction(monkeypatch):
    rich = rich_learner("E100")
    from reports import services as report_services

    def fail(**kwargs):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(report_services, "person_data_erase", fail)

    with pytest.raises(RuntimeError):
        privacy.person_erase(actor=superuser(), user=rich.user)

    rich.user.refresh_from_db()
    assert rich.user.is_active and rich.user.erased_at is None
    assert Signal.objects.filter(user=rich.user).exists()
    assert Reflection.objects.filter(user=rich.user).exists()
    assert not AccessLog.objects.filter(action=AccessLog.Action.ERASED).exists()


def test_erasing_yourself_or_twice_is_refused_and_changes_nothing(client):
    rich = rich_learner("E100")
    admin = superuser()
    client.force_login(admin)

    response = client.get(reverse("people_erase", args=[admin.pk]))
    assert "You cannot erase your own data" in response.content.decode()
    assert "Erase this person" not in response.content.decode()
    response = client.post(reverse("people_erase", args=[admin.pk]), follow=True)
    assert "You cannot erase your own data" in response.content.decode()
    admin.refresh_from_db()
    assert admin.is_active and admin.erased_at is None

    client.post(reverse("people_erase", args=[rich.user.pk]))
    rich.user.refresh_from_db()
    erased_at = rich.user.erased_at
    response = client.post(reverse("people_erase", args=[rich.user.pk]), follow=True)

    assert "already erased" in response.content.decode()
    rich.user.refresh_from_db()
    assert rich.user.erased_at == erased_at
    assert AccessLog.objects.filter(action=AccessLog.Action.ERASED).count() == 1


def test_a_superuser_finds_the_person_by_email_or_employee_id(client):
    rich = rich_learner("E100")
    client.force_login(superuser())
    find = reverse("people_erase_find")

    assert client.get(find).status_code == 200
    response = client.get(find, {"email": rich.user.email.upper()})
    assert response.url == reverse("people_erase", args=[rich.user.pk])
    response = client.get(find, {"employee_id": "E100"})
    assert response.url == reverse("people_erase", args=[rich.user.pk])
    response = client.get(find, {"email": "nobody@example.com"})
    assert "Nobody has this e-mail address or employee id." in response.content.decode()
    assert client.get(reverse("people_erase", args=[999_999])).status_code == 404


def test_erasure_is_reachable_from_the_users_list_and_the_menu(client):
    rich = rich_learner("E100")
    admin = superuser()
    client.force_login(admin)

    users = client.get(reverse("wagtailusers_users:index")).content.decode()
    assert reverse("people_erase", args=[rich.user.pk]) in users
    assert reverse("people_erase", args=[admin.pk]) not in users
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("people_erase_find") in home and reverse("people_access_log:index") in home

    client.force_login(person_with(Role.LD_AUTHOR))
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("people_erase_find") not in home


@pytest.mark.parametrize(
    "role", ["anonymous", "learner", Role.MANAGER, Role.HR_REPORTER, Role.LD_AUTHOR]
)
def test_only_superusers_erase(client, role):
    rich = rich_learner("E100")
    if role == "learner":
        client.force_login(UserFactory())
    elif role != "anonymous":
        client.force_login(person_with(role))
    urls = [reverse("people_erase", args=[rich.user.pk]), reverse("people_erase_find")]

    for url in urls:
        response = client.get(url, {"email": rich.user.email})
        if role == "anonymous":
            assert response.status_code == 302
            assert response.url.startswith(reverse("account_login"))
        else:
            assert response.status_code == 404
        response = client.post(url)
        assert response.status_code in ((302, 403) if role == "anonymous" else (403,))

    rich.user.refresh_from_db()
    assert rich.user.is_active and rich.user.erased_at is None
    assert Signal.objects.filter(user=rich.user).exists()
    assert not AccessLog.objects.filter(action=AccessLog.Action.ERASED).exists()


def test_the_service_refuses_anyone_but_a_superuser():
    rich = rich_learner("E100")
    with pytest.raises(privacy.PermissionDenied):
        privacy.person_erase(actor=person_with(Role.HR_REPORTER), user=rich.user)
    rich.user.refresh_from_db()
    assert rich.user.erased_at is None


# --- The command ----------------------------------------------------------------------


def test_the_command_erases_by_email_or_employee_id(capsys):
    first = rich_learner("E100").user
    second = rich_learner("E200").user
    admin = superuser()

    call_command("erase_person", email=first.email, yes=True)
    call_command("erase_person", employee_id="E200", actor=admin.email, yes=True)

    out = capsys.readouterr().out
    assert f"Erased the personal data of person {first.pk}" in out
    assert first.email not in out
    for person in (first, second):
        person.refresh_from_db()
        assert person.erased_at is not None and not person.is_active
    entries = AccessLog.objects.filter(action=AccessLog.Action.ERASED).order_by("pk")
    assert [(e.actor_id, e.subject_id, e.place) for e in entries] == [
        (None, first.pk, AccessLog.Place.COMMAND_LINE),
        (admin.pk, second.pk, AccessLog.Place.COMMAND_LINE),
    ]


def test_the_command_refuses_bad_input_and_changes_nothing(monkeypatch):
    rich = rich_learner("E100")
    hr = person_with(Role.HR_REPORTER)

    with pytest.raises(CommandError, match="Nobody has this e-mail address"):
        call_command("erase_person", email="nobody@example.com", yes=True)
    with pytest.raises(CommandError, match="Only superusers"):
        call_command("erase_person", email=rich.user.email, actor=hr.email, yes=True)
    with pytest.raises(CommandError, match="not a known e-mail"):
        call_command("erase_person", email=rich.user.email, actor="ghost@example.com", yes=True)
    monkeypatch.setattr("builtins.input", lambda prompt: "n")
    with pytest.raises(CommandError, match="Nothing was erased"):
        call_command("erase_person", email=rich.user.email)
    rich.user.refresh_from_db()
    assert rich.user.erased_at is None and Signal.objects.filter(user=rich.user).exists()

    call_command("erase_person", email=rich.user.email, yes=True)
    with pytest.raises(CommandError, match="Nobody has"):
        call_command("erase_person", employee_id="E100", yes=True)  # the id is gone too
    rich.user.refresh_from_db()
    with pytest.raises(CommandError, match="already erased"):
        call_command("erase_person", email=rich.user.email, yes=True)
    assert AccessLog.objects.filter(action=AccessLog.Action.ERASED).count() == 1


# --- The privacy page -----------------------------------------------------------------


def test_the_privacy_page_is_public_and_links_to_the_download(client):
    response = client.get(reverse("privacy:notice"))

    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("<h1") == 1
    for heading in ("What is collected, and why", "Who sees what", "How long it is kept"):
        assert heading in html
    assert "Your rights" in html and f'href="{MY_DATA}"' in html
    assert "Never individually" in html  # the who-sees-what table
    assert "ask HR to correct them there" in html
    # Linked from every page's footer.
    footer = client.get(reverse("skills:data_access")).content.decode()
    assert f'href="{reverse("privacy:notice")}"' in footer


def test_the_old_who_sees_what_address_still_works(client):
    response = client.get(reverse("skills:data_access"))
    assert response.status_code == 200
    assert "Never individually" in response.content.decode()
    assert reverse("privacy:notice") in response.content.decode()


def test_the_privacy_page_prints_the_retention_periods_the_task_uses(client, settings):
    settings.RETENTION_DAYS = {**settings.RETENTION_DAYS, "wellbeing_signals": 45, "signals": 400}
    settings.REPORT_FILE_HOURS = 6

    html = client.get(reverse("privacy:notice")).content.decode()

    assert "45 days" in html and "400 days" in html and "6 hours" in html
    assert f"{settings.RETENTION_DAYS['attempt_answers']} days" in html
