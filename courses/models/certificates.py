from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Certificate(models.Model):
    """Proof of completing a course, checkable by anyone who has its code."""

    enrollment = models.OneToOneField(
        "courses.Enrollment", on_delete=models.CASCADE, related_name="certificate"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="certificates"
    )
    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.CASCADE, related_name="certificates"
    )
    code = models.CharField(_("verification code"), max_length=20, unique=True)
    learner_name = models.CharField(_("issued to"), max_length=300)
    course_title = models.CharField(_("course"), max_length=255)
    issued_at = models.DateTimeField(_("issued at"))
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    #: What the learner met to earn it, as it was when issued (courses/completion.py).
    criteria = models.JSONField(_("criteria met"), default=dict, blank=True)
    #: The same in one word for reports: lessons_and_finals, lessons, or
    #: lessons_earlier_rule (issued before finals had to be passed).
    basis = models.CharField(_("criteria"), max_length=30, default="lessons")

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")

    def __str__(self):
        return self.code

    @property
    def is_valid(self) -> bool:
        return self.revoked_at is None
