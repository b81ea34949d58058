"""The skills taxonomy from content/taxonomy.yaml and its translations.

Categories and skills are matched by code (translations by their original's
translation key). A changed text is saved as a new revision and published, as
the editing area does; text that already matches is not written again. The
migrations that first seeded the taxonomy stay as they are: they are history.
"""

from django.utils import timezone
from wagtail.models import Locale

from demo.courses import CREATED, UNCHANGED, UPDATED
from skills.models import Skill, SkillCategory


def _set(instance, fields: dict) -> bool:
    changed = False
    for name, value in fields.items():
        if getattr(instance, name) != value:
            setattr(instance, name, value)
            changed = True
    return changed


def _category_save(category: SkillCategory) -> None:
    category.save()
    category.save_revision()


def _skill_publish(skill: Skill) -> None:
    skill.save_revision().publish()


def _levels(levels: list[str]) -> dict:
    return {f"level_{number}": text for number, text in enumerate(levels, 1)}


def taxonomy_sync(*, data: dict, locale: Locale, report) -> None:
    """The categories and skills ``data`` describes, in the default locale.
    ``report(kind, code, state)`` hears about each one."""
    categories = {}
    for order, item in enumerate(data["categories"]):
        fields = {
            "name": item["name"],
            "description": item.get("description", ""),
            "sort_order": order,
        }
        category = SkillCategory.objects.filter(code=item["code"], locale=locale).first()
        if category is None:
            category = SkillCategory(code=item["code"], locale=locale, **fields)
            _category_save(category)
            state = CREATED
        elif _set(category, fields):
            _category_save(category)
            state = UPDATED
        else:
            state = UNCHANGED
        categories[item["code"]] = category
        report("category", item["code"], state)
    for order, item in enumerate(data["skills"]):
        fields = {
            "category": categories[item["category"]],
            "name": item["name"],
            "description": item["description"],
            "qa_behaviour": bool(item.get("qa_behaviour", False)),
            "sort_order": order,
            **_levels(item["levels"]),
        }
        skill = Skill.objects.filter(code=item["code"], locale=locale).first()
        if skill is None:
            now = timezone.now()
            skill = Skill(
                code=item["code"],
                locale=locale,
                live=True,
                first_published_at=now,
                last_published_at=now,
                **fields,
            )
            skill.save()
            _skill_publish(skill)
            state = CREATED
        elif _set(skill, fields):
            _skill_publish(skill)
            state = UPDATED
        else:
            state = UNCHANGED
        report("skill", item["code"], state)


def taxonomy_translation_sync(*, data: dict, locale: Locale, report) -> None:
    """The taxonomy in ``locale``, from ``data`` (taxonomy.yaml with translated text).
    Translations share their original's translation key and code."""
    categories = {}
    originals = {category.code: category for category in SkillCategory.objects.originals()}
    for item in data["categories"]:
        original = originals.get(item["code"])
        if original is None:
            continue
        fields = {"name": item["name"], "description": item.get("description", "")}
        category = SkillCategory.objects.filter(
            translation_key=original.translation_key, locale=locale
        ).first()
        if category is None:
            category = SkillCategory(
                translation_key=original.translation_key,
                locale=locale,
                code=original.code,
                sort_order=original.sort_order,
                **fields,
            )
            _category_save(category)
            state = CREATED
        elif _set(category, fields):
            _category_save(category)
            state = UPDATED
        else:
            state = UNCHANGED
        categories[item["code"]] = category
        report("category", item["code"], state)
    skills = {skill.code: skill for skill in Skill.objects.originals()}
    for item in data["skills"]:
        original = skills.get(item["code"])
        if original is None or item["category"] not in categories:
            continue
        fields = {
            "category": categories[item["category"]],
            "name": item["name"],
            "description": item["description"],
            **_levels(item["levels"]),
        }
        skill = Skill.objects.filter(
            translation_key=original.translation_key, locale=locale
        ).first()
        if skill is None:
            now = timezone.now()
            skill = Skill(
                translation_key=original.translation_key,
                locale=locale,
                code=original.code,
                qa_behaviour=original.qa_behaviour,
                sort_order=original.sort_order,
                live=original.live,
                first_published_at=now,
                last_published_at=now,
                **fields,
            )
            skill.save()
            _skill_publish(skill)
            state = CREATED
        elif _set(skill, fields):
            _skill_publish(skill)
            state = UPDATED
        else:
            state = UNCHANGED
        report("skill", item["code"], state)
