from skills.models import Skill


def skill_list_live():
    """Published skills with their category, in taxonomy order."""
    return Skill.objects.filter(live=True).select_related("category")


def skill_get_by_code(code: str) -> Skill | None:
    return skill_list_live().filter(code=code).first()
