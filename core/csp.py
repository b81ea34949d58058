"""Where browsers report what the Content Security Policy refused.

The policy names ``/csp-report/`` (``report-uri``, which browsers post to at
once; ``report-to`` reports come batched up to a minute later, too late for a
test, and are not asked for). Every report is logged as a warning, so
production sees a refused script the moment a browser does, and the latest
reports are kept in the cache for a short while, which the browser tests read:
any report fails them.
"""

import logging

from django.core.cache import cache

from core import jsonbody

logger = logging.getLogger("core.csp")

#: Reports kept for the tests to read, and for how long.
KEPT = 200
KEEP_SECONDS = 10 * 60
KEY = "csp-reports"
#: Bigger bodies are not reports a browser sends.
MAX_BODY = 16 * 1024


def _fields(report: dict) -> dict:
    """The parts of one report worth keeping, from either format browsers send."""
    body = report.get("body", report)
    return {
        "document": str(body.get("documentURL") or body.get("document-uri") or "")[:500],
        "directive": str(
            body.get("effectiveDirective")
            or body.get("effective-directive")
            or body.get("violated-directive")
            or ""
        )[:100],
        "blocked": str(body.get("blockedURL") or body.get("blocked-uri") or "")[:500],
        "sample": str(body.get("sample") or body.get("script-sample") or "")[:200],
    }


def reports_record(raw: bytes) -> int:
    """Log and keep the violations in ``raw`` (one report or a list of them).
    Returns how many were read; anything unreadable counts as none."""
    try:
        data = jsonbody.loads(raw.decode("utf-8"))
    except ValueError:  # unreadable, not JSON, or nested too deeply
        return 0
    if isinstance(data, dict) and "csp-report" in data:
        data = [data["csp-report"]]
    elif isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        return 0
    found = [_fields(item) for item in data if isinstance(item, dict)]
    for fields in found:
        logger.warning(
            "Content Security Policy refused %(blocked)s (%(directive)s) on %(document)s",
            fields,
        )
    if found:
        cache.set(KEY, (reports_recent() + found)[-KEPT:], KEEP_SECONDS)
    return len(found)


def reports_recent() -> list[dict]:
    return list(cache.get(KEY) or [])


def reports_clear() -> None:
    cache.delete(KEY)
