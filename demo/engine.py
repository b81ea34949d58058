"""Demo engine data: an integration token, a rule in each mode, and signals that
make the engine assign something once the worker runs. Development only."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from core.i18n import originals_only
from courses.models import CoursePage, ModulePage
from skills import services
from skills.ingest import signals_ingest
from skills.models import ApiToken, AssignmentRule, EngineSettings, Skill

SUPPORT = (
    "<p>Your recent workload has been high, so we are holding back non-urgent learning. "
    "Nothing is overdue because of it.</p><ul><li>Take your full breaks; ask your team "
    "lead to protect them if queues make that hard.</li><li>After a difficult contact, a "
    "minute away from the screen before the next one helps.</li><li>The employee "
    "assistance programme is confidential and free: the number is on the staff "
    "intranet.</li></ul>"
)


def _module(course_slug: str, module_slug: str) -> ModulePage | None:
    course = CoursePage.objects.filter(originals_only(), slug=course_slug).first()
    if course is None:
        return None
    return ModulePage.objects.child_of(course).filter(slug=module_slug).first()


def _rule(name, *, skill, threshold, min_evidence, module, mode, explanation, sources):
    rule = AssignmentRule.objects.filter(name=name).first()
    if rule is not None or module is None:
        return rule, False
    rule = AssignmentRule(
        name=name,
        explanation=explanation,
        mode=mode,
        skill=Skill.objects.originals().get(code=skill),
        threshold=threshold,
        min_evidence=min_evidence,
        window_days=90,
        sources=sources,
        due_in_days=21,
    )
    rule.target_modules = [module]
    if mode == AssignmentRule.Mode.ACTIVE:
        rule.activated_at = timezone.now()
    rule.save()
    return rule, True


@transaction.atomic
def demo_engine_seed() -> dict:
    settings = EngineSettings.load()
    if not settings.support_message:
        settings.support_message = SUPPORT
        settings.save()

    secret = None
    if not ApiToken.objects.filter(name="QA scoring (demo)").exists():
        _token, secret = services.api_token_create(
            name="QA scoring (demo)",
            sources=["qa_soft_skills", "workload", "customer_sentiment", "wellbeing_checkin"],
            created_by=None,
        )

    _rule(
        "Empathy refresher",
        skill="empathy",
        threshold=0.70,
        min_evidence=2,
        module=_module("empathy-that-is-not-engineered", "why-engineered-empathy-fails"),
        mode=AssignmentRule.Mode.ACTIVE,
        sources=["qa_soft_skills"],
        explanation=(
            "QA reviews of your recent conversations scored empathy below the level our "
            "customers need. This short module is practice for exactly that: hearing what "
            "the customer feels and saying so in your own words."
        ),
    )
    _rule(
        "Escalation judgement (trial)",
        skill="ai-escalation",
        threshold=0.60,
        min_evidence=1,
        module=_module("how-ai-agents-work-and-fail", "when-a-person-must-step-in"),
        mode=AssignmentRule.Mode.SHADOW,
        sources=[],
        explanation=(
            "Reviews of conversations handed over by the virtual assistant suggest the moment "
            "to step in is sometimes missed. This module covers when and how to take over."
        ),
    )

    now = timezone.now()
    day = timedelta(days=1)

    def qa(ref, employee, skill, value, days_ago, note):
        return {
            "external_id": f"demo-{ref}",
            "employee_id": employee,
            "skill": skill,
            "value": value,
            "scale_min": 0,
            "scale_max": 100,
            "source": "qa_soft_skills",
            "observed_at": (now - days_ago * day).isoformat(),
            "note": note,
        }

    result = signals_ingest(
        [
            qa("qa-1", "E1002", "empathy", 62, 3, "Billing dispute call, QA review"),
            qa("qa-2", "E1002", "empathy", 58, 10, "Late delivery chat, QA review"),
            qa("qa-3", "E1002", "empathy", 66, 20, "Broadband fault call, QA review"),
            qa("qa-4", "E1002", "ai-escalation", 50, 5, "Handover from the virtual assistant"),
            qa("qa-5", "E1001", "empathy", 88, 4, "Complaint call, QA review"),
            {
                "external_id": "demo-workload-1",
                "employee_id": "E1002",
                "value": 0.55,
                "source": "workload",
                "observed_at": (now - 1 * day).isoformat(),
                "note": "Contacts handled and share of complex cases, last 7 days",
            },
        ]
    )
    # The Billing team's own check-ins (1 to 5, "how are you doing this week?"):
    # each person reads theirs on My skills; their manager reads only the team's
    # figure, published now as the weekly task would.
    checkins = {"E1002": 4, "E1006": 3, "E1007": 5, "E1008": 2, "E1009": 4, "E1010": 3}
    result_checkins = signals_ingest(
        [
            {
                "external_id": f"demo-checkin-{employee}",
                "employee_id": employee,
                "value": rating,
                "scale_min": 1,
                "scale_max": 5,
                "source": "wellbeing_checkin",
                "observed_at": (now - 2 * day).isoformat(),
                "note": "Weekly check-in: how are you doing this week?",
            }
            for employee, rating in checkins.items()
        ]
    )
    services.team_wellbeing_publish()
    return {
        "token": secret,
        "accepted": len(result.accepted) + len(result_checkins.accepted),
        "rejected": [*result.rejected, *result_checkins.rejected],
    }
