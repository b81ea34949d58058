"""The public credential check fed arbitrary input by anyone: never a server
error, a clear refusal (400 with a message) for what is not a credential, never
"valid" for a credential that was changed, and nothing stored."""

import copy
import io
import json
import struct
import zlib

import pytest
from django.urls import reverse
from hypothesis import example, given
from hypothesis import strategies as st

from courses import services as course_services
from courses.models import Certificate
from credentials import contexts
from credentials.models import Credential, StatusList
from tests.courses.builders import build_course
from tests.credentials.oracle import needs
from tests.factories import UserFactory
from tests.fuzz.checks import each_example_from_scratch, row_counts, verdict
from tests.fuzz.strategies import FEW, FUZZ, form, json_values, raw_json_oddities

pytestmark = pytest.mark.django_db

URL = "/credentials/check/"


@pytest.fixture(scope="module")
def _contexts():
    needs(contexts.missing())


@pytest.fixture
def issued(client, settings, _contexts):
    """A real credential and its badge, downloaded by their holder."""
    settings.CREDENTIAL_CHECKS_PER_MINUTE = 100_000
    course = build_course("Fuzzed badge", modules=1, lessons=1)
    learner = UserFactory()
    course_services.enrollment_create(user=learner, course=course.page)
    course_services.lesson_complete(
        user=learner, course=course.page, lesson_id=course.lessons[0].pk
    )
    code = Certificate.objects.get(user=learner).code
    client.force_login(learner)
    credential = json.loads(client.get(reverse("credentials:json", args=[code])).content)
    badge = client.get(reverse("credentials:badge", args=[code])).content
    client.logout()
    return credential, badge


def _checked(client, data):
    with each_example_from_scratch():
        before = row_counts(Credential, StatusList)
        response = client.post(URL, data)
        outcome = verdict(response, data)
        assert row_counts(Credential, StatusList) == before
    return response, outcome


@FUZZ
@given(data=form("credential", "badge"))
def test_credential_check(client, issued, data):
    response, outcome = _checked(client, data)
    if outcome == "refused":
        assert response.status_code == 400
        assert b"errorlist" in response.content
    else:
        assert response.context["result"].verdict != "verified"


def _paths(value, path=()):
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*path, index))


@FUZZ
@given(data=st.data(), replacement=json_values)
def test_a_changed_credential_is_never_valid(client, issued, data, replacement):
    credential, _badge = issued
    paths = [path for path in _paths(credential) if path]
    path = data.draw(st.sampled_from(paths))
    altered = copy.deepcopy(credential)
    holder = altered
    for step in path[:-1]:
        holder = holder[step]
    if holder[path[-1]] == replacement:
        return
    holder[path[-1]] = replacement
    response, outcome = _checked(client, {"credential": json.dumps(altered)})
    if outcome == "accepted":
        assert response.context["result"].verdict != "verified", path


@FEW
@example(text="{}")
@given(text=st.one_of(raw_json_oddities, st.text(max_size=200)))
def test_raw_text(client, issued, text):
    response, outcome = _checked(client, {"credential": text})
    if outcome == "accepted":
        assert response.context["result"].verdict != "verified"


def _png_with(width: int, height: int, chunks=()) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + b"".join(chunk(*c) for c in chunks)


@FEW
@given(
    cut=st.integers(min_value=0, max_value=4000),
    noise=st.binary(max_size=64),
    which=st.sampled_from(["truncated", "noise", "giant", "no-credential", "bad-text"]),
)
def test_badge_uploads(client, issued, cut, noise, which):
    _credential, badge = issued
    content = {
        "truncated": badge[:cut],
        "noise": noise,
        "giant": _png_with(100_000, 100_000),
        "no-credential": _png_with(1, 1),
        "bad-text": _png_with(
            1, 1, [(b"iTXt", b"openbadgecredential\x00\x00\x00\x00\x00" + noise)]
        ),
    }[which]
    upload = io.BytesIO(content)
    upload.name = "badge.png"
    response, outcome = _checked(client, {"badge": upload})
    if outcome == "accepted":
        assert response.context["result"].verdict != "verified"
    else:
        assert response.status_code == 400
