""".h5p files for the tests, good and bad, with a real content type.

``H5P.HeaCheck 1.0`` is a content type written here the way H5P content types
are: a constructor ``(params, contentId, extras)`` inheriting from
``H5P.EventDispatcher``, ``attach($container)``, ``getCurrentState()`` for
resuming, ``extras.previousState`` read back, and the result reported with
``triggerXAPIScored``. It asks one question with a button per answer, shows what
it resumed, and depends on a second library, ``H5P.HeaText 1.0``, whose script
it uses, so that the player has to load libraries in order.
"""

import io
import json
import os
import zipfile

import pytest
from django.conf import settings

MAIN = ("H5P.HeaCheck", 1, 0)
HELPER = ("H5P.HeaText", 1, 0)

HELPER_JS = """\
var H5P = H5P || {};
/* A helper library: plain text from what may hold markup. */
H5P.HeaText = {
  plain: function (value) {
    var parsed = new DOMParser().parseFromString(String(value || ""), "text/html");
    return (parsed.body.textContent || "").trim();
  }
};
"""

MAIN_JS = """\
var H5P = H5P || {};
H5P.HeaCheck = (function ($, EventDispatcher, Text) {
  "use strict";

  function HeaCheck(params, contentId, extras) {
    EventDispatcher.call(this);
    this.params = params || {};
    this.contentId = contentId;
    var previous = (extras && extras.previousState) || {};
    this.answer = typeof previous.answer === "number" ? previous.answer : null;
    this.visits = (typeof previous.visits === "number" ? previous.visits : 0) + 1;
    this.resumed = extras && extras.previousState ? true : false;
  }
  HeaCheck.prototype = Object.create(EventDispatcher.prototype);
  HeaCheck.prototype.constructor = HeaCheck;

  HeaCheck.prototype.options = function () {
    return this.params.answers || [];
  };

  HeaCheck.prototype.getMaxScore = function () {
    return this.params.maxScore || 1;
  };

  HeaCheck.prototype.getScore = function () {
    if (this.answer === null) return 0;
    return this.options()[this.answer].score || 0;
  };

  HeaCheck.prototype.getCurrentState = function () {
    return { answer: this.answer, visits: this.visits };
  };

  HeaCheck.prototype.attach = function ($container) {
    var self = this;
    var root = $container.get(0);
    root.classList.add("hea-check");
    while (root.firstChild) root.removeChild(root.firstChild);
    var question = document.createElement("p");
    question.className = "hea-check-question";
    question.textContent = Text.plain(this.params.question);
    root.appendChild(question);
    var group = document.createElement("div");
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", question.textContent);
    this.options().forEach(function (option, index) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "hea-check-answer";
      button.textContent = Text.plain(option.text);
      button.setAttribute("aria-pressed", String(self.answer === index));
      button.addEventListener("click", function () { self.choose(index); });
      group.appendChild(button);
    });
    root.appendChild(group);
    this.status = document.createElement("p");
    this.status.className = "hea-check-status";
    this.status.setAttribute("role", "status");
    root.appendChild(this.status);
    this.root = root;
    this.showStatus();
  };

  HeaCheck.prototype.showStatus = function () {
    var text = "Visit " + this.visits + ".";
    if (this.answer !== null) {
      var chosen = Text.plain(this.options()[this.answer].text);
      text += (this.resumed ? " Resumed: " : " Chosen: ") + chosen + ".";
    } else if (this.resumed) {
      text += " Resumed with no answer yet.";
    }
    this.status.textContent = text;
  };

  HeaCheck.prototype.choose = function (index) {
    this.answer = index;
    this.resumed = false;
    Array.prototype.forEach.call(this.root.querySelectorAll("button"), function (button, at) {
      button.setAttribute("aria-pressed", String(at === index));
    });
    this.showStatus();
    var score = this.getScore();
    var max = this.getMaxScore();
    var success;
    if (typeof this.params.passScore === "number") success = score >= this.params.passScore;
    this.triggerXAPIScored(score, max, this.params.verb || "answered", true, success);
  };

  return HeaCheck;
})(H5P.jQuery, H5P.EventDispatcher, H5P.HeaText);
"""

MAIN_CSS = """\
.hea-check { font-family: 'Open Sans', sans-serif; padding: 1rem; }
.hea-check-answer { margin: 0 .5rem .5rem 0; padding: .5rem 1rem; }
.hea-check-answer[aria-pressed="true"] { outline: 3px solid #0b5a6b; }
"""

DEFAULT_ANSWERS = [
    {"text": "Hand over to a person and say why", "score": 1},
    {"text": "Let the bot keep trying", "score": 0},
]


def _library_json(library, *, js, css=(), dependencies=(), embed_types=("div", "iframe")):
    name, major, minor = library
    data = {
        "title": name.split(".")[-1],
        "machineName": name,
        "majorVersion": major,
        "minorVersion": minor,
        "patchVersion": 3,
        "runnable": 1 if library == MAIN else 0,
        "license": "MIT",
        "author": "Human Edge Academy",
        "preloadedJs": [{"path": path} for path in js],
    }
    if css:
        data["preloadedCss"] = [{"path": path} for path in css]
    if dependencies:
        data["preloadedDependencies"] = [_dependency(d) for d in dependencies]
    if library == MAIN:
        data["embedTypes"] = list(embed_types)
    return data


def _dependency(library) -> dict:
    name, major, minor = library
    return {"machineName": name, "majorVersion": major, "minorVersion": minor}


def folder(library) -> str:
    name, major, minor = library
    return f"{name}-{major}.{minor}"


def h5p_files(
    *,
    title="When to hand over to a person",
    question="A customer asks the bot for a refund it cannot give. What now?",
    answers=None,
    max_score=1,
    pass_score=None,
    verb="answered",
    language="en",
    embed_types=("div", "iframe"),
) -> dict[str, bytes]:
    """The files of a good .h5p, by path: change them to make a bad one."""
    params = {"question": question, "answers": answers or DEFAULT_ANSWERS, "maxScore": max_score}
    if pass_score is not None:
        params["passScore"] = pass_score
    if verb != "answered":
        params["verb"] = verb
    package = {
        "title": title,
        "language": language,
        "mainLibrary": MAIN[0],
        "embedTypes": list(embed_types),
        "license": "U",
        "preloadedDependencies": [_dependency(MAIN), _dependency(HELPER)],
    }
    main, helper = folder(MAIN), folder(HELPER)
    return {
        "h5p.json": _dumps(package),
        "content/content.json": _dumps(params),
        f"{main}/library.json": _dumps(
            _library_json(
                MAIN,
                js=["js/hea-check.js"],
                css=["css/hea-check.css"],
                dependencies=[HELPER],
                embed_types=embed_types,
            )
        ),
        f"{main}/js/hea-check.js": MAIN_JS.encode(),
        f"{main}/css/hea-check.css": MAIN_CSS.encode(),
        f"{helper}/library.json": _dumps(_library_json(HELPER, js=["hea-text.js"])),
        f"{helper}/hea-text.js": HELPER_JS.encode(),
    }


def _dumps(data) -> bytes:
    return json.dumps(data, indent=2).encode()


def zip_bytes(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def h5p_activity(**options) -> bytes:
    """A good .h5p file (options as for :func:`h5p_files`)."""
    return zip_bytes(h5p_files(**options))


def without_h5p_json() -> bytes:
    files = h5p_files()
    del files["h5p.json"]
    return zip_bytes(files)


def missing_library() -> bytes:
    """The helper library that the content type depends on is left out."""
    files = h5p_files()
    for name in [name for name in files if name.startswith(folder(HELPER) + "/")]:
        del files[name]
    return zip_bytes(files)


def script_in_content() -> bytes:
    files = h5p_files()
    files["content/steal.js"] = b"parent.location = 'https://example.com/';"
    return zip_bytes(files)


def executable() -> bytes:
    files = h5p_files()
    files["content/setup.exe"] = b"MZ\x90\x00not really a program"
    return zip_bytes(files)


def parent_path() -> bytes:
    """A name that climbs out of the folder the file is extracted to."""
    files = h5p_files()
    files["content/../../escape.json"] = b"{}"
    return zip_bytes(files)


def broken_json() -> bytes:
    files = h5p_files()
    files["content/content.json"] = b'{"question": "unfinished'
    return zip_bytes(files)


class ZipArchive:
    """What ``h5p_manifest`` reads: the names in a zip and their bytes."""

    def __init__(self, data: bytes):
        self._zip = zipfile.ZipFile(io.BytesIO(data))
        self.names = set(self._zip.namelist())

    def read(self, name: str) -> bytes:
        return self._zip.read(name)


def require_h5p_player() -> None:
    """Skip a browser test when the H5P player is not installed (`npm ci`);
    under CI, fail it."""
    if (settings.H5P_PLAYER_DIR / "main.bundle.js").is_file():
        return
    message = (
        f"The H5P player is not installed at {settings.H5P_PLAYER_DIR}: run `npm ci` "
        "(or set H5P_PLAYER_DIR)."
    )
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)
