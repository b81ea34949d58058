"""The default taxonomy in Spanish and French. Translations share their
original's translation key and code; records keep pointing at the original."""

from django.db import migrations
from django.utils import timezone

from skills.migrations import _taxonomy_v1_es, _taxonomy_v1_fr

TRANSLATIONS = {"es": _taxonomy_v1_es, "fr": _taxonomy_v1_fr}


def load_translations(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    SkillCategory = apps.get_model("skills", "SkillCategory")
    Skill = apps.get_model("skills", "Skill")
    now = timezone.now()
    originals = {
        category.code: category
        for category in SkillCategory.objects.filter(locale__language_code="en")
    }
    original_skills = {
        skill.code: skill for skill in Skill.objects.filter(locale__language_code="en")
    }
    for language, texts in TRANSLATIONS.items():
        locale, _ = Locale.objects.get_or_create(language_code=language)
        categories = {}
        for data in texts.CATEGORIES:
            original = originals.get(data["code"])
            if original is None:
                continue
            categories[data["code"]], _ = SkillCategory.objects.get_or_create(
                translation_key=original.translation_key,
                locale=locale,
                defaults={
                    "code": original.code,
                    "name": data["name"],
                    "description": data["description"],
                    "sort_order": original.sort_order,
                },
            )
        for data in texts.SKILLS:
            original = original_skills.get(data["code"])
            category = categories.get(data["category"])
            if original is None or category is None:
                continue
            levels = data["levels"]
            Skill.objects.get_or_create(
                translation_key=original.translation_key,
                locale=locale,
                defaults={
                    "code": original.code,
                    "category": category,
                    "name": data["name"],
                    "description": data["description"],
                    "qa_behaviour": original.qa_behaviour,
                    "level_1": levels[0],
                    "level_2": levels[1],
                    "level_3": levels[2],
                    "level_4": levels[3],
                    "sort_order": original.sort_order,
                    "live": original.live,
                    "first_published_at": now,
                    "last_published_at": now,
                },
            )


def remove_translations(apps, schema_editor):
    Skill = apps.get_model("skills", "Skill")
    SkillCategory = apps.get_model("skills", "SkillCategory")
    Skill.objects.filter(locale__language_code__in=list(TRANSLATIONS)).delete()
    SkillCategory.objects.filter(locale__language_code__in=list(TRANSLATIONS)).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("skills", "0005_author_permissions"),
        ("lms", "0003_locales"),
    ]

    operations = [migrations.RunPython(load_translations, remove_translations)]
