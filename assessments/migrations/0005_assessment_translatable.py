"""Assessments become translatable: a translation carries the title and introduction.
Existing assessments get the default locale and a key each."""

from django.db import migrations

from assessments.migrations._translatable import make_translatable


class Migration(migrations.Migration):
    dependencies = [
        ("assessments", "0004_relations_point_at_originals"),
    ]

    operations = make_translatable("assessment")
