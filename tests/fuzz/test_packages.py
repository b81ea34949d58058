"""What a package (or anyone holding its launch address) may post to the
player: data-model writes, saved state and results of any shape. Never a server
error; a refusal is a 400 with a message and changes nothing; what is accepted
is stored as the checks allow."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from hypothesis import given
from hypothesis import strategies as st

from courses.services import enrollment_create
from packages import services
from packages.launch import launch_url
from packages.models import H5pActivity, H5pState, ScormPackage, ScormState
from tests.courses.builders import build_course
from tests.factories import UserFactory
from tests.fuzz.checks import each_example_from_scratch
from tests.fuzz.strategies import FEW, any_text, json_values, with_nul
from tests.packages.h5p_builders import h5p_activity
from tests.packages.test_core import scorm_zip

pytestmark = pytest.mark.django_db

ELEMENTS_12 = [
    "cmi.core.lesson_status",
    "cmi.core.lesson_location",
    "cmi.core.score.raw",
    "cmi.core.score.max",
    "cmi.core.score.min",
    "cmi.core.exit",
    "cmi.core.session_time",
    "cmi.core.student_id",
    "cmi.core.total_time",
    "cmi.suspend_data",
    "cmi.interactions.0.id",
    "cmi.interactions.0.result",
    "cmi.interactions.99999.id",
    "cmi.objectives.0.score.raw",
    "cmi.comments",
    "cmi.launch_data",
    "adl.nav.request",
]
VALUES = st.one_of(
    st.sampled_from(
        ["passed", "failed", "completed", "incomplete", "browsed", "not attempted", "suspend",
         "0", "100", "101", "-1", "1e400", "NaN", "0000:00:10.00", "PT10S", "", "true"]
    ),
    any_text,
    with_nul,
    json_values,
)  # fmt: skip


def _lesson_holding(block_type: str, package):
    built = build_course(f"Fuzz {block_type}", modules=1, lessons=1)
    lesson = built.lessons[0]
    lesson.body = json.dumps([{"type": block_type, "value": {"package": package.pk}}])
    lesson.save()
    learner = UserFactory()
    enrollment_create(user=learner, course=built.page)
    return built.page, lesson, learner


def _post(client, url, body):
    return client.post(url, data=json.dumps(body), content_type="application/json")


def test_scorm_commits_of_any_shape(client):
    package = services.package_save(
        package=ScormPackage(), upload=SimpleUploadedFile("p.zip", scorm_zip())
    )
    course, lesson, learner = _lesson_holding("scorm", package)
    root = launch_url(
        user=learner, package=package, course_id=course.pk, lesson_id=lesson.pk, sco="item-1"
    )

    @FEW
    @given(
        cmi=st.one_of(
            st.dictionaries(st.sampled_from(ELEMENTS_12), VALUES, max_size=5),
            st.dictionaries(any_text, VALUES, max_size=3),
            json_values,
        ),
        finish=json_values,
    )
    def fuzz(cmi, finish):
        with each_example_from_scratch():
            before = list(ScormState.objects.values_list("cmi", "completion", "success", "score"))
            response = _post(client, f"{root}__hea__/commit", {"cmi": cmi, "finish": finish})
            assert response.status_code in (200, 400), (cmi, response.status_code)
            answer = response.json()
            if response.status_code == 400:
                assert answer["ok"] is False and answer["message"]
                after = list(
                    ScormState.objects.values_list("cmi", "completion", "success", "score")
                )
                assert after == before
            else:
                state = ScormState.objects.get(user=learner)
                assert all(isinstance(v, str) for v in state.cmi.values())
                assert state.score is None or 0 <= state.score <= 1

    fuzz()


def test_h5p_state_and_results_of_any_shape(client):
    activity = services.package_save(
        package=H5pActivity(), upload=SimpleUploadedFile("a.h5p", h5p_activity())
    )
    course, lesson, learner = _lesson_holding("h5p", activity)
    root = launch_url(user=learner, package=activity, course_id=course.pk, lesson_id=lesson.pk)
    statement = st.fixed_dictionaries(
        {
            "verb": st.one_of(
                st.sampled_from(["answered", "completed", "passed", "failed"]), any_text
            ),
            "score": st.one_of(
                json_values,
                st.fixed_dictionaries(
                    {"raw": json_values, "max": json_values, "scaled": json_values}
                ),
            ),
            "success": json_values,
            "completion": json_values,
        }
    )

    @FEW
    @given(
        path=st.sampled_from(["state", "xapi"]),
        body=st.one_of(
            st.fixed_dictionaries({"data": json_values}),
            st.fixed_dictionaries({"statement": st.one_of(statement, json_values)}),
            json_values,
        ),
    )
    def fuzz(path, body):
        with each_example_from_scratch():
            before = list(H5pState.objects.values_list("data", "completion", "success", "score"))
            response = _post(client, f"{root}__hea__/{path}", body)
            assert response.status_code in (200, 400), (path, body, response.status_code)
            if response.status_code == 400:
                assert response.json()["message"]
                after = list(H5pState.objects.values_list("data", "completion", "success", "score"))
                assert after == before
            else:
                for state in H5pState.objects.filter(user=learner):
                    assert state.score is None or 0 <= state.score <= 1

    fuzz()
