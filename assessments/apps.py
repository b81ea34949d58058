from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssessmentsConfig(AppConfig):
    name = "assessments"
    verbose_name = _("Assessments")

    def ready(self):
        # Imported here: the models must be loaded first.
        from assessments.selectors import course_finals
        from courses.completion import register_finals

        register_finals(course_finals)
