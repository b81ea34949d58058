"""What every answer to bad input must be: no server error, a clear message
(a 4xx, or a redirect or page carrying an error), and nothing half-written."""

from contextlib import contextmanager

from django.db import transaction


@contextmanager
def each_example_from_scratch():
    """Run one example in a savepoint that is rolled back afterwards, so every
    example meets the same data."""
    with transaction.atomic():
        yield
        transaction.set_rollback(True)


def message_levels(response) -> list[str]:
    """The levels of the messages this request added (not older ones still
    waiting in the cookie)."""
    request = getattr(response, "wsgi_request", None)
    if request is None or not hasattr(request, "_messages"):
        return []
    return [message.level_tag for message in request._messages._queued_messages]


def form_errors(response) -> bool:
    context = getattr(response, "context", None)
    if not context:
        return False
    for name in ("form", "filter_form", "export_form"):
        try:
            bound = context[name]
        except KeyError:
            continue
        if getattr(bound, "is_bound", False) and bound.errors:
            return True
    return False


def verdict(response, sent=None) -> str:
    """'refused' or 'accepted'; fails on a server error or a silent refusal."""
    assert response.status_code < 500, f"{response.status_code} for {sent!r}"
    levels = message_levels(response)
    if 400 <= response.status_code < 500:
        return "refused"
    if "error" in levels or form_errors(response):
        return "refused"
    return "accepted"


def row_counts(*models) -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in models}
