from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Locale, Page
from wagtail.url_routing import RouteResult

from core.i18n import is_default_language, localized
from core.pagecache import allow_anonymous_cache
from core.routing import KnownRestrictionsMixin
from people.roles import ROLE_DESCRIPTIONS
from people.selectors import profile_gaps, user_roles


class HomePage(KnownRestrictionsMixin, Page):
    """The site's front page: what the academy is, and where to go next."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two sentences under the title."),
    )
    body = RichTextField(
        _("body"),
        blank=True,
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul"],
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["wagtailcore.Page"]
    template = "lms/home_page.html"

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        """Every address leads to the original page, whatever the reader's language.

        Wagtail starts routing at the site root's translation in the active
        language; a translated home page hands over to its original, so a page
        keeps one address, progress stays on the original, and a page nobody
        translated yet is still found (and shown as the original, marked so).
        """

        if not is_default_language():  # only then can routing have started at a translation
            default = Locale.get_default()
            if self.locale_id != default.pk:
                original = self.get_translation_or_none(default)
                if original is not None:
                    return original.specific.route(request, path_components)
        if not path_components:
            return super().route(request, path_components)
        # The whole address in one lookup, not a query or two per level of the
        # tree (no page of this site routes below itself).
        url_path = f"{self.url_path}{'/'.join(path_components)}/"
        page = Page.objects.filter(url_path=url_path, live=True).specific().first()
        if page is None:
            raise Http404
        return RouteResult(page)

    def serve(self, request, *args, **kwargs):

        allow_anonymous_cache(request)
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):

        context = super().get_context(request, *args, **kwargs)
        context["content"] = localized(self)
        context["roles"] = [
            {"label": role.label, "description": ROLE_DESCRIPTIONS[role]}
            for role in user_roles(request.user)
        ]
        if request.user.is_authenticated:
            context["profile_gaps"] = profile_gaps(user=request.user)
        return context
