"""Playing a package: its files, the runtime, and saving progress, all under
``/packages/play/<token>/`` (packages/launch.py says why the token is the only
credential there). Every answer carries a policy that sandboxes the document,
confines its requests to its own token's folder and refuses framing by others."""

import json
import mimetypes
from pathlib import Path, PurePosixPath

from csp.decorators import csp_exempt
from django.conf import settings
from django.http import FileResponse, Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from packages import selectors, services
from packages.archive import RESERVED
from packages.errors import PackageInvalid
from packages.launch import Launch, LaunchRefused, launch_read
from packages.models import ScormPackage
from packages.scorm.cmi import CmiRefused

STATIC = Path(__file__).resolve().parent / "static" / "packages"
#: What a package file may be served as; anything else is a download.
CONTENT_TYPES = {
    "html": "text/html; charset=utf-8",
    "htm": "text/html; charset=utf-8",
    "xhtml": "application/xhtml+xml",
    "js": "text/javascript; charset=utf-8",
    "mjs": "text/javascript; charset=utf-8",
    "css": "text/css; charset=utf-8",
    "json": "application/json",
    "xml": "application/xml",
    "xsd": "application/xml",
    "txt": "text/plain; charset=utf-8",
    "vtt": "text/vtt; charset=utf-8",
    "webvtt": "text/vtt; charset=utf-8",
    "svg": "image/svg+xml",
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "gif": "image/gif",
    "webp": "image/webp",
    "bmp": "image/bmp",
    "ico": "image/x-icon",
    "mp4": "video/mp4",
    "m4v": "video/mp4",
    "webm": "video/webm",
    "ogv": "video/ogg",
    "mp3": "audio/mpeg",
    "m4a": "audio/mp4",
    "ogg": "audio/ogg",
    "oga": "audio/ogg",
    "wav": "audio/wav",
    "woff": "font/woff",
    "woff2": "font/woff2",
    "ttf": "font/ttf",
    "otf": "font/otf",
    "eot": "application/vnd.ms-fontobject",
    "pdf": "application/pdf",
}
MAX_BODY = 256 * 1024


def _policy(request, launch_root: str) -> str:
    """The policy of everything under one token: a sandbox without the site's
    origin, and requests only to the token's own folder."""
    own = request.build_absolute_uri(launch_root)
    return "; ".join(
        [
            "sandbox allow-scripts allow-forms",
            f"default-src {own}",
            f"script-src {own} 'unsafe-inline' 'unsafe-eval'",
            f"style-src {own} 'unsafe-inline'",
            f"img-src {own} data: blob:",
            f"media-src {own} data: blob:",
            f"font-src {own} data:",
            f"connect-src {own}",
            f"frame-src {own}",
            "worker-src 'none'",
            "object-src 'none'",
            f"base-uri {own}",
            "form-action 'none'",
            "frame-ancestors 'self'",
        ]
    )


def _secure(response, request, launch_root: str):
    response["Content-Security-Policy"] = _policy(request, launch_root)
    response["X-Frame-Options"] = "SAMEORIGIN"
    response["Referrer-Policy"] = "no-referrer"
    # The frame's documents have an opaque origin (the origin "null"), so what
    # they load is cross-origin to them: fetches (H5P reads h5p.json and the
    # libraries' JSON, the runtimes post progress) and fonts need this header,
    # and Cross-Origin-Resource-Policy: same-origin would block every script,
    # style and image of the frame. Neither widens anything: no cookie is sent
    # with these requests, and the token in the address is the only credential
    # (tests/browser/test_h5p_player.py shows both).
    response["Access-Control-Allow-Origin"] = "null"
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    response.xframe_options_exempt = True
    return response


def _launch_or_404(token: str) -> Launch:
    try:
        return launch_read(token)
    except LaunchRefused:
        raise Http404(_("This address has expired; open the lesson again.")) from None


def _not_found(request, token: str, message: str) -> HttpResponse:
    response = HttpResponse(message, status=404, content_type="text/plain; charset=utf-8")
    return _secure(response, request, _root(token))


def _root(token: str) -> str:
    return f"/packages/play/{token}/"


@csp_exempt()
@require_GET
def play_root(request, token: str):
    """The frame's first address: the SCO's launch page, or the H5P player."""
    launch = _launch_or_404(token)
    root = _root(token)
    if isinstance(launch.package, ScormPackage):
        sco = launch.package.sco(launch.sco)
        target = root + sco["href"]
        if sco.get("parameters"):
            target += (
                sco["parameters"]
                if sco["parameters"].startswith(("?", "#"))
                else "?" + sco["parameters"]
            )
        response = HttpResponseRedirect(target)
    else:
        response = HttpResponseRedirect(root + f"{RESERVED}/player.html")
    return _secure(response, request, root)


@csp_exempt()
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def play(request, token: str, path: str):
    launch = _launch_or_404(token)
    root = _root(token)
    parts = PurePosixPath(path).parts
    if not parts or any(part in ("..", ".") for part in parts) or "\\" in path or "\x00" in path:
        return _not_found(request, token, _("No such file in this package."))
    if parts[0] == RESERVED:
        response = _runtime(request, launch, "/".join(parts[1:]))
    elif request.method == "POST":
        response = HttpResponse(status=405)
    else:
        response = _package_file(launch, "/".join(parts))
    if response is None:
        return _not_found(request, token, _("No such file in this package."))
    return _secure(response, request, root)


def _package_file(launch: Launch, path: str):
    folder = services.package_path(launch.package).resolve()
    target = folder.joinpath(*path.split("/")).resolve()
    if folder not in target.parents or not target.is_file():
        return None
    extension = target.suffix.lower().lstrip(".")
    content_type = CONTENT_TYPES.get(extension)
    if content_type is None:
        return FileResponse(
            target.open("rb"), as_attachment=True, content_type="application/octet-stream"
        )
    if content_type.startswith("text/html") and _is_launch_document(launch, path):
        return HttpResponse(_with_runtime(target.read_bytes(), launch), content_type=content_type)
    return FileResponse(target.open("rb"), content_type=content_type)


def _is_launch_document(launch: Launch, path: str) -> bool:
    if not isinstance(launch.package, ScormPackage):
        return False
    return launch.package.sco(launch.sco)["href"] == path


def _with_runtime(html: bytes, launch: Launch) -> bytes:
    """The SCO's page with the runtime's two scripts first in its head, so that
    the API exists in the SCO's own window before any script of the SCO runs."""
    root = _root(launch.token)
    tags = (
        f'<script src="{root}{RESERVED}/state.js"></script>'
        f'<script src="{root}{RESERVED}/scorm-runtime.js"></script>'
    ).encode()
    lower = html[:65536].lower()
    head = lower.find(b"<head")
    if head != -1:
        end = lower.find(b">", head)
        if end != -1:
            return html[: end + 1] + tags + html[end + 1 :]
    html_tag = lower.find(b"<html")
    if html_tag != -1:
        end = lower.find(b">", html_tag)
        if end != -1:
            return html[: end + 1] + b"<head>" + tags + b"</head>" + html[end + 1 :]
    return tags + html


def _static(name: str, content_type: str) -> HttpResponse:
    return HttpResponse((STATIC / name).read_bytes(), content_type=content_type)


def _runtime(request, launch: Launch, path: str):
    """The paths under ``__hea__/``: the runtime, the player and saving."""
    if request.method == "POST":
        return _save(request, launch, path)
    if path == "state.js":
        config = selectors.runtime_config(launch=launch)
        body = "window.HEA_PACKAGE = " + json.dumps(config).replace("</", "<\\/") + ";\n"
        return HttpResponse(body, content_type="text/javascript; charset=utf-8")
    if path == "scorm-runtime.js" and isinstance(launch.package, ScormPackage):
        return _static("scorm-runtime.js", "text/javascript; charset=utf-8")
    if isinstance(launch.package, ScormPackage):
        return None
    if path == "player.html":
        with translation.override(launch.language):
            html = render_to_string(
                "packages/h5p_player.html",
                {
                    "root": _root(launch.token),
                    "reserved": RESERVED,
                    "title": launch.package.title,
                    "content_language": launch.package.manifest.get("language", ""),
                },
            )
        return HttpResponse(html, content_type="text/html; charset=utf-8")
    if path in ("h5p-frame.js", "h5p-storage.js"):
        return _static(path, "text/javascript; charset=utf-8")
    if path.startswith("h5p/"):
        return _player_file(path.removeprefix("h5p/"))
    return None


def _player_file(path: str):
    """A file of the H5P standalone player (from npm, see package.json)."""
    folder = Path(settings.H5P_PLAYER_DIR).resolve()
    target = folder.joinpath(*PurePosixPath(path).parts).resolve()
    if folder not in target.parents or not target.is_file():
        return None
    content_type = CONTENT_TYPES.get(target.suffix.lower().lstrip(".")) or (
        mimetypes.guess_type(target.name)[0] or "application/octet-stream"
    )
    return FileResponse(target.open("rb"), content_type=content_type)


def _body(request) -> dict:
    if len(request.body) > MAX_BODY:
        raise PackageInvalid(_("Too much data in one save."))
    try:
        data = json.loads(request.body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise PackageInvalid(_("The content sent something that is not JSON.")) from None
    if not isinstance(data, dict):
        raise PackageInvalid(_("The content sent something that is not JSON."))
    return data


def _refused(message: str, **extra) -> JsonResponse:
    return JsonResponse({"ok": False, "message": message, **extra}, status=400)


def _save(request, launch: Launch, path: str):
    if path not in ("commit", "state", "xapi"):
        return None
    try:
        data = _body(request)
    except PackageInvalid as error:
        return _refused(error.message)
    if launch.preview:
        return JsonResponse({"ok": True, "preview": True})
    try:
        if path == "commit" and isinstance(launch.package, ScormPackage):
            values = data.get("cmi")
            if not isinstance(values, dict):
                return _refused(_("The content sent no values."))
            outcome = services.scorm_commit(
                launch=launch, values=values, finish=data.get("finish") is True
            )
        elif path == "state" and not isinstance(launch.package, ScormPackage):
            services.h5p_state_save(launch=launch, data=data.get("data"))
            return JsonResponse({"ok": True})
        elif path == "xapi" and not isinstance(launch.package, ScormPackage):
            outcome = services.h5p_result_record(launch=launch, statement=data.get("statement"))
        else:
            return None
    except CmiRefused as error:
        return _refused(error.message, element=error.element, error=error.code)
    except PackageInvalid as error:
        return _refused(error.message)
    return JsonResponse(outcome.as_dict())
