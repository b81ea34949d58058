from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from skills import engine
from skills.ingest import QUEUE_CHUNK, queue_learners
from skills.models import AssignmentRule
from skills.tasks import run_rule_task


class Command(BaseCommand):
    help = "Recompute every learner's skill profiles and apply every rule to everyone."

    def add_arguments(self, parser):
        parser.add_argument(
            "--queue",
            action="store_true",
            help="Queue the work for the Celery workers instead of doing it here.",
        )

    def handle(self, *args, queue: bool, **options):
        user_ids = list(
            get_user_model()
            .objects.filter(is_active=True)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        rule_ids = list(
            AssignmentRule.objects.exclude(mode=AssignmentRule.Mode.OFF).values_list(
                "pk", flat=True
            )
        )
        if queue:
            queue_learners(user_ids, only_pending=False)
            for rule_id in rule_ids:
                run_rule_task.delay(rule_id)
            self.stdout.write(
                _("Queued %(learners)s learners and %(rules)s rules.")
                % {"learners": len(user_ids), "rules": len(rule_ids)}
            )
            return
        rules = engine.active_rules()
        for start in range(0, len(user_ids), QUEUE_CHUNK):
            engine.learners_reevaluate(user_ids=user_ids[start : start + QUEUE_CHUNK], rules=rules)
            done = min(start + QUEUE_CHUNK, len(user_ids))
            if done % 500 == 0 or done == len(user_ids):
                self.stdout.write(
                    _("%(done)s of %(total)s learners") % {"done": done, "total": len(user_ids)}
                )
        for rule_id in rule_ids:
            summary = engine.rule_run(rule_id=rule_id)
            self.stdout.write(
                _("Rule %(rule)s: %(evaluated)s evaluated, %(assigned)s assigned.")
                % {
                    "rule": rule_id,
                    "evaluated": summary.evaluated,
                    "assigned": summary.assigned,
                }
            )
        self.stdout.write(
            self.style.SUCCESS(
                ngettext(
                    "Recomputed %(count)s learner.", "Recomputed %(count)s learners.", len(user_ids)
                )
                % {"count": len(user_ids)}
            )
        )
