"""A rule's why, for the learner, in Spanish and French: a learner reads theirs, or
the original."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("skills", "0014_signal_external_id_per_origin"),
    ]

    operations = [
        migrations.AddField(
            model_name="assignmentrule",
            name="explanation_es",
            field=models.TextField(
                blank=True,
                help_text="Leave empty and Spanish learners read the original.",
                verbose_name="why, for the learner, in Spanish",
            ),
        ),
        migrations.AddField(
            model_name="assignmentrule",
            name="explanation_fr",
            field=models.TextField(
                blank=True,
                help_text="Leave empty and French learners read the original.",
                verbose_name="why, for the learner, in French",
            ),
        ),
    ]
