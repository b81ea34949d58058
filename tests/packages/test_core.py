"""The package core: upload checks, capability addresses, the sandbox policy,
and progress reaching the lesson. Content-specific behaviour (the SCORM data
model, H5P results) has its own tests."""

import io
import json
import re
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from courses.models import Enrollment, LessonCompletion
from courses.services import enrollment_create
from packages import services
from packages.errors import PackageInvalid
from packages.launch import LaunchRefused, launch_read, launch_url
from packages.models import ScormPackage, ScormState
from tests.courses.builders import build_course
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

MANIFEST = """<?xml version="1.0"?>
<manifest identifier="core-test" version="1"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
  <organizations default="org"><organization identifier="org"><title>Core test</title>
    <item identifier="item-1" identifierref="res-1"><title>Only part</title></item>
  </organization></organizations>
  <resources>
    <resource identifier="res-1" type="webcontent" adlcp:scormtype="sco" href="sco/index.html">
      <file href="sco/index.html"/>
    </resource>
  </resources>
</manifest>"""


def zip_of(files: dict[str, bytes | str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def scorm_zip(**extra) -> bytes:
    return zip_of(
        {
            "imsmanifest.xml": MANIFEST,
            "sco/index.html": "<html><head><title>SCO</title></head><body>Hello</body></html>",
            "sco/style.css": "body { color: black; }",
            **extra,
        }
    )


def upload(data: bytes, name: str = "package.zip") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type="application/zip")


@pytest.fixture
def package():
    return services.package_save(package=ScormPackage(), upload=upload(scorm_zip()))


@pytest.fixture
def lesson_with(package):
    course = build_course("Vendor content", modules=1, lessons=1)
    lesson = course.lessons[0]
    lesson.body = json.dumps([{"type": "scorm", "value": {"package": package.pk}}])
    lesson.save()
    return course, lesson


@pytest.fixture
def learner(lesson_with):
    user = UserFactory()
    enrollment_create(user=user, course=lesson_with[0].page)
    return user


def test_an_upload_is_unpacked_and_described(package, settings):
    assert package.version == "1.2"
    assert package.title == "Core test"
    assert [sco["identifier"] for sco in package.scos] == ["item-1"]
    assert (settings.PACKAGES_ROOT / package.folder / "sco" / "index.html").is_file()
    assert package.file_count == 3


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({"../evil.html": "x"}, "outside its own folder"),
        ({"/etc/passwd": "x"}, "unsafe name"),
        ({"tools/run.exe": "MZ"}, "program"),
        ({"__hea__/state.js": "x"}, "__hea__"),
        ({"a\\b.html": "x"}, "unsafe name"),
    ],
)
def test_unsafe_archives_are_refused_and_nothing_is_stored(files, message, settings):
    with pytest.raises(PackageInvalid, match=message):
        services.package_save(package=ScormPackage(), upload=upload(scorm_zip(**files)))
    assert not ScormPackage.objects.exists()
    assert not settings.PACKAGES_ROOT.exists() or not any(settings.PACKAGES_ROOT.iterdir())


def test_not_a_zip_and_too_big_are_refused(settings):
    with pytest.raises(PackageInvalid, match="not a zip"):
        services.package_save(package=ScormPackage(), upload=upload(b"hello"))
    settings.PACKAGE_MAX_UPLOAD_BYTES = 10
    with pytest.raises(PackageInvalid, match="limit"):
        services.package_save(package=ScormPackage(), upload=upload(scorm_zip()))


def test_a_zip_bomb_is_refused(settings):
    bomb = zip_of({"imsmanifest.xml": MANIFEST, "sco/index.html": "a" * (5 * 1024 * 1024)})
    with pytest.raises(PackageInvalid, match="far more"):
        services.package_save(package=ScormPackage(), upload=upload(bomb))
    settings.PACKAGE_MAX_EXTRACTED_BYTES = 100
    with pytest.raises(PackageInvalid, match="Unpacked"):
        services.package_save(package=ScormPackage(), upload=upload(scorm_zip()))


def test_too_many_files_are_refused(settings):
    settings.PACKAGE_MAX_FILES = 2
    with pytest.raises(PackageInvalid, match="limit is 2"):
        services.package_save(package=ScormPackage(), upload=upload(scorm_zip()))


def test_a_new_version_replaces_the_files_and_keeps_progress(
    package, settings, django_capture_on_commit_callbacks
):
    old = settings.PACKAGES_ROOT / package.folder
    with django_capture_on_commit_callbacks(execute=True):
        services.package_save(package=package, upload=upload(scorm_zip(**{"sco/new.txt": "new"})))
    assert not old.exists()
    assert (settings.PACKAGES_ROOT / package.folder / "sco" / "new.txt").is_file()


def _frame_url(client, lesson) -> str:
    page = client.get(lesson.url).content.decode()
    match = re.search(r'<iframe[^>]+src="([^"]+)"', page)
    assert match, "the lesson shows the package's frame"
    return match.group(1)


def test_the_lesson_frame_plays_the_sco_under_a_sandbox(client, lesson_with, learner):
    _course, lesson = lesson_with
    client.force_login(learner)
    root = _frame_url(client, lesson)
    assert 'sandbox="allow-scripts allow-forms"' in client.get(lesson.url).content.decode()
    client.logout()  # the frame's requests carry no cookie of the site
    first = client.get(root)
    assert first.status_code == 302 and first["Location"] == root + "sco/index.html"
    sco = client.get(first["Location"])
    assert sco.status_code == 200
    policy = sco["Content-Security-Policy"]
    assert policy.startswith("sandbox allow-scripts allow-forms;")
    assert "allow-same-origin" not in policy and "allow-top-navigation" not in policy
    assert f"connect-src http://testserver{root}" in policy
    assert sco["X-Frame-Options"] == "SAMEORIGIN"
    html = sco.content.decode()
    assert (
        html.index("__hea__/state.js")
        < html.index("__hea__/scorm-runtime.js")
        < html.index("<title>")
    )
    css = client.get(root + "sco/style.css")
    assert (
        css["Content-Type"].startswith("text/css") and "sandbox" in css["Content-Security-Policy"]
    )
    state = client.get(root + "__hea__/state.js").content.decode()
    assert state.startswith("window.HEA_PACKAGE = ")
    config = json.loads(state.removeprefix("window.HEA_PACKAGE = ").rstrip(";\n"))
    assert config["version"] == "1.2" and config["commitUrl"] == root + "__hea__/commit"


def _initial_cmi(client, url: str) -> dict:
    state = client.get(url + "__hea__/state.js").content.decode()
    return json.loads(state.removeprefix("window.HEA_PACKAGE = ").rstrip(";\n"))["cmi"]


def test_the_sco_is_told_the_language_the_lesson_is_read_in(client, lesson_with, learner, package):
    course, lesson = lesson_with
    with translation.override("es"):
        url = launch_url(
            user=learner,
            package=package,
            course_id=course.page.pk,
            lesson_id=lesson.pk,
            sco="item-1",
        )
    assert _initial_cmi(client, url)["cmi.student_preference.language"] == "es"
    # A language the learner chose inside the content stands.
    ScormState.objects.create(
        user=learner,
        package=package,
        sco="item-1",
        cmi={"cmi.student_preference.language": "fr"},
    )
    assert _initial_cmi(client, url)["cmi.student_preference.language"] == "fr"


@pytest.mark.parametrize(
    "path", ["../imsmanifest.xml", "sco/../../x", "sco/missing.html", "__hea__/nothing"]
)
def test_paths_outside_the_package_are_not_found(client, lesson_with, learner, path):
    client.force_login(learner)
    root = _frame_url(client, lesson_with[1])
    assert client.get(root + path).status_code == 404


def test_a_forged_or_foreign_token_is_refused(client, lesson_with, learner, package):
    client.force_login(learner)
    root = _frame_url(client, lesson_with[1])
    token = root.split("/")[3]
    assert client.get(root.replace(token, token[:-2] + "xx") + "sco/index.html").status_code == 404
    stranger = UserFactory()  # not enrolled
    url = launch_url(
        user=stranger,
        package=package,
        course_id=lesson_with[0].page.pk,
        lesson_id=lesson_with[1].pk,
        sco="item-1",
    )
    assert client.get(url).status_code == 404
    with pytest.raises(LaunchRefused):
        launch_read(url.split("/")[3])


def test_a_withdrawn_or_deactivated_learner_loses_the_frame(client, lesson_with, learner):
    client.force_login(learner)
    root = _frame_url(client, lesson_with[1])
    Enrollment.objects.filter(user=learner).update(status=Enrollment.Status.WITHDRAWN)
    assert client.get(root + "sco/index.html").status_code == 404


def test_committing_completion_finishes_the_lesson(client, lesson_with, learner):
    course, lesson = lesson_with
    client.force_login(learner)
    root = _frame_url(client, lesson)
    client.logout()
    answer = client.post(
        root + "__hea__/commit",
        data=json.dumps({"cmi": {"cmi.core.lesson_status": "incomplete"}, "finish": False}),
        content_type="application/json",
    )
    assert answer.status_code == 200 and answer.json()["lessonDone"] is False
    answer = client.post(
        root + "__hea__/commit",
        data=json.dumps(
            {
                "cmi": {"cmi.core.lesson_status": "passed", "cmi.core.score.raw": "90"},
                "finish": True,
            }
        ),
        content_type="application/json",
    )
    assert answer.json()["lessonDone"] is True
    state = ScormState.objects.get(user=learner)
    assert state.completion == "completed" and state.success == "passed"
    assert LessonCompletion.objects.filter(user=learner, lesson=lesson, how="package").exists()


@pytest.mark.parametrize("body", [b"not json", b"[1, 2]", b'{"cmi": "x"}', b"x" * 300_000])
def test_bad_commits_are_refused_and_change_nothing(client, lesson_with, learner, body):
    client.force_login(learner)
    root = _frame_url(client, lesson_with[1])
    answer = client.post(root + "__hea__/commit", data=body, content_type="application/json")
    assert answer.status_code == 400 and answer.json()["ok"] is False
    assert not ScormState.objects.exists()


def test_package_files_cannot_be_posted_to(client, lesson_with, learner):
    client.force_login(learner)
    root = _frame_url(client, lesson_with[1])
    assert client.post(root + "sco/index.html").status_code == 405


def test_the_media_address_does_not_serve_package_files(client, package, settings):
    assert settings.MEDIA_URL not in str(settings.PACKAGES_ROOT)
    assert client.get(f"{settings.MEDIA_URL}{package.folder}/sco/index.html").status_code == 404


def test_the_learner_downloads_and_erasure_blanks_what_content_stored(client, lesson_with, learner):
    from privacy.services import person_erase, personal_data_export

    client.force_login(learner)
    root = _frame_url(client, lesson_with[1])
    client.post(
        root + "__hea__/commit",
        data=json.dumps(
            {"cmi": {"cmi.suspend_data": "PRIVATE-SUSPEND", "cmi.core.lesson_status": "failed"}}
        ),
        content_type="application/json",
    )
    [record] = personal_data_export(user=learner)["content_packages"]
    assert record["data_stored_by_the_content"]["cmi.suspend_data"] == "PRIVATE-SUSPEND"
    assert record["success"] == "failed"
    admin = UserFactory(is_superuser=True, is_staff=True)
    person_erase(actor=admin, user=learner)
    state = ScormState.objects.get(user=learner)
    assert state.cmi == {} and state.success == "failed"
