"""The editing area as its people use it, in Chromium, under the strict policy.

Each journey clicks the choosers a person clicks, saves bad input (the error is
shown and nothing is written), saves good input, and opens what it made. The
page fixture fails a test on any console error, refused content or 5xx
(tests/browser/conftest.py)."""

import pytest
from allauth.mfa.totp.internal.auth import TOTP
from django.urls import reverse

from assessments.models import Assessment, Question
from courses.models import Assignment
from demo.people import DEMO_TOTP_SECRET
from people.roles import Role
from people.services import role_grant
from skills import engine
from skills.ingest import signals_ingest
from skills.models import ApiToken, ApprovalBatch, AssignmentRule, Contest, EngineSettings, Signal
from skills.services import contest_create
from tests.browser.test_learning_journey import sign_in
from tests.courses.builders import build_course
from tests.factories import VerifiedUserFactory
from tests.skills.helpers import learner, qa, rule_for

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def staff(role=None, *, superuser=False, **names):
    person = VerifiedUserFactory(is_superuser=superuser, is_staff=superuser, **names)
    if role is not None:
        role_grant(user=person, role=role)
    TOTP.activate(person, DEMO_TOTP_SECRET)
    return person


def save(page):
    """The editing area's main Save button (the footer's first submit)."""
    with page.expect_navigation():
        page.locator("footer button[type=submit]").first.click()


def choose_snippet(page, field_id: str, search: str, pick: str) -> None:
    """Open the chooser of ``field_id``, search, pick the result named ``pick``."""
    page.locator(f"#{field_id}-chooser [data-chooser-action-choose]").first.click()
    modal = page.locator(".modal")
    modal.locator("input[name=q]").fill(search)
    modal.locator("a[data-chooser-modal-choice]", has_text=pick).first.click()
    page.locator(f"#{field_id}-chooser:not(.blank)").wait_for()


def choose_page(page, field_id: str, title: str) -> None:
    page.locator(f"#{field_id}-chooser [data-chooser-action-choose]").first.click()
    modal = page.locator(".modal")
    modal.locator("input[name=q]").fill(title)
    modal.locator("a.choose-page", has_text=title).first.click()
    page.locator(f"#{field_id}-chooser:not(.blank)").wait_for()


def test_an_author_makes_a_rule_with_its_choosers_and_bad_input_is_refused(page):
    built = build_course("Refunds with care", modules=2, lessons=1)
    author = staff(Role.LD_AUTHOR)
    sign_in(page, author.email)

    page.goto("/cms/snippets/skills/assignmentrule/add/")
    page.locator("#id_name").fill("Empathy practice")
    page.locator("#id_explanation").fill("QA reviews show empathy below what customers need.")
    choose_snippet(page, "id_skill", "empathy", "Empathy and authentic connection")
    page.locator("#id_threshold").fill("1.5")
    page.locator("#id_min_evidence").fill("2")
    page.locator(f"input[name=target_modules][value='{built.modules[0].pk}']").check()
    save(page)

    assert "less than or equal to 1" in page.content()
    assert not AssignmentRule.objects.exists()

    page.locator("#id_threshold").fill("0.70")
    page.locator("input[name=sources][value=qa_soft_skills]").check()
    save(page)

    rule = AssignmentRule.objects.get()
    assert rule.skill.code == "empathy" and rule.sources == ["qa_soft_skills"]
    assert list(rule.target_modules.all()) == [built.modules[0]]
    page.goto(reverse("skills_rules:detail", args=[rule.pk]))
    page.get_by_role("heading", name="Rule: Empathy practice").wait_for()
    page.goto(reverse("wagtailsnippets_skills_assignmentrule:edit", args=[rule.pk]))
    assert page.locator("input[name=sources][value=qa_soft_skills]").is_checked()


def test_an_author_makes_a_pre_test_for_a_module_with_its_choosers(page):
    built = build_course("Refunds with care", modules=2, lessons=1)
    author = staff(Role.LD_AUTHOR)
    sign_in(page, author.email)

    # A question first: bad options are refused, good ones saved.
    page.goto("/cms/snippets/assessments/question/add/")
    page.locator("#id_kind").select_option("single_choice")
    page.locator("#id_prompt").fill("What should come first when a refund is refused?")
    page.get_by_label("Empathy and authentic connection").check()
    page.locator("#id_options-ADD").click()
    page.locator("#id_options-0-text").fill("Acknowledge how the customer feels")
    save(page)
    assert (
        "correct"
        in page.locator(".messages, .error-message, .help-critical").first.inner_text().lower()
        or "correct" in page.content().lower()
    )
    assert not Question.objects.exists()
    page.locator("#id_options-0-is_correct").check()
    page.locator("#id_options-ADD").click()
    page.locator("#id_options-1-text").fill("Read out the policy")
    save(page)
    question = Question.objects.get()

    page.goto("/cms/snippets/assessments/assessment/add/")
    page.locator("#id_title").fill("Refunds: pre-test")
    page.locator("#id_kind").select_option("pre_test")
    choose_page(page, "id_course", "Refunds with care")
    choose_page(page, "id_module", built.modules[0].title)
    page.locator("#id_fixed_questions-ADD").click()
    choose_snippet(page, "id_fixed_questions-0-question", "refund", question.prompt[:30])
    page.locator("#id_pass_mark").fill("0")
    save(page)
    assert not Assessment.objects.exists()

    page.locator("#id_pass_mark").fill("80")
    save(page)
    pre_test = Assessment.objects.get()
    assert (pre_test.kind, pre_test.course_id, pre_test.module_id) == (
        "pre_test",
        built.page.pk,
        built.modules[0].pk,
    )
    assert list(pre_test.fixed_questions.values_list("question", flat=True)) == [question.pk]


def test_engine_settings_refuse_what_is_out_of_range(page):
    admin = staff(superuser=True)
    sign_in(page, admin.email)

    page.goto("/cms/settings/skills/enginesettings/")
    page.locator("#id_max_active_assignments").fill("0")
    save(page)
    assert "greater than or equal to 1" in page.content()
    assert EngineSettings.load().max_active_assignments == 3

    page.locator("#id_max_active_assignments").fill("4")
    save(page)
    assert EngineSettings.load().max_active_assignments == 4


def test_assigning_learning_by_hand(page):
    built = build_course("Refunds with care", modules=2, lessons=1)
    person = VerifiedUserFactory()
    author = staff(Role.LD_AUTHOR)
    sign_in(page, author.email)

    page.goto(reverse("courses_assign_learning"))
    page.locator("#id_course").select_option(str(built.page.pk))
    page.locator("#id_emails").fill(person.email)
    page.get_by_role("button", name="Assign").click()
    page.wait_for_load_state()
    assert "This field is required." in page.content()
    assert not Assignment.objects.exists()

    page.locator("#id_reason").fill("Practice for the new refund policy.")
    page.get_by_role("button", name="Assign").click()
    page.get_by_text("Assigned to 1 person.").wait_for()
    assert Assignment.objects.get().user == person


def test_uploading_qa_scores(page):
    author = staff(Role.LD_AUTHOR)
    learner("E1")
    sign_in(page, author.email)

    page.goto(reverse("skills_upload:index"))
    page.locator("input[type=file]").set_input_files(
        files=[{"name": "bad.csv", "mimeType": "text/csv", "buffer": b"nothing,useful\n1,2\n"}]
    )
    page.get_by_role("button", name="Upload").click()
    page.wait_for_load_state()
    assert not Signal.objects.exists()

    good = (
        b"external_id,employee_id,skill,value,scale_min,scale_max,source,observed_at\n"
        b"u-1,E1,empathy,60,0,100,qa_soft_skills,2026-11-20T10:00:00Z\n"
    )
    page.locator("input[type=file]").set_input_files(
        files=[{"name": "qa.csv", "mimeType": "text/csv", "buffer": good}]
    )
    page.get_by_role("button", name="Upload").click()
    page.locator("p[role=status]", has_text="1 accepted").wait_for()
    assert Signal.objects.count() == 1


def test_approvals_and_contests_are_decided(page):
    built = build_course("Refunds with care", modules=2, lessons=1)
    rule_for(built.modules[0])
    settings = EngineSettings.load()
    settings.approval_threshold = 1
    settings.save()
    learner("E1"), learner("E2")
    result = signals_ingest(
        [qa(f"s{n}-{k}", f"E{n}", 30 + n) for n in (1, 2) for k in (1, 2)], queue=False
    )
    engine.learners_reevaluate(user_ids=result.user_ids)
    assignment = Assignment.objects.get()
    contest_create(
        user=assignment.user, assignment_id=assignment.pk, comment="I did this last month."
    )
    author = staff(Role.LD_AUTHOR)
    sign_in(page, author.email)

    page.goto(reverse("skills_approvals:index"))
    page.get_by_role("button", name="Approve").click()
    page.wait_for_load_state()
    assert ApprovalBatch.objects.get().status == "approved"

    page.goto(reverse("skills_contests:index"))
    page.get_by_role("button", name="Uphold: withdraw the assignment").click()
    page.wait_for_load_state()
    assert Contest.objects.get().status == "pending"  # a reply is required
    page.locator("textarea[name=note]").fill("Agreed: your coaching record shows it.")
    page.get_by_role("button", name="Uphold: withdraw the assignment").click()
    page.wait_for_load_state()
    assert Contest.objects.get().status == "upheld"


def test_a_superuser_makes_and_revokes_a_token_and_finds_a_person(page):
    admin = staff(superuser=True)
    learner("E1")
    sign_in(page, admin.email)

    page.goto(reverse("skills_tokens:index"))
    page.get_by_role("button", name="Create the token").click()
    page.wait_for_load_state()
    assert not ApiToken.objects.exists()  # a token needs a name and a source
    page.locator("#id_name").fill("QA system")
    page.locator("input[name=sources][value=qa_soft_skills]").check()
    page.get_by_role("button", name="Create the token").click()
    page.get_by_text("hea_").first.wait_for()
    page.get_by_role("button", name="Revoke").click()
    page.wait_for_load_state()
    assert ApiToken.objects.get().revoked_at is not None

    page.goto(reverse("people_erase_find"))
    page.locator("#id_employee_id").fill("E1")
    page.get_by_role("button").filter(has_text="Find").first.click()
    page.wait_for_load_state()
    assert "Erase" in page.content()
