"""Reading an uploaded .h5p file: what it is, and the files refused with a reason
an author can act on."""

import json

import pytest

from packages.errors import PackageInvalid
from packages.h5p.package import H5pManifest, h5p_manifest
from tests.packages import h5p_builders as build


def manifest_of(data: bytes) -> H5pManifest:
    return h5p_manifest(build.ZipArchive(data))


def refusal(files: dict[str, bytes]) -> str:
    with pytest.raises(PackageInvalid) as raised:
        manifest_of(build.zip_bytes(files))
    return raised.value.message


def edited(path: str, change) -> dict[str, bytes]:
    """The good files with the JSON at ``path`` changed by ``change(data)``."""
    files = build.h5p_files()
    data = json.loads(files[path])
    change(data)
    files[path] = json.dumps(data).encode()
    return files


def test_a_good_file_says_what_it_is():
    manifest = manifest_of(build.h5p_activity(title="  Escalation check ", language="es"))
    assert manifest == H5pManifest(
        title="Escalation check",
        main_library="H5P.HeaCheck 1.0",
        language="es",
        libraries=("H5P.HeaCheck 1.0", "H5P.HeaText 1.0"),
        embed_types=("div", "iframe"),
    )
    assert H5pManifest.from_dict(json.loads(json.dumps(manifest.as_dict()))) == manifest


@pytest.mark.parametrize(
    ("given", "kept"), [("pt-BR", "pt-BR"), ("und", "und"), ("English", "und"), ('en" x', "und")]
)
def test_a_language_that_is_no_language_code_is_kept_as_undetermined(given, kept):
    assert manifest_of(build.h5p_activity(language=given)).language == kept


def test_embed_types_are_those_the_content_and_its_type_both_allow():
    assert manifest_of(build.h5p_activity(embed_types=("iframe",))).embed_types == ("iframe",)
    files = edited("h5p.json", lambda data: data.pop("embedTypes"))
    assert manifest_of(build.zip_bytes(files)).embed_types == ("div", "iframe")
    files = edited("h5p.json", lambda data: data.update(embedTypes=["div"]))
    library = json.loads(files["H5P.HeaCheck-1.0/library.json"])
    library["embedTypes"] = ["iframe"]
    files["H5P.HeaCheck-1.0/library.json"] = json.dumps(library).encode()
    assert "agree on no way to embed it" in refusal(files)


def test_libraries_the_content_does_not_load_are_not_listed():
    files = build.h5p_files()
    files["FontAwesome-4.5/library.json"] = json.dumps(
        {"machineName": "FontAwesome", "majorVersion": 4, "minorVersion": 5, "title": "Icons"}
    ).encode()
    assert manifest_of(build.zip_bytes(files)).libraries == ("H5P.HeaCheck 1.0", "H5P.HeaText 1.0")


def test_what_zip_tools_add_is_ignored():
    files = build.h5p_files()
    files["__MACOSX/content/._content.json"] = b"\x00\x05\x16\x07"
    files[".DS_Store"] = b"\x00\x00\x00\x01Bud1"
    files["content/images/Thumbs.db"] = b"\xd0\xcf"
    assert manifest_of(build.zip_bytes(files)).title == "When to hand over to a person"


def test_media_in_content_is_accepted():
    files = build.h5p_files()
    files["content/images/team.png"] = b"\x89PNG\r\n\x1a\n"
    files["content/videos/greeting.mp4"] = b"\x00\x00\x00\x18ftypmp42"
    files["content/captions/greeting.vtt"] = b"WEBVTT\n"
    manifest_of(build.zip_bytes(files))


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (build.without_h5p_json, "This is not an H5P file: there is no h5p.json"),
        (build.missing_library, "needs the library H5P.HeaText 1.0, which is not in the file"),
        (build.script_in_content, "content folder holds scripts or styles (content/steal.js)"),
        (build.executable, "files of a type H5P does not allow: content/setup.exe"),
        (build.parent_path, "paths that point outside it: content/../../escape.json"),
        (build.broken_json, "content/content.json in the file is damaged"),
    ],
)
def test_bad_files_are_refused_with_a_reason(bad, message):
    with pytest.raises(PackageInvalid) as raised:
        manifest_of(bad())
    assert message in raised.value.message


@pytest.mark.parametrize(
    ("path", "change", "message"),
    [
        ("h5p.json", lambda d: d.pop("title"), "h5p.json has no title"),
        ("h5p.json", lambda d: d.update(title="x" * 256), "h5p.json has no title"),
        ("h5p.json", lambda d: d.update(language=7), "h5p.json has no language"),
        ("h5p.json", lambda d: d.pop("mainLibrary"), "does not name the content type"),
        ("h5p.json", lambda d: d.update(mainLibrary="H5P.Missing"), "names H5P.Missing as"),
        ("h5p.json", lambda d: d.update(preloadedDependencies=[]), "lists no libraries"),
        (
            "h5p.json",
            lambda d: d["preloadedDependencies"][0].update(majorVersion="1"),
            "h5p.json lists a library without a valid machineName",
        ),
        (
            "h5p.json",
            lambda d: d["preloadedDependencies"][0].update(minorVersion=True),
            "h5p.json lists a library without a valid machineName",
        ),
        (
            "h5p.json",
            lambda d: d["preloadedDependencies"].append(
                {"machineName": "H5P.Gone", "majorVersion": 2, "minorVersion": 1}
            ),
            "needs the library H5P.Gone 2.1",
        ),
        ("h5p.json", lambda d: d.update(embedTypes=["popup"]), 'embedTypes other than "div"'),
        (
            "H5P.HeaCheck-1.0/library.json",
            lambda d: d.update(minorVersion=1),
            "H5P.HeaCheck-1.0/library.json does not describe the library its folder",
        ),
        (
            "H5P.HeaCheck-1.0/library.json",
            lambda d: d["preloadedJs"].append({"path": "js/missing.js"}),
            "lists js/missing.js, which is not in the file",
        ),
        (
            "H5P.HeaCheck-1.0/library.json",
            lambda d: d["preloadedCss"].append({"path": "../H5P.HeaText-1.0/hea-text.js"}),
            "has an entry of preloadedCss without a valid path",
        ),
        (
            "H5P.HeaCheck-1.0/library.json",
            lambda d: d["preloadedDependencies"].append(
                {"machineName": "H5P.Deeper", "majorVersion": 1, "minorVersion": 0}
            ),
            "needs the library H5P.Deeper 1.0",
        ),
    ],
)
def test_what_the_json_files_must_say(path, change, message):
    assert message in refusal(edited(path, change))


def test_content_json_must_be_there_and_an_object():
    files = build.h5p_files()
    del files["content/content.json"]
    assert "no content/content.json" in refusal(files)
    files = build.h5p_files()
    files["content/content.json"] = b"[1, 2]"
    assert "content/content.json in the file is damaged" in refusal(files)


def test_json_nested_absurdly_deep_is_refused_not_a_crash():
    files = build.h5p_files()
    files["content/content.json"] = b"[" * 5000 + b"]" * 5000
    assert "content/content.json in the file is damaged" in refusal(files)


def test_a_json_file_with_a_byte_order_mark_is_read():
    files = build.h5p_files()
    files["h5p.json"] = b"\xef\xbb\xbf" + files["h5p.json"]
    assert manifest_of(build.zip_bytes(files)).main_library == "H5P.HeaCheck 1.0"


def test_a_folder_that_is_no_library_is_refused():
    files = build.h5p_files()
    files["extras/readme.txt"] = b"hello"
    assert "The folder extras is neither content/ nor a library folder" in refusal(files)
    files = build.h5p_files()
    files["H5P.Extra-1.0/extra.js"] = b""
    assert "The folder H5P.Extra-1.0 is neither" in refusal(files)


@pytest.mark.parametrize(
    "name",
    [
        "content/movie.swf",
        "content/run.sh",
        "content/noextension",
        "notes.js",
        "H5P.HeaText-1.0/x.php",
    ],
)
def test_file_types_outside_h5p_s_own_list_are_refused(name):
    files = build.h5p_files()
    files[name] = b"x"
    message = refusal(files)
    assert name in message


def test_code_is_allowed_in_libraries_only():
    files = build.h5p_files()
    files["content/theme.css"] = b"body { display: none }"
    assert "content folder holds scripts or styles (content/theme.css)" in refusal(files)


def test_a_long_list_of_refused_names_is_cut_short():
    files = build.h5p_files()
    for number in range(10):
        files[f"content/tool{number}.exe"] = b"MZ"
    message = refusal(files)
    assert message.count(".exe") == 3 and message.endswith(", ….")
