"""What completing a course takes, and whether a learner has it.

A course is complete when the learner has done its share of required lessons
(``CoursePage.completion_threshold``, all of them by default; optional lessons
never count) and, unless the author turned it off
(``completion_requires_finals``), passed each of its final assessments. With
``completion_requires_checks`` a lesson holding a knowledge check is done only
by passing the check: "Mark as done" is refused there.

Assessments live in an app that depends on this one, so it tells this module
about a learner's finals through ``register_finals`` (from its AppConfig).

A certificate keeps what was met when it was issued (``Certificate.criteria``
and ``basis``), so the certificate page and HR's export can say what it proves.
Completions granted before finals were required keep their certificates, marked
``lessons_earlier_rule`` (docs/design-notes.md).
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import ngettext


@dataclass(frozen=True)
class FinalResult:
    """One final assessment of a course, and the learner's best result in it."""

    assessment_id: int
    title: str
    pass_mark: int
    best_percent: float | None
    passed: bool


#: Functions ``(*, user_id, course) -> list[FinalResult]`` registered by other apps.
_finals_providers: list[Callable] = []


def register_finals(provider: Callable) -> None:
    if provider not in _finals_providers:
        _finals_providers.append(provider)


def finals_for(*, user_id: int, course) -> list[FinalResult]:
    return [
        result
        for provider in _finals_providers
        for result in provider(user_id=user_id, course=course)
    ]


class Basis:
    """What a certificate proves, as HR's export names it."""

    LESSONS_AND_FINALS = "lessons_and_finals"
    LESSONS = "lessons"
    EARLIER_RULE = "lessons_earlier_rule"


@dataclass(frozen=True)
class Criteria:
    lessons_done: int
    lessons_total: int
    threshold: int
    requires_finals: bool
    finals: tuple[FinalResult, ...]

    @property
    def lessons_met(self) -> bool:
        return bool(self.lessons_total) and (
            100 * self.lessons_done >= self.threshold * self.lessons_total
        )

    @property
    def finals_met(self) -> bool:
        return not self.requires_finals or all(final.passed for final in self.finals)

    @property
    def met(self) -> bool:
        return self.lessons_met and self.finals_met

    @property
    def basis(self) -> str:
        if self.requires_finals and self.finals:
            return Basis.LESSONS_AND_FINALS
        return Basis.LESSONS

    def record(self) -> dict:
        """What a certificate keeps of it."""
        return {
            "basis": self.basis,
            "lessons_done": self.lessons_done,
            "lessons_total": self.lessons_total,
            "threshold": self.threshold,
            "finals": [
                {
                    "title": final.title,
                    "percent": final.best_percent,
                    "pass_mark": final.pass_mark,
                    "passed": final.passed,
                }
                for final in self.finals
            ]
            if self.requires_finals
            else [],
        }


def criteria_for(*, enrollment, course, lessons_done: int, lessons_total: int) -> Criteria:
    requires = course.completion_requires_finals
    finals = tuple(finals_for(user_id=enrollment.user_id, course=course)) if requires else ()
    return Criteria(
        lessons_done=lessons_done,
        lessons_total=lessons_total,
        threshold=course.completion_threshold,
        requires_finals=requires,
        finals=finals,
    )


def criteria_sentences(record: dict) -> list[str]:
    """A certificate's criteria in plain words, in the active language."""
    if not record or record.get("basis") == Basis.EARLIER_RULE:
        return [
            _(
                "Issued under the earlier rule: the required lessons were done; passing a "
                "final assessment was not yet required."
            )
        ]
    sentences = [
        ngettext(
            "%(done)s of %(total)s required lesson done (%(threshold)s%% needed).",
            "%(done)s of %(total)s required lessons done (%(threshold)s%% needed).",
            record["lessons_total"],
        )
        % {
            "done": record["lessons_done"],
            "total": record["lessons_total"],
            "threshold": record["threshold"],
        }
    ]
    for final in record.get("finals", []):
        sentences.append(
            # The score itself stays private to the learner and HR: the public
            # page says only that the pass mark was reached.
            _("Final assessment “%(title)s” passed (pass mark %(mark)s%%).")
            % {"title": final["title"], "mark": final["pass_mark"]}
        )
    if not record.get("finals"):
        sentences.append(_("No final assessment was required."))
    return sentences
