"""JSON from a request body, refused before parsing when nested too deeply.

Python's parser recurses once per level of nesting: a body of 3,000 ``[``
runs out of stack (RecursionError, an HTML 500) before any check of ours could
run. So the nesting is measured first, with a scan that does not recurse, and a
body deeper than the caller allows is refused as :class:`TooDeep` (a
ValueError, like any other unreadable JSON).
"""

import json
import re
from itertools import accumulate

from django.utils.translation import gettext as _

#: More than any body this site reads needs (the signals API's is 3 deep).
MAX_DEPTH = 32
# A whole string: its brackets do not count. One left open runs to the end, so
# that no body makes the search start over at every quote.
_STRINGS = re.compile(r'"(?:[^"\\]++|\\.?)*+(?:"|\Z)', re.DOTALL)
_NOT_BRACKETS = re.compile(r"[^\[\]{}]+")
_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


class TooDeep(ValueError):
    def __init__(self, limit: int):
        self.limit = limit
        super().__init__(
            _("The JSON is nested more than %(limit)s levels deep.") % {"limit": limit}
        )


def depth_exceeds(text: str, limit: int) -> bool:
    """Whether brackets outside strings nest more than ``limit`` deep (measured
    without recursion, and in C loops: a 5 MB body takes a fraction of a second)."""
    if text.count("[") + text.count("{") <= limit:
        return False  # quick answer for the usual small body
    brackets = _NOT_BRACKETS.sub("", _STRINGS.sub("", text))
    return max(accumulate(map(_STEP.__getitem__, brackets)), default=0) > limit


def loads(raw: bytes | str, *, max_depth: int = MAX_DEPTH):
    """``json.loads``, refusing with :class:`TooDeep` what nests deeper than
    ``max_depth``. Unreadable bytes raise UnicodeDecodeError and bad JSON
    json.JSONDecodeError, both ValueErrors."""
    text = raw.decode(json.detect_encoding(raw)) if isinstance(raw, bytes) else raw
    if depth_exceeds(text, max_depth):
        raise TooDeep(max_depth)
    try:
        return json.loads(text)
    except RecursionError as error:  # a limit above what the stack holds
        raise TooDeep(max_depth) from error
