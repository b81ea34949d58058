"""The H5P player frame on its own, in Chromium: the player's page
(packages/templates/packages/h5p_player.html), its scripts and the player's
files, served with the headers of the package frame by a small server of this
test's own, in a sandboxed frame of a lesson-like page. So what the player needs
of the frame is known apart from the site: it starts a real content type
(tests/packages/h5p_builders.py) under a policy whose every source is the
token's folder, with no inline script and no eval, its state comes back, its
results are reported, and no request the package makes carries the site's
cookie.

What it showed, and what the frame's headers must therefore be:

- the frame's origin is opaque, so the player's requests for h5p.json, the
  libraries' JSON and the fonts are cross-origin: they need
  ``Access-Control-Allow-Origin: null``;
- ``Cross-Origin-Resource-Policy: same-origin`` blocks every script and style
  of the frame (their requester is the opaque origin), so it must not be sent;
- H5P's core reads ``localStorage`` when it starts, which throws in such a frame
  (h5p-storage.js replaces it);
- H5P's own inner frame cannot be used (its origin would differ from the
  frame's), so content is always embedded in the frame's page.
"""

import json
import mimetypes
import threading
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from django.conf import settings
from django.template import engines

from packages.h5p.results import h5p_result
from tests.packages import h5p_builders as build

pytestmark = pytest.mark.browser

TOKEN = "launch-token:signed"
ROOT = f"/packages/play/{TOKEN}"
CONTENT_ID = "5b0f6f0e-8c7e-4f4e-9d49-2f6c3a1b7d21"
APP = Path(settings.BASE_DIR) / "packages"
SCRIPTS = {
    "__hea__/h5p-frame.js": APP / "static" / "packages" / "h5p-frame.js",
    "__hea__/h5p-storage.js": APP / "static" / "packages" / "h5p-storage.js",
}
RIGHT = build.DEFAULT_ANSWERS[0]["text"]
WRONG = build.DEFAULT_ANSWERS[1]["text"]

LESSON_PAGE = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Lesson</title>
<script src="/lesson.js" defer></script></head>
<body><main><h1>Lesson</h1>
<iframe id="frame" title="Activity" sandbox="allow-scripts allow-forms" width="800" height="400"
 src="{ROOT}/__hea__/player.html"></iframe>
<ol id="messages"></ol></main></body></html>"""
LESSON_SCRIPT = """
window.addEventListener("message", function (event) {
  if (event.source !== document.getElementById("frame").contentWindow) return;
  if (event.data.type !== "hea-package") return;
  var item = document.createElement("li");
  item.textContent = JSON.stringify(event.data);
  document.getElementById("messages").appendChild(item);
});
"""


def frame_policy(origin: str) -> str:
    """The package frame's policy (packages/views.py), every source confined to
    the token's folder, and without 'unsafe-inline' or 'unsafe-eval' for
    scripts: the player does not need them."""
    own = f"{origin}{ROOT}/"
    return (
        f"sandbox allow-scripts allow-forms; default-src {own}; script-src {own}; "
        f"style-src {own} 'unsafe-inline'; img-src {own} data: blob:; "
        f"media-src {own} data: blob:; font-src {own} data:; connect-src {own}; "
        f"frame-src {own}; worker-src 'none'; object-src 'none'; base-uri {own}; "
        f"form-action 'none'; frame-ancestors 'self'; report-uri /csp-report"
    )


class Site:
    """What the small server serves, and what it was asked."""

    def __init__(self, files: dict[str, bytes], *, cors=True, resource_policy=False):
        self.files = files
        self.cors = cors
        self.resource_policy = resource_policy
        self.state = ""
        self.requests: list[dict] = []
        self.states: list[str] = []
        self.results: list[dict] = []
        self.reports: list[str] = []

    def config(self) -> bytes:
        config = {  # as packages/selectors.py's runtime_config gives it
            "kind": "h5p",
            "preview": False,
            "language": "en",
            "id": CONTENT_ID,
            "title": "When to hand over",
            "h5pJsonPath": ROOT,
            "frameJs": f"{ROOT}/__hea__/h5p/frame.bundle.js",
            "frameCss": f"{ROOT}/__hea__/h5p/styles/h5p.css",
            "state": self.state or None,
            "stateUrl": f"{ROOT}/__hea__/state",
            "xapiUrl": f"{ROOT}/__hea__/xapi",
        }
        return f"window.HEA_PACKAGE = {json.dumps(config)};".encode()

    def package_file(self, path: str) -> tuple[int, bytes, str]:
        if path == "__hea__/player.html":
            html = engines["django"].from_string(
                (APP / "templates" / "packages" / "h5p_player.html").read_text()
            )
            body = html.render(
                {"title": "When to hand over", "root": ROOT + "/", "content_language": "en"}
            )
            return 200, body.encode(), "text/html; charset=utf-8"
        if path == "__hea__/state.js":
            return 200, self.config(), "text/javascript"
        if path in SCRIPTS:
            return 200, SCRIPTS[path].read_bytes(), "text/javascript"
        if path.startswith("__hea__/h5p/"):
            found = settings.H5P_PLAYER_DIR / path.removeprefix("__hea__/h5p/")
            data = found.read_bytes() if found.is_file() else None
        else:
            data = self.files.get(path)
        if data is None:
            return 404, b"", "text/plain"
        kind = mimetypes.guess_type(path)[0] or "application/octet-stream"
        return 200, data, "text/javascript" if kind.endswith("javascript") else kind

    def answer(self, path: str, body: bytes) -> bytes:
        if path == "__hea__/state":
            self.state = json.loads(body)["data"]
            self.states.append(self.state)
            return b'{"ok": true}'
        summary = json.loads(body)["statement"]
        self.results.append(summary)
        outcome = h5p_result(summary, pass_mark=80)
        success = {True: "passed", False: "failed", None: "unknown"}[outcome.passed]
        return json.dumps(
            {
                "ok": True,
                "completion": "completed" if outcome.completed else "incomplete",
                "success": success,
                "score": outcome.score,
                "lessonDone": outcome.completed and outcome.passed is not False,
            }
        ).encode()


def handler(site: Site):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def reply(self, status, body, content_type, *, package):
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            if package:
                origin = f"http://{self.headers['Host']}"
                self.send_header("Content-Security-Policy", frame_policy(origin))
                self.send_header("X-Frame-Options", "SAMEORIGIN")
                self.send_header("Referrer-Policy", "no-referrer")
                self.send_header("X-Content-Type-Options", "nosniff")
                if site.cors:
                    self.send_header("Access-Control-Allow-Origin", "null")
                if site.resource_policy:
                    self.send_header("Cross-Origin-Resource-Policy", "same-origin")
            else:
                self.send_header("Set-Cookie", "sessionid=secret; Path=/; HttpOnly; SameSite=Lax")
                self.send_header(
                    "Content-Security-Policy",
                    "default-src 'self'; script-src 'self'; frame-ancestors 'none'; "
                    "report-uri /csp-report",
                )
            self.end_headers()
            self.wfile.write(body)

        def note(self, method):
            site.requests.append(
                {
                    "method": method,
                    "path": unquote(urlsplit(self.path).path),
                    "origin": self.headers.get("Origin"),
                    "cookie": self.headers.get("Cookie"),
                    "destination": self.headers.get("Sec-Fetch-Dest"),
                }
            )
            return site.requests[-1]["path"]

        def do_GET(self):
            path = self.note("GET")
            if path == "/lesson.html":
                return self.reply(200, LESSON_PAGE.encode(), "text/html", package=False)
            if path == "/lesson.js":
                return self.reply(200, LESSON_SCRIPT.encode(), "text/javascript", package=False)
            if path.startswith(ROOT + "/"):
                status, body, content_type = site.package_file(path.removeprefix(ROOT + "/"))
                return self.reply(status, body, content_type, package=True)
            return self.reply(404, b"", "text/plain", package=False)

        def do_POST(self):
            path = self.note("POST")
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            if path == "/csp-report":
                site.reports.append(body.decode())
                return self.reply(204, b"", "text/plain", package=False)
            answer = site.answer(path.removeprefix(ROOT + "/"), body)
            return self.reply(200, answer, "application/json", package=True)

    return Handler


@contextmanager
def served(site: Site):
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler(site))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def lesson_tab(browser, base: str):
    """A tab on the lesson page, and what went wrong in it."""
    context = browser.new_context(base_url=base, viewport={"width": 1000, "height": 700})
    page = context.new_page()
    page.set_default_timeout(10_000)
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("requestfailed", lambda r: problems.append(f"{r.url}: {r.failure}"))
    # The lesson page of this server has no icon.
    page.route("**/favicon.ico", lambda route: route.fulfill(status=204, body=""))
    try:
        yield page, problems
    finally:
        context.close()


def until(page, condition, timeout: float = 10.0) -> bool:
    """Poll ``condition`` while the browser's events keep being delivered."""
    for _ in range(int(timeout * 10)):
        if condition():
            return True
        page.wait_for_timeout(100)
    return condition()


@pytest.mark.parametrize("embed_types", [("div", "iframe"), ("iframe",)])
def test_the_player_plays_resumes_and_reports(browser, embed_types):
    build.require_h5p_player()
    site = Site(build.h5p_files(embed_types=embed_types, pass_score=1))
    with served(site) as base, lesson_tab(browser, base) as (page, problems):
        page.goto("/lesson.html")
        frame = page.frame_locator("#frame")
        frame.get_by_role("button", name=WRONG).click()
        frame.get_by_role("button", name=RIGHT).click()
        assert until(page, lambda: len(site.results) == 2)
        assert site.results == [
            {
                "verb": "answered",
                "score": {"raw": 0, "max": 1, "scaled": 0},
                "success": False,
                "completion": True,
            },
            {
                "verb": "answered",
                "score": {"raw": 1, "max": 1, "scaled": 1},
                "success": True,
                "completion": True,
            },
        ]
        messages = page.locator("#messages li")
        messages.nth(1).wait_for()
        told = [json.loads(text) for text in messages.all_text_contents()]
        assert [m["lessonDone"] for m in told] == [False, True]
        assert told[1] == {
            "type": "hea-package",
            "ok": True,
            "completion": "completed",
            "success": "passed",
            "score": 1,
            "lessonDone": True,
        }
        assert json.loads(site.state) == {"answer": 0, "visits": 1}

        # The learner leaves and comes back: the content starts where it was.
        page.goto("/lesson.html")
        frame = page.frame_locator("#frame")
        status = frame.get_by_role("status").filter(has_text="Visit")
        assert status.text_content() == f"Visit 2. Resumed: {RIGHT}."
        assert frame.get_by_role("button", name=RIGHT).get_attribute("aria-pressed") == "true"
        page.goto("about:blank")  # leaving saves the state
        assert until(page, lambda: json.loads(site.state)["visits"] == 2)
        assert problems == [] and site.reports == []

    package_requests = [r for r in site.requests if r["path"].startswith(ROOT)]
    # Only the frame's page is asked for by the lesson page itself; nothing the
    # package asks for carries the site's cookie.
    assert {r["path"] for r in package_requests if r["cookie"]} == {f"{ROOT}/__hea__/player.html"}
    fetched = {r["path"] for r in package_requests if r["origin"] == "null"}
    assert {f"{ROOT}/h5p.json", f"{ROOT}/content/content.json", f"{ROOT}/__hea__/xapi"} <= fetched
    assert any(path.endswith(".woff2") for path in fetched)  # fonts load cross-origin too


@pytest.mark.parametrize(
    ("cors", "resource_policy", "failure"),
    [
        (False, False, "blocked by CORS policy"),
        (True, True, "ERR_BLOCKED_BY_RESPONSE.NotSameOrigin"),
    ],
)
def test_what_the_frame_must_be_served_with(browser, cors, resource_policy, failure):
    build.require_h5p_player()
    site = Site(build.h5p_files(), cors=cors, resource_policy=resource_policy)
    with served(site) as base, lesson_tab(browser, base) as (page, problems):
        page.goto("/lesson.html")
        assert until(page, lambda: any(failure in problem for problem in problems))
        assert page.frame_locator("#frame").locator(".hea-check").count() == 0
    assert site.results == [] and site.states == []
