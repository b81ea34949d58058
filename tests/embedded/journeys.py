"""What each kind of person does in a working session, over HTTP. Each journey
returns what it wrote, so a test can check that every write is stored."""

import random
import re
import time
from dataclasses import dataclass, field

import requests
from django.utils.http import int_to_base36

from tests.embedded.instance import Instance
from tests.embedded.people import DEMO_TOTP_SECRET, JourneyError, Page, Person, totp


@dataclass
class Done:
    """What a learner did: lesson ids marked done, attempts submitted."""

    lessons: list[int] = field(default_factory=list)
    attempts: list[int] = field(default_factory=list)
    checked: int = 0
    saved: int = 0


def set_password_by_email(person: Person, instance: Instance, timeout: float = 90) -> None:
    """An imported employee has no password: "Forgot your password?", the e-mail
    the worker sends, the link in it, a new password."""
    page = person.get("/accounts/password/reset/")
    person.submit(page.form("/accounts/password/reset/"), values={"email": person.email})
    # The worker prints several e-mails at once, so their lines may interleave;
    # a reset link names its account (the id in base 36) before the key.
    (uid,) = instance.query("SELECT id FROM people_user WHERE email = ?", [person.email])[0]
    path = f"/accounts/password/reset/key/{int_to_base36(uid)}-"
    deadline = time.monotonic() + timeout
    while not (links := instance.mailed_links(path)):
        if time.monotonic() > deadline:
            raise JourneyError(f"no password e-mail reached {person.email}")
        time.sleep(0.5)
    page = person.get(links[-1])
    person.submit(
        page.form("/accounts/password/reset/key/"),
        values={"password1": person.password, "password2": person.password},
    )


def take_assessment(person: Person, start: Page, action: str, rng: random.Random, done: Done):
    """Start, answer, check an answer where the policy allows it, save, submit."""
    page = person.submit(start.form(action))
    match = re.search(r"/assessments/attempts/(\d+)/", page.url)
    if match is None:
        raise JourneyError(f"{person.email}: starting {action} led to {page.url}")
    attempt_id = int(match.group(1))
    if "/result/" in page.url:  # no attempts left: the result is shown
        return
    form = page.form("/submit/")
    if any("Check this answer" in b.get_text() for b in form.buttons()):
        page = person.submit(form, button="Check this answer", answer=rng)
        done.checked += 1
        form = page.form("/submit/")
    page = person.submit(form, button="Save and finish later", answer=rng)
    done.saved += 1
    page = person.submit(page.form("/submit/"), button="Submit answers", answer=rng)
    if page.path.endswith("/submit/"):  # questions left unanswered: asked first
        page = person.submit(page.form("/submit/"), button="Submit anyway")
    if f"/assessments/attempts/{attempt_id}/result/" not in page.url:
        raise JourneyError(f"{person.email}: submitting led to {page.url}")
    done.attempts.append(attempt_id)


def take_course(person: Person, course_path: str, rng: random.Random) -> Done:
    """Enrol if need be, then every lesson in order: its knowledge check, its
    reflection, "Mark as done"; then the course's final assessment."""
    done = Done()
    course = person.get(course_path)
    if course.has_form("/enrol/"):
        course = person.submit(course.form("/enrol/"))
    resume = course.links(r"/learning/courses/\d+/continue/")
    if not resume:
        said = " ".join(m.get_text(" ", strip=True) for m in course.soup.select(".messages li"))
        raise JourneyError(f"{person.email}: no way into the lessons of {course_path}: {said}")
    lesson = person.get(resume[0])
    for _step in range(50):
        if lesson.path == course_path:
            break
        if lesson.has_form("/assessments/"):
            take_assessment(person, lesson, "/assessments/", rng, done)
            lesson = person.get(lesson.url)
        if lesson.has_form("/reflections/"):
            lesson = person.submit(
                lesson.form("/reflections/"), values={"text": "I will name the feeling first."}
            )
        if lesson.has_form("/done/"):
            form = lesson.form("/done/")
            done.lessons.append(int(re.search(r"/lessons/(\d+)/done/", form.action).group(1)))
            lesson = person.submit(form)
            continue
        # Passing the lesson's knowledge check marked it done: on to the next one.
        if "You have done this lesson." not in lesson.text:
            raise JourneyError(f"{person.email}: no 'Mark as done' on {lesson.url}")
        following = lesson.soup.select_one("a[rel=next]")
        lesson = person.get(following["href"] if following else course_path)
    else:
        raise JourneyError(f"{person.email}: the lessons of {course_path} never ended")
    course = person.get(course_path)
    if course.has_form("/assessments/"):
        take_assessment(person, course, "/assessments/", rng, done)
    return done


def read_assignments(person: Person) -> int:
    """The dashboard, then "Why was this assigned to me?" for each assignment."""
    dashboard = person.get("/learning/")
    why = sorted(set(dashboard.links(r"^/learning/assignments/\d+/$")))
    for url in why:
        person.get(url)
    return len(why)


def export_report(person: Person, timeout: float = 120) -> tuple[int, int]:
    """HR: preview the organisation's completion report, export it as CSV
    (written by the worker when it is larger than the stream limit), wait for
    it, download it. Returns (rows previewed, rows in the file)."""
    report = person.get("/reports/")
    preview = person.submit(report.form(""), values={"level": "course"})
    counted = re.search(r"(\d+)\s+rows?", preview.soup.get_text(" "))
    previewed = int(counted.group(1)) if counted else -1
    started = person.submit(preview.form("/reports/export/"), values={"format": "csv"})
    key = re.search(r"/reports/exports/([0-9a-f-]+)/", started.url)
    if key is None:  # streamed at once
        rows = started.text.count("\n") - 1
        return previewed, rows
    status_url = f"/reports/exports/{key.group(1)}/status/"
    deadline = time.monotonic() + timeout
    while True:
        status = person.get_raw(status_url).json()
        if status.get("status") == "ready":
            break
        if status.get("status") == "failed" or time.monotonic() > deadline:
            raise JourneyError(f"the export did not finish: {status}")
        time.sleep(0.5)
    download = person.get_raw(f"/reports/exports/{key.group(1)}/download/")
    if download.status_code != 200:
        raise JourneyError(f"downloading the export gave {download.status_code}")
    return previewed, download.content.decode("utf-8-sig").count("\n") - 1


def send_signals(base_url: str, token: str, items: list[dict]) -> dict:
    """The QA integration posts a batch to the signals API."""
    response = requests.post(
        f"{base_url}/api/v1/signals/",
        json={"signals": items},
        headers={"Authorization": f"Bearer {token}"},
        timeout=120,
    )
    if response.status_code != 202:
        raise JourneyError(f"the signals API answered {response.status_code}: {response.text}")
    return response.json()


WATCH_CSP = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__cspViolations.push(event.violatedDirective + ' ' + event.blockedURI);
});
"""


@dataclass
class BrowserProblems:
    """What a browser saw go wrong: console errors, refused scripts, 5xx answers."""

    console: list[str] = field(default_factory=list)
    csp: list[str] = field(default_factory=list)
    server: list[str] = field(default_factory=list)

    def watch(self, page) -> None:
        page.add_init_script(WATCH_CSP)
        page.on("console", lambda m: self.console.append(m.text) if m.type == "error" else None)
        page.on(
            "response",
            lambda r: self.server.append(f"{r.status} {r.url}") if r.status >= 500 else None,
        )

    def collect(self, page) -> None:
        self.csp += page.evaluate("window.__cspViolations || []")

    def all(self) -> list[str]:
        return self.console + self.csp + self.server


def author_session(page, email: str, *, lesson_id: int, new_title: str, signals_csv: bytes):
    """An L&D author in Chromium: signs in with the second factor, retitles a
    lesson and submits it to the L&D review, then uploads QA scores as CSV.
    Returns the upload's summary line."""
    page.goto("/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill("human-edge-demo")
    page.get_by_role("button", name="Sign in", exact=True).click()
    page.wait_for_load_state()
    code = page.locator("input[name=code]")
    code.fill(totp(DEMO_TOTP_SECRET))
    with page.expect_navigation():
        code.press("Enter")

    page.goto(f"/cms/pages/{lesson_id}/edit/")
    page.wait_for_load_state("networkidle")
    page.locator("#id_title").fill(new_title)
    submit = page.get_by_role("button", name="Submit to L&D review")
    if not submit.is_visible():
        page.get_by_role("button", name="More actions").click()
    with page.expect_navigation():
        submit.click()
    page.wait_for_load_state("networkidle")
    if "submitted" not in page.locator(".messages").inner_text().lower():
        raise JourneyError(f"the author's submission was not confirmed: {page.url}")

    page.goto("/cms/signals/upload/")
    page.locator("input[type=file]").set_input_files(
        files=[{"name": "qa-scores.csv", "mimeType": "text/csv", "buffer": signals_csv}]
    )
    with page.expect_navigation():
        page.get_by_role("button", name="Upload").click()
    return page.locator("p[role=status]").inner_text()
