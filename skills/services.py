"""Writes of the skills app. Other apps record evidence through ``signal_record``."""

from dataclasses import dataclass
from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from skills.models import Signal, Skill


@dataclass(frozen=True)
class RecordedSignal:
    signal: Signal
    created: bool


def signal_record(
    *,
    user,
    skill: Skill,
    raw_value: float,
    source: str,
    observed_at: datetime,
    external_id: str,
    scale_min: float = 0.0,
    scale_max: float = 1.0,
    note: str = "",
) -> RecordedSignal:
    """Store one piece of skill evidence, normalised to 0-1. The same external id
    again returns the stored signal unchanged."""
    if source not in Signal.Source.values:
        raise ValidationError({"source": _("Unknown source.")})
    if scale_max <= scale_min:
        raise ValidationError({"scale_max": _("The scale maximum must be above its minimum.")})
    if not scale_min <= raw_value <= scale_max:
        raise ValidationError({"value": _("The value lies outside its scale.")})
    if timezone.is_naive(observed_at):
        raise ValidationError({"observed_at": _("Give the time with its time zone.")})
    existing = Signal.objects.filter(external_id=external_id).first()
    if existing is not None:
        return RecordedSignal(existing, False)
    value = (raw_value - scale_min) / (scale_max - scale_min)
    try:
        with transaction.atomic():
            signal = Signal.objects.create(
                user=user,
                skill=skill,
                value=value,
                raw_value=raw_value,
                scale_min=scale_min,
                scale_max=scale_max,
                source=source,
                observed_at=observed_at,
                external_id=external_id,
                note=note,
            )
    except IntegrityError:
        return RecordedSignal(Signal.objects.get(external_id=external_id), False)
    return RecordedSignal(signal, True)
