from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from people.services import people_import


class Command(BaseCommand):
    help = (
        "Create or update employees from an HRIS export in CSV. Columns: employee_id, email, "
        "first_name, last_name (required); job_role, department, team, manager_employee_id, "
        "preferred_language, active (optional). Keyed by employee id; a file with any bad row "
        "changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="Path to the CSV file (UTF-8).")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Check the file and report what would change, without writing.",
        )

    def handle(self, *args, file: Path, dry_run: bool, **options):
        try:
            data = file.read_bytes()
        except OSError as exc:
            raise CommandError(
                _("Cannot read %(file)s: %(error)s") % {"file": file, "error": exc.strerror}
            ) from exc

        report = people_import(data=data, dry_run=dry_run)
        if report.ignored_columns:
            self.stderr.write(
                _("Ignored unknown columns: %(columns)s")
                % {"columns": ", ".join(report.ignored_columns)}
            )
        if report.errors:
            for error in report.errors:
                self.stderr.write(f"{file.name}: {error}")
            count = len(report.errors)
            raise CommandError(
                ngettext(
                    "%(count)s problem found; nothing was imported.",
                    "%(count)s problems found; nothing was imported.",
                    count,
                )
                % {"count": count}
            )
        summary = _("%(created)s created, %(updated)s updated, %(unchanged)s unchanged.") % {
            "created": report.created,
            "updated": report.updated,
            "unchanged": report.unchanged,
        }
        if dry_run:
            summary = _("Dry run, nothing written: %(summary)s") % {"summary": summary}
        self.stdout.write(self.style.SUCCESS(summary))
