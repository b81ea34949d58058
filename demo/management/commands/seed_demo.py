from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from core.queueing import run_in_this_process
from courses.models import Assignment
from demo.assessments import demo_finals_pass
from demo.content import ContentError
from demo.courses import demo_learning_seed
from demo.covers import cover_images_attach
from demo.engine import demo_engine_seed
from demo.load import content_load, report_lines
from demo.people import DEMO_TOTP_SECRET, demo_people_seed
from people.roles import Role

DEFAULT_DEMO_PASSWORD = "human-edge-demo"  # noqa: S105 - development only, refused in production


class Command(BaseCommand):
    help = "Create the demo organisation and one account per role (development only)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--password",
            default=DEFAULT_DEMO_PASSWORD,
            help="Password for every demo account (default: %(default)s).",
        )

    def handle(self, *args, password: str, **options):
        if settings.PRODUCTION:
            raise CommandError(
                _(
                    "seed_demo creates accounts with a known password; "
                    "it refuses to run in production."
                )
            )
        # Everything the seed queues (progress refreshes after publishing, the
        # engine's evaluation of the demo signals) runs here before the command
        # returns: the demo is whole when the web server answers its first page,
        # and the worker starts with nothing to catch up on.
        with run_in_this_process():
            people = self._seed(password)
        assigned = Assignment.objects.filter(origin_rule_id__isnull=False).count()
        self.stdout.write(_("Assignments made by the demo rule: %(count)s.") % {"count": assigned})
        self.stdout.write(
            self.style.SUCCESS(_("Demo data is ready. Log in at /accounts/login/ with:"))
        )
        for person in people:
            labels = [str(Role.LEARNER.label), *(str(role.label) for role in person.roles)]
            if person.superuser:
                labels.append(_("superuser"))
            roles = ", ".join(labels)
            self.stdout.write(f"  {person.email:<24} {password}   ({roles})")
        self.stdout.write(
            _(
                "Authors, HR and the superuser also need a second factor: add the secret "
                "%(secret)s to an authenticator app, or print the current code with "
                "`.venv/bin/python manage.py demo_code`."
            )
            % {"secret": DEMO_TOTP_SECRET}
        )

    def _seed(self, password: str) -> list:
        people = demo_people_seed(password=password)
        # Courses, assessments, the taxonomy and their translations: content/.
        try:
            report = content_load()
        except ContentError as error:
            raise CommandError(str(error)) from error
        for line in report_lines(report):
            self.stdout.write(line)
        demo_learning_seed(pass_finals=demo_finals_pass)
        engine = demo_engine_seed()
        if engine["rejected"]:
            raise CommandError(f"Demo signals were refused: {engine['rejected']}")
        self.stdout.write(_("Skill signals sent: %(count)s new.") % {"count": engine["accepted"]})
        if engine["token"]:
            self.stdout.write(
                _("API token for the demo QA integration (shown once): %(token)s")
                % {"token": engine["token"]}
            )
        cover_images_attach()
        return people
