"""Remove Wagtail's stock "Editors" and "Moderators" groups.

Wagtail creates them on a new site: both reach the editing area, and
Moderators may publish at the root, around the "L&D review" workflow. The
product's roles are the groups of people/roles.py; these two are not among
them. Their page and collection permissions go with them, and the stock
"Moderators approval" workflow and task, left with nobody to approve and no
page to cover, are switched off. Going back leaves them removed.
"""

from django.db import migrations

STOCK_GROUPS = ("Editors", "Moderators")
STOCK_WORKFLOW = "Moderators approval"


def remove_stock_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")

    groups = Group.objects.filter(name__in=STOCK_GROUPS)
    GroupPagePermission.objects.filter(group__in=groups).delete()
    GroupCollectionPermission.objects.filter(group__in=groups).delete()
    groups.delete()

    GroupApprovalTask.objects.filter(name=STOCK_WORKFLOW, groups__isnull=True).update(active=False)
    workflow = Workflow.objects.filter(name=STOCK_WORKFLOW).first()
    if (
        workflow is not None
        and not workflow.workflow_pages.exists()
        and not WorkflowContentType.objects.filter(workflow=workflow).exists()
    ):
        workflow.active = False
        workflow.save(update_fields=["active"])


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0005_user_erased_at_accesslog"),
        # Every migration of Wagtail's that creates the groups or grants them something.
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        # The "L&D review" workflow covers the root page by then.
        ("courses", "0007_translators"),
    ]

    operations = [migrations.RunPython(remove_stock_groups, migrations.RunPython.noop)]
