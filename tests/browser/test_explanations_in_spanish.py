"""A Spanish learner reads why something was assigned to them in Spanish, in a
real browser, though it was assigned while the engine ran in English."""

import re

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from courses.models import Assignment
from skills.engine import learner_reevaluate
from skills.explanations import assignment_explanation
from skills.ingest import signals_ingest
from tests.factories import DEFAULT_PASSWORD, VerifiedUserFactory
from tests.skills.helpers import course_with_modules, qa, rule_for
from tests.skills.test_explanations import (
    DONE_MODULE,
    EVIDENCE_MANY,
    EVIDENCE_ONE,
    LOOKS_BACK,
    spanish_date,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def english_fragments() -> list[str]:
    """The words of the explanation's English sentences, between placeholders:
    none may show to a Spanish reader."""
    fragments = []
    for message in (EVIDENCE_ONE, EVIDENCE_MANY, *LOOKS_BACK, DONE_MODULE):
        for part in re.split(r"%\(\w+\)s", message):
            part = part.strip(" .,()“”")
            if len(part.split()) >= 2:
                fragments.append(part)
    return fragments


def test_a_spanish_learner_reads_the_explanation_in_spanish(page):
    built = course_with_modules()
    rule = rule_for(built.modules[0], name="Empathy refresher")
    rule.explanation_es = "Tus revisiones de calidad muestran poca empatía."
    rule.save()
    person = VerifiedUserFactory()
    person.profile.employee_id = "E1"  # no language chosen yet
    person.profile.save()
    signals_ingest([qa("a", "E1", 50), qa("b", "E1", 60)], queue=False)
    with translation.override("en"):  # the engine's worker
        learner_reevaluate(user_id=person.pk)
    assignment = Assignment.objects.get(user=person)
    person.profile.preferred_language = "es"
    person.profile.save()

    page.goto("/accounts/login/")
    page.get_by_label("Email").fill(person.email)
    page.get_by_label("Password").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Sign in", exact=True).click()
    with translation.override("es"):
        my_learning = gettext("My learning")
        heading = gettext("Why was this assigned to me?")
    page.get_by_role("link", name=my_learning, exact=True).wait_for()
    page.goto(reverse("skills:why", args=[assignment.pk]))
    page.get_by_role("heading", level=1, name=heading).wait_for()
    text = page.locator("main").inner_text()

    spanish = assignment_explanation(assignment, language="es")
    assert spanish.reason == "Tus revisiones de calidad muestran poca empatía."
    for sentence in (spanish.reason, spanish.evidence, spanish.done_when):
        assert sentence in text
    assert spanish_date(assignment.facts["evidence"]["latest"]) in text
    assert rule.explanation not in text
    english = [fragment for fragment in english_fragments() if fragment in text]
    assert english == [], f"English left on a Spanish page: {english}"
