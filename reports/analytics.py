"""L&D analytics: is the programme working? Every figure comes with its table.

Each function runs a fixed number of queries; charts are drawn by pygal as SVG
without scripts, and the numbers behind each are shown as a table beside it.
"""

import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import timedelta

import pygal
from django.db.models import Avg, Count, Q
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from pygal.etree import etree
from pygal.style import Style

from assessments.models import Assessment, Attempt, AttemptResult
from assessments.selectors import learning_gain
from core.i18n import originals_only, translations_of
from courses.models import Assignment, Enrollment, LessonCompletion
from skills.models import AssignmentRule, Contest, Skill, SkillProfile

MIN_GROUP = 5
STYLE = Style(
    background="#ffffff",
    plot_background="#ffffff",
    foreground="#1b1f24",
    foreground_strong="#1b1f24",
    foreground_subtle="#4a5360",
    colors=("#0b5a6b", "#b3261e", "#1e6b35", "#6b4fb3"),
    font_family="system-ui, sans-serif",
)


def _svg(chart) -> str:
    """The chart as SVG without pygal's inline script (its tooltip settings), which
    the site's Content Security Policy refuses: the chart is drawn by the SVG
    itself, and its numbers are in the table beside it."""
    tree = chart.render_tree()
    for parent in list(tree.iter()):
        for child in list(parent):
            if isinstance(child.tag, str) and child.tag.rsplit("}", 1)[-1] == "script":
                parent.remove(child)
    return etree.tostring(tree, encoding="unicode")


def _chart(kind, title: str):
    chart = kind(
        style=STYLE,
        js=[],
        disable_xml_declaration=True,
        width=720,
        height=320,
        legend_at_bottom=True,
    )
    chart.title = title
    return chart


def _count_axis(chart, values: list[int]) -> None:
    """Whole numbers on the axis of a chart of counts: no "0.2 completions"."""
    top = max(values, default=0)
    step = max(1, math.ceil(top / 5))
    chart.y_labels = list(range(0, max(top, 1) + step, step))
    chart.range = (0, chart.y_labels[-1])


@dataclass
class Figure:
    title: str
    svg: str
    headers: list[str]
    rows: list[list]


def completions_over_time(*, weeks: int = 12, now=None) -> Figure:
    now = now or timezone.now()
    start = (now - timedelta(weeks=weeks)).date()
    start -= timedelta(days=start.weekday())
    counts = defaultdict(int)
    for completed_at in Enrollment.objects.filter(
        status=Enrollment.Status.COMPLETED, completed_at__date__gte=start
    ).values_list("completed_at", flat=True):
        day = completed_at.date()
        counts[day - timedelta(days=day.weekday())] += 1
    labels, values = [], []
    week = start
    while week <= now.date():
        labels.append(formats.date_format(week, "DATE_FORMAT"))
        values.append(counts.get(week, 0))
        week += timedelta(weeks=1)
    chart = _chart(pygal.Bar, _("Course completions per week"))
    chart.x_labels = labels
    chart.x_label_rotation = 30
    chart.add(_("Completions"), values)
    _count_axis(chart, values)
    return Figure(
        chart.title,
        _svg(chart),
        [_("Week starting"), _("Completions")],
        [[label, value] for label, value in zip(labels, values, strict=True)],
    )


def engagement(*, days: int = 30, now=None) -> dict:
    """Active learners over assigned learners: of everyone with learning assigned,
    how many did any in the last ``days`` days."""
    now = now or timezone.now()
    since = now - timedelta(days=days)
    assigned = set(
        Assignment.objects.filter(status__in=["open", "held", "completed"]).values_list(
            "user_id", flat=True
        )
    )
    active = set(
        LessonCompletion.objects.filter(user_id__in=assigned, completed_at__gte=since).values_list(
            "user_id", flat=True
        )
    ) | set(
        Attempt.objects.filter(user_id__in=assigned, started_at__gte=since).values_list(
            "user_id", flat=True
        )
    )
    return {
        "assigned": len(assigned),
        "active": len(active),
        "rate": (len(active) / len(assigned)) if assigned else None,
        "days": days,
    }


def pass_rates() -> Figure:
    rows = list(
        AttemptResult.objects.values(
            "attempt__assessment__title", "attempt__assessment__course__title"
        )
        .annotate(
            attempts=Count("pk"),
            passed=Count("pk", filter=Q(passed=True)),
            mean=Avg("percent"),
        )
        .order_by("attempt__assessment__course__title", "attempt__assessment__title")
    )
    chart = _chart(pygal.HorizontalBar, _("Pass rate by assessment (%)"))
    chart.range = (0, 100)
    table = []
    for row in rows:
        rate = 100 * row["passed"] / row["attempts"]
        chart.add(row["attempt__assessment__title"][:40], [round(rate, 1)])
        table.append(
            [
                row["attempt__assessment__course__title"],
                row["attempt__assessment__title"],
                row["attempts"],
                round(rate, 1),
                round(row["mean"], 1),
            ]
        )
    return Figure(
        chart.title,
        _svg(chart) if rows else "",
        [
            _("Course"),
            _("Assessment"),
            _("Graded attempts"),
            _("Pass rate (%)"),
            _("Mean score (%)"),
        ],
        table,
    )


def gains() -> list[dict]:
    rows = []
    for post in Assessment.objects.filter(
        originals_only(), kind=Assessment.Kind.POST_TEST, pre_test__isnull=False
    ).select_related("course", "pre_test"):
        gain = learning_gain(assessment=post)
        rows.append({"course": post.course.title, "post": post.title, **(gain or {})})
    return rows


@dataclass
class Heatmap:
    skills: list[str]
    teams: list[str]
    cells: dict[tuple[str, str], dict]

    @property
    def rows(self) -> list[tuple[str, list[dict | None]]]:
        return [
            (team, [self.cells.get((team, skill)) for skill in self.skills]) for team in self.teams
        ]


def skill_gap_heatmap() -> Heatmap:
    """Mean skill estimate by team and skill; a cell of fewer than five people is hidden."""
    rows = (
        SkillProfile.objects.filter(user__is_active=True, user__profile__team__isnull=False)
        .values("user__profile__team__department__name", "user__profile__team__name", "skill_id")
        .annotate(mean=Avg("score"), people=Count("user", distinct=True))
    )
    rows = list(rows)
    # Skills named in the reader's language where translated.
    originals = list(Skill.objects.filter(pk__in={row["skill_id"] for row in rows}))
    shown = translations_of(originals)
    names = {s.pk: shown.get(s.translation_key, s).name for s in originals}
    cells = {}
    skills, teams = set(), set()
    for row in rows:
        team = (
            f"{row['user__profile__team__department__name']} / {row['user__profile__team__name']}"
        )
        skill = names[row["skill_id"]]
        teams.add(team)
        skills.add(skill)
        cells[(team, skill)] = {
            "people": row["people"],
            "mean": row["mean"] if row["people"] >= MIN_GROUP else None,
        }
    return Heatmap(skills=sorted(skills), teams=sorted(teams), cells=cells)


def assignments_by_rule() -> list[dict]:
    totals = {
        row["origin_rule_id"]: row
        for row in Assignment.objects.filter(origin_rule_id__isnull=False)
        .values("origin_rule_id")
        .annotate(
            total=Count("pk"),
            tested_out=Count("pk", filter=Q(closed_reason="tested_out")),
            recovered=Count("pk", filter=Q(closed_reason="recovered")),
            completed=Count("pk", filter=Q(closed_reason="completed")),
        )
    }
    contests = {
        row["assignment__origin_rule_id"]: row
        for row in Contest.objects.filter(assignment__origin_rule_id__isnull=False)
        .values("assignment__origin_rule_id")
        .annotate(contested=Count("pk"), upheld=Count("pk", filter=Q(status="upheld")))
    }
    names = dict(AssignmentRule.objects.filter(pk__in=list(totals)).values_list("pk", "name"))
    result = []
    for rule_id, row in sorted(totals.items(), key=lambda item: names.get(item[0], "")):
        contest = contests.get(rule_id, {})
        total = row["total"]
        result.append(
            {
                "rule": names.get(rule_id, _("Deleted rule %(id)s") % {"id": rule_id}),
                "total": total,
                "completed": row["completed"],
                "tested_out": row["tested_out"],
                "recovered": row["recovered"],
                "contested": contest.get("contested", 0),
                "upheld": contest.get("upheld", 0),
                "contest_rate": 100 * contest.get("contested", 0) / total,
                "test_out_rate": 100 * row["tested_out"] / total,
            }
        )
    return result
