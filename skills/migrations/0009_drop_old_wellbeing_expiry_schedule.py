"""Wellbeing signals now expire with every other kind of data in the nightly
retention task (people.tasks.enforce_retention_task). Beat keeps schedules in
the database, so the old entry is removed here rather than left running."""

from django.db import migrations


def drop_schedule(apps, schema_editor):
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    PeriodicTask.objects.filter(task="skills.tasks.expire_wellbeing_signals_task").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("skills", "0008_remove_enginesettings_wellbeing_retention_days"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]

    operations = [migrations.RunPython(drop_schedule, migrations.RunPython.noop)]
