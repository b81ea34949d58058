"""Building blocks for the skills-engine tests."""

from datetime import timedelta

from django.utils import timezone

from courses import services as course_services
from skills.models import AssignmentRule, Skill
from skills.services import api_token_create
from tests.courses.builders import build_course
from tests.factories import UserFactory


def learner(employee_id: str, **profile_fields):
    user = UserFactory()
    profile = user.profile
    profile.employee_id = employee_id
    for name, value in profile_fields.items():
        setattr(profile, name, value)
    profile.save()
    return user


def rule_for(module, *, mode="active", skill="empathy", threshold=0.7, min_evidence=2, **fields):
    rule = AssignmentRule(
        name=fields.pop("name", f"Rule {module.title}"),
        explanation=fields.pop("explanation", "Your QA scores on empathy are below target."),
        mode=mode,
        skill=Skill.objects.originals().get(code=skill),
        threshold=threshold,
        min_evidence=min_evidence,
        window_days=fields.pop("window_days", 90),
        sources=fields.pop("sources", []),
        **fields,
    )
    rule.target_modules = [module]
    rule.save()
    return rule


def qa(ref, employee_id, value, *, skill="empathy", days_ago=1, source="qa_soft_skills", **extra):
    item = {
        "external_id": ref,
        "employee_id": employee_id,
        "skill": skill,
        "value": value,
        "scale_min": 0,
        "scale_max": 100,
        "source": source,
        "observed_at": (timezone.now() - timedelta(days=days_ago)).isoformat(),
    }
    item.update(extra)
    return item


def token(sources=("qa_soft_skills", "workload", "wellbeing_checkin", "customer_sentiment")):
    _token, secret = api_token_create(name="QA system", sources=list(sources), created_by=None)
    return secret


def course_with_modules(title="Empathy course", modules=3):
    built = build_course(title, modules=modules, lessons=1)
    return built


def enrol(user, built):
    course_services.enrollment_create(user=user, course=built.page)
