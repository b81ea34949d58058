"""L&D authors translate: they may submit translations (simple_translation), and the
L&D review workflow covers every language's page tree, so a translation is reviewed
by a second author before it goes live, like any page."""

from django.db import migrations


def forwards(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")

    authors, _ = Group.objects.get_or_create(name="L&D Author")
    content_type, _ = ContentType.objects.get_or_create(
        app_label="simple_translation", model="simpletranslation"
    )
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename="submit_translation",
        defaults={"name": "Can submit translations"},
    )
    authors.permissions.add(permission)

    workflow = Workflow.objects.filter(name="L&D review").first()
    root = Page.objects.filter(depth=1).order_by("path").first()
    if workflow is not None and root is not None:
        WorkflowPage.objects.update_or_create(page_id=root.pk, defaults={"workflow": workflow})


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0006_relations_point_at_originals"),
        ("simple_translation", "0001_initial"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
