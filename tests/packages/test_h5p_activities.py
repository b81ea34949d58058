"""H5P activities through the package core: an upload checked and stored whole
or not at all, the player frame and its files under the launch token, the
learner's state kept, and results counting like a knowledge check."""

import json
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from courses.models import LessonCompletion
from courses.services import enrollment_create
from packages import services
from packages.errors import PackageInvalid
from packages.models import H5pActivity, H5pState
from skills.models import Signal, Skill
from tests.courses.builders import build_course
from tests.factories import UserFactory
from tests.packages import h5p_builders as build

pytestmark = pytest.mark.django_db

PLAIN = "text/plain;charset=UTF-8"  # what the frame posts, so that no preflight is needed


def upload(data: bytes, name: str = "activity.h5p") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type="application/zip")


@pytest.fixture
def activity():
    activity = services.package_save(
        package=H5pActivity(pass_mark=80), upload=upload(build.h5p_activity())
    )
    activity.skills.set([Skill.objects.originals().get(code="empathy")])
    activity.save()  # a ParentalManyToManyField is written on save
    return activity


@pytest.fixture
def course_with(activity):
    course = build_course("Vendor activities", modules=1, lessons=2)
    course.page.completion_requires_checks = True
    course.page.save()
    lesson = course.lessons[0]
    lesson.body = json.dumps([{"type": "h5p", "value": {"package": activity.pk}}])
    lesson.save()
    return course, lesson


@pytest.fixture
def learner(course_with):
    user = UserFactory()
    enrollment_create(user=user, course=course_with[0].page)
    return user


@pytest.fixture
def player_files(settings, tmp_path):
    """The player's own files, as npm installs them (only their names matter here)."""
    (tmp_path / "styles").mkdir()
    (tmp_path / "main.bundle.js").write_text("window.H5PStandalone = {};")
    (tmp_path / "frame.bundle.js").write_text("window.H5P = window.H5P || {};")
    (tmp_path / "styles" / "h5p.css").write_text(".h5p-content { margin: 0 }")
    settings.H5P_PLAYER_DIR = tmp_path
    return tmp_path


def frame_root(client, user, lesson) -> str:
    """The frame's address on the lesson page; then signed out, as the frame is."""
    client.force_login(user)
    page = client.get(lesson.url).content.decode()
    client.logout()
    match = re.search(r'<iframe[^>]+src="([^"]+)"', page)
    assert match, "the lesson shows the activity's frame"
    return match.group(1)


def post(client, url: str, body) -> dict:
    answer = client.post(url, data=json.dumps(body), content_type=PLAIN)
    return answer.status_code, answer.json()


def test_an_upload_is_unpacked_and_described(activity, settings):
    assert activity.title == "When to hand over to a person"
    assert activity.manifest == {
        "title": "When to hand over to a person",
        "main_library": "H5P.HeaCheck 1.0",
        "language": "en",
        "libraries": ["H5P.HeaCheck 1.0", "H5P.HeaText 1.0"],
        "embed_types": ["div", "iframe"],
    }
    folder = settings.PACKAGES_ROOT / activity.folder
    assert (folder / "H5P.HeaCheck-1.0" / "js" / "hea-check.js").is_file()
    assert activity.file_count == len(build.h5p_files())


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (build.without_h5p_json, "there is no h5p.json"),
        (build.missing_library, "needs the library H5P.HeaText 1.0"),
        (build.script_in_content, "scripts or styles (content/steal.js)"),
        (build.executable, "a program, which is not allowed: content/setup.exe"),
        (build.parent_path, "outside its own folder"),
        (build.broken_json, "content/content.json in the file is damaged"),
    ],
)
def test_bad_files_are_refused_and_nothing_is_stored(bad, message, settings):
    with pytest.raises(PackageInvalid, match=re.escape(message)):
        services.package_save(package=H5pActivity(), upload=upload(bad()))
    assert not H5pActivity.objects.exists()
    assert not settings.PACKAGES_ROOT.exists() or not any(settings.PACKAGES_ROOT.iterdir())


def test_the_frame_opens_the_player_under_the_sandbox(
    client, course_with, learner, activity, player_files
):
    root = frame_root(client, learner, course_with[1])
    first = client.get(root)
    assert first.status_code == 302 and first["Location"] == root + "__hea__/player.html"
    player = client.get(first["Location"])
    assert player.status_code == 200
    policy = player["Content-Security-Policy"]
    assert policy.startswith("sandbox allow-scripts allow-forms;")
    assert f"script-src http://testserver{root} " in policy
    assert player["Access-Control-Allow-Origin"] == "null"
    assert "Cross-Origin-Resource-Policy" not in player
    html = player.content.decode()
    scripts = re.findall(r"<script([^>]*)>", html)
    assert [re.search(r'src="([^"]+)"', s).group(1) for s in scripts] == [
        "h5p-storage.js",
        "state.js",
        "h5p/main.bundle.js",
        "h5p-frame.js",
    ]
    assert '<link rel="stylesheet" href="h5p/styles/h5p.css">' in html
    assert f"<title>{activity.title}</title>" in html and '<html lang="en">' in html
    assert '<div id="h5p-container" lang="en">' in html  # the language h5p.json gives

    state = client.get(root + "__hea__/state.js").content.decode()
    config = json.loads(state.removeprefix("window.HEA_PACKAGE = ").rstrip(";\n"))
    assert config == {
        "kind": "h5p",
        "preview": False,
        "language": "en",
        "id": str(activity.uuid),
        "title": activity.title,
        "h5pJsonPath": root.rstrip("/"),
        "frameJs": root + "__hea__/h5p/frame.bundle.js",
        "frameCss": root + "__hea__/h5p/styles/h5p.css",
        "state": None,
        "stateUrl": root + "__hea__/state",
        "xapiUrl": root + "__hea__/xapi",
    }
    for script in ("h5p-frame.js", "h5p-storage.js", "h5p/main.bundle.js", "h5p/frame.bundle.js"):
        answer = client.get(root + "__hea__/" + script)
        assert answer.status_code == 200, script
        assert answer["Content-Type"].startswith("text/javascript"), script
    css = client.get(root + "__hea__/h5p/styles/h5p.css")
    assert css["Content-Type"].startswith("text/css")
    described = client.get(root + "h5p.json")
    assert described["Content-Type"] == "application/json"
    assert described["Access-Control-Allow-Origin"] == "null"
    library = client.get(root + "H5P.HeaCheck-1.0/js/hea-check.js")
    assert library["Content-Type"].startswith("text/javascript")


@pytest.mark.parametrize(
    "path",
    ["__hea__/h5p/../../h5p.json", "__hea__/h5p/missing.js", "__hea__/scorm-runtime.js"],
)
def test_nothing_else_is_served_as_the_player(client, course_with, learner, player_files, path):
    root = frame_root(client, learner, course_with[1])
    assert client.get(root + path).status_code == 404


def test_the_state_is_kept_and_given_back(client, course_with, learner, activity):
    root = frame_root(client, learner, course_with[1])
    status, answer = post(client, root + "__hea__/state", {"data": '{"answer": 0, "visits": 1}'})
    assert (status, answer) == (200, {"ok": True})
    state = H5pState.objects.get(user=learner, activity=activity)
    assert state.data == '{"answer":0,"visits":1}' and state.completion == "incomplete"
    config = client.get(root + "__hea__/state.js").content.decode()
    assert '"state": "{\\"answer\\":0,\\"visits\\":1}"' in config


@pytest.mark.parametrize(
    "body", [{"data": "{not json"}, {"data": '{"big": "' + "x" * 70_000 + '"}'}, {"state": "{}"}]
)
def test_a_bad_state_is_refused_and_changes_nothing(client, course_with, learner, body):
    root = frame_root(client, learner, course_with[1])
    post(client, root + "__hea__/state", {"data": '{"answer": 1}'})
    status, answer = post(client, root + "__hea__/state", body)
    assert status == 400 and answer["ok"] is False and answer["message"]
    assert H5pState.objects.get(user=learner).data == '{"answer":1}'


def answered(raw, top, success=None) -> dict:
    return {
        "statement": {
            "verb": "answered",
            "score": {"raw": raw, "max": top, "scaled": raw / top},
            "success": success,
            "completion": True,
        }
    }


def test_a_passing_answer_finishes_the_lesson_and_is_skill_evidence(
    client, course_with, learner, activity
):
    _course, lesson = course_with
    root = frame_root(client, learner, lesson)
    status, answer = post(client, root + "__hea__/xapi", answered(9, 10, success=True))
    assert status == 200
    assert answer == {
        "ok": True,
        "completion": "completed",
        "success": "passed",
        "score": 0.9,
        "lessonDone": True,
    }
    assert LessonCompletion.objects.filter(user=learner, lesson=lesson, how="package").exists()
    [signal] = Signal.objects.filter(user=learner)
    assert (signal.skill.code, signal.source, signal.value) == ("empathy", "assessment", 0.9)


def test_a_failing_answer_does_not_and_a_later_pass_does(client, course_with, learner):
    _course, lesson = course_with
    root = frame_root(client, learner, lesson)
    status, answer = post(client, root + "__hea__/xapi", answered(3, 10, success=False))
    assert status == 200 and answer["success"] == "failed" and answer["lessonDone"] is False
    assert not LessonCompletion.objects.filter(user=learner).exists()
    assert not Signal.objects.filter(user=learner).exists()
    status, answer = post(client, root + "__hea__/xapi", answered(10, 10, success=True))
    assert answer["lessonDone"] is True
    assert LessonCompletion.objects.filter(user=learner, lesson=lesson).exists()


def test_the_pass_mark_decides_when_the_content_does_not_say(client, course_with, learner):
    root = frame_root(client, learner, course_with[1])
    status, answer = post(client, root + "__hea__/xapi", answered(7, 10))
    assert (answer["success"], answer["lessonDone"]) == ("failed", False)
    status, answer = post(client, root + "__hea__/xapi", answered(8, 10))
    assert (answer["success"], answer["lessonDone"]) == ("passed", True)


@pytest.mark.parametrize(
    "statement",
    [
        {"verb": "answered", "score": {"raw": 11, "max": 10}},
        {"verb": "answered", "score": {"raw": -1, "max": 10}},
        {"verb": "answered", "score": {"raw": "10", "max": 10}},
        {"verb": "experienced"},
        "answered",
        None,
    ],
)
def test_nonsense_results_are_refused_and_change_nothing(client, course_with, learner, statement):
    root = frame_root(client, learner, course_with[1])
    status, answer = post(client, root + "__hea__/xapi", {"statement": statement})
    assert status == 400 and answer["ok"] is False and answer["message"]
    assert not H5pState.objects.exists()
    assert not LessonCompletion.objects.exists()


def test_another_learner_s_token_saves_for_that_learner_only(client, course_with, learner):
    root = frame_root(client, learner, course_with[1])
    other = UserFactory()
    enrollment_create(user=other, course=course_with[0].page)
    other_root = frame_root(client, other, course_with[1])
    assert other_root != root
    post(client, other_root + "__hea__/state", {"data": '{"mine": true}'})
    assert H5pState.objects.get().user == other
    forged = root.replace(root.split("/")[3], "forged")
    assert client.post(forged + "__hea__/state", data="{}", content_type=PLAIN).status_code == 403
