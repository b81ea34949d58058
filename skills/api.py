"""The signals API, version 1: POST /api/v1/signals/.

Integrations are written against this shape; keep it stable. A change that
breaks it is a new version beside this one. Docs: /api/v1/docs, schema:
/api/v1/openapi.json. Each item of a batch is ``skills.schemas.SignalIn``: the
schema the docs publish is the one the code validates with, item by item (one
bad item is answered and the others still go in), so the body is read here and
not by ninja, which would refuse the whole batch for one bad item.
"""

from django.core.exceptions import RequestDataTooBig
from django.utils.translation import gettext as _
from ninja import NinjaAPI, Schema, Status
from ninja.errors import HttpError
from ninja.security import HttpBearer

from core import jsonbody
from core.tokens import TokenRefused, token_check
from skills.ingest import BATCH_LIMIT, signals_ingest
from skills.models import ApiToken, Signal
from skills.schemas import SignalIn


class TokenAuth(HttpBearer):
    """Authorization: Bearer <token>, made and revoked in the editing area;
    wrong tokens are counted per client and refused with 429 past the limit
    (core/tokens.py)."""

    def authenticate(self, request, token):
        try:
            return token_check(request, token, model=ApiToken)
        except TokenRefused as refused:
            raise HttpError(refused.status, refused.message) from None


api = NinjaAPI(
    title="Human Edge Academy API",
    version="1",
    description=(
        "Skill-gap signals from QA scoring, contact-centre and HR systems. Every request "
        "needs `Authorization: Bearer <token>`; a token may send only the sources it was "
        "made for. Emotion inferred from an employee's face, voice or body is never "
        "accepted."
    ),
    urls_namespace="api-v1",
    auth=TokenAuth(),
    docs_url="/docs",
)


class RejectedOut(Schema):
    index: int
    external_id: str | None = None
    errors: dict[str, list[str]]


class BatchOut(Schema):
    accepted: list[str]
    duplicates: list[str]
    rejected: list[RejectedOut]


class ErrorOut(Schema):
    detail: str


BATCH_SCHEMA = {
    "type": "object",
    "required": ["signals"],
    "properties": {
        "signals": {
            "type": "array",
            "maxItems": BATCH_LIMIT,
            "items": SignalIn.model_json_schema(),
        }
    },
    "example": {
        "signals": [
            {
                "external_id": "qa-2026-11-01-0001",
                "employee_id": "E1001",
                "skill": "empathy",
                "value": 62,
                "scale_min": 0,
                "scale_max": 100,
                "source": "qa_soft_skills",
                "observed_at": "2026-11-01T10:00:00Z",
                "note": "optional text",
            }
        ]
    },
}


@api.post(
    "/signals/",
    response={202: BatchOut, 400: ErrorOut, 401: ErrorOut, 413: ErrorOut, 429: ErrorOut},
    summary="Send a batch of up to 1,000 signals",
    description=(
        "Each item is checked on its own. The answer lists what was accepted, what was a "
        "duplicate (this token already sent its external_id) and, for each rejected item, why. "
        "Accepted signals are stored before the answer is sent."
    ),
    openapi_extra={
        "requestBody": {"required": True, "content": {"application/json": {"schema": BATCH_SCHEMA}}}
    },
)
def post_signals(request):
    try:
        body = request.body
    except RequestDataTooBig as error:
        raise HttpError(
            413,
            _("The body is too large; send at most %(limit)s signals per request.")
            % {"limit": BATCH_LIMIT},
        ) from error
    try:
        payload = jsonbody.loads(body or b"")  # nested too deeply: a ValueError
    except (ValueError, UnicodeDecodeError) as error:
        raise HttpError(
            400, _("The body is not valid JSON: %(error)s") % {"error": error}
        ) from error
    if not isinstance(payload, dict) or not isinstance(payload.get("signals"), list):
        raise HttpError(400, _('Send an object with a list under "signals".'))
    items = payload["signals"]
    if len(items) > BATCH_LIMIT:
        raise HttpError(
            413,
            _("At most %(limit)s signals per request; this one has %(count)s.")
            % {"limit": BATCH_LIMIT, "count": len(items)},
        )
    token = request.auth
    result = signals_ingest(
        items, origin=token.origin, allowed_sources=set(token.sources) & set(Signal.Source.values)
    )
    return Status(202, result.as_json())
