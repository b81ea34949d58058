"""Reads an uploaded .h5p file: what it is, and whether the player can run it.

An .h5p file is a zip: ``h5p.json`` at the top (title, language, main library
and the libraries the content loads), the content's parameters in
``content/content.json`` with its media beside it in ``content/``, and one folder
per library, ``<machineName>-<major>.<minor>/``, holding its ``library.json`` and
the scripts and styles it lists. The player loads every library the content
depends on from those folders and fetches nothing from anywhere else, so each of
them must be in the file. Scripts and styles belong to libraries only: content
is data an editor wrote, never code.

``archive`` is what ``packages.archive.archive_check`` returns (already free of
unsafe names, links and executables): ``names``, a set of paths, and
``read(name) -> bytes``.
"""

import posixpath
import re
from collections.abc import Iterable
from dataclasses import dataclass

from django.utils.translation import gettext as _

from core import jsonbody
from packages.errors import PackageInvalid

#: The file types H5P itself accepts in content (the default list of H5P's core),
#: less Flash, which no browser plays any more.
CONTENT_EXTENSIONS = frozenset(
    "json png jpg jpeg gif bmp tif tiff svg eot ttf woff woff2 otf webm mp4 ogg mp3 m4a"
    " wav txt pdf rtf doc docx xls xlsx ppt pptx odt ods odp xml csv diff patch md"
    " textile vtt webvtt gltf glb".split()
)
#: Libraries may also hold their code.
LIBRARY_EXTENSIONS = CONTENT_EXTENSIONS | {"js", "css"}
#: What zip tools on macOS and Windows add; H5P ignores them, and so do we.
IGNORED_FOLDERS = ("__MACOSX/",)
IGNORED_FILES = frozenset({".DS_Store", "Thumbs.db", "desktop.ini"})

EMBED_TYPES = ("div", "iframe")
#: Letters, digits, ``_``, ``-`` and ``.``, as H5P's library schema has it.
MACHINE_NAME = re.compile(r"[A-Za-z0-9_][\w.-]{0,254}", re.ASCII)
LIBRARY_FOLDER = re.compile(r"(?P<name>[\w.-]+)-(?P<major>\d{1,5})\.(?P<minor>\d{1,5})", re.ASCII)
MAX_VERSION = 99_999
#: A language code as pages may name it (``en``, ``pt-BR``, ``und``).
LANGUAGE = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*", re.ASCII)
#: Deep enough for content nesting content (a book of pages of question sets).
MAX_JSON_DEPTH = 64
#: How many offending file names one message lists.
NAMES_SHOWN = 3


@dataclass(frozen=True)
class H5pManifest:
    """What an .h5p file is, as stored with the activity."""

    title: str
    #: "H5P.InteractiveVideo 1.27": the content type, as H5P names a library.
    main_library: str
    #: The language its author gave (a language code; "und" when none or no code).
    language: str
    #: Every library the content loads, the main one included, sorted.
    libraries: tuple[str, ...]
    #: How its author's H5P would embed it: "div" (in a page) and/or "iframe"
    #: (in a frame of its own). The player frame is always its own frame, and
    #: embeds either kind in its page.
    embed_types: tuple[str, ...]

    def as_dict(self) -> dict:
        return {
            "title": self.title,
            "main_library": self.main_library,
            "language": self.language,
            "libraries": list(self.libraries),
            "embed_types": list(self.embed_types),
        }

    @classmethod
    def from_dict(cls, data: dict) -> "H5pManifest":
        return cls(
            title=data["title"],
            main_library=data["main_library"],
            language=data["language"],
            libraries=tuple(data["libraries"]),
            embed_types=tuple(data["embed_types"]),
        )


def h5p_manifest(archive) -> H5pManifest:
    """Check an .h5p file and say what it is; :class:`PackageInvalid` with a
    message for its author when the player could not run it."""
    names = {name for name in archive.names if not _ignored(name)}
    if "h5p.json" not in names:
        raise PackageInvalid(
            _(
                "This is not an H5P file: there is no h5p.json at the top of the archive. "
                "Export the activity from your H5P editor as an .h5p file and upload that."
            )
        )
    _check_file_types(names)
    package = _json_object(archive, "h5p.json")
    title = _text(package, "title", "h5p.json", limit=255)
    language = _text(package, "language", "h5p.json", limit=32)
    if not LANGUAGE.fullmatch(language):
        language = "und"  # H5P's own word for a language its author did not give
    main_name = package.get("mainLibrary")
    if not isinstance(main_name, str) or not MACHINE_NAME.fullmatch(main_name):
        raise PackageInvalid(_("h5p.json does not name the content type (mainLibrary)."))
    dependencies = _dependencies(package, "h5p.json")
    if not dependencies:
        raise PackageInvalid(_("h5p.json lists no libraries (preloadedDependencies)."))
    if "content/content.json" not in names:
        raise PackageInvalid(
            _("The file has no content/content.json: it holds a content type but no content.")
        )
    _json_object(archive, "content/content.json")

    libraries = _libraries(archive, names)
    needed = _needed(dependencies, libraries)
    main = next((d for d in dependencies if d[0] == main_name), None)
    if main is None:
        raise PackageInvalid(
            _(
                "h5p.json names %(library)s as the content type but does not list it "
                "among the libraries the content loads."
            )
            % {"library": main_name}
        )
    embed_types = _embed_types(package.get("embedTypes"), "h5p.json")
    embed_types = tuple(
        kind
        for kind in embed_types
        if kind in _embed_types(libraries[main].get("embedTypes"), _folder(main))
    )
    if not embed_types:
        raise PackageInvalid(
            _("The content and its content type agree on no way to embed it (embedTypes).")
        )
    return H5pManifest(
        title=title,
        main_library=_versioned(main),
        language=language,
        libraries=tuple(sorted(_versioned(library) for library in needed)),
        embed_types=embed_types,
    )


Library = tuple[str, int, int]  # machine name, major and minor version


def _ignored(name: str) -> bool:
    return (
        name.endswith("/")
        or name.startswith(IGNORED_FOLDERS)
        or posixpath.basename(name) in IGNORED_FILES
    )


def _shown(names: Iterable[str]) -> str:
    names = sorted(names)
    shown = ", ".join(names[:NAMES_SHOWN])
    return shown + (", …" if len(names) > NAMES_SHOWN else "")


def _check_file_types(names: set[str]) -> None:
    """Every file of a type H5P accepts where it is; code only in libraries."""
    unsafe = {
        name for name in names if name.startswith("/") or ".." in name.split("/") or "\\" in name
    }
    if unsafe:
        raise PackageInvalid(
            _("The file holds paths that point outside it: %(names)s.") % {"names": _shown(unsafe)}
        )
    code_in_content, refused = set(), set()
    for name in names:
        top, _slash, rest = name.partition("/")
        extension = posixpath.splitext(name)[1][1:].lower()
        if top == "content" and rest and extension in LIBRARY_EXTENSIONS - CONTENT_EXTENSIONS:
            code_in_content.add(name)
        elif extension not in (
            LIBRARY_EXTENSIONS if rest and top != "content" else CONTENT_EXTENSIONS
        ):
            refused.add(name)
    if code_in_content:
        raise PackageInvalid(
            _(
                "The content folder holds scripts or styles (%(names)s): H5P allows code "
                "only in library folders."
            )
            % {"names": _shown(code_in_content)}
        )
    if refused:
        raise PackageInvalid(
            _("The file holds files of a type H5P does not allow: %(names)s.")
            % {"names": _shown(refused)}
        )


def _json_object(archive, name: str) -> dict:
    try:
        data = jsonbody.loads(archive.read(name), max_depth=MAX_JSON_DEPTH)
    except ValueError:  # not UTF-8, not JSON, or nested absurdly deep
        data = None
    if not isinstance(data, dict):
        raise PackageInvalid(
            _(
                "%(name)s in the file is damaged (it is not the JSON object H5P expects). "
                "Export the activity again from your H5P editor."
            )
            % {"name": name}
        )
    return data


def _text(data: dict, key: str, where: str, *, limit: int) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip() or len(value) > limit:
        raise PackageInvalid(
            _("%(file)s has no %(field)s, or one longer than %(limit)s characters.")
            % {"file": where, "field": key, "limit": limit}
        )
    return value.strip()


def _version(value) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_VERSION:
        return value
    return None


def _dependencies(data: dict, where: str) -> list[Library]:
    listed = data.get("preloadedDependencies", [])
    if not isinstance(listed, list):
        listed = [None]
    found = []
    for item in listed:
        item = item if isinstance(item, dict) else {}
        name = item.get("machineName")
        major, minor = _version(item.get("majorVersion")), _version(item.get("minorVersion"))
        if not isinstance(name, str) or not MACHINE_NAME.fullmatch(name) or None in (major, minor):
            raise PackageInvalid(
                _(
                    "%(file)s lists a library without a valid machineName, majorVersion "
                    "and minorVersion."
                )
                % {"file": where}
            )
        found.append((name, major, minor))
    return found


def _folder(library: Library) -> str:
    name, major, minor = library
    return f"{name}-{major}.{minor}"


def _versioned(library: Library) -> str:
    name, major, minor = library
    return f"{name} {major}.{minor}"


def _libraries(archive, names: set[str]) -> dict[Library, dict]:
    """Every library folder of the file, by what its library.json says it is."""
    folders = {name.split("/", 1)[0] for name in names if "/" in name} - {"content"}
    libraries = {}
    for folder in sorted(folders):
        match = LIBRARY_FOLDER.fullmatch(folder)
        if match is None or f"{folder}/library.json" not in names:
            raise PackageInvalid(
                _(
                    "The folder %(folder)s is neither content/ nor a library folder "
                    "(a name like H5P.Example-1.0 with a library.json in it)."
                )
                % {"folder": folder}
            )
        where = f"{folder}/library.json"
        data = _json_object(archive, where)
        library = (
            data.get("machineName"),
            _version(data.get("majorVersion")),
            _version(data.get("minorVersion")),
        )
        if library != (match["name"], int(match["major"]), int(match["minor"])):
            raise PackageInvalid(
                _(
                    "%(file)s does not describe the library its folder is named after "
                    "(machineName, majorVersion and minorVersion must match the folder's name)."
                )
                % {"file": where}
            )
        for key in ("preloadedJs", "preloadedCss"):
            for path in _paths(data.get(key, []), where, key):
                if f"{folder}/{path}" not in names:
                    raise PackageInvalid(
                        _("%(file)s lists %(path)s, which is not in the file.")
                        % {"file": where, "path": path}
                    )
        data["preloadedDependencies"] = _dependencies(data, where)
        libraries[library] = data
    return libraries


def _paths(listed, where: str, key: str) -> list[str]:
    if not isinstance(listed, list):
        listed = [None]
    paths = []
    for item in listed:
        path = item.get("path") if isinstance(item, dict) else None
        if not isinstance(path, str) or not path or path.startswith("/") or ".." in path.split("/"):
            raise PackageInvalid(
                _("%(file)s has an entry of %(field)s without a valid path.")
                % {"file": where, "field": key}
            )
        paths.append(posixpath.normpath(path))
    return paths


def _needed(dependencies: list[Library], libraries: dict[Library, dict]) -> set[Library]:
    """The libraries the content loads, following each library's own dependencies;
    every one must be in the file."""
    needed: set[Library] = set()
    waiting = list(dependencies)
    while waiting:
        library = waiting.pop()
        if library in needed:
            continue
        if library not in libraries:
            raise PackageInvalid(
                _(
                    "The content needs the library %(library)s, which is not in the file. "
                    "Export the activity again with its libraries included."
                )
                % {"library": _versioned(library)}
            )
        needed.add(library)
        waiting.extend(libraries[library]["preloadedDependencies"])
    return needed


def _embed_types(value, where: str) -> tuple[str, ...]:
    if value is None:
        return EMBED_TYPES
    if not isinstance(value, list) or not value or not set(value) <= set(EMBED_TYPES):
        raise PackageInvalid(
            _('%(file)s has embedTypes other than "div" and "iframe".') % {"file": where}
        )
    return tuple(kind for kind in EMBED_TYPES if kind in value)
