# The course's image becomes its cover image: shown on the catalog, the course
# page and My learning. Renamed, so that images already chosen stay chosen.

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0011_assignment_facts_and_event_reasons"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [
        migrations.RenameField(model_name="coursepage", old_name="image", new_name="cover_image"),
        migrations.AlterField(
            model_name="coursepage",
            name="cover_image",
            field=models.ForeignKey(
                blank=True,
                help_text=(
                    "Shown on the catalog, the course page and My learning, cropped to 16:9. "
                    "The image's description is read out as its alternative text; leave the "
                    "description empty for a purely decorative image."
                ),
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="wagtailimages.image",
                verbose_name="cover image",
            ),
        ),
    ]
