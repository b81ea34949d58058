"""Reading a SCORM package's ``imsmanifest.xml`` (SCORM 1.2 and SCORM 2004).

:func:`scorm_manifest` reads the manifest at the top of an archive (anything
with ``.names``, a set of file names, and ``.read(name)``), tells the version,
checks by hand what the schemas require and what matters here, and returns
the SCOs of the default organization in the order a learner takes them. It
raises :class:`packages.errors.PackageInvalid` with a message the package's
author can act on.

The XML is parsed without entities, DTDs or network access, and a manifest
that declares a document type is refused. Every address a SCO is launched
from must resolve (with ``xml:base``) to a web page inside the package that
exists: nothing may point outside it.
"""

import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from urllib.parse import unquote

from django.utils.translation import gettext as _
from lxml import etree

from packages.errors import PackageInvalid
from packages.scorm import cmi

MANIFEST = "imsmanifest.xml"
#: The largest manifest read, in bytes.
MAX_MANIFEST_BYTES = 4 * 1024 * 1024
#: How many SCOs one package may have.
MAX_SCOS = 200
MAX_IDENTIFIER = 255
MAX_TITLE = 255
MAX_PARAMETERS = 1000

IMSCP_12 = "http://www.imsproject.org/xsd/imscp_rootv1p1p2"
IMSCP_2004 = "http://www.imsglobal.org/xsd/imscp_v1p1"
ADLCP_12 = "http://www.adlnet.org/xsd/adlcp_rootv1p2"
ADLCP_2004 = "http://www.adlnet.org/xsd/adlcp_v1p3"
IMSSS = "http://www.imsglobal.org/xsd/imsss"
XML = "http://www.w3.org/XML/1998/namespace"
# Content-packaging elements are read in either version's namespace (or none:
# some tools leave it out).
_CP = {IMSCP_12, IMSCP_2004, None}
_ADLCP = {ADLCP_12, ADLCP_2004}

_SCHEMA_VERSIONS = {
    "1.2": cmi.SCORM_12,
    "cam 1.3": cmi.SCORM_2004,
    "2004 2nd edition": cmi.SCORM_2004,
    "2004 3rd edition": cmi.SCORM_2004,
    "2004 4th edition": cmi.SCORM_2004,
}
_SCHEME = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*:")
_PAGE = re.compile(r".+\.html?", re.IGNORECASE)


@dataclass(frozen=True)
class Sco:
    """A SCO as a learner launches it.

    ``href`` is the launch page's path inside the package (no query);
    ``parameters`` what to append to its address: empty, or starting with
    ``?`` (a query, with any ``#fragment`` after it) or ``#``.
    ``mastery_score`` is SCORM 1.2's masteryscore (0 to 100) or SCORM 2004's
    scaled passing score (-1 to 1); ``max_time_allowed`` is a SCORM 1.2
    timespan or a SCORM 2004 duration."""

    identifier: str
    title: str
    href: str
    parameters: str = ""
    mastery_score: float | None = None
    launch_data: str = ""
    max_time_allowed: str = ""
    time_limit_action: str = ""
    completion_threshold: float | None = None


@dataclass(frozen=True)
class ScormManifest:
    version: str  # "1.2" or "2004"
    identifier: str
    title: str
    scos: list[Sco] = field(default_factory=list)
    schema_version: str = ""  # as the manifest wrote it, e.g. "2004 4th Edition"

    def as_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "ScormManifest":
        values = dict(data)
        values["scos"] = [Sco(**sco) for sco in data.get("scos", [])]
        return cls(**values)

    def sco(self, identifier: str) -> Sco | None:
        return next((sco for sco in self.scos if sco.identifier == identifier), None)


def _invalid(message: str, **values) -> PackageInvalid:
    return PackageInvalid(message % values if values else message)


def _local(element) -> str:
    return etree.QName(element).localname


def _namespace(element) -> str | None:
    return etree.QName(element).namespace


def _children(element, name: str, namespaces=None) -> Iterator:
    namespaces = _CP if namespaces is None else namespaces
    for child in element:
        if isinstance(child.tag, str) and _local(child) == name:
            if _namespace(child) in namespaces:
                yield child


def _child(element, name: str, namespaces=None):
    return next(_children(element, name, namespaces), None)


def _adlcp_child(element, name: str):
    """An adlcp element, whatever the case of its name (``masteryscore``,
    ``dataFromLMS``...) and whichever version's namespace it is in."""
    for child in element:
        if isinstance(child.tag, str) and _namespace(child) in _ADLCP:
            if _local(child).lower() == name.lower():
                return child
    return None


def _adlcp_attribute(element, name: str) -> str | None:
    for key, value in element.attrib.items():
        qname = etree.QName(key)
        if qname.namespace in _ADLCP and qname.localname.lower() == name.lower():
            return value
    return None


def _text(element) -> str:
    return " ".join("".join(element.itertext()).split()) if element is not None else ""


def _declares_dtd(data: bytes) -> bool:
    """Whether the manifest's text has a document type or entity declaration,
    looked for before parsing (in UTF-16 too, when it starts with its BOM)."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        text = data.decode("utf-16", errors="replace")
    else:
        text = data.decode("utf-8", errors="replace")
    upper = text.upper()
    return "<!DOCTYPE" in upper or "<!ENTITY" in upper


def _dtd_refused() -> PackageInvalid:
    return _invalid(
        _(
            "The imsmanifest.xml file declares a document type (DTD). Manifests "
            "are read without one: remove the <!DOCTYPE> declaration."
        )
    )


def _parse(data: bytes):
    if _declares_dtd(data):
        raise _dtd_refused()
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise _invalid(
            _("The imsmanifest.xml file is not well-formed XML (%(error)s)."),
            error=str(error.msg or error),
        ) from error
    if root is None:
        raise _invalid(_("The imsmanifest.xml file is empty."))
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:
        raise _dtd_refused()
    return root


def _version(root) -> tuple[str, str]:
    metadata = _child(root, "metadata")
    declared = _text(_child(metadata, "schemaversion")) if metadata is not None else ""
    if declared:
        version = _SCHEMA_VERSIONS.get(declared.lower())
        if version is None:
            raise _invalid(
                _(
                    "The manifest says the package is for SCORM “%(version)s”. Only SCORM "
                    "1.2 and SCORM 2004 packages can be used."
                ),
                version=declared,
            )
        return version, declared
    namespaces = set(root.nsmap.values())
    for element in root.iter():
        if isinstance(element.tag, str):
            namespaces.update(etree.QName(key).namespace for key in element.attrib)
    if ADLCP_2004 in namespaces or (IMSCP_2004 in namespaces and ADLCP_12 not in namespaces):
        return cmi.SCORM_2004, ""
    if ADLCP_12 in namespaces or IMSCP_12 in namespaces:
        return cmi.SCORM_12, ""
    raise _invalid(
        _(
            "The manifest does not say which version of SCORM the package is for (no "
            "schemaversion, and none of SCORM's namespaces)."
        )
    )


def _identifier(element, what: str) -> str:
    value = (element.get("identifier") or "").strip()
    if not value:
        raise _invalid(_("A %(what)s in the manifest has no identifier."), what=what)
    if len(value) > MAX_IDENTIFIER or re.search(r"[\x00-\x20\x7f]", value):
        raise _invalid(
            _("The identifier “%(identifier)s” in the manifest is too long or contains spaces."),
            identifier=value[:80],
        )
    return value


def _split_address(href: str) -> tuple[str, str, str]:
    """``path?query#fragment`` in its three parts."""
    path, _hash, fragment = href.partition("#")
    path, _mark, query = path.partition("?")
    return path, query, fragment


def _resolve(parts: list[str], *, where: str) -> str:
    """The path inside the package that ``xml:base`` values and an ``href``
    (the last of ``parts``) resolve to. A base is a folder; anything absolute
    (a scheme, a host, a leading slash) or climbing above the package's top
    is refused."""
    segments: list[str] = []
    for part in parts:
        if not part:
            continue
        decoded = unquote(part)
        if (
            _SCHEME.match(part)
            or part.startswith(("/", "\\"))
            or decoded.startswith("/")
            or "\\" in decoded
            or re.search(r"[\x00-\x1f\x7f]", decoded)
        ):
            raise _invalid(
                _(
                    "The manifest points outside the package: %(where)s gives the address "
                    "“%(address)s”. Every address must be a path inside the package."
                ),
                where=where,
                address=part[:200],
            )
        for segment in decoded.split("/"):
            if segment in ("", "."):
                continue
            if segment == "..":
                if not segments:
                    raise _invalid(
                        _(
                            "The manifest points outside the package: %(where)s climbs above "
                            "the package's top folder with “%(address)s”."
                        ),
                        where=where,
                        address=part[:200],
                    )
                segments.pop()
            else:
                segments.append(segment)
    return "/".join(segments)


def _base(element) -> str:
    return (element.get(f"{{{XML}}}base") or "").strip()


def _parameters(resource_query: str, resource_fragment: str, item_parameters: str) -> str:
    """What to append to a SCO's launch address: the resource's own query and
    fragment, with the item's ``parameters`` added as SCORM's packaging rules
    say (a leading ``?`` or ``&`` is dropped, a ``#fragment`` is used only when
    the address has none)."""
    query, fragment = resource_query, resource_fragment
    extra = item_parameters.strip()
    if extra.startswith("#"):
        if not fragment:
            fragment = extra[1:]
    elif extra:
        extra = extra.lstrip("?&")
        query = f"{query}&{extra}" if query and extra else (query or extra)
    suffix = (f"?{query}" if query else "") + (f"#{fragment}" if fragment else "")
    if len(suffix) > MAX_PARAMETERS or re.search(r"[\x00-\x20\x7f\"<>\\]", suffix):
        raise _invalid(
            _(
                "The parameters of an item in the manifest are too long or contain spaces "
                "or characters an address cannot hold."
            )
        )
    return suffix


def _decimal(text: str, low: float, high: float, *, item: str, what: str) -> float | None:
    if not text:
        return None
    try:
        number = float(text)
    except ValueError:
        number = None
    if number is None or not (low <= number <= high):
        raise _invalid(
            _("The %(what)s of the item “%(item)s” must be a number from %(low)s to %(high)s."),
            what=what,
            item=item,
            low=f"{low:g}",
            high=f"{high:g}",
        )
    return number


def _item_details(item, version: str, identifier: str) -> dict:
    """Mastery score, launch data, time limits and completion threshold."""
    details: dict = {}
    if version == cmi.SCORM_12:
        details["mastery_score"] = _decimal(
            _text(_adlcp_child(item, "masteryscore")),
            0,
            100,
            item=identifier,
            what=_("mastery score"),
        )
        launch_data = _text(_adlcp_child(item, "datafromlms"))
        max_time = _text(_adlcp_child(item, "maxtimeallowed"))
        if max_time and not cmi.TIMESPAN_12.fullmatch(max_time):
            raise _invalid(
                _(
                    "The maximum time allowed of the item “%(item)s” must be written "
                    "HH:MM:SS, as in 00:30:00."
                ),
                item=identifier,
            )
        launch_limit = 4096
    else:
        details["mastery_score"] = _passing_score_2004(item, identifier)
        launch_data = _text(_adlcp_child(item, "dataFromLMS"))
        sequencing = _child(item, "sequencing", {IMSSS})
        limits = None
        if sequencing is not None:
            limits = _child(sequencing, "limitConditions", {IMSSS})
        max_time = ""
        if limits is not None:
            max_time = (limits.get("attemptAbsoluteDurationLimit") or "").strip()
            if max_time and not cmi.is_duration_2004(max_time):
                raise _invalid(
                    _(
                        "The attempt duration limit of the item “%(item)s” must be an "
                        "ISO 8601 duration, as in PT30M."
                    ),
                    item=identifier,
                )
        details["completion_threshold"] = _completion_threshold(item, identifier)
        launch_limit = 4000
    if len(launch_data) > launch_limit:
        raise _invalid(
            _("The launch data of the item “%(item)s” is longer than %(limit)s characters."),
            item=identifier,
            limit=launch_limit,
        )
    action = _text(_adlcp_child(item, "timelimitaction"))
    if action and action not in cmi.TIME_LIMIT_ACTIONS:
        raise _invalid(
            _(
                "The time limit action of the item “%(item)s” must be one of: "
                "exit,message; exit,no message; continue,message; continue,no message."
            ),
            item=identifier,
        )
    details.update(launch_data=launch_data, max_time_allowed=max_time, time_limit_action=action)
    return details


def _passing_score_2004(item, identifier: str) -> float | None:
    """The primary objective's minimum normalized measure, when the objective
    is satisfied by measure (1.0 when the measure is not given)."""
    sequencing = _child(item, "sequencing", {IMSSS})
    objectives = _child(sequencing, "objectives", {IMSSS}) if sequencing is not None else None
    primary = _child(objectives, "primaryObjective", {IMSSS}) if objectives is not None else None
    if primary is None or (primary.get("satisfiedByMeasure") or "").strip() != "true":
        return None
    measure = _text(_child(primary, "minNormalizedMeasure", {IMSSS}))
    number = _decimal(measure, -1, 1, item=identifier, what=_("minimum normalized measure"))
    return 1.0 if number is None else number


def _completion_threshold(item, identifier: str) -> float | None:
    """SCORM 2004's completion threshold: the element's text (3rd edition) or
    its minProgressMeasure when completedByMeasure is true (4th edition)."""
    element = _adlcp_child(item, "completionThreshold")
    if element is None:
        return None
    if element.get("completedByMeasure") is not None or element.get("minProgressMeasure"):
        if (element.get("completedByMeasure") or "").strip() != "true":
            return None
        text = (element.get("minProgressMeasure") or "1.0").strip()
    else:
        text = _text(element)
    return _decimal(text, 0, 1, item=identifier, what=_("completion threshold"))


def _title(element, *, required_for: str | None) -> str:
    title = _text(_child(element, "title"))[:MAX_TITLE]
    if not title and required_for:
        raise _invalid(_("The item “%(item)s” in the manifest has no title."), item=required_for)
    return title


def scorm_manifest(archive) -> ScormManifest:
    """Read and check the package's manifest (see the module's docstring)."""
    if MANIFEST not in archive.names:
        nested = sorted(name for name in archive.names if name.rsplit("/", 1)[-1] == MANIFEST)
        if nested:
            folder = nested[0].rsplit("/", 1)[0]
            raise _invalid(
                _(
                    "The imsmanifest.xml file is in the folder “%(folder)s” and not at the "
                    "package's top level: zip the contents of that folder, not the folder "
                    "itself."
                ),
                folder=folder,
            )
        raise _invalid(
            _(
                "The package has no imsmanifest.xml at its top level, so it is not a SCORM "
                "package. Export the course as SCORM 1.2 or SCORM 2004 from your authoring "
                "tool."
            )
        )
    data = archive.read(MANIFEST)
    if len(data) > MAX_MANIFEST_BYTES:
        raise _invalid(
            _("The imsmanifest.xml file is larger than %(size)s MB."),
            size=MAX_MANIFEST_BYTES // (1024 * 1024),
        )
    root = _parse(data)
    if _local(root) != "manifest" or _namespace(root) not in _CP:
        raise _invalid(_("The imsmanifest.xml file is not a content package manifest."))
    version, schema_version = _version(root)
    identifier = _identifier(root, _("manifest"))

    resources_element = _child(root, "resources")
    if resources_element is None:
        raise _invalid(_("The manifest has no <resources> element."))
    resources = {}
    for resource in _children(resources_element, "resource"):
        resource_id = _identifier(resource, _("resource"))
        if resource_id in resources:
            raise _invalid(
                _("The identifier “%(identifier)s” is used by two resources of the manifest."),
                identifier=resource_id,
            )
        resources[resource_id] = resource
    bases = [_base(root), _base(resources_element)]
    for resource_id, resource in resources.items():
        where = _("the resource “%(resource)s”") % {"resource": resource_id}
        resource_bases = [*bases, _base(resource)]
        _resolve(resource_bases, where=where)
        for file_element in _children(resource, "file"):
            path = _split_address(file_element.get("href") or "")[0]
            _resolve([*resource_bases, path], where=where)

    organizations = _child(root, "organizations")
    listed = list(_children(organizations, "organization")) if organizations is not None else []
    if not listed:
        raise _invalid(
            _(
                "The manifest has no organization (the table of contents that says what a "
                "learner takes), so there is nothing to launch."
            )
        )
    default_id = (organizations.get("default") or "").strip()
    if default_id:
        organization = next((o for o in listed if o.get("identifier") == default_id), None)
        if organization is None:
            raise _invalid(
                _(
                    "The manifest's default organization “%(identifier)s” is not one of its "
                    "organizations."
                ),
                identifier=default_id,
            )
    else:
        organization = listed[0]

    scos: list[Sco] = []
    seen_items: set[str] = set()
    for item in _items(organization):
        item_id = _identifier(item, _("item"))
        if item_id in seen_items:
            raise _invalid(
                _("The identifier “%(identifier)s” is used by two items of the manifest."),
                identifier=item_id,
            )
        seen_items.add(item_id)
        title = _title(item, required_for=item_id)
        reference = (item.get("identifierref") or "").strip()
        if not reference:
            continue  # a heading over other items
        resource = resources.get(reference)
        if resource is None:
            raise _invalid(
                _(
                    "The item “%(item)s” points at the resource “%(resource)s”, which the "
                    "manifest does not define."
                ),
                item=item_id,
                resource=reference,
            )
        if (_adlcp_attribute(resource, "scormtype") or "asset").strip().lower() != "sco":
            continue  # an asset: launched without the SCORM API, not tracked
        href = (resource.get("href") or "").strip()
        where = _("the SCO “%(item)s”") % {"item": item_id}
        if not href:
            raise _invalid(
                _("The resource “%(resource)s” is a SCO but has no href to launch."),
                resource=reference,
            )
        path, query, fragment = _split_address(href)
        resolved = _resolve([*bases, _base(resource), path], where=where)
        if resolved not in archive.names:
            raise _invalid(
                _(
                    "The SCO “%(item)s” is launched from “%(path)s”, but the package has no "
                    "such file."
                ),
                item=item_id,
                path=resolved or href,
            )
        if not _PAGE.fullmatch(resolved):
            raise _invalid(
                _(
                    "The SCO “%(item)s” is launched from “%(path)s”, which is not a web page "
                    "(.html or .htm)."
                ),
                item=item_id,
                path=resolved,
            )
        scos.append(
            Sco(
                identifier=item_id,
                title=title,
                href=resolved,
                parameters=_parameters(query, fragment, item.get("parameters") or ""),
                **_item_details(item, version, item_id),
            )
        )
        if len(scos) > MAX_SCOS:
            raise _invalid(_("The package has more than %(limit)s SCOs."), limit=MAX_SCOS)
    if not scos:
        raise _invalid(
            _(
                "The package has no SCO: no item of its default organization launches a "
                'resource marked as a SCO (adlcp:scormtype="sco" in SCORM 1.2, '
                'adlcp:scormType="sco" in SCORM 2004), so nothing in it can report '
                "progress."
            )
        )
    title = _title(organization, required_for=None) or scos[0].title or identifier
    return ScormManifest(
        version=version,
        identifier=identifier,
        title=title,
        scos=scos,
        schema_version=schema_version,
    )


def _items(element) -> Iterator:
    """The items under ``element``, depth first, in the order a learner meets
    them (without recursion: nesting depth is the manifest's to choose)."""
    stack = list(reversed(list(_children(element, "item"))))
    while stack:
        item = stack.pop()
        yield item
        stack.extend(reversed(list(_children(item, "item"))))
