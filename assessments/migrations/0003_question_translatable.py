"""Questions become translatable: existing ones get the default locale and a key each."""

from django.db import migrations

from assessments.migrations._translatable import make_translatable


class Migration(migrations.Migration):
    dependencies = [
        ("assessments", "0002_author_permissions"),
        ("wagtailcore", "0098_apitoken"),
        ("lms", "0003_locales"),
    ]

    operations = make_translatable("question")
