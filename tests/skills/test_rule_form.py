"""The rule form in the editing area: bad input is a form error that writes
nothing; what is saved comes back as saved."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone

from people.roles import Role
from people.services import role_grant
from skills import engine
from skills.ingest import signals_ingest
from skills.models import AssignmentRule, Skill
from tests.factories import UserFactory
from tests.skills.helpers import course_with_modules, learner, qa, rule_for

pytestmark = pytest.mark.django_db

ADD = reverse("wagtailsnippets_skills_assignmentrule:add")


def edit_url(rule):
    return reverse("wagtailsnippets_skills_assignmentrule:edit", args=[rule.pk])


@pytest.fixture
def author(client):
    user = UserFactory()
    role_grant(user=user, role=Role.LD_AUTHOR)
    client.force_login(user)
    return user


def form_data(built, **changes):
    data = {
        "name": "Empathy practice",
        "explanation": "Your QA reviews say empathy is below target.",
        "skill": Skill.objects.originals().get(code="empathy").pk,
        "threshold": "0.70",
        "min_evidence": "2",
        "window_days": "90",
        "sources": ["qa_soft_skills", "manager"],
        "job_roles": "",
        "target_modules": [built.modules[0].pk],
        "due_in_days": "14",
        "priority": "normal",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def test_a_valid_rule_is_created_with_its_sources(client, author):
    built = course_with_modules()

    response = client.post(ADD, form_data(built))

    assert response.status_code == 302, response.content.decode()[:2000]
    rule = AssignmentRule.objects.get()
    assert rule.sources == ["qa_soft_skills", "manager"]
    assert list(rule.target_modules.all()) == [built.modules[0]]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"skill": None}, "This field is required."),
        ({"threshold": "1.5"}, "less than or equal to 1"),
        ({"threshold": "-0.1"}, "greater than or equal to 0"),
        ({"threshold": "abc"}, "Enter a number."),
        ({"min_evidence": "0"}, "greater than or equal to 1"),
        ({"window_days": "9999"}, "less than or equal to 730"),
        ({"sources": ["workload"]}, "workload is not one of the available choices"),
        ({"target_modules": None}, "Choose the course or the modules this rule assigns."),
    ],
)
def test_bad_input_is_a_form_error_and_writes_nothing(client, author, changes, message):
    built = course_with_modules()

    response = client.post(ADD, form_data(built, **changes))

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not AssignmentRule.objects.exists()


def test_empty_sources_mean_every_kind_and_saved_sources_come_back_ticked(client, author):
    built = course_with_modules()
    rule = rule_for(built.modules[0], sources=["qa_soft_skills"])

    page = BeautifulSoup(client.get(edit_url(rule)).content, "html.parser")
    ticked = [box["value"] for box in page.select("input[name=sources]") if box.has_attr("checked")]
    assert ticked == ["qa_soft_skills"]

    response = client.post(edit_url(rule), form_data(built, sources=None))

    assert response.status_code == 302, response.content.decode()[:2000]
    rule.refresh_from_db()
    assert rule.sources == []
    assert rule.evidence_sources == ["assessment", "manager", "qa_soft_skills", "self_assessment"]


def test_a_rule_page_opens_without_an_activator_and_speaks_in_words(client, author):
    built = course_with_modules()
    rule = rule_for(built.modules[0], mode="shadow")
    for n in range(5):
        learner(f"E{n}")
    signals_ingest([qa(f"{n}{ref}", f"E{n}", 40) for n in range(5) for ref in "ab"], queue=False)
    engine.rule_run(rule_id=rule.pk)
    AssignmentRule.objects.filter(pk=rule.pk).update(activated_at=timezone.now())

    response = client.get(reverse("skills_rules:detail", args=[rule.pk]))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Last activated" in html
    assert "Would assign (shadow): 5" in html
    assert "would_assign" not in html


def test_the_skill_chooser_finds_the_skills_a_fresh_install_has(client, author):
    """The taxonomy comes from migrations; the chooser's search must find it."""
    response = client.get(
        reverse("wagtailsnippetchoosers_skills_skill:choose_results"), {"q": "empathy"}
    )

    assert response.status_code == 200
    assert "Empathy and authentic connection" in response.content.decode()
