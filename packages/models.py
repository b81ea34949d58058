"""Vendor content played in lessons: SCORM packages and H5P activities, and
where each learner stands in them."""

import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.search import index

from core.i18n import originals_only


class ContentPackage(index.Indexed, ClusterableModel):
    """An uploaded package, checked and unpacked under PACKAGES_ROOT/<folder>/.
    Uploading a new version replaces the files; learners' progress stays."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    title = models.CharField(_("title"), max_length=200)
    #: Where its files are, under PACKAGES_ROOT: a new name for each upload.
    folder = models.CharField(max_length=64, editable=False)
    #: What the package's own description says (packages/scorm, packages/h5p).
    manifest = models.JSONField(default=dict, editable=False)
    size = models.PositiveBigIntegerField(_("size unpacked"), default=0, editable=False)
    file_count = models.PositiveIntegerField(_("files"), default=0, editable=False)
    sha256 = models.CharField(max_length=64, editable=False)
    original_name = models.CharField(_("file"), max_length=255, editable=False, blank=True)
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        default=80,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
        help_text=_("Used when the content gives a score but does not say whether it was passed."),
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    search_fields = [index.SearchField("title"), index.AutocompleteField("title")]

    class Meta:
        abstract = True

    def __str__(self):
        return self.title


class ScormPackage(ContentPackage):
    class Version(models.TextChoices):
        SCORM_12 = "1.2", "SCORM 1.2"
        SCORM_2004 = "2004", "SCORM 2004"

    version = models.CharField(
        _("SCORM version"), max_length=8, choices=Version.choices, editable=False
    )
    skills = ParentalManyToManyField(
        "skills.Skill",
        verbose_name=_("skills it gives evidence of"),
        blank=True,
        related_name="+",
        limit_choices_to=originals_only,
        help_text=_("The package's score becomes assessment evidence for these skills."),
    )

    class Meta:
        verbose_name = _("SCORM package")
        verbose_name_plural = _("SCORM packages")
        ordering = ["title", "pk"]

    kind = "scorm"

    @property
    def scos(self) -> list[dict]:
        return list(self.manifest.get("scos", []))

    def sco(self, identifier: str) -> dict:
        """The SCO called ``identifier``; KeyError when the package has none."""
        for sco in self.scos:
            if sco["identifier"] == identifier:
                return sco
        raise KeyError(identifier)


class H5pActivity(ContentPackage):
    skills = ParentalManyToManyField(
        "skills.Skill",
        verbose_name=_("skills it gives evidence of"),
        blank=True,
        related_name="+",
        limit_choices_to=originals_only,
        help_text=_("The activity's score becomes assessment evidence for these skills."),
    )

    class Meta:
        verbose_name = _("H5P activity")
        verbose_name_plural = _("H5P activities")
        ordering = ["title", "pk"]

    kind = "h5p"


class Progress(models.TextChoices):
    UNKNOWN = "unknown", _("Not started")
    INCOMPLETE = "incomplete", _("In progress")
    COMPLETED = "completed", _("Completed")


class Success(models.TextChoices):
    UNKNOWN = "unknown", _("Not judged")
    PASSED = "passed", _("Passed")
    FAILED = "failed", _("Not passed")


class PackageState(models.Model):
    """Where a learner stands in one piece of content."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    completion = models.CharField(max_length=12, choices=Progress.choices, default=Progress.UNKNOWN)
    success = models.CharField(max_length=8, choices=Success.choices, default=Success.UNKNOWN)
    #: 0..1, as the content last reported it.
    score = models.FloatField(null=True, blank=True)
    sessions = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        abstract = True

    @property
    def done(self) -> bool:
        return self.completion == Progress.COMPLETED and self.success != Success.FAILED


class ScormState(PackageState):
    """One learner in one SCO: the data model values the SCO stored."""

    package = models.ForeignKey(ScormPackage, on_delete=models.CASCADE, related_name="states")
    sco = models.CharField(max_length=255)
    cmi = models.JSONField(default=dict)
    total_seconds = models.FloatField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "package", "sco"], name="scorm_state_once")
        ]

    def __str__(self):
        return f"{self.package} · {self.sco}"


class H5pState(PackageState):
    """One learner in one H5P activity: the state the content saved to resume."""

    activity = models.ForeignKey(H5pActivity, on_delete=models.CASCADE, related_name="states")
    data = models.TextField(blank=True, default="")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "activity"], name="h5p_state_once")]

    def __str__(self):
        return str(self.activity)
