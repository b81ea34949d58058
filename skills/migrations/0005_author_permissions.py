"""L&D authors write assignment rules, review contests and upload QA signals."""

from django.db import migrations

GRANTS = {
    "assignmentrule": ("add", "change", "delete", "view"),
    "contest": ("change", "view"),
    "signal": ("add",),
    "approvalbatch": ("change", "view"),
}


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    authors, _ = Group.objects.get_or_create(name="L&D Author")
    for model, actions in GRANTS.items():
        content_type, _ = ContentType.objects.get_or_create(app_label="skills", model=model)
        for action in actions:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )
            authors.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("skills", "0004_enginesettings_signal_processed_at_and_more"),
        ("people", "0002_roles"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
