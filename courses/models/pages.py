"""The page tree: catalog → course → module → lesson."""

from django import forms
from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.i18n import localized, originals_only
from core.pagecache import allow_anonymous_cache, prevent_anonymous_cache
from core.routing import KnownRestrictionsMixin
from courses.blocks import GRADED_BLOCKS, PACKAGE_BLOCKS, LessonBodyBlock


class Level(models.TextChoices):
    FOUNDATION = "foundation", _("Foundation")
    INTERMEDIATE = "intermediate", _("Intermediate")
    ADVANCED = "advanced", _("Advanced")


class LearnerOnlyMixin:
    """Course pages are for signed-in people; anyone else is asked to sign in."""

    def serve(self, request, *args, **kwargs):
        if not request.user.is_authenticated and not getattr(request, "is_preview", False):
            return redirect_to_login(request.get_full_path(), settings.LOGIN_URL)
        return super().serve(request, *args, **kwargs)


class PublicPageMixin:
    """Open to everyone, and served from the cache to visitors who are not
    signed in (core/pagecache.py); signed-in people see their own progress."""

    #: The query parameters the page reads: the only ones the cache keys on.
    cache_query_parameters: tuple[str, ...] = ()

    def serve(self, request, *args, **kwargs):

        allow_anonymous_cache(request, self.cache_query_parameters)
        return super().serve(request, *args, **kwargs)


class CatalogPage(PublicPageMixin, KnownRestrictionsMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["lms.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count_per_parent = 1
    template = "courses/catalog_page.html"
    cache_query_parameters = ("q", "skill", "level", "duration")

    class Meta:
        verbose_name = _("course catalog")

    def get_context(self, request, *args, **kwargs):
        # Models load first; selectors and forms import them.
        from courses import selectors
        from courses.forms import CatalogFilterForm

        context = super().get_context(request, *args, **kwargs)
        context["content"] = localized(self)
        form = CatalogFilterForm(request.GET or None)
        filters = form.cleaned_data if form.is_valid() else {}
        if form.is_bound and (not form.is_valid() or filters.get("q")):
            # Filters have few values, each kept; a search or a wrong value is
            # made for this visitor only, or random ones would fill the cache.
            prevent_anonymous_cache(request)
        context["filter_form"] = form
        context["courses"] = selectors.catalog_course_list(
            catalog=self, user=request.user, **filters
        )
        context["filtered"] = bool(filters and any(filters.values()))
        return context


class CoursePage(PublicPageMixin, KnownRestrictionsMixin, Page):
    summary = models.TextField(_("summary"), help_text=_("One or two sentences for the catalog."))
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown on the catalog, the course page and My learning, cropped to 16:9. "
            "The image's description is read out as its alternative text; leave the "
            "description empty for a purely decorative image."
        ),
    )
    level = models.CharField(_("level"), max_length=20, choices=Level.choices)
    estimated_minutes = models.PositiveIntegerField(
        _("estimated minutes"), validators=[MinValueValidator(1)]
    )
    audience = models.TextField(_("who it is for"), blank=True)
    skills = ParentalManyToManyField(
        "skills.Skill",
        verbose_name=_("skills taught"),
        blank=True,
        related_name="courses",
        limit_choices_to=originals_only,
    )
    prerequisites = ParentalManyToManyField(
        "self",
        verbose_name=_("prerequisites"),
        symmetrical=False,
        blank=True,
        related_name="required_for",
        limit_choices_to=originals_only,
        help_text=_("Courses a learner must complete before enrolling in this one."),
    )
    completion_threshold = models.PositiveSmallIntegerField(
        _("share of required lessons to complete (%)"),
        default=100,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_(
            "The course is complete when the learner has done at least this share of its "
            "required lessons. Optional lessons never count."
        ),
    )
    completion_requires_finals = models.BooleanField(
        _("every final assessment must be passed"),
        default=True,
        help_text=_(
            "The course is complete only when the learner has also passed each of its "
            "final assessments."
        ),
    )
    completion_requires_checks = models.BooleanField(
        _("knowledge checks must be passed"),
        default=False,
        help_text=_(
            "A lesson with a knowledge check is done only when its check is passed: "
            "“Mark as done” is not offered there."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("cover_image"),
        MultiFieldPanel(
            [FieldPanel("level"), FieldPanel("estimated_minutes"), FieldPanel("audience")],
            heading=_("At a glance"),
        ),
        FieldPanel("skills", widget=forms.CheckboxSelectMultiple),
        FieldPanel("prerequisites", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldPanel("completion_threshold"),
                FieldPanel("completion_requires_finals"),
                FieldPanel("completion_requires_checks"),
            ],
            heading=_("Completion"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("audience"),
        index.FilterField("level"),
        index.FilterField("estimated_minutes"),
        index.RelatedFields("skills", [index.SearchField("name")]),
    ]
    parent_page_types = ["courses.CatalogPage"]
    subpage_types = ["courses.ModulePage"]
    template = "courses/course_page.html"

    class Meta:
        verbose_name = _("course")

    def get_context(self, request, *args, **kwargs):
        # Models load first; selectors and forms import them.
        from courses import selectors

        context = super().get_context(request, *args, **kwargs)
        context["outline"] = selectors.course_outline(
            course=self, user=request.user, request=request
        )
        return context


class ModulePage(LearnerOnlyMixin, KnownRestrictionsMixin, Page):
    summary = models.TextField(_("summary"), blank=True)
    objectives = StreamField(
        [("objective", blocks.CharBlock(label=_("Objective"), icon="tick"))],
        verbose_name=_("learning objectives"),
        blank=True,
        help_text=_("What the learner can do after this module, one per line, e.g. “Explain…”."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("objectives"),
        InlinePanel("module_skills", heading=_("Skills developed"), label=_("Skill")),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = ["courses.LessonPage"]
    template = "courses/module_page.html"

    class Meta:
        verbose_name = _("module")

    def get_context(self, request, *args, **kwargs):
        # Models load first; selectors and forms import them.
        from courses import selectors

        context = super().get_context(request, *args, **kwargs)
        course = self.get_parent().specific
        context["course"] = course
        context["content"] = localized(self)
        context["outline"] = selectors.course_outline(
            course=course, user=request.user, request=request
        )
        context["module_outline"] = context["outline"].module(self.pk)
        items = list(self.module_skills.select_related("skill"))
        names = selectors.skill_names_localized([item.skill for item in items])
        context["module_skills"] = [
            {"name": name, "target_level": item.target_level}
            for item, name in zip(items, names, strict=True)
        ]
        return context


class ModuleSkill(Orderable):
    """A skill a module develops, and to which level."""

    module = ParentalKey(
        "courses.ModulePage", on_delete=models.CASCADE, related_name="module_skills"
    )
    skill = models.ForeignKey(
        "skills.Skill",
        verbose_name=_("skill"),
        on_delete=models.CASCADE,
        related_name="+",
        limit_choices_to=originals_only,
    )
    target_level = models.PositiveSmallIntegerField(
        _("to level"), validators=[MinValueValidator(1), MaxValueValidator(4)], default=2
    )

    panels = [FieldPanel("skill"), FieldPanel("target_level")]

    class Meta(Orderable.Meta):
        verbose_name = _("skill developed")
        constraints = [
            models.UniqueConstraint(fields=["module", "skill"], name="courses_module_skill_unique"),
        ]


class LessonPage(KnownRestrictionsMixin, Page):
    summary = models.TextField(_("summary"), blank=True)
    estimated_minutes = models.PositiveIntegerField(
        _("estimated minutes"), default=10, validators=[MinValueValidator(1)]
    )
    optional = models.BooleanField(
        _("optional"),
        default=False,
        help_text=_("Optional lessons do not count towards completing the course."),
    )
    body = StreamField(LessonBodyBlock(), verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("estimated_minutes"),
        FieldPanel("optional"),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("body")]
    parent_page_types = ["courses.ModulePage"]
    subpage_types: list[str] = []
    template = "courses/lesson_page.html"

    class Meta:
        verbose_name = _("lesson")

    def serve(self, request, *args, **kwargs):
        # Models load first; selectors and forms import them.
        from courses import selectors

        if getattr(request, "is_preview", False):
            return super().serve(request, *args, **kwargs)
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), settings.LOGIN_URL)
        context = selectors.lesson_context(lesson=self, user=request.user, request=request)
        if context is None or not context["can_open"]:
            # A lesson someone may not open answers 404, as every forbidden read
            # does (docs/access-matrix.md); the page says how to get access.
            return TemplateResponse(
                request,
                "courses/lesson_locked.html",
                {"page": self, "course": context["outline"].map if context else None},
                status=404,
            )
        request.lesson_context = context
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        lesson_context = getattr(request, "lesson_context", None)
        if lesson_context is not None:
            # Models load first; selectors and forms import them.
            from courses import selectors
            from courses.services import lesson_visit

            lesson_visit(user=request.user, enrollment=lesson_context["enrollment"], lesson=self)
            context.update(lesson_context)
            context["content"] = content = localized(self)
            context["reflections"] = selectors.reflections_on(
                lesson=self, user=request.user, body=content.body
            )
            # Where the course requires it, only passing the check finishes the lesson.
            context["needs_check"] = lesson_context["outline"].map.requires_checks and any(
                block.block_type in GRADED_BLOCKS for block in self.body
            )
            context["needs_activity"] = any(
                block.block_type in PACKAGE_BLOCKS for block in self.body
            )
        else:
            context["preview"] = True
            context["content"] = self
        return context
