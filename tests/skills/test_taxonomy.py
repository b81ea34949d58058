import pytest
from django.core.exceptions import ValidationError

from skills.models import PROFICIENCY_LEVELS, Skill, SkillCategory
from skills.selectors import skill_get_by_code

pytestmark = pytest.mark.django_db

NINE_BEHAVIOURS = [
    "qa-greeting-ownership",
    "qa-active-listening",
    "qa-acknowledging-feelings",
    "qa-plain-language",
    "qa-accurate-diagnosis",
    "qa-clear-expectations",
    "qa-positive-language",
    "qa-confirming-resolution",
    "qa-respectful-close",
]


def test_the_product_taxonomy_is_seeded():
    assert list(SkillCategory.objects.originals().values_list("code", flat=True)) == [
        "ai-literacy",
        "working-with-ai",
        "human-skills",
        "qa-behaviours",
    ]
    codes = set(Skill.objects.originals().values_list("code", flat=True))
    assert {
        "ai-how-agents-work",
        "ai-failure-modes",
        "ai-escalation",
        "role-clarity",
        "ai-tool-literacy",
        "empathy",
        "problem-solving",
        "consultative",
    } <= codes
    assert (
        list(
            Skill.objects.originals()
            .filter(qa_behaviour=True)
            .order_by("sort_order")
            .values_list("code", flat=True)
        )
        == NINE_BEHAVIOURS
    )


def test_every_skill_describes_four_levels():
    for skill in Skill.objects.originals():
        levels = skill.levels
        assert [number for number, _name, _text in levels] == [1, 2, 3, 4]
        assert all(len(text) > 40 for _n, _name, text in levels), skill.code
        assert skill.live
    assert [str(name) for _n, name in PROFICIENCY_LEVELS] == [
        "Aware",
        "Practising",
        "Proficient",
        "Expert",
    ]


def test_skill_codes_are_unique_per_language():
    category = SkillCategory.objects.originals().first()
    duplicate = Skill(
        category=category,
        code="empathy",
        name="Another empathy",
        description="x",
        level_1="a",
        level_2="b",
        level_3="c",
        level_4="d",
        locale=Skill.objects.originals().get(code="empathy").locale,
    )
    with pytest.raises(ValidationError):
        duplicate.full_clean()


def test_lookup_by_code_ignores_unpublished_skills():
    assert skill_get_by_code("empathy").name == "Empathy and authentic connection"
    Skill.objects.originals().filter(code="empathy").update(live=False)
    assert skill_get_by_code("empathy") is None
