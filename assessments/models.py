from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from assessments.forms import QuestionForm
from core.i18n import originals_only
from skills.models import Skill

LIKERT_SCALE = [
    (1, _("Strongly disagree")),
    (2, _("Disagree")),
    (3, _("Neither agree nor disagree")),
    (4, _("Agree")),
    (5, _("Strongly agree")),
]


class Question(TranslatableMixin, index.Indexed, ClusterableModel):
    """A question of the bank, tagged with the skills it measures."""

    class Kind(models.TextChoices):
        SINGLE_CHOICE = "single_choice", _("Single choice")
        MULTIPLE_SELECT = "multiple_select", _("Multiple select (partial credit)")
        TRUE_FALSE = "true_false", _("True or false")
        SHORT_ANSWER = "short_answer", _("Short answer")
        ORDERING = "ordering", _("Put in order")
        SCENARIO = "scenario", _("Customer scenario")
        LIKERT = "likert", _("Self-rating (never marked)")

    class ScenarioMode(models.TextChoices):
        PICK = "pick", _("Pick the best response")
        RANK = "rank", _("Rank the responses, best first")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    prompt = models.TextField(_("question"))
    context = models.TextField(
        _("scenario text"),
        blank=True,
        help_text=_("A customer message, an AI-drafted reply or a transcript excerpt."),
    )
    scenario_mode = models.CharField(
        _("scenario mode"), max_length=10, choices=ScenarioMode.choices, blank=True
    )
    explanation = models.TextField(
        _("explanation"),
        blank=True,
        help_text=_("Shown with the feedback: why the answer is right."),
    )
    skills = ParentalManyToManyField(
        Skill, verbose_name=_("skills measured"), related_name="+", limit_choices_to=originals_only
    )
    points = models.PositiveSmallIntegerField(
        _("points"), default=1, validators=[MinValueValidator(1), MaxValueValidator(20)]
    )
    active = models.BooleanField(
        _("active"), default=True, help_text=_("Inactive questions are never drawn again.")
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    panels = [
        FieldPanel("kind"),
        FieldPanel("prompt"),
        FieldPanel("context"),
        FieldPanel("scenario_mode"),
        InlinePanel(
            "options",
            heading=_("Options, accepted answers or steps"),
            label=_("Option"),
            help_text=_(
                "Choice questions: tick the right options. Short answer: each option is an "
                "accepted answer. Ordering and ranked scenarios: list them in the right order. "
                "Scenarios: give each response its credit."
            ),
        ),
        FieldPanel("explanation"),
        FieldPanel("skills", widget=forms.CheckboxSelectMultiple),
        FieldRowPanel([FieldPanel("points"), FieldPanel("active")]),
    ]
    search_fields = [
        index.SearchField("prompt"),
        index.SearchField("context"),
        index.AutocompleteField("prompt"),
        # The chooser filters by language and kind: those must be in the index.
        index.FilterField("locale"),
        index.FilterField("kind"),
        index.FilterField("active"),
    ]
    base_form_class = QuestionForm

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["-updated_at"]

    def __str__(self):
        return self.prompt[:80]

    @property
    def is_scored(self) -> bool:
        return self.kind != self.Kind.LIKERT


class QuestionOption(Orderable):
    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="options")
    text = models.TextField(_("text"))
    is_correct = models.BooleanField(_("correct"), default=False)
    credit = models.DecimalField(
        _("credit (0 to 1)"),
        max_digits=3,
        decimal_places=2,
        default=0,
        validators=[MinValueValidator(0), MaxValueValidator(1)],
        help_text=_("Scenario responses only."),
    )
    feedback = models.TextField(_("feedback"), blank=True)

    panels = [
        FieldPanel("text"),
        FieldRowPanel([FieldPanel("is_correct"), FieldPanel("credit")]),
        FieldPanel("feedback"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("option")

    def __str__(self):
        return self.text[:60]


def original_pre_tests() -> Q:
    return Q(kind="pre_test") & originals_only()


class Assessment(TranslatableMixin, ClusterableModel):
    """A quiz attached to a course, or to one module of it.

    A translation carries the title and introduction shown to readers of its
    language; questions, marks, attempts and results belong to the original.
    """

    class Kind(models.TextChoices):
        KNOWLEDGE_CHECK = "knowledge_check", _("Knowledge check")
        FINAL = "final", _("Final assessment")
        PRE_TEST = "pre_test", _("Pre-test")
        POST_TEST = "post_test", _("Post-test")

    class FeedbackPolicy(models.TextChoices):
        AFTER_EACH = "after_each", _("After each question")
        AFTER_SUBMISSION = "after_submission", _("After submission")
        AFTER_PASSING = "after_passing", _("Only after passing")

    class ShowAnswers(models.TextChoices):
        AFTER_LAST_ATTEMPT = "after_last_attempt", _("After the learner's last attempt")
        AFTER_EACH_ATTEMPT = "after_each_attempt", _("After every attempt (knowledge checks only)")
        NEVER = "never", _("Never")

    title = models.CharField(_("title"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        related_name="assessments",
        limit_choices_to=originals_only,
    )
    module = models.ForeignKey(
        "courses.ModulePage",
        verbose_name=_("module"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="assessments",
        limit_choices_to=originals_only,
    )
    introduction = models.TextField(_("introduction"), blank=True)
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"), default=70, validators=[MinValueValidator(1), MaxValueValidator(100)]
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("attempts allowed"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Leave empty for no limit."),
    )
    time_limit_minutes = models.PositiveSmallIntegerField(
        _("time limit (minutes)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(600)],
        help_text=_("Leave empty for no limit."),
    )
    shuffle_questions = models.BooleanField(_("shuffle questions"), default=False)
    shuffle_options = models.BooleanField(
        _("shuffle options"),
        default=True,
        help_text=_(
            "Options come in a new order in every attempt. Turn off only when the order "
            "matters (such as “all of the above”). Steps to put in order are always shuffled."
        ),
    )
    feedback_policy = models.CharField(
        _("feedback"),
        max_length=20,
        choices=FeedbackPolicy.choices,
        default=FeedbackPolicy.AFTER_SUBMISSION,
    )
    show_answers = models.CharField(
        _("show the right answers"),
        max_length=20,
        choices=ShowAnswers.choices,
        default=ShowAnswers.AFTER_LAST_ATTEMPT,
        help_text=_(
            "Until then learners see their score and which questions they got right, "
            "never which options were right, so a retake cannot be passed by copying. "
            "With no limit on attempts, “after the last attempt” never comes."
        ),
    )
    pre_test = models.OneToOneField(
        "self",
        verbose_name=_("pre-test of this post-test"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="post_test",
        limit_choices_to=original_pre_tests,
        help_text=_("Post-tests only: the pre-test it is compared with to measure learning gain."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    panels = [
        FieldPanel("title"),
        FieldRowPanel(
            [FieldPanel("kind"), FieldPanel("feedback_policy"), FieldPanel("show_answers")]
        ),
        FieldRowPanel([FieldPanel("course"), FieldPanel("module")]),
        FieldPanel("introduction"),
        FieldRowPanel(
            [FieldPanel("pass_mark"), FieldPanel("max_attempts"), FieldPanel("time_limit_minutes")]
        ),
        FieldRowPanel([FieldPanel("shuffle_questions"), FieldPanel("shuffle_options")]),
        InlinePanel(
            "fixed_questions", heading=_("Questions every attempt gets"), label=_("Question")
        ),
        InlinePanel(
            "draws",
            heading=_("Questions drawn at random, by skill"),
            label=_("Draw"),
        ),
        MultiFieldPanel([FieldPanel("pre_test")], heading=_("Learning gain")),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("assessment")
        verbose_name_plural = _("assessments")
        ordering = ["course__path", "module__path", "title"]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.module_id and self.course_id:
            if not self.module.path.startswith(self.course.path):
                raise ValidationError({"module": _("That module is not part of the course.")})
        if self.pre_test_id and self.kind != self.Kind.POST_TEST:
            raise ValidationError({"pre_test": _("Only a post-test is paired with a pre-test.")})
        if (
            self.show_answers == self.ShowAnswers.AFTER_EACH_ATTEMPT
            and self.kind != self.Kind.KNOWLEDGE_CHECK
        ):
            raise ValidationError(
                {
                    "show_answers": _(
                        "Only a knowledge check, which is practice, may show its answers "
                        "after every attempt: elsewhere a retake could be passed by copying them."
                    )
                }
            )


class AssessmentQuestion(Orderable):
    assessment = ParentalKey(Assessment, on_delete=models.CASCADE, related_name="fixed_questions")
    question = models.ForeignKey(
        Question,
        verbose_name=_("question"),
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to=originals_only,
    )

    panels = [FieldPanel("question")]

    class Meta(Orderable.Meta):
        verbose_name = _("question")
        constraints = [
            models.UniqueConstraint(
                fields=["assessment", "question"], name="assessments_fixed_question_unique"
            ),
        ]


class AssessmentDraw(Orderable):
    """Draw ``count`` active questions measuring ``skill`` at random for each attempt."""

    assessment = ParentalKey(Assessment, on_delete=models.CASCADE, related_name="draws")
    skill = models.ForeignKey(
        Skill,
        verbose_name=_("skill"),
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to=originals_only,
    )
    count = models.PositiveSmallIntegerField(
        _("how many"), default=1, validators=[MinValueValidator(1), MaxValueValidator(50)]
    )

    panels = [FieldRowPanel([FieldPanel("skill"), FieldPanel("count")])]

    class Meta(Orderable.Meta):
        verbose_name = _("random draw")


class Attempt(models.Model):
    """One try at an assessment, held on the server.

    ``paper`` is the snapshot taken at the start: the questions drawn, their
    options in the order shown, and the answer key. The key never leaves the
    server before submission (see ``papers.public_paper``).
    """

    class Status(models.TextChoices):
        IN_PROGRESS = "in_progress", _("In progress")
        SUBMITTED = "submitted", _("Submitted")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="assessment_attempts"
    )
    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="attempts")
    number = models.PositiveSmallIntegerField(_("attempt number"))
    lesson = models.ForeignKey(
        "courses.LessonPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The lesson whose knowledge check this attempt is."),
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.IN_PROGRESS)
    paper = models.JSONField()
    started_at = models.DateTimeField(_("started at"))
    deadline_at = models.DateTimeField(_("deadline"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    expired = models.BooleanField(_("submitted when time ran out"), default=False)

    class Meta:
        verbose_name = _("attempt")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "assessment", "number"], name="assessments_attempt_number_unique"
            ),
            models.UniqueConstraint(
                fields=["user", "assessment"],
                condition=Q(status="in_progress"),
                name="assessments_one_open_attempt",
            ),
        ]
        indexes = [models.Index(fields=["assessment", "status"])]

    def __str__(self):
        return f"{self.assessment_id} #{self.number}"


class Response(models.Model):
    """The learner's answer to one question of an attempt, saved as they go."""

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="responses")
    question_id = models.PositiveIntegerField()
    answer = models.JSONField()
    saved_at = models.DateTimeField(auto_now=True)
    checked = models.BooleanField(
        default=False, help_text=_("Locked after the learner asked for its feedback.")
    )
    fraction = models.FloatField(null=True, blank=True)

    class Meta:
        verbose_name = _("response")
        constraints = [
            models.UniqueConstraint(
                fields=["attempt", "question_id"], name="assessments_response_unique"
            ),
        ]

    def __str__(self):
        return f"{self.attempt_id}/{self.question_id}"


class AttemptResult(models.Model):
    """The one graded result of an attempt: its one-to-one key makes a second
    grading impossible."""

    attempt = models.OneToOneField(Attempt, on_delete=models.CASCADE, related_name="result")
    score = models.FloatField(_("points"))
    max_score = models.FloatField(_("points possible"))
    percent = models.FloatField(_("score (%)"))
    passed = models.BooleanField(_("passed"))
    per_question = models.JSONField(default=dict)
    per_skill = models.JSONField(default=dict)
    graded_at = models.DateTimeField(_("graded at"))

    class Meta:
        verbose_name = _("result")

    def __str__(self):
        return f"{self.attempt_id}: {self.percent:.0f}%"
