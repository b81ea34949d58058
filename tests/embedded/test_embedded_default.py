"""The embedded default serves a team at once.

``make run`` is started as a newcomer starts it, on SQLite and the embedded
broker (whatever services this run of the tests uses), in a folder of its own:
migrations, the demo seed, then the web server, a worker and beat. People then
work in it at the same time, over HTTP and in Chromium, while the worker and
beat write too. Nothing may answer an error, nothing may print "database is
locked" (or any traceback), no task may fail, and every write must be stored:
checked by reading the instance's database directly, with SQL written here.
"""

import csv
import os
import random
import threading
import time
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from tests import chromium
from tests.embedded import journeys
from tests.embedded.instance import Instance
from tests.embedded.people import DEMO_TOTP_SECRET, Person

pytestmark = [pytest.mark.embedded]

COPILOT = "/courses/working-with-your-ai-co-pilot/"
AI_AGENTS = "/courses/how-ai-agents-work-and-fail/"


@pytest.fixture(scope="module")
def instance(tmp_path_factory):
    # One row streams at once; anything larger is written by the worker.
    running = Instance(tmp_path_factory.mktemp("embedded"), REPORT_STREAM_LIMIT="1")
    try:
        running.start()
        yield running
        # Stopping makes noise of its own (pool processes ending): read before it.
        problems = running.problems()
    finally:
        running.stop()
    assert problems == []


def employees_csv(folder: Path, people: list[tuple[str, str, str]]) -> Path:
    """An HR file of new agents in the demo's Billing team, managed by the demo manager."""
    path = folder / "employees.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            ["employee_id", "email", "first_name", "last_name", "job_role", "department", "team"]
            + ["manager_employee_id", "preferred_language"]
        )
        for employee_id, email, name in people:
            writer.writerow(
                [employee_id, email, name, "Agent", "Customer service agent", "Customer Care"]
                + ["Billing", "E1001", "en"]
            )
    return path


class Team:
    """Threads for the people working at once; their failures are collected."""

    def __init__(self):
        self.threads: list[threading.Thread] = []
        self.failures: list[str] = []
        self.results: dict[str, object] = {}

    def start(self, name: str, work, *args) -> None:
        def run():
            try:
                self.results[name] = work(*args)
            except Exception as error:  # noqa: BLE001 - reported by the test
                self.failures.append(f"{name}: {error!r}")

        thread = threading.Thread(target=run, name=name)
        self.threads.append(thread)
        thread.start()

    def finish(self, timeout: float = 600) -> None:
        deadline = time.monotonic() + timeout
        for thread in self.threads:
            thread.join(timeout=max(1, deadline - time.monotonic()))
        alive = [thread.name for thread in self.threads if thread.is_alive()]
        assert not alive, f"still working after {timeout} s: {alive}"


def qa_signal(ref: str, employee_id: str, value: int, days_ago: int = 1) -> dict:
    observed = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() - days_ago * 86400))
    return {
        "external_id": ref,
        "employee_id": employee_id,
        "skill": "empathy",
        "value": value,
        "scale_min": 0,
        "scale_max": 100,
        "source": "qa_soft_skills",
        "observed_at": observed,
    }


def wait_until_the_worker_is_done(instance: Instance, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        pending = instance.query("SELECT COUNT(*) FROM skills_signal WHERE processed_at IS NULL")
        if pending == [(0,)] and instance.worker_is_idle():
            return
        time.sleep(0.5)
    raise AssertionError("the worker did not finish its work")


def user_id(instance: Instance, email: str) -> int:
    return instance.query("SELECT id FROM people_user WHERE email = ?", [email])[0][0]


def assert_learner_writes_stored(instance: Instance, email: str, done: journeys.Done) -> None:
    uid = user_id(instance, email)
    stored = {
        row[0]
        for row in instance.query(
            "SELECT lesson_id FROM courses_lessoncompletion WHERE user_id = ?", [uid]
        )
    }
    assert set(done.lessons) <= stored, email
    for attempt in done.attempts:
        assert instance.query(
            "SELECT a.status, COUNT(r.id) FROM assessments_attempt a "
            "LEFT JOIN assessments_attemptresult r ON r.attempt_id = a.id "
            "WHERE a.id = ? AND a.user_id = ? GROUP BY a.status",
            [attempt, uid],
        ) == [("submitted", 1)], (email, attempt)


def assert_completed_as_the_criteria_say(instance: Instance, email: str) -> None:
    """Every lesson of the course was done; it is complete, with a certificate that
    says so, exactly when the learner also passed its final."""
    uid = user_id(instance, email)
    passed = instance.query(
        "SELECT COUNT(*) FROM assessments_attemptresult r "
        "JOIN assessments_attempt a ON a.id = r.attempt_id "
        "JOIN assessments_assessment s ON s.id = a.assessment_id "
        "WHERE a.user_id = ? AND s.kind = 'final' AND r.passed",
        [uid],
    )[0][0]
    completed = instance.query(
        "SELECT e.status, c.basis FROM courses_enrollment e "
        "JOIN wagtailcore_page p ON p.id = e.course_id "
        "LEFT JOIN courses_certificate c ON c.enrollment_id = e.id "
        "WHERE e.user_id = ? AND p.slug = 'how-ai-agents-work-and-fail'",
        [uid],
    )
    expected = ("completed", "lessons_and_finals") if passed else ("active", None)
    assert completed == [expected], (email, passed, completed)


PROGRESS_ORACLE = """
WITH required AS (
    SELECT c.page_ptr_id AS course_id, lp.id AS lesson_id
    FROM courses_coursepage c
    JOIN wagtailcore_page cp ON cp.id = c.page_ptr_id
    JOIN wagtailcore_page mp
      ON mp.path LIKE cp.path || '%' AND mp.depth = cp.depth + 1 AND mp.live
    JOIN wagtailcore_page lp
      ON lp.path LIKE mp.path || '%' AND lp.depth = mp.depth + 1 AND lp.live
    JOIN courses_lessonpage l ON l.page_ptr_id = lp.id AND NOT l.optional
)
SELECT e.id, e.lessons_done, e.lessons_total,
       (SELECT COUNT(*) FROM required r JOIN courses_lessoncompletion lc
          ON lc.lesson_id = r.lesson_id AND lc.user_id = e.user_id
        WHERE r.course_id = e.course_id),
       (SELECT COUNT(*) FROM required r WHERE r.course_id = e.course_id)
FROM courses_enrollment e
WHERE e.status IN ('active', 'completed')
"""


def stored_progress_disagreements(instance: Instance) -> list[tuple]:
    """Enrolments whose stored lesson counts differ from a count made here: the
    live, required lessons under live modules of the course, and the learner's
    completions among them (Wagtail's tree paths have four characters a level)."""
    rows = instance.query(PROGRESS_ORACLE)
    assert rows, "no enrolments to compare"
    return [row for row in rows if (row[1], row[2]) != (row[3], row[4])]


def first_lesson_of(instance: Instance, course_slug: str) -> int:
    return instance.query(
        "SELECT lp.id FROM wagtailcore_page cp "
        "JOIN wagtailcore_locale lo ON lo.id = cp.locale_id AND lo.language_code = 'en' "
        "JOIN wagtailcore_page lp ON lp.path LIKE cp.path || '%' AND lp.depth = cp.depth + 2 "
        "JOIN courses_lessonpage l ON l.page_ptr_id = lp.id "
        "WHERE cp.slug = ? ORDER BY lp.path LIMIT 1",
        [course_slug],
    )[0][0]


def test_the_demo_is_whole_when_the_first_page_answers(instance):
    """The seed did its own work: the demo rule's assignment and the demo
    learner's certificate exist before anyone opens a page, and no signal waits
    for the worker."""
    assert instance.at_first_page == {
        "rule_assignments": 1,
        "signals_waiting": 0,
        "certificates": 1,
    }
    assert instance.problems() == []


def test_a_team_trying_the_product_at_once_meets_no_locked_database(instance, tmp_path):
    """Three learners (one of them from the demo, two new employees that HR's
    file brings in while the others work), an L&D author in Chromium and an HR
    reporter, with the QA integration sending scores and beat ticking."""
    if not chromium.available():
        message = chromium.missing_message()
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    since = len(instance.log())
    base = instance.base_url
    newcomers = [
        ("E3001", "nadia.haddad@example.com", "Nadia"),
        ("E3002", "tomas.novak@example.com", "Tomás"),
    ]
    hr_file = employees_csv(tmp_path, newcomers)
    imported = threading.Event()
    team = Team()

    def import_people():
        output = instance.manage("import_people", str(hr_file))
        imported.set()
        return output

    def newcomer(email: str, seed: int):
        if not imported.wait(180):
            raise AssertionError("HR's file was never imported")
        person = Person(base, email, password="a-Sturdy-passphrase-42")
        journeys.set_password_by_email(person, instance)
        person.sign_in()
        return person, journeys.take_course(person, AI_AGENTS, random.Random(seed))

    def demo_learner():
        person = Person(base, "learner@example.com")
        person.sign_in()
        done = journeys.take_course(person, COPILOT, random.Random(3))
        journeys.read_assignments(person)
        return person, done

    def hr_reporter():
        person = Person(base, "hr@example.com", totp_secret=DEMO_TOTP_SECRET)
        person.sign_in()
        return person, journeys.export_report(person)

    def qa_integration():
        token = instance.api_token()
        answers = []
        for n in range(5):
            answers.append(
                journeys.send_signals(base, token, [qa_signal(f"team-api-{n}", "E1002", 40 + n)])
            )
            time.sleep(0.5)
        return answers

    lesson_id = first_lesson_of(instance, "working-with-your-ai-co-pilot")
    upload = (
        "external_id,employee_id,skill,value,scale_min,scale_max,source,observed_at\n"
        + "".join(
            f"team-csv-{n},E1001,empathy,{80 + n},0,100,qa_soft_skills,2026-11-2{n}T10:00:00Z\n"
            for n in range(3)
        )
    )
    team.start("import", import_people)
    team.start("learner", demo_learner)
    team.start("newcomer-1", newcomer, newcomers[0][1], 1)
    team.start("newcomer-2", newcomer, newcomers[1][1], 2)
    team.start("hr", hr_reporter)
    team.start("qa-integration", qa_integration)

    seen = journeys.BrowserProblems()

    def author():
        # Chromium in a thread of its own, with its own Playwright.
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium.PATH, args=chromium.ARGS)
            try:
                page = browser.new_page(base_url=base)
                page.set_default_timeout(60_000)
                seen.watch(page)
                uploaded = journeys.author_session(
                    page,
                    "author@example.com",
                    lesson_id=lesson_id,
                    new_title="Approved tools, honest answers (revised)",
                    signals_csv=upload.encode(),
                )
                seen.collect(page)
                return uploaded
            finally:
                browser.close()

    team.start("author", author)
    team.finish()
    wait_until_the_worker_is_done(instance)

    assert team.failures == []
    assert seen.all() == []
    people = [team.results[name][0] for name in ("learner", "newcomer-1", "newcomer-2", "hr")]
    assert [p.errors() for p in people] == [[], [], [], []]
    assert instance.problems(since) == []

    # Every write is stored.
    for name in ("learner", "newcomer-1", "newcomer-2"):
        person, done = team.results[name]
        assert done.lessons and done.attempts and done.saved
        assert_learner_writes_stored(instance, person.email, done)
    for email in (newcomers[0][1], newcomers[1][1]):
        assert_completed_as_the_criteria_say(instance, email)
    assert stored_progress_disagreements(instance) == []
    assert instance.query(
        "SELECT COUNT(*) FROM skills_signal WHERE external_id LIKE 'team-%' "
        "AND processed_at IS NOT NULL"
    ) == [(8,)]
    assert instance.query(
        "SELECT status FROM wagtailcore_workflowstate WHERE object_id = ?", [str(lesson_id)]
    ) == [("in_progress",)]
    latest = instance.query(
        "SELECT content FROM wagtailcore_revision WHERE object_id = ? ORDER BY id DESC LIMIT 1",
        [str(lesson_id)],
    )[0][0]
    assert "Approved tools, honest answers (revised)" in latest
    assert team.results["author"] == "3 accepted, 0 duplicates, 0 rejected."
    previewed, exported = team.results["hr"][1]
    assert previewed > 1 and exported > 1
    assert instance.query(
        "SELECT status FROM reports_reportexport ORDER BY created_at DESC LIMIT 1"
    ) == [("ready",)]


def test_learners_and_the_engine_writing_at_once_all_land(instance, tmp_path):
    """Eight new agents take a course at once (lessons done, knowledge checks
    saved, checked and submitted, a final), while the QA integration posts
    batches of scores that make the engine assign work, and course progress is
    recomputed by the worker again and again."""
    since = len(instance.log())
    base = instance.base_url
    agents = [(f"E4{n:03d}", f"agent{n}@example.com", f"Agent{n}") for n in range(8)]
    instance.manage("import_people", str(employees_csv(tmp_path, agents)))
    team = Team()

    def agent(email: str, seed: int):
        person = Person(base, email, password="a-Sturdy-passphrase-42")
        journeys.set_password_by_email(person, instance)
        person.sign_in()
        return person, journeys.take_course(person, AI_AGENTS, random.Random(seed))

    def qa_integration():
        token = instance.api_token()
        for round_ in range(6):
            batch = [qa_signal(f"load-{round_}-{eid}", eid, 30 + round_) for eid, _e, _n in agents]
            journeys.send_signals(base, token, batch)
            time.sleep(1)

    def progress_refreshes():
        instance.manage(
            "shell",
            "--no-imports",
            "-c",
            "import time\n"
            "from core.i18n import originals_only\n"
            "from courses.models import CoursePage\n"
            "from courses.tasks import recompute_course_progress_task\n"
            "course = CoursePage.objects.filter(originals_only())"
            ".get(slug='how-ai-agents-work-and-fail')\n"
            "for _ in range(15):\n"
            "    recompute_course_progress_task.delay(course.pk)\n"
            "    time.sleep(1)\n",
        )

    for n, (_eid, email, _name) in enumerate(agents):
        team.start(email, agent, email, n)
    team.start("qa-integration", qa_integration)
    team.start("progress", progress_refreshes)
    team.finish()
    wait_until_the_worker_is_done(instance)

    assert team.failures == []
    assert [team.results[email][0].errors() for _e, email, _n in agents] == [[]] * len(agents)
    assert instance.problems(since) == []
    for _eid, email, _name in agents:
        person, done = team.results[email]
        assert len(done.attempts) == 4 and done.checked and done.saved
        assert_learner_writes_stored(instance, email, done)
        assert_completed_as_the_criteria_say(instance, email)
    assert stored_progress_disagreements(instance) == []
    assert instance.query(
        "SELECT COUNT(*), COUNT(processed_at) FROM skills_signal WHERE external_id LIKE 'load-%'"
    ) == [(6 * len(agents), 6 * len(agents))]
    # The engine gave each agent the demo rule's module once, however many batches came.
    assigned = instance.query(
        "SELECT u.email, COUNT(*) FROM courses_assignment a JOIN people_user u ON u.id = a.user_id "
        "WHERE u.email LIKE 'agent%' AND a.origin_rule_id IS NOT NULL "
        "AND a.status IN ('open', 'held') GROUP BY u.email ORDER BY u.email"
    )
    assert assigned == [(email, 1) for email in sorted(email for _e, email, _n in agents)]
