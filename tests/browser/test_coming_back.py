"""A learning experience people come back to, in a real browser: sign up with a
name and a language and land in it, greeted by name; HR sees who has no
complete profile; a quiz counts the answers and asks before submitting
unanswered questions; the dashboard marks snoozed and contested assignments."""

import re
from datetime import timedelta

import pytest
from allauth.mfa.totp.internal.auth import TOTP
from django.core import mail
from django.utils import timezone

from assessments.models import Attempt, AttemptResult
from courses import services as course_services
from demo.people import DEMO_TOTP_SECRET
from people.roles import Role
from people.services import role_grant
from skills.services import contest_create
from tests.assessments.builders import assessment, question
from tests.browser.test_learning_journey import sign_in
from tests.courses.builders import build_course
from tests.factories import UserFactory, VerifiedUserFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "a-Sturdy-passphrase-42"


def test_sign_up_with_a_name_and_spanish_and_be_greeted_by_name(page):
    page.goto("/")
    page.get_by_role("link", name="Create an account").click()
    page.get_by_label("First name").fill("Nina")
    page.get_by_label("Last name").fill("Newcomer")
    page.get_by_label("Language of the site").select_option("es")
    page.get_by_label("Email").fill("nina.newcomer@example.com")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password (again)").fill(PASSWORD)
    page.get_by_role("button", name="Sign Up").click()

    # The very next page is in Spanish.
    page.wait_for_url(re.compile(r"/accounts/confirm-email/$"))
    assert page.locator("html").get_attribute("lang") == "es"

    (message,) = mail.outbox
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", message.body).group(0)
    page.goto("/accounts/" + link.split("/accounts/", 1)[1])
    page.locator("main form button[type=submit]").click()
    page.locator("input[name=login]").fill("nina.newcomer@example.com")
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("main form button[type=submit]").first.click()

    greeting = page.locator("#you-heading")
    greeting.wait_for()
    assert page.locator("html").get_attribute("lang") == "es"
    assert greeting.inner_text().endswith("Nina")
    assert "nina.newcomer@example.com" not in page.locator("main").inner_text()


def test_hr_sees_a_person_without_a_profile_as_profile_incomplete(page):
    course = build_course("Handovers", modules=1, lessons=1)
    newcomer = UserFactory(first_name="Nina", last_name="Newcomer", email="nina@example.com")
    course_services.enrollment_create(user=newcomer, course=course.page)
    hr = VerifiedUserFactory()
    role_grant(user=hr, role=Role.HR_REPORTER)
    TOTP.activate(hr, DEMO_TOTP_SECRET)
    sign_in(page, hr.email)

    page.get_by_role("link", name="Reports", exact=True).click()
    page.get_by_role("button", name="Preview").click()

    row = page.locator(".report-table tbody tr", has_text="nina@example.com")
    row.wait_for()
    headers = page.locator(".report-table thead th").all_inner_texts()
    cells = row.locator("td").all_inner_texts()
    shown = dict(zip(headers, cells, strict=True))
    assert shown["Department"] == shown["Team"] == "Profile incomplete"
    assert shown["Profile complete"] == "Profile incomplete"


def quiz_of_three(learner):
    course = build_course("Escalation basics", modules=1, lessons=1)
    long_prompt = (
        "When a customer who has already explained their problem twice to the assistant "
        "asks, politely but firmly, to speak to a person, what should happen next in a "
        "service that wants to keep that customer's trust? " * 2
    )
    questions = [question(prompt=long_prompt)] + [
        question(prompt=f"Second and third {n}?") for n in range(2)
    ]
    quiz = assessment(course.page, questions=questions, kind="final", max_attempts=2)
    course_services.enrollment_create(user=learner, course=course.page)
    return course, quiz


def test_a_quiz_counts_answers_and_asks_before_submitting_unanswered(page):
    learner = VerifiedUserFactory()
    course, quiz = quiz_of_three(learner)
    sign_in(page, learner.email)
    page.goto(course.page.url)
    page.get_by_role("button", name="Start", exact=True).click()
    page.get_by_role("heading", level=1, name=quiz.title).wait_for()

    counter = page.locator("[data-answered-counter]")
    assert counter.inner_text() == "0 of 3 answered"
    assert counter.get_attribute("aria-live") == "polite"
    first = page.locator("fieldset.question").first
    first.get_by_label("Right", exact=True).check()
    page.wait_for_function(
        "document.querySelector('[data-answered-counter]').textContent === '1 of 3 answered'"
    )

    # The long prompt wraps inside the card, below its top border.
    card, prompt = first.bounding_box(), first.locator("legend").bounding_box()
    assert prompt["y"] > card["y"] and prompt["x"] >= card["x"]
    assert prompt["x"] + prompt["width"] <= card["x"] + card["width"]

    page.get_by_role("button", name="Submit answers").click()
    dialog = page.get_by_role("dialog", name="Submit with questions unanswered?")
    dialog.wait_for()
    assert "You have not answered 2 of 3 questions." in dialog.inner_text()

    dialog.get_by_role("button", name="Go back to the questions").click()
    dialog.wait_for(state="hidden")
    attempt = Attempt.objects.get(assessment=quiz)
    assert attempt.status == Attempt.Status.IN_PROGRESS
    assert not AttemptResult.objects.exists()  # no attempt used up
    assert "/result/" not in page.url

    page.get_by_role("button", name="Submit answers").click()
    dialog.get_by_role("button", name="Submit anyway").click()
    page.get_by_role("heading", name=re.compile("Your result")).wait_for()
    assert AttemptResult.objects.get(attempt=attempt).score == 1.0


def test_the_dashboard_marks_snoozed_and_contested_assignments(page):
    learner = VerifiedUserFactory()
    now = timezone.now()
    put_off = build_course("Put off", modules=1, lessons=1)
    disputed = build_course("Disputed", modules=1, lessons=1)
    snoozed, _ = course_services.assignment_create(
        user=learner, course=put_off.page, reason="QA review.", due_at=now + timedelta(days=2)
    )
    course_services.assignment_snooze(user=learner, assignment_id=snoozed.pk)
    contested, _ = course_services.assignment_create(
        user=learner, course=disputed.page, reason="QA review."
    )
    contest_create(user=learner, assignment_id=contested.pk, comment="I did this last month.")
    sign_in(page, learner.email)

    page.get_by_role("link", name="My learning", exact=True).click()

    snoozed_card = page.locator("li.card", has_text="Put off")
    contested_card = page.locator("li.card", has_text="Disputed")
    assert snoozed_card.get_by_role("listitem").filter(has_text="Snoozed").is_visible()
    assert (
        contested_card.get_by_role("listitem")
        .filter(has_text="Contested: waiting for review")
        .is_visible()
    )
