"""Reading imsmanifest.xml: versions, SCOs, launch addresses, and every way a
manifest is refused with a message its author can act on."""

import json

import pytest

from packages.errors import PackageInvalid
from packages.scorm import manifest as manifest_module
from packages.scorm.manifest import Sco, ScormManifest, scorm_manifest
from tests.packages import scorm_builders as build

PAGE = build._PAGE


def read(files: dict) -> ScormManifest:
    return scorm_manifest(build.archive_of(build.zip_bytes(files)))


def refused(files_or_bytes) -> str:
    data = files_or_bytes if isinstance(files_or_bytes, bytes) else build.zip_bytes(files_or_bytes)
    with pytest.raises(PackageInvalid) as caught:
        scorm_manifest(build.archive_of(data))
    return caught.value.message


def one_sco(version="1.2", *, item=None, resource=None, files=None, **manifest) -> dict:
    """The files of a package with one SCO, overriding parts of it."""
    item = {"identifier": "item-1", "title": "Only part", "ref": "res-1", **(item or {})}
    resource = {"identifier": "res-1", "href": "index.html", **(resource or {})}
    xml = build.manifest_xml(version, items=[item], resources=[resource], **manifest)
    return {"imsmanifest.xml": xml, "index.html": PAGE, **(files or {})}


# ---------------------------------------------------------------------- what is read


def test_a_scorm_12_package_with_one_sco():
    result = scorm_manifest(build.archive_of(build.scorm12_package(title="Listening")))
    assert result.version == "1.2"
    assert result.schema_version == "1.2"
    assert result.identifier == "com.example.listening"
    assert result.title == "Listening"
    assert result.scos == [Sco(identifier="item-1", title="Listening", href="sco-1/index.html")]


def test_a_multi_sco_package_keeps_the_learners_order_and_resolves_xml_base():
    result = scorm_manifest(build.archive_of(build.scorm2004_package(3, title="Handover")))
    assert result.version == "2004"
    assert [sco.identifier for sco in result.scos] == ["item-1", "item-2", "item-3"]
    assert [sco.href for sco in result.scos] == [
        "sco-1/index.html",
        "sco-2/index.html",
        "sco-3/index.html",
    ]
    assert result.scos[1].title == "Part 2 of Handover"


@pytest.mark.parametrize(
    ("edition", "declared"),
    [("2nd", "CAM 1.3"), ("3rd", "2004 3rd Edition"), ("4th", "2004 4th Edition")],
)
def test_every_edition_of_scorm_2004_is_read(edition, declared):
    result = scorm_manifest(build.archive_of(build.scorm2004_package(edition=edition)))
    assert (result.version, result.schema_version) == ("2004", declared)


@pytest.mark.parametrize(("version", "expected"), [("1.2", "1.2"), ("2004", "2004")])
def test_without_a_schemaversion_the_namespaces_tell_the_version(version, expected):
    assert read(one_sco(version, schemaversion="")).version == expected


def test_an_unsupported_scorm_version_is_named_in_the_refusal():
    message = refused(one_sco("1.2", schemaversion="1.1"))
    assert "“1.1”" in message and "SCORM 1.2 and SCORM 2004" in message


def test_the_manifest_round_trips_through_json():
    result = scorm_manifest(
        build.archive_of(build.scorm12_package(2, mastery_score=75, launch_data="level=2"))
    )
    stored = json.loads(json.dumps(result.as_dict()))
    assert ScormManifest.from_dict(stored) == result
    assert stored["scos"][0]["mastery_score"] == 75.0
    assert result.sco("item-2").title == "Part 2 of Listening on the phone"
    assert result.sco("nothing") is None


def test_a_scorm_12_mastery_score_launch_data_and_time_limits():
    extra = (
        "<adlcp:masteryscore>80</adlcp:masteryscore>"
        "<adlcp:datafromlms>chapter=3</adlcp:datafromlms>"
        "<adlcp:maxtimeallowed>00:30:00</adlcp:maxtimeallowed>"
        "<adlcp:timelimitaction>exit,message</adlcp:timelimitaction>"
    )
    sco = read(one_sco(item={"extra": extra})).scos[0]
    assert sco.mastery_score == 80
    assert sco.launch_data == "chapter=3"
    assert sco.max_time_allowed == "00:30:00"
    assert sco.time_limit_action == "exit,message"


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        ("<adlcp:masteryscore>150</adlcp:masteryscore>", "mastery score"),
        ("<adlcp:masteryscore>most</adlcp:masteryscore>", "mastery score"),
        ("<adlcp:maxtimeallowed>half an hour</adlcp:maxtimeallowed>", "HH:MM:SS"),
        ("<adlcp:timelimitaction>explode</adlcp:timelimitaction>", "time limit action"),
        (f"<adlcp:datafromlms>{'x' * 4097}</adlcp:datafromlms>", "4096"),
    ],
)
def test_bad_scorm_12_item_details_are_refused(extra, words):
    message = refused(one_sco(item={"extra": extra}))
    assert words in message and "item-1" in message


def test_a_scorm_2004_passing_score_threshold_and_time_limit():
    extra = (
        "<adlcp:completionThreshold completedByMeasure='true' minProgressMeasure='0.75'/>"
        "<adlcp:dataFromLMS>mode=practice</adlcp:dataFromLMS>"
        "<adlcp:timeLimitAction>continue,message</adlcp:timeLimitAction>"
        "<imsss:sequencing><imsss:limitConditions attemptAbsoluteDurationLimit='PT45M'/>"
        "<imsss:objectives><imsss:primaryObjective satisfiedByMeasure='true'>"
        "<imsss:minNormalizedMeasure>0.6</imsss:minNormalizedMeasure>"
        "</imsss:primaryObjective></imsss:objectives></imsss:sequencing>"
    )
    sco = read(one_sco("2004", item={"extra": extra})).scos[0]
    assert sco.mastery_score == 0.6
    assert sco.completion_threshold == 0.75
    assert sco.launch_data == "mode=practice"
    assert sco.max_time_allowed == "PT45M"
    assert sco.time_limit_action == "continue,message"


@pytest.mark.parametrize(
    ("objective", "expected"),
    [
        ("<imsss:primaryObjective satisfiedByMeasure='true'/>", 1.0),
        (
            "<imsss:primaryObjective satisfiedByMeasure='false'>"
            "<imsss:minNormalizedMeasure>0.5</imsss:minNormalizedMeasure></imsss:primaryObjective>",
            None,
        ),
        (
            "<imsss:primaryObjective><imsss:minNormalizedMeasure>0.5</imsss:minNormalizedMeasure>"
            "</imsss:primaryObjective>",
            None,
        ),
    ],
)
def test_the_scaled_passing_score_needs_satisfaction_by_measure(objective, expected):
    extra = f"<imsss:sequencing><imsss:objectives>{objective}</imsss:objectives></imsss:sequencing>"
    assert read(one_sco("2004", item={"extra": extra})).scos[0].mastery_score == expected


@pytest.mark.parametrize(
    ("threshold", "expected"),
    [
        ("<adlcp:completionThreshold>0.8</adlcp:completionThreshold>", 0.8),  # 3rd edition
        ("<adlcp:completionThreshold completedByMeasure='false' minProgressMeasure='0.8'/>", None),
        ("<adlcp:completionThreshold completedByMeasure='true'/>", 1.0),
    ],
)
def test_completion_thresholds_of_both_editions(threshold, expected):
    assert read(one_sco("2004", item={"extra": threshold})).scos[0].completion_threshold == expected


@pytest.mark.parametrize(
    "extra",
    [
        "<imsss:sequencing><imsss:limitConditions attemptAbsoluteDurationLimit='an hour'/>"
        "</imsss:sequencing>",
        "<imsss:sequencing><imsss:objectives><imsss:primaryObjective satisfiedByMeasure='true'>"
        "<imsss:minNormalizedMeasure>2</imsss:minNormalizedMeasure></imsss:primaryObjective>"
        "</imsss:objectives></imsss:sequencing>",
        "<adlcp:completionThreshold>1.5</adlcp:completionThreshold>",
    ],
)
def test_bad_scorm_2004_item_details_are_refused(extra):
    assert "item-1" in refused(one_sco("2004", item={"extra": extra}))


# ---------------------------------------------------------------------- launch addresses


@pytest.mark.parametrize(
    ("href", "parameters", "expected_href", "expected_parameters"),
    [
        ("index.html", "?lang=en", "index.html", "?lang=en"),
        ("index.html", "&lang=en", "index.html", "?lang=en"),
        ("index.html", "lang=en", "index.html", "?lang=en"),
        ("index.html?unit=2", "lang=en", "index.html", "?unit=2&lang=en"),
        ("index.html?unit=2", "", "index.html", "?unit=2"),
        ("index.html", "#part2", "index.html", "#part2"),
        ("index.html#intro", "#part2", "index.html", "#intro"),
        ("index.html?unit=2#intro", "?lang=en", "index.html", "?unit=2&lang=en#intro"),
        ("my%20page.html", "", "my page.html", ""),
        ("./folder/../index.html", "", "index.html", ""),
    ],
)
def test_launch_address_and_parameters(href, parameters, expected_href, expected_parameters):
    files = one_sco(
        item={"parameters": parameters},
        resource={"href": href},
        files={"my page.html": PAGE},
    )
    sco = read(files).scos[0]
    assert (sco.href, sco.parameters) == (expected_href, expected_parameters)


def test_xml_base_of_manifest_resources_and_resource_add_up():
    files = one_sco(
        xml_base="content/",
        resources_base="course",  # a folder even without its slash
        resource={"base": "unit-1/", "href": "../unit-2/start.htm"},
        files={"content/course/unit-2/start.htm": PAGE},
    )
    assert read(files).scos[0].href == "content/course/unit-2/start.htm"


def test_parameters_an_address_cannot_hold_are_refused():
    assert "parameters" in refused(one_sco(item={"parameters": "?a=b c"}))


@pytest.mark.parametrize(
    ("where", "value"),
    [
        ("href", "../outside.html"),
        ("href", "folder/../../outside.html"),
        ("href", "%2e%2e/outside.html"),
        ("href", "/index.html"),
        ("href", "\\\\server\\share\\index.html"),
        ("href", "folder\\index.html"),
        ("href", "C:/index.html"),
        ("href", "//example.com/index.html"),
        ("href", "https://example.com/index.html"),
        ("href", "file:///etc/passwd"),
        ("href", "javascript:alert(1)"),
        ("href", "index.html%00.txt"),
        ("resource_base", "../"),
        ("resource_base", "/srv/"),
        ("resources_base", "../../"),
        ("manifest_base", "http://example.com/"),
        ("file", "../../etc/passwd"),
    ],
)
def test_nothing_may_point_outside_the_package(where, value):
    resource, manifest = {}, {}
    if where == "href":
        resource["href"] = value
    elif where == "resource_base":
        resource["base"] = value
    elif where == "file":
        resource["files"] = ["index.html", value]
    elif where == "resources_base":
        manifest["resources_base"] = value
    else:
        manifest["xml_base"] = value
    message = refused(one_sco(resource=resource, **manifest))
    assert "points outside the package" in message


def test_a_launch_page_that_is_missing_is_named():
    message = refused(one_sco(resource={"href": "start.html"}))
    assert "“start.html”" in message and "no such file" in message


def test_a_launch_file_that_is_not_a_web_page_is_refused():
    message = refused(one_sco(resource={"href": "slides.pdf"}, files={"slides.pdf": b"%PDF"}))
    assert "not a web page" in message


def test_a_sco_resource_without_href_is_refused():
    assert "no href" in refused(one_sco(resource={"href": ""}))


# ---------------------------------------------------------------------- structure


def test_assets_are_not_launched_as_scos():
    xml = build.manifest_xml(
        "1.2",
        items=[
            {"identifier": "glossary", "title": "Glossary", "ref": "res-asset"},
            {"identifier": "lesson", "title": "Lesson", "ref": "res-sco"},
        ],
        resources=[
            {"identifier": "res-asset", "href": "glossary.html", "scormtype": "asset"},
            {"identifier": "res-sco", "href": "index.html"},
        ],
    )
    files = {"imsmanifest.xml": xml, "index.html": PAGE, "glossary.html": PAGE}
    assert [sco.identifier for sco in read(files).scos] == ["lesson"]


def test_a_package_with_only_assets_is_refused():
    assert "no SCO" in refused(build.no_sco_package())


def test_the_scormtype_attribute_is_read_whatever_its_case():
    xml = one_sco("1.2")["imsmanifest.xml"].replace("adlcp:scormtype", "adlcp:scormType")
    assert len(read({"imsmanifest.xml": xml, "index.html": PAGE}).scos) == 1


def test_the_default_organization_is_the_one_launched():
    xml = build.manifest_xml(
        "1.2",
        items=[{"identifier": "first", "title": "First", "ref": "res-1"}],
        resources=[
            {"identifier": "res-1", "href": "index.html"},
            {"identifier": "res-2", "href": "other.html"},
        ],
        default="org-2",
    ).replace(
        "  </organizations>",
        '    <organization identifier="org-2"><title>Second way</title>'
        '<item identifier="second" identifierref="res-2"><title>Second</title></item>'
        "</organization>\n  </organizations>",
    )
    result = read({"imsmanifest.xml": xml, "index.html": PAGE, "other.html": PAGE})
    assert result.title == "Second way"
    assert [sco.identifier for sco in result.scos] == ["second"]


def test_without_a_default_the_first_organization_is_launched():
    assert read(one_sco(default=None)).scos[0].identifier == "item-1"


def test_a_default_organization_that_does_not_exist_is_refused():
    assert "“elsewhere”" in refused(one_sco(default="elsewhere"))


def test_a_manifest_without_organizations_is_refused():
    xml = one_sco()["imsmanifest.xml"]
    start, end = xml.index("  <organizations"), xml.index("  <resources")
    assert "no organization" in refused({"imsmanifest.xml": xml[:start] + xml[end:]})


def test_an_item_pointing_at_no_resource_is_refused():
    message = refused(one_sco(item={"ref": "res-9"}))
    assert "“item-1”" in message and "“res-9”" in message


def test_an_item_without_a_title_is_refused():
    assert "no title" in refused(one_sco(item={"title": ""}))


def test_identifiers_are_required_and_unique():
    assert "no identifier" in refused(one_sco(identifier=""))
    assert "no identifier" in refused(one_sco(item={"identifier": ""}))
    xml = build.manifest_xml(
        "1.2",
        items=[
            {"identifier": "same", "title": "One", "ref": "res-1"},
            {"identifier": "same", "title": "Two", "ref": "res-1"},
        ],
        resources=[{"identifier": "res-1", "href": "index.html"}],
    )
    assert "two items" in refused({"imsmanifest.xml": xml, "index.html": PAGE})
    xml = build.manifest_xml(
        "1.2",
        items=[{"identifier": "one", "title": "One", "ref": "res-1"}],
        resources=[
            {"identifier": "res-1", "href": "index.html"},
            {"identifier": "res-1", "href": "index.html"},
        ],
    )
    assert "two resources" in refused({"imsmanifest.xml": xml, "index.html": PAGE})
    assert "spaces" in refused(one_sco(item={"identifier": "item one"}))


def test_a_manifest_without_resources_is_refused():
    xml = one_sco()["imsmanifest.xml"]
    start, end = xml.index("  <resources"), xml.index("</manifest>")
    assert "<resources>" in refused({"imsmanifest.xml": xml[:start] + xml[end:]})


def test_a_document_that_is_not_a_manifest_is_refused():
    assert "not a content package manifest" in refused({"imsmanifest.xml": "<html></html>"})


def test_too_many_scos_are_refused(monkeypatch):
    monkeypatch.setattr(manifest_module, "MAX_SCOS", 2)
    assert "more than 2 SCOs" in refused(build.scorm12_package(3))


def test_a_huge_manifest_is_refused_before_it_is_parsed(monkeypatch):
    monkeypatch.setattr(manifest_module, "MAX_MANIFEST_BYTES", 1024 * 1024)
    files = one_sco()
    files["imsmanifest.xml"] = files["imsmanifest.xml"] + " " * (1024 * 1024)
    assert "larger than 1 MB" in refused(files)


# ---------------------------------------------------------------------- unsafe XML


def test_no_manifest_at_the_top():
    assert "no imsmanifest.xml at its top level" in refused(build.no_manifest_package())


def test_a_manifest_in_a_folder_says_what_to_zip():
    assert "“course”" in refused(build.nested_manifest_package())


def test_broken_xml_is_refused():
    assert "not well-formed XML" in refused(build.broken_xml_package())


def test_entity_expansion_is_refused_at_once():
    assert "document type (DTD)" in refused(build.entity_expansion_package())


def test_an_external_entity_is_never_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("the-server-secret")
    message = refused(build.external_entity_package(secret.as_uri()))
    assert "document type (DTD)" in message and "the-server-secret" not in message


def test_a_dtd_in_utf16_is_refused():
    xml = one_sco(doctype='<!DOCTYPE manifest SYSTEM "http://example.com/x.dtd">\n')
    data = xml["imsmanifest.xml"].replace('encoding="UTF-8"', 'encoding="UTF-16"')
    files = {**xml, "imsmanifest.xml": data.encode("utf-16")}
    assert "document type (DTD)" in refused(files)


def test_the_parser_itself_resolves_no_entities_and_loads_no_dtd(tmp_path, monkeypatch):
    """Behind the early refusal of any DTD, the parser is safe on its own."""
    secret = tmp_path / "secret.txt"
    secret.write_text("the-server-secret")
    xml = (
        f'<!DOCTYPE manifest [<!ENTITY secret SYSTEM "{secret.as_uri()}">]>'
        "<manifest identifier='x'><title>&secret;</title></manifest>"
    ).encode()
    monkeypatch.setattr(manifest_module, "_declares_dtd", lambda data: False)
    with pytest.raises(PackageInvalid) as caught:
        manifest_module._parse(xml)
    assert "document type (DTD)" in caught.value.message
    assert "the-server-secret" not in caught.value.message


@pytest.mark.parametrize(
    "name",
    [
        "no manifest",
        "manifest in a folder",
        "broken XML",
        "href to a missing file",
        "../ in an href",
        "xml:base escape",
        "absolute href",
        "URL href",
        "1.2 without a SCO",
        "entity expansion",
        "external entity",
    ],
)
def test_every_bad_package_of_the_manifest_is_refused(name):
    assert refused(build.bad_packages()[name])
