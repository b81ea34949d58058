"""Checks on an uploaded package archive before anything of it is stored.

A package is a zip file. What is refused: anything that is not a zip, archives
too big to store or to unpack (the sizes the archive declares are checked, and
then checked again while reading, since a zip can lie about them), names that
would land outside the package's folder, links, programs, and the ``__hea__/``
folder, whose paths the player serves itself (packages/views.py)."""

import stat
import zipfile
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from packages.errors import PackageInvalid

RESERVED = "__hea__"
#: Programs and server-side scripts: never stored, whatever else the package is.
EXECUTABLE_EXTENSIONS = frozenset(
    {
        "app", "apk", "asp", "aspx", "bat", "bin", "cgi", "cmd", "com", "cpl", "dll", "dmg",
        "elf", "exe", "hta", "jar", "jsp", "lnk", "msi", "msp", "php", "phtml", "pl", "ps1",
        "py", "pyc", "rb", "reg", "scr", "sh", "so", "swf", "vb", "vbe", "vbs", "war", "wsf",
    }
)  # fmt: skip
#: Uncompressed size may be at most this many times the compressed size.
MAX_RATIO = 200


@dataclass
class Archive:
    """An opened, checked zip: its file names and a way to read each."""

    zip: zipfile.ZipFile
    names: set[str] = field(default_factory=set)
    extracted_size: int = 0

    def read(self, name: str) -> bytes:
        info = self.zip.getinfo(name)
        data = self.zip.read(info)
        if len(data) != info.file_size:
            raise PackageInvalid(_("The package is damaged: a file is not the size it claims."))
        return data

    def close(self) -> None:
        self.zip.close()


def name_check(name: str) -> str:
    """``name`` as a safe relative path inside the package, or PackageInvalid."""
    if not name or "\x00" in name or "\\" in name or name.startswith("/"):
        raise PackageInvalid(
            _("The package holds a file with an unsafe name: %(name)s") % {"name": name[:200]}
        )
    parts = PurePosixPath(name).parts
    if any(part in ("..", ".") for part in parts) or (parts and ":" in parts[0]):
        raise PackageInvalid(
            _("The package holds a file outside its own folder: %(name)s") % {"name": name[:200]}
        )
    if parts and parts[0] == RESERVED:
        raise PackageInvalid(
            _("The package may not have a top-level folder named %(folder)s.")
            % {"folder": RESERVED}
        )
    return "/".join(parts)


def _extension(name: str) -> str:
    return PurePosixPath(name).suffix.lower().lstrip(".")


def archive_check(upload) -> Archive:
    """Open ``upload`` (a file object with ``size``) as a package zip and check
    it; raises PackageInvalid with the first problem found."""
    limit = settings.PACKAGE_MAX_UPLOAD_BYTES
    size = getattr(upload, "size", None)
    if size is not None and size > limit:
        raise PackageInvalid(
            _("This file is %(size)s; the limit is %(limit)s.")
            % {"size": filesizeformat(size), "limit": filesizeformat(limit)}
        )
    upload.seek(0)
    try:
        archive = zipfile.ZipFile(upload)
        infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise PackageInvalid(_("This file is not a zip archive.")) from None
    if len(infos) > settings.PACKAGE_MAX_FILES:
        raise PackageInvalid(
            _("The package holds %(count)s files; the limit is %(limit)s.")
            % {"count": len(infos), "limit": settings.PACKAGE_MAX_FILES}
        )
    names: set[str] = set()
    total = 0
    compressed = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise PackageInvalid(_("The package is encrypted; upload it without a password."))
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise PackageInvalid(
                _("The package holds a link, which is not allowed: %(name)s")
                % {"name": info.filename[:200]}
            )
        if info.is_dir():
            name_check(info.filename.rstrip("/"))
            continue
        name = name_check(info.filename)
        if name != info.filename:
            raise PackageInvalid(
                _("The package holds a file with an unsafe name: %(name)s")
                % {"name": info.filename[:200]}
            )
        if name in names:
            raise PackageInvalid(
                _("The package holds the file %(name)s twice.") % {"name": name[:200]}
            )
        if _extension(name) in EXECUTABLE_EXTENSIONS:
            raise PackageInvalid(
                _("The package holds a program, which is not allowed: %(name)s")
                % {"name": name[:200]}
            )
        names.add(name)
        total += info.file_size
        compressed += info.compress_size
    if total > settings.PACKAGE_MAX_EXTRACTED_BYTES:
        raise PackageInvalid(
            _("Unpacked, the package would take %(size)s; the limit is %(limit)s.")
            % {
                "size": filesizeformat(total),
                "limit": filesizeformat(settings.PACKAGE_MAX_EXTRACTED_BYTES),
            }
        )
    if total > 1024 * 1024 and total > MAX_RATIO * max(compressed, 1):
        raise PackageInvalid(_("The package unpacks to far more than its size; it is refused."))
    if not names:
        raise PackageInvalid(_("The package is empty."))
    return Archive(zip=archive, names=names, extracted_size=total)
