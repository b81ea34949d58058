"""Create the product's roles as groups, with the permissions each needs.

Learner: every account (added on creation). Manager: sees their own team.
L&D Author: the Wagtail editing area, pages, images and documents.
HR Reporter: reads the organisation's people and structure.
"""

from django.db import migrations

PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")
COLLECTION_PERMISSIONS = {
    "wagtailimages": ("add_image", "change_image", "choose_image"),
    "wagtaildocs": ("add_document", "change_document", "choose_document"),
}


def _permission(apps, app_label, model, codename, name):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return permission


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    Group.objects.get_or_create(name="Learner")

    manager, _ = Group.objects.get_or_create(name="Manager")
    manager.permissions.add(
        _permission(
            apps, "people", "profile", "view_own_team", "Can see the progress of their own team"
        )
    )

    hr, _ = Group.objects.get_or_create(name="HR Reporter")
    for model in ("department", "team", "profile"):
        hr.permissions.add(_permission(apps, "people", model, f"view_{model}", f"Can view {model}"))

    author, _ = Group.objects.get_or_create(name="L&D Author")
    author.permissions.add(
        _permission(apps, "wagtailadmin", "admin", "access_admin", "Can access Wagtail admin")
    )
    root_page = Page.objects.filter(depth=1).order_by("path").first()
    if root_page is not None:
        for codename in PAGE_PERMISSIONS:
            permission = _permission(
                apps, "wagtailcore", "page", codename, codename.replace("_", " ").capitalize()
            )
            GroupPagePermission.objects.get_or_create(
                group=author, page=root_page, permission=permission
            )
    root_collection = Collection.objects.filter(depth=1).order_by("path").first()
    if root_collection is not None:
        for app_label, codenames in COLLECTION_PERMISSIONS.items():
            model = "image" if app_label == "wagtailimages" else "document"
            for codename in codenames:
                permission = _permission(
                    apps, app_label, model, codename, codename.replace("_", " ").capitalize()
                )
                GroupCollectionPermission.objects.get_or_create(
                    group=author, collection=root_collection, permission=permission
                )


def remove_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name__in=["Learner", "Manager", "L&D Author", "HR Reporter"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
