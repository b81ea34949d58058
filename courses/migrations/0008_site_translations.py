"""The home and catalog pages in Spanish and French, so that every install reads in
all three languages and authors can translate courses at once (simple_translation
copies a course under its catalog's translation)."""

from django.db import migrations
from django.utils import timezone

from courses.migrations import _site_v1_translations as texts

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _step(number):
    digits = ""
    while number:
        number, remainder = divmod(number, 36)
        digits = ALPHABET[remainder] + digits
    return digits.rjust(4, "0")


def forwards(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Locale = apps.get_model("wagtailcore", "Locale")
    HomePage = apps.get_model("lms", "HomePage")
    CatalogPage = apps.get_model("courses", "CatalogPage")

    root = Page.objects.filter(depth=1).order_by("path").first()
    home = HomePage.objects.filter(locale__language_code="en").order_by("path").first()
    if root is None or home is None:
        return
    catalog = (
        CatalogPage.objects.filter(path__startswith=home.path, depth=home.depth + 1)
        .order_by("path")
        .first()
    )
    now = timezone.now()
    for language in ("es", "fr"):
        locale, _ = Locale.objects.get_or_create(language_code=language)
        if HomePage.objects.filter(translation_key=home.translation_key, locale=locale).exists():
            continue
        last = Page.objects.filter(depth=2).order_by("-path").first()
        slug = f"{home.slug}-{language}"
        translated_home = HomePage.objects.create(
            title=texts.HOME[language]["title"],
            draft_title=texts.HOME[language]["title"],
            slug=slug,
            content_type_id=home.content_type_id,
            path=root.path + _step(int(last.path[-4:], 36) + 1),
            depth=2,
            numchild=0,
            url_path=f"/{slug}/",
            locale=locale,
            translation_key=home.translation_key,
            live=True,
            first_published_at=now,
            last_published_at=now,
            intro=texts.HOME[language]["intro"],
            body=texts.HOME[language]["body"],
        )
        if catalog is not None:
            CatalogPage.objects.create(
                title=texts.CATALOG[language]["title"],
                draft_title=texts.CATALOG[language]["title"],
                slug=catalog.slug,
                content_type_id=catalog.content_type_id,
                path=translated_home.path + _step(1),
                depth=3,
                numchild=0,
                url_path=f"/{slug}/{catalog.slug}/",
                locale=locale,
                translation_key=catalog.translation_key,
                live=True,
                first_published_at=now,
                last_published_at=now,
                intro=texts.CATALOG[language]["intro"],
            )
            translated_home.numchild = 1
            translated_home.save(update_fields=["numchild"])
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])


def backwards(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    for language in ("es", "fr"):
        for page in Page.objects.filter(depth=2, locale__language_code=language):
            Page.objects.filter(path__startswith=page.path).delete()
    root = Page.objects.filter(depth=1).order_by("path").first()
    if root is not None:
        root.numchild = Page.objects.filter(depth=2).count()
        root.save(update_fields=["numchild"])


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0007_translators"),
        ("lms", "0003_locales"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
