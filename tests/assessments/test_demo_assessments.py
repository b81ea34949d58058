import io
from collections import Counter

import pytest
from django.core.management import call_command

from assessments.models import Assessment, Question
from core.i18n import originals_only
from courses.models import LessonPage, ModulePage
from demo.content import content_read
from skills.models import Skill

pytestmark = pytest.mark.django_db

DEMO_ASSESSMENTS = content_read().assessments


def test_demo_questions_are_well_formed():
    codes = set(Skill.objects.originals().values_list("code", flat=True))
    for data in DEMO_ASSESSMENTS:
        papers = [*data["knowledge_checks"].values(), data["final"]]
        assert len(data["knowledge_checks"]) == 3
        for paper in papers:
            for q in paper["questions"]:
                assert set(q["skills"]) <= codes
                assert q["prompt"].strip()
                kind = q["kind"]
                correct = sum(1 for o in q.get("options", []) if o.get("correct"))
                if kind in ("single_choice", "true_false"):
                    assert correct == 1, q["prompt"]
                elif kind == "multiple_select":
                    assert 2 <= correct <= 3, q["prompt"]
                elif kind == "scenario":
                    credits = [float(o["credit"]) for o in q["options"]]
                    assert max(credits) == 1.0 and q["context"], q["prompt"]
                elif kind == "short_answer":
                    assert q["accepted"]
        kinds = Counter(q["kind"] for q in data["final"]["questions"])
        assert kinds["scenario"] >= 2
        assert data["final"]["questions"][-1]["kind"] == "likert"


def test_seed_demo_places_a_check_and_a_pre_test_in_every_module_and_a_final_per_course():
    call_command("seed_demo", stdout=io.StringIO())
    call_command("seed_demo", stdout=io.StringIO())

    assert Assessment.objects.filter(originals_only(), kind="knowledge_check").count() == 9
    finals = Assessment.objects.filter(originals_only(), kind="final", module__isnull=True)
    assert finals.count() == 3
    assert Question.objects.filter(originals_only(), kind="scenario").count() >= 9
    for module in ModulePage.objects.filter(originals_only()):
        check = Assessment.objects.get(originals_only(), module=module, kind="knowledge_check")
        pre_test = Assessment.objects.get(originals_only(), module=module, kind="pre_test")
        assert set(pre_test.fixed_questions.values_list("question", flat=True)) == set(
            check.fixed_questions.values_list("question", flat=True)
        )
        assert pre_test.max_attempts == 1 and pre_test.feedback_policy == "after_passing"
        last_lesson = LessonPage.objects.child_of(module).order_by("-path").first()
        placed = [
            block.value["assessment"].pk
            for block in last_lesson.body
            if block.block_type == "knowledge_check"
        ]
        assert placed == [check.pk]
