"""The skills taxonomy from content/taxonomy.yaml and its translations.

Categories and skills are matched by code (translations by their original's
translation key). A changed text is saved as a new revision and published, as
the editing area does; text that already matches is not written again. The
migrations that first seeded the taxonomy stay as they are: they are history.
"""

from django.utils import timezone
from wagtail.models import Locale

from demo.courses import CREATED, UNCHANGED, UPDATED, fields_set
from skills.models import Skill, SkillCategory


def _sync(found, fields: dict, *, new, save) -> tuple[object, str]:
    """``found`` brought to ``fields``, or ``new(**fields)`` when nothing was
    found; ``save`` writes it. Returns the object and what happened to it."""
    if found is None:
        created = new(**fields)
        save(created, created=True)
        return created, CREATED
    if fields_set(found, fields):
        save(found, created=False)
        return found, UPDATED
    return found, UNCHANGED


def _category_write(category: SkillCategory, *, created: bool) -> None:
    category.save()
    category.save_revision()


def _skill_write(skill: Skill, *, created: bool) -> None:
    if created:
        skill.first_published_at = skill.last_published_at = timezone.now()
        skill.save()
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
        category, state = _sync(
            SkillCategory.objects.filter(code=item["code"], locale=locale).first(),
            fields,
            new=lambda code=item["code"], **fields: SkillCategory(
                code=code, locale=locale, **fields
            ),
            save=_category_write,
        )
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
        _skill, state = _sync(
            Skill.objects.filter(code=item["code"], locale=locale).first(),
            fields,
            new=lambda code=item["code"], **fields: Skill(
                code=code, locale=locale, live=True, **fields
            ),
            save=_skill_write,
        )
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
        category, state = _sync(
            SkillCategory.objects.filter(
                translation_key=original.translation_key, locale=locale
            ).first(),
            fields,
            new=lambda original=original, **fields: SkillCategory(
                translation_key=original.translation_key,
                locale=locale,
                code=original.code,
                sort_order=original.sort_order,
                **fields,
            ),
            save=_category_write,
        )
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
        _skill, state = _sync(
            Skill.objects.filter(translation_key=original.translation_key, locale=locale).first(),
            fields,
            new=lambda original=original, **fields: Skill(
                translation_key=original.translation_key,
                locale=locale,
                code=original.code,
                qa_behaviour=original.qa_behaviour,
                sort_order=original.sort_order,
                live=original.live,
                **fields,
            ),
            save=_skill_write,
        )
        report("skill", item["code"], state)
