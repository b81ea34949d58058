from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from demo.content import LANGUAGES, ContentError, content_read, po_path, po_write


class Command(BaseCommand):
    help = gettext_lazy(
        "Refresh the translation files of content/ (content/locale/<language>/LC_MESSAGES/"
        "content.po) from its English text: translations are kept, a changed English text "
        "marks its translation fuzzy, a removed text is dropped."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--content", default=None, help=gettext_lazy("A content folder other than content/.")
        )
        parser.add_argument(
            "--check",
            action="store_true",
            help=gettext_lazy("Write nothing; fail if a translation file is not up to date."),
        )

    def handle(self, *args, content: str | None, check: bool, **options):
        try:
            data = content_read(content)
            stale = []
            for language in LANGUAGES:
                counts = po_write(data, language, dry_run=check)
                if check and counts["changed"]:
                    stale.append(str(po_path(data.root, language)))
                self.stdout.write(
                    _(
                        "%(language)s: %(total)s texts, %(untranslated)s untranslated, "
                        "%(fuzzy)s fuzzy."
                    )
                    % {"language": language, **counts}
                )
        except ContentError as error:
            raise CommandError(str(error)) from error
        if stale:
            raise CommandError(
                _("Not up to date, run `manage.py content_messages`: %(files)s")
                % {"files": ", ".join(stale)}
            )
