"""L&D authors keep the question bank and the assessments, and read their analytics."""

from django.db import migrations

MODELS = ("question", "assessment")
ACTIONS = ("add", "change", "delete", "view")


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    authors, _ = Group.objects.get_or_create(name="L&D Author")
    for model in MODELS:
        content_type, _ = ContentType.objects.get_or_create(app_label="assessments", model=model)
        for action in ACTIONS:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )
            authors.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("assessments", "0001_initial"),
        ("people", "0002_roles"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
