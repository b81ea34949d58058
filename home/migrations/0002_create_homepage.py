"""Replace Wagtail's placeholder welcome page with the academy's home page."""

from django.db import migrations

INTRO = (
    "Learn how AI agents work and where they fail, when to hand a conversation to a "
    "person, and the human skills no bot can fake: empathy, problem solving and "
    "consultative conversations."
)
BODY = (
    "<h2>Why this academy</h2>"
    "<p>Customers trust a service when it is honest about what AI does and when a person "
    "steps in. Here you learn both sides: AI literacy, so you can work with AI tools "
    "confidently and catch their mistakes, and the human skills that turn a difficult "
    "contact into a resolved one.</p>"
    "<h2>How it works</h2>"
    "<ul><li>Take short courses at your own pace and see your progress.</li>"
    "<li>Learning assigned to you always says why, and you can question it.</li>"
    "<li>Your wellbeing check-ins are yours alone: nobody else sees them.</li></ul>"
)


def create_homepage(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    Locale = apps.get_model("wagtailcore", "Locale")
    HomePage = apps.get_model("lms", "HomePage")

    # Wagtail's first migration made a plain "Welcome" page at /home/.
    Page.objects.filter(depth=2, slug="home", content_type__model="page").delete()

    content_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="lms")
    locale, _ = Locale.objects.get_or_create(language_code="en")
    root = Page.objects.get(depth=1)
    existing = Page.objects.filter(depth=2).order_by("-path").values_list("path", flat=True).first()
    next_step = int(existing[-4:], 36) + 1 if existing else 1
    path = root.path + _alphabet_step(next_step)
    homepage = HomePage.objects.create(
        title="Human Edge Academy",
        draft_title="Human Edge Academy",
        slug="home",
        content_type=content_type,
        path=path,
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=locale,
        live=True,
        intro=INTRO,
        body=BODY,
    )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])

    Site.objects.filter(is_default_site=True).delete()
    Site.objects.create(
        hostname="localhost",
        port=80,
        root_page=homepage,
        is_default_site=True,
        site_name="Human Edge Academy",
    )


def _alphabet_step(number: int) -> str:
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    digits = ""
    while number:
        number, remainder = divmod(number, 36)
        digits = alphabet[remainder] + digits
    return digits.rjust(4, "0")


def remove_homepage(apps, schema_editor):
    apps.get_model("lms", "HomePage").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("lms", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_homepage, remove_homepage)]
