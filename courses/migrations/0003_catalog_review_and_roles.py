"""The course catalog page, the "L&D review" workflow, and what L&D authors may do.

Authors add and edit pages but do not publish them: a page goes live when a
second author approves it in the L&D review workflow.
"""

from django.db import migrations

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

AUTHOR_MODEL_PERMISSIONS = {
    ("skills", "skill"): ("add", "change", "delete", "publish"),
    ("skills", "skillcategory"): ("add", "change", "delete"),
    ("courses", "assignment"): ("add", "change", "view"),
}


def _step(number):
    digits = ""
    while number:
        number, remainder = divmod(number, 36)
        digits = ALPHABET[remainder] + digits
    return digits.rjust(4, "0")


def _permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": codename.replace("_", " ").capitalize()},
    )
    return permission


def forwards(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    HomePage = apps.get_model("lms", "HomePage")
    CatalogPage = apps.get_model("courses", "CatalogPage")
    ReviewTask = apps.get_model("courses", "SecondAuthorApprovalTask")

    home = HomePage.objects.order_by("path").first()
    authors, _ = Group.objects.get_or_create(name="L&D Author")

    if home is not None and not CatalogPage.objects.exists():
        last_child = (
            Page.objects.filter(path__startswith=home.path, depth=home.depth + 1)
            .order_by("-path")
            .first()
        )
        number = int(last_child.path[-4:], 36) + 1 if last_child else 1
        CatalogPage.objects.create(
            title="Courses",
            draft_title="Courses",
            slug="courses",
            content_type=ContentType.objects.get_or_create(
                app_label="courses", model="catalogpage"
            )[0],
            path=home.path + _step(number),
            depth=home.depth + 1,
            numchild=0,
            url_path=home.url_path + "courses/",
            locale_id=home.locale_id,
            live=True,
            intro=(
                "Short courses on how AI agents work and fail, on working with your AI "
                "co-pilot, and on the human skills customers value most."
            ),
        )
        home.numchild = Page.objects.filter(
            path__startswith=home.path, depth=home.depth + 1
        ).count()
        home.save(update_fields=["numchild"])

    if home is not None and not Workflow.objects.filter(name="L&D review").exists():
        task = ReviewTask.objects.create(
            name="L&D review",
            active=True,
            content_type=ContentType.objects.get_or_create(
                app_label="courses", model="secondauthorapprovaltask"
            )[0],
        )
        task.groups.add(authors)
        workflow = Workflow.objects.create(name="L&D review", active=True)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        WorkflowPage.objects.update_or_create(page_id=home.pk, defaults={"workflow": workflow})

    GroupPagePermission.objects.filter(group=authors, permission__codename="publish_page").delete()
    for (app_label, model), actions in AUTHOR_MODEL_PERMISSIONS.items():
        for action in actions:
            authors.permissions.add(_permission(apps, app_label, model, f"{action}_{model}"))


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0002_initial"),
        ("lms", "0002_create_homepage"),
        ("people", "0002_roles"),
        ("skills", "0002_default_taxonomy"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
