from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import DraftStateMixin, RevisionMixin, TranslatableMixin
from wagtail.search import index

from core.i18n import originals_only

#: The proficiency scale every skill uses: level number and its name.
PROFICIENCY_LEVELS = [
    (1, _("Aware")),
    (2, _("Practising")),
    (3, _("Proficient")),
    (4, _("Expert")),
]
LEVEL_VALIDATORS = [MinValueValidator(1), MaxValueValidator(4)]


class TaxonomyQuerySet(models.QuerySet):
    def originals(self):
        """Rows in the default language: the ones other records point at."""
        return self.filter(originals_only())


class SkillCategory(TranslatableMixin, RevisionMixin, models.Model):
    code = models.SlugField(_("code"), max_length=50)
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    objects = TaxonomyQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("code"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("skill category")
        verbose_name_plural = _("skill categories")
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["code", "locale"], name="skills_category_code_locale"),
        ]

    def __str__(self):
        return self.name


class Skill(DraftStateMixin, RevisionMixin, TranslatableMixin, index.Indexed, models.Model):
    """A skill of the taxonomy, with what each of the four levels looks like."""

    category = models.ForeignKey(
        SkillCategory, verbose_name=_("category"), on_delete=models.PROTECT, related_name="skills"
    )
    code = models.SlugField(
        _("code"),
        max_length=50,
        help_text=_("A short, stable identifier used by integrations, e.g. “empathy”."),
    )
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"))
    qa_behaviour = models.BooleanField(
        _("QA soft-skill behaviour"),
        default=False,
        help_text=_("Part of the rubric that QA scoring uses."),
    )
    level_1 = models.TextField(
        _("level 1: Aware"), help_text=_("What a person at this level does.")
    )
    level_2 = models.TextField(_("level 2: Practising"))
    level_3 = models.TextField(_("level 3: Proficient"))
    level_4 = models.TextField(_("level 4: Expert"))
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    objects = TaxonomyQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("code"),
        FieldPanel("category"),
        FieldPanel("description"),
        FieldPanel("qa_behaviour"),
        MultiFieldPanel(
            [
                FieldPanel("level_1"),
                FieldPanel("level_2"),
                FieldPanel("level_3"),
                FieldPanel("level_4"),
            ],
            heading=_("Proficiency levels"),
        ),
        FieldPanel("sort_order"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("code"),
        index.SearchField("description"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
        index.FilterField("live"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("skill")
        verbose_name_plural = _("skills")
        ordering = ["category__sort_order", "sort_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["code", "locale"], name="skills_skill_code_locale"),
        ]

    def __str__(self):
        return self.name

    @property
    def levels(self) -> list[tuple[int, str, str]]:
        """(number, name, descriptor) for levels 1 to 4."""
        return [
            (number, name, getattr(self, f"level_{number}")) for number, name in PROFICIENCY_LEVELS
        ]


def level_name(level: int) -> str:
    return str(dict(PROFICIENCY_LEVELS).get(level, level))
