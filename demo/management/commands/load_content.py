from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.queueing import run_in_this_process
from demo.content import ContentError
from demo.load import content_load, report_lines


class Command(BaseCommand):
    help = gettext_lazy(
        "Load the courses, assessments, content packages, skills taxonomy and their "
        "translations from content/. Safe to run again: only what changed is written."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help=gettext_lazy("Report what would change and write nothing."),
        )
        parser.add_argument(
            "--taxonomy",
            action="store_true",
            help=gettext_lazy(
                "Load only the skills taxonomy and its translations: the one part of "
                "content/ a production site takes (courses there belong to its authors)."
            ),
        )
        parser.add_argument(
            "--content", default=None, help=gettext_lazy("A content folder other than content/.")
        )

    def handle(
        self, *args, dry_run: bool, taxonomy: bool, content: str | None, verbosity: int, **options
    ):
        if settings.PRODUCTION and not taxonomy:
            raise CommandError(
                _(
                    "load_content loads the demo; in production it loads only the "
                    "taxonomy (--taxonomy)."
                )
            )
        # What publishing queues (progress refreshes) runs here, before the command returns.
        with run_in_this_process():
            try:
                report = content_load(root=content, dry_run=dry_run, taxonomy_only=taxonomy)
            except ContentError as error:
                raise CommandError(str(error)) from error
        for line in report_lines(report, verbosity=verbosity):
            self.stdout.write(line)
