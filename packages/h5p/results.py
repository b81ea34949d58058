"""What the H5P player frame sends about a learner, checked before it is kept.

The frame (``packages/static/packages/h5p-frame.js``) posts two things to
``__hea__/`` under its launch token (packages/views.py, packages/services.py):

- ``state``: ``{"data": "<JSON text>"}``, the content's saved state (what its
  ``getCurrentState()`` returned, as H5P keeps it), to resume where the learner
  left off;
- ``xapi``: ``{"statement": {"verb": "answered", "score": {"raw": 3, "max": 4,
  "scaled": 0.75}, "success": true, "completion": true}}``, a summary of each
  xAPI statement of the activity itself (not of a question inside it) that
  reports a result.

Both come from code in the package, which the author uploaded and the learner's
browser runs: neither is trusted. A score above its maximum, a negative one or a
value of the wrong type is refused, never clamped into something plausible.
"""

import json
import math
from dataclasses import dataclass

from django.utils.translation import gettext as _

from core import jsonbody
from packages.errors import PackageInvalid

#: The verbs of H5P statements that report a result of the whole content.
VERBS = ("answered", "completed", "passed", "failed")
#: A resumable state is small (answers given, the page reached): a bigger one is
#: not something to keep for every learner.
STATE_MAX_BYTES = 64 * 1024
STATE_MAX_DEPTH = 32
#: How far a reported ``scaled`` may be from raw/max (H5P rounds it to 4 places).
SCALED_TOLERANCE = 0.001


class StateRefused(PackageInvalid):
    """A state not to keep; ``message`` says why."""


class StatementRefused(PackageInvalid):
    """A result not to record; ``message`` says why."""


@dataclass(frozen=True)
class Outcome:
    completed: bool
    #: None when the content said nothing of passing and no pass mark applies.
    passed: bool | None
    #: 0..1, None when the content has no score.
    score: float | None


def h5p_state_clean(data) -> str:
    """The state to keep, as compact JSON text. ``data`` is the JSON text H5P
    keeps, or the value it encodes; nothing at all is refused, not taken for an
    empty state, so that a malformed save cannot wipe the learner's place."""
    if data is None or data == "":
        raise StateRefused(_("The content sent no state to keep."))
    if isinstance(data, str):
        if len(data.encode()) > STATE_MAX_BYTES * 2:
            raise StateRefused(_("The saved state is too big to keep."))
        try:
            data = jsonbody.loads(data, max_depth=STATE_MAX_DEPTH)
        except ValueError as error:
            raise StateRefused(_("The saved state is not JSON.")) from error
    try:
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    except (TypeError, ValueError) as error:
        raise StateRefused(_("The saved state is not JSON.")) from error
    if jsonbody.depth_exceeds(text, STATE_MAX_DEPTH):
        raise StateRefused(_("The saved state is nested too deeply to keep."))
    if len(text.encode()) > STATE_MAX_BYTES:
        raise StateRefused(_("The saved state is too big to keep."))
    return text


def h5p_result(statement: dict, *, pass_mark: float | None = None) -> Outcome:
    """The outcome a statement summary reports. ``pass_mark`` (a percentage)
    decides passing when the content gives a score but says nothing of success."""
    if not isinstance(statement, dict):
        raise StatementRefused(_("The result is not a JSON object."))
    verb = statement.get("verb")
    if verb not in VERBS:
        raise StatementRefused(_("The result has an unknown verb."))
    score = _score(statement.get("score"))
    success = _flag(statement, "success")
    completion = _flag(statement, "completion")
    if verb in ("passed", "failed"):
        if success is not None and success != (verb == "passed"):
            raise StatementRefused(_("The result says both passed and failed."))
        success = verb == "passed"
    if success is None and score is not None and pass_mark is not None:
        success = score * 100 >= pass_mark - 1e-9
    return Outcome(completed=completion is not False, passed=success, score=score)


def _flag(statement: dict, key: str) -> bool | None:
    value = statement.get(key)
    if value is not None and not isinstance(value, bool):
        raise StatementRefused(
            _("The result's %(field)s is neither true nor false.") % {"field": key}
        )
    return value


def _number(value) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise StatementRefused(_("The result's score is not a number."))
    return float(value)


def _score(score) -> float | None:
    """raw/max, or the scaled score alone; None for content without a score."""
    if score is None:
        return None
    if not isinstance(score, dict):
        raise StatementRefused(_("The result's score is not a JSON object."))
    raw, top, scaled = (_number(score.get(key)) for key in ("raw", "max", "scaled"))
    if scaled is not None and not 0 <= scaled <= 1:
        raise StatementRefused(_("The result's scaled score is not between 0 and 1."))
    if raw is None:
        if top is not None:
            raise StatementRefused(_("The result has a maximum score but no score."))
        return scaled
    if raw < 0 or (top is not None and top < 0):
        raise StatementRefused(_("The result's score is negative."))
    if top is None:
        if scaled is None:
            raise StatementRefused(_("The result has a score but no maximum."))
        return scaled
    if raw > top:
        raise StatementRefused(_("The result's score is above its maximum."))
    if top == 0:
        return None  # content with nothing to score, such as a video watched to the end
    ratio = raw / top
    if scaled is not None and abs(scaled - ratio) > SCALED_TOLERANCE:
        raise StatementRefused(_("The result's scaled score does not match its score."))
    return ratio
