"""A form post that its own page could never have sent is answered 400.

Wagtail's StreamField, inline panels and rich text editors read their own
structure from the post (``body-count``, ``fixed_questions-TOTAL_FORMS``, the
editor's JSON) and fail with a server error when it is missing or is not what
they wrote; a browser on the page always sends it. Such a post (a broken
client, a tampered form, a fuzzer) gets a 400 page that says to reload the
form, and, as a refused request, writes nothing: the view had not saved
anything before reading its input.
"""

import logging

from django.template.response import TemplateResponse

logger = logging.getLogger(__name__)

#: Where reading a form's own structure fails on a post it did not send.
READERS = ("value_from_datadict", "management_form", "total_form_count", "_construct_form")
#: An inline panel orders its forms by their ORDER field while drawing them, and
#: fails on an ORDER that is no number (its page always sends one).
INLINE_PANEL = ("panels", "inline_panel.py")


def _while_reading_the_post(exception) -> bool:
    trace = exception.__traceback__
    while trace is not None:
        code = trace.tb_frame.f_code
        if code.co_name in READERS or code.co_filename.endswith("/".join(INLINE_PANEL)):
            return True
        trace = trace.tb_next
    return False


class MalformedPostMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if request.method != "POST":
            return None
        if not isinstance(exception, KeyError | ValueError | TypeError | AttributeError):
            return None
        if not _while_reading_the_post(exception):
            return None
        logger.info("A malformed form post to %s was refused: %r", request.path, exception)
        return TemplateResponse(request, "lms/malformed_post.html", status=400)
