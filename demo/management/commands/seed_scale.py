import logging

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from demo.scale import ScaleError, ScalePlan, scale_seed


class Command(BaseCommand):
    help = _(
        "Build an organisation at scale in this (fresh) database, for benchmarks: learners, "
        "teams, courses, progress, attempts, signals and assignments. Deterministic with --seed."
    )

    def add_arguments(self, parser):
        defaults = ScalePlan()
        for name in (
            "learners", "teams", "courses", "modules", "lessons", "courses_per_learner",
            "progress_rows", "attempts", "signals", "seed",
        ):  # fmt: skip
            parser.add_argument(
                f"--{name.replace('_', '-')}", type=int, default=getattr(defaults, name)
            )

    def handle(self, *args, **options):
        if settings.PRODUCTION:
            raise CommandError(
                _("seed_scale makes made-up people; it refuses to run in production.")
            )
        plan = ScalePlan(
            **{name: options[name] for name in ScalePlan.__dataclass_fields__ if name in options}
        )
        for name, value in vars(plan).items():
            if value < (0 if name in {"attempts", "signals", "progress_rows"} else 1):
                raise CommandError(_("--%(name)s must be a positive number.") % {"name": name})
        # Wagtail logs every page it creates; hundreds of lines say nothing here.
        logging.getLogger("wagtail").setLevel(logging.WARNING)
        try:
            report = scale_seed(plan, log=lambda message: self.stdout.write(message))
        except ScaleError as error:
            raise CommandError(str(error)) from error
        for name, count in report.counts.items():
            self.stdout.write(f"  {name:<20} {count:>10,}")
        total = sum(report.seconds.values())
        self.stdout.write(self.style.SUCCESS(_("Built in %(seconds).0f s.") % {"seconds": total}))
