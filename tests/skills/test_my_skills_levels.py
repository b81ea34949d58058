"""My skills names each level and draws a small bar; the estimate stays as text."""

import math

import pytest
from django.urls import reverse

from skills import engine
from skills.ingest import signals_ingest
from skills.models import SkillProfile
from tests.skills.helpers import learner, qa

pytestmark = pytest.mark.django_db


def test_my_skills_names_the_level_and_draws_a_bar_of_four_steps(client):
    person = learner("E1")
    signals_ingest([qa("a", "E1", 75), qa("b", "E1", 72, days_ago=3)], queue=False)
    engine.learner_reevaluate(user_id=person.pk)
    profile = SkillProfile.objects.get(user=person)
    client.force_login(person)

    html = client.get(reverse("skills:my_skills")).content.decode()

    assert profile.level == 3
    assert '<span class="skill-level__name">Proficient</span>' in html
    assert html.count("skill-level__step--on") == 3
    assert html.count('class="skill-level__step"') == 1
    assert f"Level 3 of 4 · estimate {math.floor(profile.score * 100) / 100:.2f}" in html
    assert "Estimate (0 to 1)" not in html


def test_an_estimate_just_below_a_level_never_reads_as_reaching_it(client):
    person = learner("E2")
    signals_ingest([qa("c", "E2", 70)], queue=False)
    engine.learner_reevaluate(user_id=person.pk)
    SkillProfile.objects.filter(user=person).update(score=0.6995, level=2)
    client.force_login(person)

    html = client.get(reverse("skills:my_skills")).content.decode()

    assert '<span class="skill-level__name">Practising</span>' in html
    assert "Level 2 of 4 · estimate 0.69" in html
