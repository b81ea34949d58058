"""Seed the skills taxonomy the product is about. L&D edits it afterwards."""

from django.db import migrations
from django.utils import timezone

from skills.migrations._taxonomy_v1 import CATEGORIES, SKILLS


def load_taxonomy(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    SkillCategory = apps.get_model("skills", "SkillCategory")
    Skill = apps.get_model("skills", "Skill")
    locale, _ = Locale.objects.get_or_create(language_code="en")
    now = timezone.now()

    categories = {}
    for order, data in enumerate(CATEGORIES):
        category, _ = SkillCategory.objects.get_or_create(
            code=data["code"],
            locale=locale,
            defaults={
                "name": data["name"],
                "description": data["description"],
                "sort_order": order,
            },
        )
        categories[data["code"]] = category
    for order, data in enumerate(SKILLS):
        levels = data["levels"]
        Skill.objects.get_or_create(
            code=data["code"],
            locale=locale,
            defaults={
                "category": categories[data["category"]],
                "name": data["name"],
                "description": data["description"],
                "qa_behaviour": data["qa_behaviour"],
                "level_1": levels[0],
                "level_2": levels[1],
                "level_3": levels[2],
                "level_4": levels[3],
                "sort_order": order,
                "live": True,
                "first_published_at": now,
                "last_published_at": now,
            },
        )


class Migration(migrations.Migration):
    dependencies = [
        ("skills", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(load_taxonomy, migrations.RunPython.noop)]
