"""Authors keep the question bank in the editing area; nonsense is refused."""

import pytest
from django.urls import reverse

from assessments.models import Question
from people.roles import Role
from people.services import role_grant
from skills.models import Skill
from tests.assessments.builders import assessment, question
from tests.courses.builders import build_course
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

ADD = "wagtailsnippets_assessments_question:add"


@pytest.fixture
def author_client(client):
    author = UserFactory()
    role_grant(user=author, role=Role.LD_AUTHOR)
    client.force_login(author)
    return client


def form_data(kind, options, **extra):
    data = {
        "kind": kind,
        "prompt": "Which reply is best?",
        "context": extra.pop("context", ""),
        "scenario_mode": extra.pop("scenario_mode", ""),
        "explanation": "Because.",
        "skills": [Skill.objects.originals().get(code="empathy").pk],
        "points": 1,
        "active": "on",
        "options-TOTAL_FORMS": len(options),
        "options-INITIAL_FORMS": 0,
        "options-MIN_NUM_FORMS": 0,
        "options-MAX_NUM_FORMS": 1000,
    }
    for index, (text, correct, credit) in enumerate(options):
        data[f"options-{index}-text"] = text
        if correct:
            data[f"options-{index}-is_correct"] = "on"
        data[f"options-{index}-credit"] = credit
        data[f"options-{index}-feedback"] = ""
        data[f"options-{index}-ORDER"] = index + 1
    data.update(extra)
    return data


def test_authors_add_a_question_with_options(author_client):
    response = author_client.post(
        reverse(ADD), form_data("single_choice", [("Right", True, 0), ("Wrong", False, 0)])
    )

    assert response.status_code == 302
    saved = Question.objects.get()
    assert [o.text for o in saved.options.all()] == ["Right", "Wrong"]
    assert list(saved.skills.values_list("code", flat=True)) == ["empathy"]


@pytest.mark.parametrize(
    ("kind", "options", "extra", "message"),
    [
        ("single_choice", [("A", True, 0), ("B", True, 0)], {}, "exactly one as correct"),
        (
            "multiple_select",
            [("A", False, 0), ("B", False, 0), ("C", False, 0)],
            {},
            "at least one",
        ),
        (
            "scenario",
            [("A", False, 0.5), ("B", False, 0)],
            {"scenario_mode": "pick", "context": "Hi"},
            "credit of 1",
        ),
        (
            "scenario",
            [("A", False, 1), ("B", False, 0)],
            {"scenario_mode": "pick"},
            "customer message",
        ),
        ("likert", [("A", False, 0)], {}, "has no options"),
    ],
)
def test_nonsense_questions_are_refused(author_client, kind, options, extra, message):
    response = author_client.post(reverse(ADD), form_data(kind, options, **extra))

    assert response.status_code == 200
    assert message in response.content.decode()
    assert Question.objects.count() == 0


def test_learners_cannot_reach_the_question_bank(client):
    # The editing area does not exist for them: 404 (docs/access-matrix.md).
    client.force_login(UserFactory())
    assert client.get(reverse(ADD)).status_code == 404
    assert client.get(reverse("wagtailsnippets_assessments_question:list")).status_code == 404


def test_authors_open_the_assessment_editor(author_client):
    course = build_course()
    quiz = assessment(course.page, questions=[question()])

    response = author_client.get(
        reverse("wagtailsnippets_assessments_assessment:edit", args=[quiz.pk])
    )
    listing = author_client.get(reverse("wagtailsnippets_assessments_assessment:list"))

    assert response.status_code == 200
    # When the right answers are shown is the author's to set, here.
    assert 'name="show_answers"' in response.content.decode()
    assert listing.status_code == 200
    assert reverse("assessments_analytics", args=[quiz.pk]) in listing.content.decode()
