"""Signals in: each item checked on its own, the good ones written together.

The same checks serve the API, the CSV upload and in-process callers. An
item's answer is one of: accepted, duplicate (its external id is already
stored from the same origin, or repeated in the batch), or rejected with a
message per field. External ids are unique per origin (each API token, the
CSV upload, the site itself): another integration's ids are neither a clash
nor visible.
Accepted items are written in one transaction; processing is queued only
after it commits, and a failed queue never loses a signal (the sweeper finds
unprocessed ones).
"""

import math
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _

from core.queueing import enqueue
from core.validation import UNSTORABLE, is_storable
from skills.models import Signal, Skill

BATCH_LIMIT = 1000
FIELDS = {
    "external_id",
    "employee_id",
    "email",
    "skill",
    "value",
    "scale_min",
    "scale_max",
    "source",
    "observed_at",
    "note",
}
#: Sources that would mean inferring emotion from an employee's face, voice or
#: body. The EU AI Act (Article 5(1)(f)) forbids emotion recognition at work.
EMOTION_RECOGNITION = {
    "emotion",
    "emotion_recognition",
    "facial_emotion",
    "facial_expression",
    "voice_emotion",
    "voice_stress",
    "vocal_tone",
    "body_language",
    "biometric",
    "biometrics",
}
SOURCES = frozenset(Signal.Source.values)
FUTURE_ALLOWANCE = timedelta(minutes=5)
#: Evidence older than this is a mistake (a date typed wrong, a default value).
EARLIEST = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass
class IngestResult:
    accepted: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    rejected: list[dict] = field(default_factory=list)
    user_ids: set[int] = field(default_factory=set)

    def as_json(self) -> dict:
        return {"accepted": self.accepted, "duplicates": self.duplicates, "rejected": self.rejected}


def _number(value):
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError
    try:
        number = float(value)  # an integer past any float overflows
    except OverflowError as error:
        raise ValueError from error
    if not math.isfinite(number):
        raise ValueError
    return number


def _text(value) -> str:
    """A value as the text it is looked up by; NUL characters and broken
    characters cannot be looked up (nor stored), so they match nothing."""
    text = value if isinstance(value, str) else str(value)
    return text if is_storable(text) else ""


def _check(item, *, allowed_sources, learners, skills) -> tuple[dict | None, dict]:
    """A clean item, or the errors by field."""
    errors: dict[str, list[str]] = {}

    def fail(name, message):
        errors.setdefault(name, []).append(message)

    if not isinstance(item, dict):
        return None, {"item": [_("Each signal must be a JSON object.")]}
    for name in sorted(set(item) - FIELDS):
        fail(name, _("Unknown field."))

    external_id = item.get("external_id")
    if not isinstance(external_id, str) or not external_id.strip():
        fail("external_id", _("Required: a text that identifies this signal in your system."))
    elif len(external_id) > 200:
        fail("external_id", _("At most 200 characters."))
    elif not is_storable(external_id):
        fail("external_id", str(UNSTORABLE))

    source = item.get("source")
    if not isinstance(source, str) or not source:
        fail("source", _("Required."))
    elif source.strip().lower() in EMOTION_RECOGNITION:
        fail(
            "source",
            _(
                "Emotion inferred from an employee's face, voice or body is never accepted "
                "(the EU AI Act forbids emotion recognition at work)."
            ),
        )
    elif source not in SOURCES:
        fail(
            "source",
            _("Unknown source; use one of: %(sources)s.")
            % {"sources": ", ".join(Signal.Source.values)},
        )
    elif allowed_sources is not None and source not in allowed_sources:
        fail("source", _("This token may not send %(source)s signals.") % {"source": source})

    employee_id, email = item.get("employee_id"), item.get("email")
    user_id = None
    if bool(employee_id) == bool(email):
        fail("employee_id", _("Name the learner by employee_id or by email, one of the two."))
    else:
        key = (
            ("employee_id", _text(employee_id))
            if employee_id
            else ("email", _text(email).strip().lower())
        )
        user_id = learners.get(key)
        if user_id is None:
            fail(key[0], _("No active learner has this %(field)s.") % {"field": key[0]})

    skill = None
    code = item.get("skill")
    if code in (None, ""):
        if not isinstance(source, str) or source not in Signal.WELLBEING_SOURCES:
            fail("skill", _("Required: a skill code of the taxonomy."))
    elif not isinstance(code, str) or code not in skills:
        fail("skill", _("Unknown skill code."))
    else:
        skill = skills[code]

    scale_min, scale_max, value = 0.0, 1.0, None
    try:
        scale_min = _number(item.get("scale_min", 0))
    except ValueError:
        fail("scale_min", _("Must be a number."))
    try:
        scale_max = _number(item.get("scale_max", 1))
    except ValueError:
        fail("scale_max", _("Must be a number."))
    if "scale_min" not in errors and "scale_max" not in errors:
        if scale_max <= scale_min:
            fail("scale_max", _("Must be greater than scale_min."))
        elif not math.isfinite(scale_max - scale_min):
            fail("scale_max", _("The scale is too wide to be a score."))
    try:
        value = _number(item.get("value"))
    except ValueError:
        fail("value", _("Required: a number."))
    else:
        if (
            "scale_max" not in errors
            and "scale_min" not in errors
            and not scale_min <= value <= scale_max
        ):
            fail(
                "value",
                _("Out of range: %(value)s is not between %(min)s and %(max)s.")
                % {"value": item.get("value"), "min": scale_min, "max": scale_max},
            )

    observed_at = None
    raw_time = item.get("observed_at")
    if not isinstance(raw_time, str):
        fail("observed_at", _("Required: a date and time in ISO 8601, with its time zone."))
    else:
        try:
            observed_at = parse_datetime(raw_time)
        except ValueError:  # well formed, but no such date: 2026-02-30
            observed_at = None
        if observed_at is None:
            fail("observed_at", _("Not a date and time in ISO 8601."))
        elif timezone.is_naive(observed_at):
            fail("observed_at", _("Give the time zone, e.g. 2026-11-01T10:00:00Z."))
        elif observed_at > timezone.now() + FUTURE_ALLOWANCE:
            fail("observed_at", _("Lies in the future."))
        elif observed_at < EARLIEST:
            fail("observed_at", _("Lies before 1970; check the date."))

    note = item.get("note", "")
    if not isinstance(note, str):
        fail("note", _("Must be text."))
    elif len(note) > 2000:
        fail("note", _("At most 2,000 characters."))
    elif not is_storable(note):
        fail("note", str(UNSTORABLE))

    if errors:
        return None, errors
    return {
        "external_id": external_id.strip(),
        "user_id": user_id,
        "skill": skill,
        "value": (value - scale_min) / (scale_max - scale_min),
        "raw_value": value,
        "scale_min": scale_min,
        "scale_max": scale_max,
        "source": source,
        "observed_at": observed_at,
        "note": note,
    }, {}


def _lookups(items):
    employee_ids, emails, codes = set(), set(), set()
    for item in items:
        if not isinstance(item, dict):
            continue
        if item.get("employee_id") and _text(item["employee_id"]):
            employee_ids.add(_text(item["employee_id"]))
        if item.get("email") and _text(item["email"]):
            emails.add(_text(item["email"]).strip().lower())
        if isinstance(item.get("skill"), str) and is_storable(item["skill"]):
            codes.add(item["skill"])
    User = get_user_model()
    learners = {
        ("employee_id", employee_id): user_id
        for employee_id, user_id in User.objects.filter(
            is_active=True, profile__employee_id__in=employee_ids
        ).values_list("profile__employee_id", "pk")
    }
    learners.update(
        (("email", address), user_id)
        for address, user_id in User.objects.filter(is_active=True, email__in=emails).values_list(
            "email", "pk"
        )
    )
    skills = {
        skill.code: skill for skill in Skill.objects.originals().filter(live=True, code__in=codes)
    }
    return learners, skills


def signals_ingest(
    items: list,
    *,
    origin: str = Signal.SITE,
    allowed_sources: set[str] | None = None,
    queue: bool = True,
) -> IngestResult:
    """Check and store a batch of signals from ``origin``; see the module's docstring."""
    result = IngestResult()
    learners, skills = _lookups(items)
    clean: list[tuple[int, dict]] = []
    seen: set[str] = set()
    for index, item in enumerate(items):
        data, errors = _check(
            item, allowed_sources=allowed_sources, learners=learners, skills=skills
        )
        if errors:
            external_id = item.get("external_id") if isinstance(item, dict) else None
            if not isinstance(external_id, str):
                external_id = None  # the answer's external_id is text or null
            result.rejected.append({"index": index, "external_id": external_id, "errors": errors})
            continue
        if data["external_id"] in seen:
            result.duplicates.append(data["external_id"])
            continue
        seen.add(data["external_id"])
        clean.append((index, data))

    with transaction.atomic():
        stored = set(
            Signal.objects.filter(
                origin=origin, external_id__in=[d["external_id"] for _i, d in clean]
            ).values_list("external_id", flat=True)
        )
        fresh = [d for _i, d in clean if d["external_id"] not in stored]
        result.duplicates.extend(d["external_id"] for _i, d in clean if d["external_id"] in stored)
        try:
            with transaction.atomic():
                Signal.objects.bulk_create(
                    [Signal(origin=origin, **d) for d in fresh], batch_size=500
                )
            created = fresh
        except IntegrityError:
            # Another batch from the same origin stored some of these ids meanwhile.
            created = []
            for data in fresh:
                _signal, made = Signal.objects.get_or_create(
                    origin=origin,
                    external_id=data["external_id"],
                    defaults={k: v for k, v in data.items() if k != "external_id"},
                )
                (created.append(data) if made else result.duplicates.append(data["external_id"]))
        result.accepted = [d["external_id"] for d in created]
        result.user_ids = {d["user_id"] for d in created}
        if queue and result.user_ids:
            user_ids = sorted(result.user_ids)
            transaction.on_commit(lambda: queue_learners(user_ids), robust=True)
    return result


QUEUE_CHUNK = 250


def queue_learners(user_ids: list[int], *, only_pending: bool = True) -> bool:
    """Queue evaluation of these learners, QUEUE_CHUNK a task. With
    ``only_pending`` (new evidence) a learner whose signals another task has
    processed meanwhile is skipped. A broker that is down is logged, not
    raised: the signals are stored, and the sweeper queues them later."""
    # Here, not at the top: skills/tasks.py imports this module.
    from skills.tasks import process_learners_task

    return all(
        enqueue(process_learners_task, user_ids[start : start + QUEUE_CHUNK], only_pending)
        for start in range(0, len(user_ids), QUEUE_CHUNK)
    )
