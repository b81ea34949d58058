"""The SCORM run-time data model, kept on the server, for SCORM 1.2 and 2004.

Three pure functions:

- :func:`cmi_initial`: what a SCO reads when it starts (``GetValue``), made of
  what the learner's earlier sessions stored and what the site provides.
- :func:`cmi_merge`: checks every element a SCO wrote in a session against the
  data model of its version (the runtime in the browser checked it already; a
  request can be forged) and returns the values to store, refusing a bad one
  with :class:`CmiRefused` and the SCORM error code the runtime would give.
- :func:`cmi_outcome`: what the stored values mean for the lesson.

Values are kept flat, named as the SCO names them, every value text:
``{"cmi.core.lesson_status": "incomplete", "cmi.interactions.0.id": "q1"}``.
The runtime (``packages/static/packages/scorm-runtime.js``) holds the same
tables; ``tests/browser/test_scorm_runtime.py`` checks that both give the same
answer for the same writes.
"""

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from django.utils.translation import gettext as _

SCORM_12 = "1.2"
SCORM_2004 = "2004"
VERSIONS = (SCORM_12, SCORM_2004)

#: How many characters (names and values) one learner's data for one SCO may
#: hold: far more than SCORM's smallest permitted maximums add up to in
#: practice (2004's suspend data alone is 64,000).
MAX_STORED_CHARS = 1_000_000
#: How many elements one commit may carry.
MAX_ELEMENTS_PER_COMMIT = 20_000


class CmiRefused(Exception):
    """A value the data model refuses: the element, the SCORM error code the
    runtime gives for it (1.2 or 2004 numbering) and a message."""

    def __init__(self, element: str, code: int, message: str):
        super().__init__(message)
        self.element = element
        self.code = code
        self.message = message


@dataclass(frozen=True)
class Outcome:
    """What a SCO's data means for the lesson: whether it is completed, whether
    it is passed (None when the content says nothing of it), and its score
    from 0 to 1 (None when it gave none)."""

    completed: bool
    passed: bool | None
    score: float | None


# Value types. A check returns None when the value fits, else a reason:
# "type" (not of the type), "length" (longer than the type allows) or
# "range" (a number out of range). The runtime's tables mirror these.

_ASCII_SPACE_OR_CONTROL = re.compile(r"[\x00-\x20\x7f]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_INDEX = re.compile(r"0|[1-9][0-9]{0,5}")
DECIMAL_12 = re.compile(r"-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
INTEGER_12 = re.compile(r"-?[0-9]{1,6}")
REAL_2004 = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]{1,3})?")
TIMESPAN_12 = re.compile(r"([0-9]{2,4}):([0-5][0-9]):([0-5][0-9])(\.[0-9]{1,2})?")
TIME_12 = re.compile(r"([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])(\.[0-9]{1,2})?")
DURATION_2004 = re.compile(
    r"P(?:([0-9]+)Y)?(?:([0-9]+)M)?(?:([0-9]+)D)?"
    r"(?:T(?:([0-9]+)H)?(?:([0-9]+)M)?(?:([0-9]+(?:\.[0-9]{1,2})?)S)?)?"
)
TIME_2004 = re.compile(
    r"(19[7-9][0-9]|20[0-2][0-9]|203[0-8])"
    r"(?:-(0[1-9]|1[0-2])"
    r"(?:-(0[1-9]|[12][0-9]|3[01])"
    r"(?:T([01][0-9]|2[0-3])"
    r"(?::([0-5][0-9])"
    r"(?::([0-5][0-9])(?:\.[0-9]{1,2})?"
    r"(?:Z|[+-](?:[01][0-9]|2[0-3])(?::?[0-5][0-9])?)?"
    r")?)?)?)?)?"
)
LANGUAGE = re.compile(r"(?:[a-zA-Z]{2,3}|[iIxX])(?:-[a-zA-Z0-9]{1,8})*")
LOCALIZED = re.compile(r"\{lang=([^}]*)\}", re.DOTALL)
TIME_LIMIT_ACTIONS = ("exit,message", "exit,no message", "continue,message", "continue,no message")

Check = Callable[[str], str | None]


def _text(limit: int) -> Check:
    def check(value: str) -> str | None:
        return "length" if len(value) > limit else None

    return check


def _identifier(limit: int) -> Check:
    """CMIIdentifier (1.2) and long_identifier_type (2004): no spaces or
    control characters, not empty."""

    def check(value: str) -> str | None:
        if not value or _ASCII_SPACE_OR_CONTROL.search(value):
            return "type"
        return "length" if len(value) > limit else None

    return check


def _vocabulary(*words: str) -> Check:
    def check(value: str) -> str | None:
        return None if value in words else "type"

    return check


def _decimal_12(low: float | None = None, high: float | None = None, blank=False) -> Check:
    def check(value: str) -> str | None:
        if value == "" and blank:
            return None
        if len(value) > 40 or not DECIMAL_12.fullmatch(value):
            return "type"
        number = float(value)
        if (low is not None and number < low) or (high is not None and number > high):
            return "range"
        return None

    return check


def _integer_12(low: int, high: int) -> Check:
    def check(value: str) -> str | None:
        if not INTEGER_12.fullmatch(value):
            return "type"
        return None if low <= int(value) <= high else "range"

    return check


def _timespan_12(value: str) -> str | None:
    return None if TIMESPAN_12.fullmatch(value) else "type"


def _time_12(value: str) -> str | None:
    return None if TIME_12.fullmatch(value) else "type"


def _result_12(value: str) -> str | None:
    if value in ("correct", "wrong", "unanticipated", "neutral"):
        return None
    return None if len(value) <= 40 and DECIMAL_12.fullmatch(value) else "type"


def _real(low: float | None = None, high: float | None = None) -> Check:
    def check(value: str) -> str | None:
        if len(value) > 40 or not REAL_2004.fullmatch(value):
            return "type"
        number = float(value)
        if not math.isfinite(number):
            return "type"
        if (low is not None and number < low) or (high is not None and number > high):
            return "range"
        return None

    return check


def _result_2004(value: str) -> str | None:
    if value in ("correct", "incorrect", "unanticipated", "neutral"):
        return None
    return _real()(value)


def is_duration_2004(value: str) -> bool:
    """An ISO 8601 duration as SCORM 2004's timeinterval: ``P1DT2H3M4.5S``,
    at least one part, and a ``T`` only before a time part."""
    match = DURATION_2004.fullmatch(value)
    return bool(match) and any(match.groups()) and not value.endswith("T")


def _duration_2004(value: str) -> str | None:
    return None if is_duration_2004(value) else "type"


def _time_2004(value: str) -> str | None:
    return None if TIME_2004.fullmatch(value) else "type"


def _language(value: str) -> str | None:
    if value == "":
        return None
    if len(value) > 250:
        return "length"
    return None if LANGUAGE.fullmatch(value) else "type"


def _localized(limit: int) -> Check:
    """localized_string_type: an optional ``{lang=...}`` then the text."""

    def check(value: str) -> str | None:
        match = LOCALIZED.match(value)
        if match:
            if not match.group(1) or _language(match.group(1)):
                return "type"
            value = value[match.end() :]
        return "length" if len(value) > limit else None

    return check


_NAV_REQUESTS = (
    "continue",
    "previous",
    "exit",
    "exitAll",
    "abandon",
    "abandonAll",
    "suspendAll",
    "_none_",
)
_NAV_TARGET = re.compile(r"\{target=([^}\x00-\x20]{1,4000})\}(choice|jump)")


def _nav_request(value: str) -> str | None:
    return None if value in _NAV_REQUESTS or _NAV_TARGET.fullmatch(value) else "type"


# Interactions of SCORM 2004: a response and a correct-response pattern are
# written in a format that depends on the interaction's type.

INTERACTION_TYPES_2004 = (
    "true-false",
    "choice",
    "fill-in",
    "long-fill-in",
    "matching",
    "performance",
    "sequencing",
    "likert",
    "numeric",
    "other",
)
#: How many correct-response patterns each type may have (SCORM's smallest
#: permitted maximum).
CORRECT_RESPONSES_2004 = {
    "true-false": 1,
    "choice": 10,
    "fill-in": 5,
    "long-fill-in": 5,
    "matching": 5,
    "performance": 5,
    "sequencing": 5,
    "likert": 1,
    "numeric": 1,
    "other": 1,
}
_FLAG = re.compile(r"\{(case_matters|order_matters)=(true|false)\}")


def _short_identifier(value: str) -> bool:
    return 0 < len(value) <= 250 and not _ASCII_SPACE_OR_CONTROL.search(value)


def _strip_flags(value: str, allowed: tuple[str, ...]) -> str | None:
    """The pattern without its leading ``{case_matters=..}``/``{order_matters=..}``
    flags, or None when a flag is not one the type allows."""
    while True:
        match = _FLAG.match(value)
        if not match:
            return value
        if match.group(1) not in allowed:
            return None
        value = value[match.end() :]


def _is_real(value: str) -> bool:
    return _real()(value) is None


def interaction_value_2004(kind: str, value: str, *, pattern: bool) -> str | None:
    """Check a learner response (``pattern=False``) or a correct-response
    pattern (``pattern=True``) for an interaction of type ``kind``."""
    if len(value) > 4000:
        return "length"
    if kind == "true-false":
        return None if value in ("true", "false") else "type"
    if kind in ("choice", "sequencing"):
        if value == "" and kind == "choice":
            return None
        items = value.split("[,]")
        if not all(_short_identifier(item) for item in items):
            return "type"
        if kind == "choice" and len(set(items)) != len(items):
            return "type"
        return None
    if kind == "likert":
        return None if _short_identifier(value) else "type"
    if kind == "matching":
        for pair in value.split("[,]"):
            source, dot, target = pair.partition("[.]")
            if not dot or not _short_identifier(source) or not _short_identifier(target):
                return "type"
        return None
    if kind == "numeric":
        if not pattern:
            return None if _is_real(value) else "type"
        low, colon, high = value.partition("[:]")
        if not colon:
            return None if _is_real(value) else "type"
        if (low and not _is_real(low)) or (high and not _is_real(high)):
            return "type"
        if low and high and float(low) > float(high):
            return "type"
        return None
    if kind in ("fill-in", "long-fill-in"):
        text = value
        if pattern:
            flags = ("case_matters", "order_matters") if kind == "fill-in" else ("case_matters",)
            text = _strip_flags(value, flags)
            if text is None:
                return "type"
        parts = text.split("[,]") if kind == "fill-in" else [text]
        limit = 250 if kind == "fill-in" else 4000
        return next((reason for part in parts if (reason := _localized(limit)(part))), None)
    if kind == "performance":
        text = _strip_flags(value, ("order_matters",)) if pattern else value
        if text is None:
            return "type"
        for step in text.split("[,]"):
            name, dot, answer = step.partition("[.]")
            if not dot or (name and not _short_identifier(name)) or len(answer) > 250:
                return "type"
        return None
    return None  # "other": any text up to 4000 characters


# The data models. Each element: its access ("ro", "rw" or "wo") and, for what
# a SCO may write, the check of its value. "n" stands for an index.


@dataclass(frozen=True)
class _Element:
    access: str
    check: Check | None = None


_RO = _Element("ro")


def _rw(check: Check) -> _Element:
    return _Element("rw", check)


def _wo(check: Check) -> _Element:
    return _Element("wo", check)


_STATUS_12 = ("passed", "completed", "failed", "incomplete", "browsed")
_SCORE_12 = _decimal_12(0, 100, blank=True)

MODEL_12: dict[str, _Element] = {
    "cmi._version": _RO,
    "cmi.core._children": _RO,
    "cmi.core.student_id": _RO,
    "cmi.core.student_name": _RO,
    "cmi.core.lesson_location": _rw(_text(255)),
    "cmi.core.credit": _RO,
    # "not attempted" is the LMS's to give, never the SCO's.
    "cmi.core.lesson_status": _rw(_vocabulary(*_STATUS_12)),
    "cmi.core.entry": _RO,
    "cmi.core.score._children": _RO,
    "cmi.core.score.raw": _rw(_SCORE_12),
    "cmi.core.score.min": _rw(_SCORE_12),
    "cmi.core.score.max": _rw(_SCORE_12),
    "cmi.core.total_time": _RO,
    "cmi.core.lesson_mode": _RO,
    "cmi.core.exit": _wo(_vocabulary("time-out", "suspend", "logout", "")),
    "cmi.core.session_time": _wo(_timespan_12),
    "cmi.suspend_data": _rw(_text(4096)),
    "cmi.launch_data": _RO,
    "cmi.comments": _rw(_text(4096)),
    "cmi.comments_from_lms": _RO,
    "cmi.objectives._children": _RO,
    "cmi.objectives._count": _RO,
    "cmi.objectives.n.id": _rw(_identifier(255)),
    "cmi.objectives.n.score._children": _RO,
    "cmi.objectives.n.score.raw": _rw(_SCORE_12),
    "cmi.objectives.n.score.min": _rw(_SCORE_12),
    "cmi.objectives.n.score.max": _rw(_SCORE_12),
    "cmi.objectives.n.status": _rw(_vocabulary(*_STATUS_12, "not attempted")),
    "cmi.student_data._children": _RO,
    "cmi.student_data.mastery_score": _RO,
    "cmi.student_data.max_time_allowed": _RO,
    "cmi.student_data.time_limit_action": _RO,
    "cmi.student_preference._children": _RO,
    "cmi.student_preference.audio": _rw(_integer_12(-1, 100)),
    "cmi.student_preference.language": _rw(_text(255)),
    "cmi.student_preference.speed": _rw(_integer_12(-100, 100)),
    "cmi.student_preference.text": _rw(_integer_12(-1, 1)),
    "cmi.interactions._children": _RO,
    "cmi.interactions._count": _RO,
    "cmi.interactions.n.id": _wo(_identifier(255)),
    "cmi.interactions.n.objectives._count": _RO,
    "cmi.interactions.n.objectives.n.id": _wo(_identifier(255)),
    "cmi.interactions.n.time": _wo(_time_12),
    "cmi.interactions.n.type": _wo(
        _vocabulary(
            "true-false",
            "choice",
            "fill-in",
            "matching",
            "performance",
            "sequencing",
            "likert",
            "numeric",
        )
    ),
    "cmi.interactions.n.correct_responses._count": _RO,
    "cmi.interactions.n.correct_responses.n.pattern": _wo(_text(255)),
    "cmi.interactions.n.weighting": _wo(_decimal_12()),
    "cmi.interactions.n.student_response": _wo(_text(255)),
    "cmi.interactions.n.result": _wo(_result_12),
    "cmi.interactions.n.latency": _wo(_timespan_12),
}

_COMPLETION_2004 = ("completed", "incomplete", "not attempted", "unknown")
_SUCCESS_2004 = ("passed", "failed", "unknown")
_LONG_ID = _identifier(4000)

MODEL_2004: dict[str, _Element] = {
    "cmi._version": _RO,
    "cmi.comments_from_learner._children": _RO,
    "cmi.comments_from_learner._count": _RO,
    "cmi.comments_from_learner.n.comment": _rw(_localized(4000)),
    "cmi.comments_from_learner.n.location": _rw(_text(250)),
    "cmi.comments_from_learner.n.timestamp": _rw(_time_2004),
    "cmi.comments_from_lms._children": _RO,
    "cmi.comments_from_lms._count": _RO,
    "cmi.comments_from_lms.n.comment": _RO,
    "cmi.comments_from_lms.n.location": _RO,
    "cmi.comments_from_lms.n.timestamp": _RO,
    "cmi.completion_status": _rw(_vocabulary(*_COMPLETION_2004)),
    "cmi.completion_threshold": _RO,
    "cmi.credit": _RO,
    "cmi.entry": _RO,
    "cmi.exit": _wo(_vocabulary("time-out", "suspend", "logout", "normal", "")),
    "cmi.interactions._children": _RO,
    "cmi.interactions._count": _RO,
    "cmi.interactions.n.id": _rw(_LONG_ID),
    "cmi.interactions.n.type": _rw(_vocabulary(*INTERACTION_TYPES_2004)),
    "cmi.interactions.n.objectives._count": _RO,
    "cmi.interactions.n.objectives.n.id": _rw(_LONG_ID),
    "cmi.interactions.n.timestamp": _rw(_time_2004),
    "cmi.interactions.n.correct_responses._count": _RO,
    # Checked against the interaction's type (interaction_value_2004).
    "cmi.interactions.n.correct_responses.n.pattern": _rw(_text(4000)),
    "cmi.interactions.n.weighting": _rw(_real()),
    "cmi.interactions.n.learner_response": _rw(_text(4000)),
    "cmi.interactions.n.result": _rw(_result_2004),
    "cmi.interactions.n.latency": _rw(_duration_2004),
    "cmi.interactions.n.description": _rw(_localized(250)),
    "cmi.launch_data": _RO,
    "cmi.learner_id": _RO,
    "cmi.learner_name": _RO,
    "cmi.learner_preference._children": _RO,
    "cmi.learner_preference.audio_level": _rw(_real(0)),
    "cmi.learner_preference.language": _rw(_language),
    "cmi.learner_preference.delivery_speed": _rw(_real(0)),
    "cmi.learner_preference.audio_captioning": _rw(_vocabulary("-1", "0", "1")),
    "cmi.location": _rw(_text(1000)),
    "cmi.max_time_allowed": _RO,
    "cmi.mode": _RO,
    "cmi.objectives._children": _RO,
    "cmi.objectives._count": _RO,
    "cmi.objectives.n.id": _rw(_LONG_ID),
    "cmi.objectives.n.score._children": _RO,
    "cmi.objectives.n.score.scaled": _rw(_real(-1, 1)),
    "cmi.objectives.n.score.raw": _rw(_real()),
    "cmi.objectives.n.score.min": _rw(_real()),
    "cmi.objectives.n.score.max": _rw(_real()),
    "cmi.objectives.n.success_status": _rw(_vocabulary(*_SUCCESS_2004)),
    "cmi.objectives.n.completion_status": _rw(_vocabulary(*_COMPLETION_2004)),
    "cmi.objectives.n.progress_measure": _rw(_real(0, 1)),
    "cmi.objectives.n.description": _rw(_localized(250)),
    "cmi.progress_measure": _rw(_real(0, 1)),
    "cmi.scaled_passing_score": _RO,
    "cmi.score._children": _RO,
    "cmi.score.scaled": _rw(_real(-1, 1)),
    "cmi.score.raw": _rw(_real()),
    "cmi.score.min": _rw(_real()),
    "cmi.score.max": _rw(_real()),
    "cmi.session_time": _wo(_duration_2004),
    "cmi.success_status": _rw(_vocabulary(*_SUCCESS_2004)),
    "cmi.suspend_data": _rw(_text(64000)),
    "cmi.time_limit_action": _RO,
    "cmi.total_time": _RO,
    "adl.nav.request": _rw(_nav_request),
    "adl.nav.request_valid.continue": _RO,
    "adl.nav.request_valid.previous": _RO,
}
_NAV_VALID_TARGET = re.compile(r"adl\.nav\.request_valid\.(?:choice|jump)\.\{target=[^}]*\}")

#: Arrays and how many entries each may hold.
ARRAYS = {
    SCORM_12: {
        "cmi.objectives": 100,
        "cmi.interactions": 250,
        "cmi.interactions.n.objectives": 10,
        "cmi.interactions.n.correct_responses": 10,
    },
    SCORM_2004: {
        "cmi.objectives": 100,
        "cmi.interactions": 250,
        "cmi.interactions.n.objectives": 10,
        "cmi.interactions.n.correct_responses": 10,
        "cmi.comments_from_learner": 250,
        "cmi.comments_from_lms": 250,
    },
}
MODELS = {SCORM_12: MODEL_12, SCORM_2004: MODEL_2004}
KEYWORDS = ("_children", "_count", "_version")

#: The error code for each kind of refusal, by version.
CODES = {
    SCORM_12: {
        "argument": 201,
        "undefined": 201,
        "keyword": 402,
        "read_only": 403,
        "type": 405,
        "length": 405,
        "range": 405,
        "index": 201,
        "dependency": 201,
        "set": 101,
        "full": 101,
    },
    SCORM_2004: {
        "argument": 351,
        "undefined": 401,
        "keyword": 404,
        "read_only": 404,
        "type": 406,
        "length": 406,
        "range": 407,
        "index": 351,
        "dependency": 408,
        "set": 351,
        "full": 351,
    },
}

# Names of the elements that differ between the versions.
_NAMES = {
    SCORM_12: {
        "status": "cmi.core.lesson_status",
        "exit": "cmi.core.exit",
        "session_time": "cmi.core.session_time",
        "total_time": "cmi.core.total_time",
        "location": "cmi.core.lesson_location",
        "raw": "cmi.core.score.raw",
        "min": "cmi.core.score.min",
        "max": "cmi.core.score.max",
    },
    SCORM_2004: {
        "status": "cmi.completion_status",
        "exit": "cmi.exit",
        "session_time": "cmi.session_time",
        "total_time": "cmi.total_time",
        "location": "cmi.location",
        "raw": "cmi.score.raw",
        "min": "cmi.score.min",
        "max": "cmi.score.max",
    },
}
#: Written by the SCO but not kept as such: the session time is added to the
#: total time when the session ends; a navigation request is acted on at once.
_TRANSIENT = {"cmi.core.session_time", "cmi.session_time", "adl.nav.request"}


def _check_version(version: str) -> None:
    if version not in VERSIONS:
        raise ValueError(f"Unknown SCORM version: {version!r}")


def element_pattern(version: str, element: str) -> tuple[str, list[int]]:
    """The element's name with every index replaced by ``n``, and the indices:
    ``cmi.interactions.3.objectives.0.id`` gives
    ``("cmi.interactions.n.objectives.n.id", [3, 0])``."""
    pattern, places = _parse(version, element)
    return pattern, [index for _array, _key, index in places]


def _parse(version: str, element: str) -> tuple[str, list[tuple[str, str, int]]]:
    """The element's pattern, and for each array it is in: the array's name
    with ``n`` (``cmi.interactions.n.objectives``), its name with the indices
    (``cmi.interactions.3.objectives``) and the element's index in it."""
    arrays = ARRAYS[version]
    parts: list[str] = []
    names: list[str] = []
    places: list[tuple[str, str, int]] = []
    for part in element.split("."):
        array = ".".join(parts)
        if array in arrays and _INDEX.fullmatch(part):
            places.append((array, ".".join(names), int(part)))
            parts.append("n")
        else:
            parts.append(part)
        names.append(part)
    return ".".join(parts), places


def array_counts(version: str, values: Mapping[str, str]) -> dict[str, int]:
    """How many entries each array has in ``values``, keyed by the array's name
    with indices (``cmi.interactions.3.objectives``)."""
    counts: dict[str, int] = {}
    for element in values:
        _note_write(version, counts, element)
    return counts


def _refuse(version: str, element: str, reason: str, **details) -> CmiRefused:
    messages = {
        "argument": _("No data model element was named."),
        "undefined": _("%(element)s is not an element of the SCORM %(version)s data model."),
        "keyword": _("%(element)s is a keyword of the data model and cannot be set."),
        "read_only": _("%(element)s is read only."),
        "type": _("The value given for %(element)s is not of the type the element takes."),
        "length": _("The value given for %(element)s is longer than the element takes."),
        "range": _("The value given for %(element)s is out of the element's range."),
        "index": _(
            "%(element)s: entries of a list are added one after the other, at most "
            "%(limit)s of them."
        ),
        "dependency": _("%(element)s cannot be set before %(required)s."),
        "set": _("%(element)s: this identifier is already used, or cannot be changed."),
        "full": _("The learner's data for this content would be longer than %(limit)s characters."),
    }
    text = messages[reason] % {"element": element, "version": version, **details}
    return CmiRefused(element, CODES[version][reason], text)


def check_write(
    version: str, merged: Mapping[str, str], counts: dict[str, int], element, value
) -> None:
    """Refuse (:class:`CmiRefused`) ``SetValue(element, value)`` on the data in
    ``merged``, whose arrays hold ``counts`` entries, as the runtime does."""
    model = MODELS[version]
    if not isinstance(element, str) or element == "":
        raise _refuse(version, str(element or ""), "argument")
    if element.rsplit(".", 1)[-1] in KEYWORDS:
        if version == SCORM_12:
            raise _refuse(version, element, "keyword")
        pattern, _indices = element_pattern(version, element)
        raise _refuse(version, element, "keyword" if pattern in model else "undefined")
    if version == SCORM_2004 and _NAV_VALID_TARGET.fullmatch(element):
        raise _refuse(version, element, "read_only")
    pattern, places = _parse(version, element)
    indices = [index for _array, _key, index in places]
    spec = model.get(pattern)
    if spec is None:
        raise _refuse(version, element, "undefined")
    if spec.access == "ro":
        raise _refuse(version, element, "read_only")
    if not isinstance(value, str):
        raise _refuse(version, element, "type")

    arrays = ARRAYS[version]
    field = pattern.rsplit(".", 1)[-1]
    for array, key, index in places:
        count = counts.get(key, 0)
        limit = arrays[array]
        if index > count or index >= limit:
            raise _refuse(version, element, "index", limit=limit)
        if version == SCORM_2004 and index == count:
            # A new objective or interaction starts with its identifier.
            new_entry_field = pattern[len(array) + 3 :]  # after "<array>.n."
            if array in ("cmi.objectives", "cmi.interactions") and new_entry_field != "id":
                raise _refuse(version, element, "dependency", required=f"{key}.{index}.id")

    reason = spec.check(value) if spec.check else None
    if reason:
        raise _refuse(version, element, reason)
    if version == SCORM_2004:
        _check_2004(merged, counts, element, pattern, indices, field, value)


def _check_2004(merged, counts, element, pattern, indices, field, value) -> None:
    version = SCORM_2004
    if pattern == "cmi.objectives.n.id":
        own = f"cmi.objectives.{indices[0]}.id"
        if own in merged and merged[own] != value:
            raise _refuse(version, element, "set")
        others = (
            merged.get(f"cmi.objectives.{i}.id")
            for i in range(counts.get("cmi.objectives", 0))
            if i != indices[0]
        )
        if value in others:
            raise _refuse(version, element, "set")
    elif pattern == "cmi.interactions.n.objectives.n.id":
        base = f"cmi.interactions.{indices[0]}.objectives"
        others = (
            merged.get(f"{base}.{i}.id") for i in range(counts.get(base, 0)) if i != indices[1]
        )
        if value in others:
            raise _refuse(version, element, "set")
    elif pattern in (
        "cmi.interactions.n.learner_response",
        "cmi.interactions.n.correct_responses.n.pattern",
    ):
        kind = merged.get(f"cmi.interactions.{indices[0]}.type")
        if kind is None:
            raise _refuse(
                version, element, "dependency", required=f"cmi.interactions.{indices[0]}.type"
            )
        is_pattern = field == "pattern"
        if is_pattern and indices[1] >= CORRECT_RESPONSES_2004[kind]:
            raise _refuse(version, element, "set")
        reason = interaction_value_2004(kind, value, pattern=is_pattern)
        if reason:
            raise _refuse(version, element, reason)


def _note_write(version: str, counts: dict[str, int], element: str) -> None:
    for _array, key, index in _parse(version, element)[1]:
        counts[key] = max(counts.get(key, 0), index + 1)


# Times


def timespan_seconds(version: str, value: str) -> float:
    """Seconds in a SCORM 1.2 CMITimespan or a SCORM 2004 duration (a year
    counted as 365 days and a month as 30: SCOs write hours and minutes)."""
    if version == SCORM_12:
        match = TIMESPAN_12.fullmatch(value or "")
        if not match:
            return 0.0
        hours, minutes, seconds, fraction = match.groups()
        return int(hours) * 3600 + int(minutes) * 60 + int(seconds) + float(fraction or 0)
    match = DURATION_2004.fullmatch(value or "")
    if not match or not is_duration_2004(value):
        return 0.0
    years, months, days, hours, minutes, seconds = (float(g or 0) for g in match.groups())
    return ((years * 365 + months * 30 + days) * 24 + hours) * 3600 + minutes * 60 + seconds


def timespan_format(version: str, seconds: float) -> str:
    """``seconds`` as SCORM 1.2's ``HHHH:MM:SS.SS`` (at most 9999 hours) or as
    SCORM 2004's ``PT#H#M#S``."""
    centiseconds = max(0, round(seconds * 100))
    if version == SCORM_12:
        centiseconds = min(centiseconds, (9999 * 3600 + 59 * 60 + 59) * 100 + 99)
    hours, rest = divmod(centiseconds, 360_000)
    minutes, rest = divmod(rest, 6000)
    whole, cents = divmod(rest, 100)
    if version == SCORM_12:
        return f"{hours:04d}:{minutes:02d}:{whole:02d}.{cents:02d}"
    fraction = f".{cents:02d}".rstrip("0").rstrip(".")
    return f"PT{hours}H{minutes}M{whole}{fraction}S"


# The three functions


def cmi_merge(
    version: str, stored: Mapping[str, str], values: Mapping, *, finish: bool = False
) -> tuple[dict, float]:
    """The values to store after a commit, and the seconds to add to the
    learner's total time: ``stored`` with what the SCO wrote in this session
    (``values``, in the order it wrote them), every element checked. Raises
    :class:`CmiRefused` for the first element the data model refuses, and
    then nothing of ``values`` is kept.

    With ``finish`` (the SCO called LMSFinish/Terminate, or its page went
    away), the session ends: its session time is returned to be added to the
    total (never stored as such; a commit before the end adds nothing), the
    exit it gave (or none) is kept to tell the next launch whether it
    resumes, and a SCORM 1.2 SCO that never gave a status and did not
    suspend is completed, as SCORM 1.2 asks of the LMS."""
    _check_version(version)
    names = _NAMES[version]
    if not isinstance(values, Mapping):
        raise _refuse(version, "", "argument")
    if len(values) > MAX_ELEMENTS_PER_COMMIT:
        raise _refuse(version, "", "full", limit=MAX_STORED_CHARS)
    merged = dict(stored)
    counts = array_counts(version, merged)
    size = sum(len(key) + len(text) for key, text in merged.items())
    for element, value in values.items():
        check_write(version, merged, counts, element, value)
        if element in _TRANSIENT:
            continue
        previous = merged.get(element)
        if previous is None:
            size += len(element) + len(value)
        else:
            size += len(value) - len(previous)
        if size > MAX_STORED_CHARS:
            raise _refuse(version, element, "full", limit=MAX_STORED_CHARS)
        merged[element] = value
        _note_write(version, counts, element)
    seconds = 0.0
    if finish:
        if names["exit"] not in values:
            merged.pop(names["exit"], None)
        seconds = timespan_seconds(version, values.get(names["session_time"], ""))
        suspended = merged.get(names["exit"]) == "suspend"
        if version == SCORM_12 and not merged.get(names["status"]) and not suspended:
            merged[names["status"]] = "completed"
    return merged, seconds


def _field(sco, name: str):
    if sco is None:
        return None
    if isinstance(sco, Mapping):
        return sco.get(name)
    return getattr(sco, name, None)


def _number(text) -> float | None:
    try:
        number = float(text)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _mastery_status_12(status: str, raw: float | None, mastery_score: float | None) -> str:
    """SCORM 1.2: a SCO that says it is completed and gives a raw score is
    passed or failed by the mastery score, when there is one."""
    if status == "completed" and raw is not None and mastery_score is not None:
        return "passed" if raw >= mastery_score else "failed"
    return status


def _completion_2004(cmi: Mapping[str, str], threshold: float | None) -> str:
    """SCORM 2004: with a completion threshold and a progress measure, the
    LMS decides completion; otherwise the SCO's own status stands."""
    progress = _number(cmi.get("cmi.progress_measure"))
    if threshold is not None and progress is not None:
        return "completed" if progress >= threshold else "incomplete"
    return cmi.get("cmi.completion_status") or "unknown"


def _success_2004(cmi: Mapping[str, str], passing: float | None) -> str:
    """SCORM 2004: with a scaled passing score, the LMS decides success from
    the scaled score (unknown without one); otherwise the SCO's status stands."""
    if passing is not None:
        scaled = _number(cmi.get("cmi.score.scaled"))
        if scaled is None:
            return "unknown"
        return "passed" if scaled >= passing else "failed"
    return cmi.get("cmi.success_status") or "unknown"


def _format_number(number: float) -> str:
    return f"{number:g}" if abs(number) < 1e15 else repr(number)


def cmi_initial(
    version: str,
    *,
    sco,
    stored: Mapping[str, str],
    learner_id: str,
    learner_name: str,
    sessions: int,
    total_seconds: float = 0.0,
    preview: bool = False,
) -> dict:
    """What ``GetValue`` answers when the SCO starts. ``sco`` is the SCO as the
    manifest reader gave it (a :class:`packages.scorm.manifest.Sco` or its
    dict), ``stored`` what :func:`cmi_merge` returned last (``{}`` at first),
    ``sessions`` how many sessions the learner has ended with this SCO, and
    ``total_seconds`` the time they spent in them.

    The entry is ``resume`` when the last session ended suspended,
    ``ab-initio`` at the first session, else empty. An author's ``preview``
    is played in browse mode, for no credit. Keywords (``_children``,
    ``_count``, ``_version``) are answered by the runtime."""
    _check_version(version)
    names = _NAMES[version]
    model = MODELS[version]
    values = {}
    for element, value in stored.items():
        pattern, _indices = element_pattern(version, element)
        spec = model.get(pattern)
        if spec is not None and spec.access != "ro" and element not in _TRANSIENT:
            values[element] = value
    last_exit = values.pop(names["exit"], "")
    if last_exit == "suspend" and not preview:
        entry = "resume"
    elif sessions == 0 or preview:
        entry = "ab-initio"
    else:
        entry = ""
    credit = "no-credit" if preview else "credit"
    mode = "browse" if preview else "normal"
    mastery = _number(_field(sco, "mastery_score"))
    launch_data = _field(sco, "launch_data") or ""
    max_time = _field(sco, "max_time_allowed") or ""
    time_limit_action = _field(sco, "time_limit_action") or ""
    total = timespan_format(version, total_seconds or 0)
    if version == SCORM_12:
        status = values.get(names["status"]) or "not attempted"
        raw = _number(values.get(names["raw"]))
        defaults = {
            "cmi.core.lesson_location": "",
            "cmi.core.score.raw": "",
            "cmi.core.score.min": "",
            "cmi.core.score.max": "",
            "cmi.suspend_data": "",
            "cmi.comments": "",
            "cmi.student_preference.audio": "0",
            "cmi.student_preference.language": "",
            "cmi.student_preference.speed": "0",
            "cmi.student_preference.text": "0",
        }
        provided = {
            "cmi.core.student_id": learner_id[:255],
            "cmi.core.student_name": learner_name[:255],
            "cmi.core.credit": credit,
            "cmi.core.lesson_mode": mode,
            "cmi.core.entry": entry,
            "cmi.core.lesson_status": _mastery_status_12(status, raw, mastery),
            "cmi.core.total_time": total,
            "cmi.launch_data": launch_data[:4096],
            "cmi.comments_from_lms": "",
            "cmi.student_data.mastery_score": "" if mastery is None else _format_number(mastery),
            "cmi.student_data.max_time_allowed": max_time,
            "cmi.student_data.time_limit_action": time_limit_action,
        }
        return {**defaults, **values, **provided}
    threshold = _number(_field(sco, "completion_threshold"))
    defaults = {
        "cmi.completion_status": "unknown",
        "cmi.success_status": "unknown",
        "cmi.learner_preference.audio_level": "1",
        "cmi.learner_preference.language": "",
        "cmi.learner_preference.delivery_speed": "1",
        "cmi.learner_preference.audio_captioning": "0",
    }
    provided = {
        "cmi.learner_id": learner_id[:4000],
        "cmi.learner_name": learner_name[:250],
        "cmi.credit": credit,
        "cmi.mode": mode,
        "cmi.entry": entry,
        "cmi.total_time": total,
        "cmi.time_limit_action": time_limit_action or "continue,no message",
    }
    if launch_data:
        provided["cmi.launch_data"] = launch_data[:4000]
    if mastery is not None:
        provided["cmi.scaled_passing_score"] = _format_number(mastery)
    if threshold is not None:
        provided["cmi.completion_threshold"] = _format_number(threshold)
    if max_time:
        provided["cmi.max_time_allowed"] = max_time
    return {**defaults, **values, **provided}


def _normalised_score(raw, low, high) -> float | None:
    """The score from 0 to 1: raw within min..max when the SCO gives a max,
    else raw out of 100."""
    if raw is None:
        return None
    if high is not None and high > (low or 0):
        low = low or 0
        fraction = (raw - low) / (high - low)
    else:
        fraction = raw / 100
    return min(1.0, max(0.0, fraction))


def cmi_outcome(
    version: str,
    cmi: Mapping[str, str],
    *,
    mastery_score: float | None = None,
    completion_threshold: float | None = None,
    pass_mark: float | None = None,
) -> Outcome:
    """What the stored values mean for the lesson.

    ``mastery_score`` is the SCO's from the manifest: in SCORM 1.2 the
    masteryscore, on the raw score's scale (0 to 100); in SCORM 2004 the
    scaled passing score (-1 to 1). ``completion_threshold`` is SCORM 2004's.
    ``pass_mark`` (0 to 1) is the site's, for content that is completed with
    a score but says nothing of passing: the score is compared with it.

    SCORM 1.2: passed and completed are completed, failed is completed and
    not passed; a SCO that says "completed" with a raw score is passed or
    failed by its mastery score. SCORM 2004: completion and success as the
    SCO gives them, decided instead by the threshold and the passing score
    when the manifest gives them. The score is 2004's scaled score when
    given, else the raw score within min..max (out of 100 without a max)."""
    _check_version(version)
    names = _NAMES[version]
    raw = _number(cmi.get(names["raw"]))
    low = _number(cmi.get(names["min"]))
    high = _number(cmi.get(names["max"]))
    score = _normalised_score(raw, low, high)
    if version == SCORM_12:
        status = cmi.get(names["status"]) or "not attempted"
        status = _mastery_status_12(status, raw, mastery_score)
        completed = status in ("passed", "completed", "failed")
        passed = {"passed": True, "failed": False}.get(status)
    else:
        completed = _completion_2004(cmi, completion_threshold) == "completed"
        success = _success_2004(cmi, mastery_score)
        passed = {"passed": True, "failed": False}.get(success)
        scaled = _number(cmi.get("cmi.score.scaled"))
        if scaled is not None:
            score = min(1.0, max(0.0, scaled))
    if passed is None and completed and score is not None and pass_mark is not None:
        passed = score >= pass_mark
    return Outcome(completed=completed, passed=passed, score=score)
