"""External ids are unique per integration (its token, a CSV upload, or the
site), not across all of them. The new constraint is made before the old one is
dropped, so ids stay unique throughout."""

from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("skills", "0013_team_wellbeing_snapshots"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="signal",
            name="origin",
            field=models.CharField(
                blank=True,
                db_default="",
                default="",
                editable=False,
                help_text="Which integration sent it: its external ids are its own.",
                max_length=40,
                verbose_name="sent by",
            ),
        ),
        migrations.AddConstraint(
            model_name="signal",
            constraint=models.UniqueConstraint(
                fields=("origin", "external_id"), name="skills_signal_origin_external_id"
            ),
        ),
        migrations.AlterField(
            model_name="signal",
            name="external_id",
            field=models.CharField(max_length=200, verbose_name="external id"),
        ),
    ]
