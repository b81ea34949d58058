from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from people import selectors
from people.models import AccessLog
from privacy import services as privacy


class Command(BaseCommand):
    help = (
        "Erase one person's personal data and anonymise their account, keeping what "
        "completion statistics count (see /privacy/). Name the person by --email or "
        "--employee-id. The erasure is logged by the person's id only."
    )

    def add_arguments(self, parser):
        who = parser.add_mutually_exclusive_group(required=True)
        who.add_argument("--email", default="", help="The person's e-mail address.")
        who.add_argument("--employee-id", default="", help="The person's employee id.")
        parser.add_argument(
            "--actor",
            default="",
            help="The e-mail address of the superuser who asked for it, for the log.",
        )
        parser.add_argument("--yes", action="store_true", help="Do not ask for confirmation.")

    def handle(self, *args, email: str, employee_id: str, actor: str, yes: bool, **options):
        person = selectors.person_find(email=email, employee_id=employee_id)
        if person is None:
            raise CommandError(_("Nobody has this e-mail address or employee id."))
        by = None
        if actor:
            by = selectors.person_find(email=actor)
            if by is None:
                raise CommandError(_("The --actor is not a known e-mail address."))
        try:
            privacy.erasure_check(actor=by, user=person)
        except (ValidationError, PermissionDenied) as error:
            raise CommandError(" ".join(getattr(error, "messages", [str(error)]))) from error

        if not yes and options.get("interactive", True):
            answer = input(
                _("Erase the personal data of person %(id)s? This cannot be undone. [y/N] ")
                % {"id": person.pk}
            )
            if answer.strip().lower() not in {"y", "yes"}:
                raise CommandError(_("Nothing was erased."))

        report = privacy.person_erase(
            actor=by, user=person, place=AccessLog.Place.COMMAND_LINE, path="erase_person"
        )
        removed = ", ".join(f"{name}: {count}" for name, count in sorted(report.removed.items()))
        self.stdout.write(
            _("Erased the personal data of person %(id)s (%(removed)s).")
            % {"id": report.user_id, "removed": removed}
        )
