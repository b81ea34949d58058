"""Assignments keep what they were based on as facts, put into words in the
reader's language when read; events keep why they happened as a code.

Existing rows get the facts their stored basis tells: the rule, its skill and
threshold, the target, and the evidence where all of it was kept (the basis
keeps at most ten items). What cannot be told stays out of the facts, and the
sentences written at the time are read in its place."""

import re

from django.db import migrations, models
from django.utils import translation
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext

LANGUAGES = ("en", "es", "fr")
BATCH = 1000
#: The most evidence items a basis keeps (skills/engine.py ``evaluate``).
ITEMS_KEPT = 10
MANUAL_DONE = {
    "module": "Finish every required lesson of the module “%(title)s”.",
    "course": "Complete the course “%(title)s”.",
}
#: The English wording evidence was written in, for its count when items were cut.
COUNT_IN_TEXT = re.compile(r"from (\d+) pieces? of evidence")


def _patterns(message: str) -> list[re.Pattern]:
    patterns = []
    for language in LANGUAGES:
        with translation.override(language):
            text = gettext(message)
        patterns.append(re.compile(re.escape(text).replace(re.escape("%(title)s"), ".*") + "$"))
    return patterns


def _labels(choices) -> dict[str, str]:
    """Each label of ``choices`` in every language, to its code."""
    labels = {}
    for language in LANGUAGES:
        with translation.override(language):
            for value, label in choices:
                if value:
                    labels[str(label)] = value
    return labels


def _rule_facts(row, rule: dict) -> dict:
    facts = {
        "version": 1,
        "kind": "rule",
        "rule": {"id": rule.get("id"), "version": rule.get("version")},
        "explanation": {"en": rule.get("explanation") or row.reason},
        "skill": rule.get("skill"),
        "threshold": rule.get("threshold"),
        "window_days": rule.get("window_days"),
        "course": row.course_id,
        "module": row.module_id,
        "done": "module" if row.module_id else "course",
        "closes_on_recovery": True,
    }
    items = row.basis.get("evidence") or []
    count = len(items) if len(items) < ITEMS_KEPT else None
    if count is None and (found := COUNT_IN_TEXT.search(row.evidence_text or "")):
        count = int(found.group(1)) if int(found.group(1)) == len(items) else None
    score = row.basis.get("score")
    if items and count and score is not None:
        moments = [parse_datetime(item.get("observed_at") or "") for item in items]
        moments = [moment for moment in moments if moment is not None]
        facts["evidence"] = {
            "estimate": score,
            "count": count,
            "sources": sorted({item.get("source") for item in items if item.get("source")}),
            "latest": max(moments).isoformat() if moments else None,
        }
    return facts


def facts_from_what_is_stored(apps, schema_editor):
    Assignment = apps.get_model("courses", "Assignment")
    module_done = _patterns(MANUAL_DONE["module"])
    course_done = _patterns(MANUAL_DONE["course"])
    changed = []
    rows = Assignment.objects.filter(facts={}).only(
        "pk", "course_id", "module_id", "source", "reason", "evidence_text", "done_when", "basis"
    )
    for row in rows.iterator(chunk_size=BATCH):
        rule = (row.basis or {}).get("rule")
        if row.source == "rule" and rule and rule.get("skill") and rule.get("threshold"):
            row.facts = _rule_facts(row, rule)
        elif row.source == "manual":
            patterns = module_done if row.module_id else course_done
            if not any(pattern.match(row.done_when or "") for pattern in patterns):
                continue  # a person's own words: read as written
            row.facts = {
                "version": 1,
                "kind": "manual",
                "course": row.course_id,
                "module": row.module_id,
                "done": "module" if row.module_id else "course",
            }
        else:
            continue
        changed.append(row)
        if len(changed) >= BATCH:
            Assignment.objects.bulk_update(changed, ["facts"])
            changed = []
    Assignment.objects.bulk_update(changed, ["facts"])


def event_reasons_from_notes(apps, schema_editor):
    from courses.models.assignments import Assignment as Current  # the labels only

    AssignmentEvent = apps.get_model("courses", "AssignmentEvent")
    holds = _labels(Current.HoldReason.choices)
    closings = _labels(Current.ClosedReason.choices)
    changed = []
    rows = AssignmentEvent.objects.filter(
        reason="", kind__in=["held", "closed", "snoozed"]
    ).select_related("assignment")
    for event in rows.iterator(chunk_size=BATCH):
        if event.kind == "held":
            event.reason = holds.get(event.note, "")
        elif event.kind == "closed":
            event.reason = event.assignment.closed_reason or closings.get(event.note, "")
            if closings.get(event.note):
                event.note = ""  # the label, written in one language
        else:
            event.reason = "7"  # every snooze so far put it off by seven days
            event.note = ""
        if event.reason:
            if event.kind == "held":
                event.note = ""
            changed.append(event)
        if len(changed) >= BATCH:
            AssignmentEvent.objects.bulk_update(changed, ["reason", "note"])
            changed = []
    AssignmentEvent.objects.bulk_update(changed, ["reason", "note"])


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0010_completion_criteria_and_module_completion"),
    ]

    operations = [
        migrations.AddField(
            model_name="assignment",
            name="facts",
            field=models.JSONField(
                blank=True,
                default=dict,
                help_text="What the explanation says, as data: put into words when read.",
                verbose_name="facts",
            ),
        ),
        migrations.AddField(
            model_name="assignmentevent",
            name="reason",
            field=models.CharField(blank=True, default="", max_length=20, verbose_name="reason"),
        ),
        migrations.RunPython(facts_from_what_is_stored, migrations.RunPython.noop),
        migrations.RunPython(event_reasons_from_notes, migrations.RunPython.noop),
    ]
