"""L&D authors upload and keep SCORM packages and H5P activities."""

from django.db import migrations

MODELS = ("scormpackage", "h5pactivity")
ACTIONS = ("add", "change", "delete", "view")


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    authors, _ = Group.objects.get_or_create(name="L&D Author")
    for model in MODELS:
        content_type, _ = ContentType.objects.get_or_create(app_label="packages", model=model)
        for action in ACTIONS:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )
            authors.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("packages", "0001_initial"),
        ("people", "0002_roles"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
