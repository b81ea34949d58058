"""Operations that make an existing model translatable (Wagtail's TranslatableMixin):
existing rows get the default locale and a translation key each."""

import uuid

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def _locale_field(**extra):
    return models.ForeignKey(
        editable=False,
        on_delete=django.db.models.deletion.PROTECT,
        related_name="+",
        to="wagtailcore.locale",
        verbose_name="locale",
        **extra,
    )


def make_translatable(model_name: str) -> list:
    def fill(apps, schema_editor):
        Locale = apps.get_model("wagtailcore", "Locale")
        model = apps.get_model("assessments", model_name)
        default, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
        for row in model.objects.all().only("pk"):
            model.objects.filter(pk=row.pk).update(locale=default, translation_key=uuid.uuid4())

    return [
        migrations.AddField(model_name=model_name, name="locale", field=_locale_field(null=True)),
        migrations.AddField(
            model_name=model_name,
            name="translation_key",
            field=models.UUIDField(null=True, editable=False),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
        migrations.AlterField(model_name=model_name, name="locale", field=_locale_field()),
        migrations.AlterField(
            model_name=model_name,
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterUniqueTogether(
            name=model_name, unique_together={("translation_key", "locale")}
        ),
    ]
