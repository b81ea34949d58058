"""Signals in: each item checked on its own, the good ones written together.

The same checks serve the API, the CSV upload and in-process callers: each
item is first validated with the API's schema, ``SignalIn``
(skills/schemas.py), then what only the database knows is checked here (the
learner, the skill, the sources the token may send, duplicates). An
item's answer is one of: accepted, duplicate (its external id is already
stored from the same origin, or repeated in the batch), or rejected with a
message per field. External ids are unique per origin (each API token, the
CSV upload, the site itself): another integration's ids are neither a clash
nor visible.
Accepted items are written in one transaction; processing is queued only
after it commits, and a failed queue never loses a signal (the sweeper finds
unprocessed ones).
"""

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from core.queueing import enqueue
from core.validation import is_storable
from skills.models import Signal, Skill
from skills.schemas import SignalIn, signal_validate

BATCH_LIMIT = 1000


@dataclass
class IngestResult:
    accepted: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    rejected: list[dict] = field(default_factory=list)
    user_ids: set[int] = field(default_factory=set)

    def as_json(self) -> dict:
        return {"accepted": self.accepted, "duplicates": self.duplicates, "rejected": self.rejected}


def _text(value: str) -> str:
    """Text as it is looked up by; NUL characters and broken characters cannot
    be looked up (nor stored), so they match nothing."""
    return value if is_storable(value) else ""


def _learner_key(signal: SignalIn) -> tuple[str, str]:
    if signal.employee_id:
        return ("employee_id", _text(signal.employee_id))
    return ("email", _text(signal.email or "").strip().lower())


def _lookups(signals: list[SignalIn]) -> tuple[dict, dict]:
    """The learners and skills the signals name, in three queries."""
    keys = {_learner_key(signal) for signal in signals}
    employee_ids = {value for kind, value in keys if kind == "employee_id" and value}
    emails = {value for kind, value in keys if kind == "email" and value}
    codes = {signal.skill for signal in signals if signal.skill and is_storable(signal.skill)}
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


def _check(signal: SignalIn, *, allowed_sources, learners, skills) -> tuple[dict | None, dict]:
    """What the schema cannot know: the token's sources, the learner, the skill.
    The row to store, or the errors by field."""
    errors: dict[str, list[str]] = {}
    if allowed_sources is not None and signal.source not in allowed_sources:
        errors["source"] = [
            _("This token may not send %(source)s signals.") % {"source": signal.source}
        ]
    key = _learner_key(signal)
    user_id = learners.get(key)
    if user_id is None:
        errors[key[0]] = [_("No active learner has this %(field)s.") % {"field": key[0]}]
    skill = None
    if signal.skill is not None:
        skill = skills.get(signal.skill)
        if skill is None:
            errors["skill"] = [_("Unknown skill code.")]
    if errors:
        return None, errors
    return {
        "external_id": signal.external_id,
        "user_id": user_id,
        "skill": skill,
        "value": signal.normalised_value,
        "raw_value": signal.value,
        "scale_min": signal.scale_min,
        "scale_max": signal.scale_max,
        "source": signal.source,
        "observed_at": signal.observed_at,
        "note": signal.note,
    }, {}


def _rejected(index: int, item, errors: dict) -> dict:
    external_id = item.get("external_id") if isinstance(item, dict) else None
    if not isinstance(external_id, str):
        external_id = None  # the answer's external_id is text or null
    return {"index": index, "external_id": external_id, "errors": errors}


def signals_ingest(
    items: list,
    *,
    origin: str = Signal.SITE,
    allowed_sources: set[str] | None = None,
    queue: bool = True,
) -> IngestResult:
    """Check and store a batch of signals from ``origin``; see the module's docstring.
    Each item is validated with SignalIn (skills/schemas.py), then looked up."""
    result = IngestResult()
    valid: list[tuple[int, SignalIn]] = []
    for index, item in enumerate(items):
        signal, errors = signal_validate(item)
        if signal is None:
            result.rejected.append(_rejected(index, item, errors))
        else:
            valid.append((index, signal))
    learners, skills = _lookups([signal for _index, signal in valid])
    clean: list[dict] = []
    seen: set[str] = set()
    for index, signal in valid:
        data, errors = _check(
            signal, allowed_sources=allowed_sources, learners=learners, skills=skills
        )
        if data is None:
            result.rejected.append(_rejected(index, items[index], errors))
            continue
        if data["external_id"] in seen:
            result.duplicates.append(data["external_id"])
            continue
        seen.add(data["external_id"])
        clean.append(data)
    result.rejected.sort(key=lambda rejected: rejected["index"])

    with transaction.atomic():
        stored = set(
            Signal.objects.filter(
                origin=origin, external_id__in=[d["external_id"] for d in clean]
            ).values_list("external_id", flat=True)
        )
        fresh = [d for d in clean if d["external_id"] not in stored]
        result.duplicates.extend(d["external_id"] for d in clean if d["external_id"] in stored)
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
