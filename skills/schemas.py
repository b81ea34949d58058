"""One skill signal as it comes in: the contract of the API's documentation and
of the code.

``SignalIn`` is what /api/v1/openapi.json publishes for each item of a batch,
and every way signals come in (the API, the CSV upload, in-process callers of
``skills.ingest.signals_ingest``) validates each item with it, item by item.
What the schema cannot say in JSON Schema (text that can be stored, a value
inside its scale, a time zone, a learner named one way only, a skill for skill
evidence) is checked by its validators, with a message naming the field. What
needs the database (the learner, the skill, the token's sources, duplicates)
is checked by the ingest, after this.
"""

import math
from datetime import UTC, datetime, timedelta
from typing import Literal

from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator
from pydantic_core import PydanticCustomError

from core.validation import UNSTORABLE, is_storable
from skills.models import Signal

SourceName = Literal[
    "assessment",
    "qa_soft_skills",
    "customer_sentiment",
    "workload",
    "wellbeing_checkin",
    "self_assessment",
    "manager",
]
#: Sources that would mean inferring emotion from an employee's face, voice or
#: body. The EU AI Act (Article 5(1)(f)) forbids emotion recognition at work.
EMOTION_RECOGNITION = frozenset(
    {
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
)
FUTURE_ALLOWANCE = timedelta(minutes=5)
#: Evidence older than this is a mistake (a date typed wrong, a default value).
EARLIEST = datetime(1970, 1, 1, tzinfo=UTC)
#: The error type of the messages written here; pydantic's own are reworded below.
ERROR_TYPE = "signal"


def _invalid(message) -> PydanticCustomError:
    """An error whose message is ours, already in the reader's language."""
    return PydanticCustomError(ERROR_TYPE, "{message}", {"message": str(message)})


def _required_text():
    return _("Required: a text that identifies this signal in your system.")


def _required_time():
    return _("Required: a date and time in ISO 8601, with its time zone.")


class SignalIn(BaseModel):
    """One signal: evidence of one learner's skill (or, from a wellbeing source,
    of their workload or wellbeing). Each item of a batch is checked on its own."""

    # Fields are declared in the order they are checked: a check that reads
    # another field (employee_id reads email, skill reads source, value reads
    # the scale) comes after it. The published schema keeps this order.
    model_config = ConfigDict(extra="forbid", strict=True)

    external_id: str = Field(
        max_length=200,
        pattern=r"\S",
        description=(
            "Your identifier for this signal; sending it again with the same token is harmless. "
            "Identifiers are per token: another integration's never clash with yours."
        ),
    )
    email: str | None = Field(
        None, description="The learner's e-mail address, or give employee_id."
    )
    employee_id: str | None = Field(
        None,
        validate_default=True,
        description="The learner's employee id, or give email: one of the two.",
    )
    source: SourceName
    skill: str | None = Field(
        None,
        validate_default=True,
        description="A skill code of the taxonomy, e.g. empathy. Optional for wellbeing sources.",
    )
    scale_min: float = Field(0, allow_inf_nan=False)
    scale_max: float = Field(1, allow_inf_nan=False, description="Above scale_min.")
    value: float = Field(allow_inf_nan=False, description="Between scale_min and scale_max.")
    observed_at: datetime = Field(
        description="ISO 8601 with its time zone; not in the future, not before 1970."
    )
    note: str = Field("", max_length=2000)

    @field_validator("external_id")
    @classmethod
    def _external_id(cls, value: str) -> str:
        if not value.strip():
            raise _invalid(_required_text())
        if not is_storable(value):
            raise _invalid(UNSTORABLE)
        return value.strip()

    @field_validator("employee_id")
    @classmethod
    def _one_learner(cls, value: str | None, info: ValidationInfo) -> str | None:
        if bool(value) == bool(info.data.get("email")):
            raise _invalid(_("Name the learner by employee_id or by email, one of the two."))
        return value

    @field_validator("source", mode="before")
    @classmethod
    def _source(cls, value):
        if not isinstance(value, str) or not value:
            raise _invalid(_("Required."))
        if value.strip().lower() in EMOTION_RECOGNITION:
            raise _invalid(
                _(
                    "Emotion inferred from an employee's face, voice or body is never accepted "
                    "(the EU AI Act forbids emotion recognition at work)."
                )
            )
        return value

    @field_validator("skill")
    @classmethod
    def _skill(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value:
            return value
        if info.data.get("source") not in Signal.WELLBEING_SOURCES:
            raise _invalid(_("Required: a skill code of the taxonomy."))
        return None

    @field_validator("scale_max")
    @classmethod
    def _scale(cls, value: float, info: ValidationInfo) -> float:
        if "scale_min" not in info.data:
            return value  # its own error is reported
        if value <= info.data["scale_min"]:
            raise _invalid(_("Must be greater than scale_min."))
        if not math.isfinite(value - info.data["scale_min"]):
            raise _invalid(_("The scale is too wide to be a score."))
        return value

    @field_validator("value")
    @classmethod
    def _in_scale(cls, value: float, info: ValidationInfo) -> float:
        low, high = info.data.get("scale_min"), info.data.get("scale_max")
        if low is not None and high is not None and not low <= value <= high:
            raise _invalid(
                _("Out of range: %(value)s is not between %(min)s and %(max)s.")
                % {"value": value, "min": low, "max": high}
            )
        return value

    @field_validator("observed_at", mode="before")
    @classmethod
    def _parse_time(cls, value):
        if not isinstance(value, str):
            raise _invalid(_required_time())
        try:
            parsed = parse_datetime(value)
        except ValueError:  # well formed, but no such date: 2026-02-30
            parsed = None
        if parsed is None:
            raise _invalid(_("Not a date and time in ISO 8601."))
        return parsed

    @field_validator("observed_at")
    @classmethod
    def _time(cls, value: datetime) -> datetime:
        if timezone.is_naive(value):
            raise _invalid(_("Give the time zone, e.g. 2026-11-01T10:00:00Z."))
        if value > timezone.now() + FUTURE_ALLOWANCE:
            raise _invalid(_("Lies in the future."))
        if value < EARLIEST:
            raise _invalid(_("Lies before 1970; check the date."))
        return value

    @field_validator("note")
    @classmethod
    def _note(cls, value: str) -> str:
        if not is_storable(value):
            raise _invalid(UNSTORABLE)
        return value

    @property
    def normalised_value(self) -> float:
        """The value on a 0-1 scale."""
        return (self.value - self.scale_min) / (self.scale_max - self.scale_min)


#: pydantic's own errors (a wrong type, a missing field, a constraint of the
#: schema), worded for the field they concern. ``None``: any other error.
FIELD_MESSAGES = {
    "external_id": {
        "string_too_long": gettext_lazy("At most 200 characters."),
        None: gettext_lazy("Required: a text that identifies this signal in your system."),
    },
    "email": {None: gettext_lazy("Must be text.")},
    "employee_id": {None: gettext_lazy("Must be text.")},
    "source": {
        "missing": gettext_lazy("Required."),
        None: gettext_lazy("Unknown source; use one of: %(sources)s."),
    },
    "skill": {None: gettext_lazy("Unknown skill code.")},
    "scale_min": {None: gettext_lazy("Must be a number.")},
    "scale_max": {None: gettext_lazy("Must be a number.")},
    "value": {None: gettext_lazy("Required: a number.")},
    "observed_at": {
        None: gettext_lazy("Required: a date and time in ISO 8601, with its time zone.")
    },
    "note": {
        "string_too_long": gettext_lazy("At most 2,000 characters."),
        None: gettext_lazy("Must be text."),
    },
}


def _message(name: str, kind: str, msg: str) -> str:
    if kind == ERROR_TYPE:
        return msg
    if kind == "extra_forbidden" or name not in FIELD_MESSAGES:
        return _("Unknown field.")
    messages = FIELD_MESSAGES[name]
    message = str(messages.get(kind, messages[None]))
    if name == "source" and kind != "missing":
        message %= {"sources": ", ".join(Signal.Source.values)}
    return message


def errors_by_field(error: ValidationError) -> dict[str, list[str]]:
    """A ValidationError of SignalIn as the API answers it: messages by field."""
    errors: dict[str, list[str]] = {}
    for problem in error.errors(include_url=False, include_context=False, include_input=False):
        name = str(problem["loc"][0]) if problem["loc"] else "item"
        message = _message(name, problem["type"], problem["msg"])
        if message not in errors.setdefault(name, []):
            errors[name].append(message)
    return errors


def signal_validate(item) -> tuple[SignalIn | None, dict[str, list[str]]]:
    """One item of a batch checked against SignalIn: the signal, or its errors
    by field (nothing raised, so that one bad item does not stop the others)."""
    if not isinstance(item, dict):
        return None, {"item": [_("Each signal must be a JSON object.")]}
    try:
        return SignalIn.model_validate(item), {}
    except ValidationError as error:
        return None, errors_by_field(error)
