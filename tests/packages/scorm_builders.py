"""SCORM packages the tests build: zip bytes, as an author would upload them.

Each SCO of :func:`scorm12_package` and :func:`scorm2004_package` is a web
page with a script of the package's own that finds the SCORM API the way ADL
describes (its own window, then its parents, then its opener), starts, and
shows on the page what it resumed: its entry, location, suspend data, status
and total time, and the parameters and launch data it was given. Two kinds of
button end a session: "Save and leave" (a new location and suspend data,
exit suspend, commit, finish) and "Finish with score N" (the score, passed or
failed against the package's pass mark, finish).

:func:`escaping_package` tries to get out of its sandbox and writes what each
attempt gave into its page. The other builders make packages an upload must
refuse, each for one reason.
"""

import io
import stat
import zipfile
from xml.sax.saxutils import escape, quoteattr

# ---------------------------------------------------------------------- zips


def zip_bytes(files: dict, *, compression=zipfile.ZIP_DEFLATED) -> bytes:
    """A zip of ``files`` ({name: text or bytes}), names written as given."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, content in files.items():
            data = content.encode() if isinstance(content, str) else content
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = compression
            archive.writestr(info, data)
    return buffer.getvalue()


class ZipArchive:
    """What the manifest reader is given: the archive's file names and a way
    to read one (the upload checks' Archive has the same two)."""

    def __init__(self, data: bytes):
        self._zip = zipfile.ZipFile(io.BytesIO(data))
        self.names = {name for name in self._zip.namelist() if not name.endswith("/")}

    def read(self, name: str) -> bytes:
        return self._zip.read(name)


def archive_of(data: bytes) -> ZipArchive:
    return ZipArchive(data)


# ---------------------------------------------------------------------- manifests

NS_12 = (
    'xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" '
    'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"'
)
NS_2004 = (
    'xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" '
    'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" '
    'xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3" '
    'xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3" '
    'xmlns:imsss="http://www.imsglobal.org/xsd/imsss"'
)
SCHEMA_VERSIONS = {
    "1.2": "1.2",
    "2nd": "CAM 1.3",
    "3rd": "2004 3rd Edition",
    "4th": "2004 4th Edition",
}


def _attribute(name: str, value) -> str:
    return f" {name}={quoteattr(str(value))}" if value not in (None, "") else ""


def manifest_xml(
    version: str,
    *,
    identifier: str = "com.example.package",
    title: str = "A test package",
    items: list[dict],
    resources: list[dict],
    edition: str = "4th",
    schemaversion: str | None = None,
    default: str | None = "org-1",
    xml_base: str = "",
    resources_base: str = "",
    doctype: str = "",
) -> str:
    """An imsmanifest.xml. ``items`` are dicts (identifier, title, ref,
    parameters, children, and the item's extra XML as ``extra``); ``resources``
    dicts (identifier, href, scormtype, base, files, extra)."""
    if schemaversion is None:
        schemaversion = "1.2" if version == "1.2" else SCHEMA_VERSIONS[edition]
    scormtype = "adlcp:scormtype" if version == "1.2" else "adlcp:scormType"

    def item_xml(item: dict, depth: int) -> str:
        pad = "  " * depth
        children = "".join(item_xml(child, depth + 1) for child in item.get("children", []))
        title_xml = f"{pad}  <title>{escape(item['title'])}</title>\n" if item.get("title") else ""
        return (
            f"{pad}<item{_attribute('identifier', item.get('identifier'))}"
            f"{_attribute('identifierref', item.get('ref'))}"
            f"{_attribute('parameters', item.get('parameters'))}>\n"
            f"{title_xml}{item.get('extra', '')}{children}{pad}</item>\n"
        )

    def resource_xml(resource: dict) -> str:
        files = "".join(
            f'      <file href="{escape(name)}"/>\n' for name in resource.get("files", [])
        )
        kind = resource.get("scormtype", "sco")
        return (
            f"    <resource{_attribute('identifier', resource.get('identifier'))} "
            f'type="webcontent" {scormtype}="{kind}"'
            f"{_attribute('href', resource.get('href'))}"
            f"{_attribute('xml:base', resource.get('base'))}>\n"
            f"{files}{resource.get('extra', '')}    </resource>\n"
        )

    namespaces = NS_12 if version == "1.2" else NS_2004
    metadata = (
        f"  <metadata>\n    <schema>ADL SCORM</schema>\n"
        f"    <schemaversion>{escape(schemaversion)}</schemaversion>\n  </metadata>\n"
        if schemaversion
        else ""
    )
    organization_items = "".join(item_xml(item, 3) for item in items)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"{doctype}"
        f'<manifest{_attribute("identifier", identifier)} version="1" {namespaces}'
        f"{_attribute('xml:base', xml_base)}>\n"
        f"{metadata}"
        f"  <organizations{_attribute('default', default)}>\n"
        f'    <organization identifier="org-1">\n'
        f"      <title>{escape(title)}</title>\n"
        f"{organization_items}"
        f"    </organization>\n"
        f"  </organizations>\n"
        f"  <resources{_attribute('xml:base', resources_base)}>\n"
        f"{''.join(resource_xml(resource) for resource in resources)}"
        f"  </resources>\n"
        f"</manifest>\n"
    )


# ---------------------------------------------------------------------- SCO pages

SCO_SCRIPT = r"""/* The SCO's own script: find the LMS, start, show what was resumed, end. */
(function () {
  "use strict";
  var root = document.documentElement;
  var version = root.getAttribute("data-scorm");
  var passMark = Number(root.getAttribute("data-pass-mark"));
  var reports = root.getAttribute("data-reports");
  var name = version === "1.2" ? "API" : "API_1484_11";
  var api = null;

  function search(win) {
    var tries = 0;
    try {
      while (!win[name] && win.parent && win.parent !== win && tries < 7) {
        tries += 1;
        win = win.parent;
      }
      return win[name] || null;
    } catch (error) {
      return null; // a window of another origin: not ours to search
    }
  }

  function locate() {
    var found = search(window);
    if (!found && window.opener) {
      found = search(window.opener);
    }
    return found;
  }

  var call = version === "1.2"
    ? {
        start: function () { return api.LMSInitialize(""); },
        get: function (e) { return api.LMSGetValue(e); },
        set: function (e, v) { return api.LMSSetValue(e, v); },
        commit: function () { return api.LMSCommit(""); },
        finish: function () { return api.LMSFinish(""); },
        error: function () { return api.LMSGetLastError(); }
      }
    : {
        start: function () { return api.Initialize(""); },
        get: function (e) { return api.GetValue(e); },
        set: function (e, v) { return api.SetValue(e, v); },
        commit: function () { return api.Commit(""); },
        finish: function () { return api.Terminate(""); },
        error: function () { return api.GetLastError(); }
      };
  var el = version === "1.2"
    ? {
        entry: "cmi.core.entry", location: "cmi.core.lesson_location",
        status: "cmi.core.lesson_status", total: "cmi.core.total_time",
        exit: "cmi.core.exit", session: "cmi.core.session_time",
        raw: "cmi.core.score.raw", min: "cmi.core.score.min", max: "cmi.core.score.max",
        learner: "cmi.core.student_name"
      }
    : {
        entry: "cmi.entry", location: "cmi.location",
        status: "cmi.completion_status", total: "cmi.total_time",
        exit: "cmi.exit", session: "cmi.session_time",
        raw: "cmi.score.raw", min: "cmi.score.min", max: "cmi.score.max",
        learner: "cmi.learner_name"
      };

  function show(id, text) {
    document.getElementById(id).textContent = text;
  }

  function read(element) {
    var value = call.get(element);
    return call.error() === "0" ? value : "";
  }

  function end(steps, message) {
    var failed = [];
    steps.forEach(function (step) {
      if (call.set(step[0], step[1]) !== "true") {
        failed.push(step[0] + " (error " + call.error() + ")");
      }
    });
    var committed = call.commit();
    var finished = call.finish();
    Array.prototype.forEach.call(document.querySelectorAll("button"), function (button) {
      button.disabled = true;
    });
    show("sco-result", message + " Commit: " + committed + ". Finish: " + finished + "." +
      (failed.length ? " Refused: " + failed.join(", ") + "." : ""));
  }

  function saveAndLeave() {
    var current = Number((read(el.location).match(/[0-9]+$/) || ["0"])[0]);
    var saved = Number((read("cmi.suspend_data").match(/saved=([0-9]+)/) || [0, "0"])[1]);
    var location = "page-" + (current + 1);
    end([
      [el.location, location],
      ["cmi.suspend_data", "saved=" + (saved + 1) + ";sco=" + root.getAttribute("data-sco")],
      [el.exit, "suspend"],
      [el.session, version === "1.2" ? "00:00:05" : "PT5S"]
    ], "Saved at " + location + ". You can leave this page.");
  }

  function finishWith(score) {
    var passed = score >= passMark;
    var steps = [
      [el.raw, String(score)], [el.min, "0"], [el.max, "100"],
      [el.session, version === "1.2" ? "00:00:05" : "PT5S"]
    ];
    if (version === "1.2") {
      steps.push(["cmi.core.lesson_status",
        reports === "completion" ? "completed" : (passed ? "passed" : "failed")]);
      steps.push(["cmi.core.exit", ""]);
    } else {
      steps.push(["cmi.score.scaled", String(score / 100)]);
      steps.push(["cmi.completion_status", "completed"]);
      if (reports !== "completion") {
        steps.push(["cmi.success_status", passed ? "passed" : "failed"]);
      }
      steps.push(["cmi.exit", "normal"]);
    }
    end(steps, "Finished with score " + score + ".");
  }

  function start() {
    api = locate();
    if (!api) {
      show("sco-api", "No learning platform was found.");
      return;
    }
    var started = call.start();
    show("sco-api", "Started: " + started + " (error " + call.error() + ").");
    show("sco-entry", "Entry: " + (read(el.entry) || "(none)"));
    show("sco-location", "Location: " + (read(el.location) || "(none)"));
    show("sco-suspend", "Suspend data: " + (read("cmi.suspend_data") || "(none)"));
    show("sco-status", "Status: " + read(el.status));
    show("sco-total", "Total time: " + read(el.total));
    show("sco-learner", "Learner: " + read(el.learner));
    show("sco-launch", "Launch data: " + (read("cmi.launch_data") || "(none)"));
    show("sco-query", "Parameters: " + (window.location.search || "(none)"));
    var status = read(el.status);
    if (status === "not attempted" || status === "unknown") {
      call.set(el.status, "incomplete");
    }
    document.getElementById("save").addEventListener("click", saveAndLeave);
    Array.prototype.forEach.call(document.querySelectorAll("[data-score]"), function (button) {
      button.addEventListener("click", function () {
        finishWith(Number(button.getAttribute("data-score")));
      });
    });
  }

  document.addEventListener("DOMContentLoaded", start);
})();
"""


def sco_page(*, version, sco, title, script, pass_mark, reports, scores) -> str:
    buttons = "\n".join(
        f'    <button type="button" data-score="{score}">Finish with score {score}</button>'
        for score in scores
    )
    return f"""<!DOCTYPE html>
<html lang="en" data-scorm="{version}" data-sco="{escape(sco)}" data-pass-mark="{pass_mark}"
      data-reports="{reports}">
<head>
  <meta charset="utf-8">
  <title>{escape(title)}</title>
  <script src="{script}"></script>
</head>
<body>
  <main>
    <h1>{escape(title)}</h1>
    <p id="sco-api">Looking for the learning platform…</p>
    <p id="sco-entry"></p>
    <p id="sco-location"></p>
    <p id="sco-suspend"></p>
    <p id="sco-status"></p>
    <p id="sco-total"></p>
    <p id="sco-learner"></p>
    <p id="sco-launch"></p>
    <p id="sco-query"></p>
    <button type="button" id="save">Save and leave</button>
{buttons}
    <p id="sco-result" role="status"></p>
  </main>
</body>
</html>
"""


def _scorm_package(
    version: str,
    *,
    scos: int,
    title: str,
    identifier: str,
    pass_mark: int,
    reports: str,
    scores: tuple[int, ...],
    edition: str = "4th",
    item_extra=None,
    parameters: str = "",
    launch_data: str = "",
) -> bytes:
    files: dict[str, str] = {"shared/sco.js": SCO_SCRIPT}
    items = []
    resources = []
    for number in range(1, scos + 1):
        sco_id = f"item-{number}"
        sco_title = title if scos == 1 else f"Part {number} of {title}"
        folder = f"sco-{number}"
        files[f"{folder}/index.html"] = sco_page(
            version=version,
            sco=sco_id,
            title=sco_title,
            script="../shared/sco.js",
            pass_mark=pass_mark,
            reports=reports,
            scores=scores,
        )
        extra = item_extra(number) if item_extra else ""
        if launch_data:
            tag = "adlcp:datafromlms" if version == "1.2" else "adlcp:dataFromLMS"
            extra += f"        <{tag}>{escape(launch_data)}</{tag}>\n"
        items.append(
            {
                "identifier": sco_id,
                "title": sco_title,
                "ref": f"res-{number}",
                "parameters": parameters,
                "extra": extra,
            }
        )
        # The first SCO names its page from the top; the others through
        # xml:base, as many authoring tools write them.
        resource = {
            "identifier": f"res-{number}",
            "files": ["index.html", "../shared/sco.js"] if number > 1 else [],
        }
        if number == 1:
            resource.update(href=f"{folder}/index.html", files=[f"{folder}/index.html"])
        else:
            resource.update(href="index.html", base=f"{folder}/")
        resources.append(resource)
    if scos > 1:
        items = [{"identifier": "module-1", "title": title, "children": items}]
    files["imsmanifest.xml"] = manifest_xml(
        version,
        identifier=identifier,
        title=title,
        items=items,
        resources=resources,
        edition=edition,
    )
    return zip_bytes(files)


def scorm12_package(
    scos: int = 1,
    *,
    title: str = "Listening on the phone",
    identifier: str = "com.example.listening",
    mastery_score: int | None = None,
    pass_mark: int = 80,
    reports: str = "pass-fail",
    scores: tuple[int, ...] = (90, 40),
    parameters: str = "",
    launch_data: str = "",
) -> bytes:
    """A SCORM 1.2 package of ``scos`` SCOs (under one heading item when more
    than one). ``reports`` is "pass-fail" (the SCO says passed or failed
    against ``pass_mark``) or "completion" (it says completed and gives its
    score, leaving passing to the mastery score or the site)."""

    def extra(number: int) -> str:
        if mastery_score is None:
            return ""
        return f"        <adlcp:masteryscore>{mastery_score}</adlcp:masteryscore>\n"

    return _scorm_package(
        "1.2",
        scos=scos,
        title=title,
        identifier=identifier,
        pass_mark=pass_mark,
        reports=reports,
        scores=scores,
        item_extra=extra,
        parameters=parameters,
        launch_data=launch_data,
    )


def scorm2004_package(
    scos: int = 1,
    *,
    title: str = "Handing over to a person",
    identifier: str = "com.example.handover",
    edition: str = "4th",
    scaled_passing_score: float | None = None,
    pass_mark: int = 80,
    reports: str = "pass-fail",
    scores: tuple[int, ...] = (90, 40),
    parameters: str = "",
    launch_data: str = "",
) -> bytes:
    """A SCORM 2004 package (``edition`` "2nd", "3rd" or "4th") of ``scos``
    SCOs; ``scaled_passing_score`` puts a primary objective satisfied by
    measure in each item's sequencing."""

    def extra(number: int) -> str:
        if scaled_passing_score is None:
            return ""
        return (
            "        <imsss:sequencing>\n"
            "          <imsss:objectives>\n"
            '            <imsss:primaryObjective objectiveID="primary" satisfiedByMeasure="true">\n'
            f"              <imsss:minNormalizedMeasure>{scaled_passing_score}"
            "</imsss:minNormalizedMeasure>\n"
            "            </imsss:primaryObjective>\n"
            "          </imsss:objectives>\n"
            "        </imsss:sequencing>\n"
        )

    return _scorm_package(
        "2004",
        scos=scos,
        title=title,
        identifier=identifier,
        pass_mark=pass_mark,
        reports=reports,
        scores=scores,
        edition=edition,
        item_extra=extra,
        parameters=parameters,
        launch_data=launch_data,
    )


# ---------------------------------------------------------------------- escaping

ESCAPE_SCRIPT = r"""/* A SCO that tries to get out of its sandbox and writes what each try gave.
   "blocked": the browser refused; "leaked": it got something it must not;
   "attempted"/"sent": an action whose effect the test checks from outside. */
(function () {
  "use strict";
  var list;
  var violations = [];
  document.addEventListener("securitypolicyviolation", function (event) {
    violations.push(event.effectiveDirective || event.violatedDirective);
  });

  function report(attempt, outcome, detail) {
    var item = document.createElement("li");
    item.setAttribute("data-attempt", attempt);
    item.setAttribute("data-outcome", outcome);
    item.textContent = attempt + ": " + outcome + (detail ? " (" + detail + ")" : "");
    list.appendChild(item);
  }

  function wait(ms) {
    return new Promise(function (resolve) { setTimeout(resolve, ms); });
  }

  function tryRead(attempt, read) {
    try {
      var value = read();
      if (value === null || value === undefined || value === "") {
        report(attempt, "blocked", "nothing");
      } else {
        report(attempt, "leaked", String(value).slice(0, 80));
      }
    } catch (error) {
      report(attempt, "blocked", error.name);
    }
  }

  function tryFetch(attempt, url) {
    return fetch(url, { credentials: "include" })
      .then(function (response) { return response.text(); })
      .then(function (body) {
        report(attempt, body ? "leaked" : "blocked", "read " + body.length + " characters");
      })
      .catch(function (error) { report(attempt, "blocked", error.name); });
  }

  function tryFrame() {
    return new Promise(function (resolve) {
      var frame = document.createElement("iframe");
      frame.title = "The site, inside the package";
      frame.src = "/learning/";
      var done = false;
      function look() {
        if (done) { return; }
        done = true;
        tryRead("nested-frame", function () {
          var inner = frame.contentDocument;
          return inner && inner.body ? inner.body.innerText : null;
        });
        resolve();
      }
      frame.addEventListener("load", look);
      setTimeout(look, 3000);
      document.body.appendChild(frame);
    });
  }

  function tryForm() {
    return new Promise(function (resolve) {
      var sink = document.createElement("iframe");
      sink.name = "sink";
      sink.title = "Where the form would go";
      document.body.appendChild(sink);
      var form = document.createElement("form");
      form.method = "post";
      form.action = "/accounts/logout/";
      form.target = "sink";
      document.body.appendChild(form);
      var before = violations.length;
      var loaded = false;
      sink.addEventListener("load", function () { loaded = true; });
      try {
        form.submit();
      } catch (error) {
        report("form-logout", "blocked", error.name);
        resolve();
        return;
      }
      setTimeout(function () {
        var refused = violations.slice(before).indexOf("form-action") >= 0;
        report("form-logout", refused || !loaded ? "blocked" : "attempted",
          refused ? "form-action" : (loaded ? "a page loaded" : "nothing loaded"));
        resolve();
      }, 1500);
    });
  }

  function run() {
    list = document.getElementById("attempts");
    tryRead("cookie", function () { return document.cookie; });
    tryRead("cookie-write", function () {
      document.cookie = "hea_escape=1; path=/";
      return document.cookie;
    });
    tryRead("local-storage", function () {
      window.localStorage.setItem("hea_escape", "1");
      return window.localStorage.getItem("hea_escape");
    });
    tryRead("session-storage", function () {
      window.sessionStorage.setItem("hea_escape", "1");
      return window.sessionStorage.getItem("hea_escape");
    });
    tryRead("parent-document", function () {
      return window.parent.document.title || "a document";
    });
    tryRead("parent-cookie", function () { return window.parent.document.cookie; });
    tryRead("top-location", function () { return window.top.location.href; });
    tryRead("window-open", function () {
      var opened = window.open("/");
      return opened ? "a window was opened" : null;
    });
    tryFetch("fetch-learning", "/learning/")
      .then(function () { return tryFetch("fetch-cms", "/cms/"); })
      .then(tryFrame)
      .then(tryForm)
      .then(function () {
        try {
          window.parent.postMessage({
            type: "hea-package", completion: "completed", success: "passed",
            score: 1, lessonDone: true
          }, "*");
          report("forged-message", "sent", "a message saying the lesson is done");
        } catch (error) {
          report("forged-message", "blocked", error.name);
        }
        try {
          window.top.location = "/";
          report("top-navigation", "attempted", "no error");
        } catch (error) {
          report("top-navigation", "blocked", error.name);
        }
        return wait(500);
      })
      .then(function () {
        var done = document.getElementById("escape-done");
        done.textContent = "All attempts made: " + list.children.length + ".";
      });
  }

  document.addEventListener("DOMContentLoaded", run);
})();
"""

ESCAPE_ATTEMPTS = (
    "cookie",
    "cookie-write",
    "local-storage",
    "session-storage",
    "parent-document",
    "parent-cookie",
    "top-location",
    "window-open",
    "fetch-learning",
    "fetch-cms",
    "nested-frame",
    "form-logout",
    "forged-message",
    "top-navigation",
)


def escaping_package() -> bytes:
    """A SCORM 1.2 package whose one SCO tries to read the site's cookies,
    storage, pages and parent, to open and navigate windows, to log the
    learner out, and to tell the page the lesson is done. Its page lists each
    attempt (``li[data-attempt][data-outcome]``) and says "All attempts made"
    at the end."""
    page = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Escape attempts</title>
  <script src="escape.js"></script>
</head>
<body>
  <main>
    <h1>Escape attempts</h1>
    <ul id="attempts"></ul>
    <p id="escape-done" role="status"></p>
  </main>
</body>
</html>
"""
    files = {
        "escape/index.html": page,
        "escape/escape.js": ESCAPE_SCRIPT,
        "imsmanifest.xml": manifest_xml(
            "1.2",
            identifier="com.example.escape",
            title="Escape attempts",
            items=[{"identifier": "item-escape", "title": "Escape attempts", "ref": "res-1"}],
            resources=[
                {"identifier": "res-1", "href": "escape/index.html", "files": ["escape/index.html"]}
            ],
        ),
    }
    return zip_bytes(files)


# ---------------------------------------------------------------------- bad packages

_PAGE = "<!DOCTYPE html><html lang='en'><head><title>x</title></head><body>x</body></html>"


def _one_sco_manifest(version="1.2", **resource) -> str:
    resource = {"identifier": "res-1", "href": "index.html", **resource}
    return manifest_xml(
        version,
        items=[{"identifier": "item-1", "title": "Only part", "ref": "res-1"}],
        resources=[resource],
    )


def no_manifest_package() -> bytes:
    return zip_bytes({"index.html": _PAGE})


def nested_manifest_package() -> bytes:
    """The whole folder zipped, manifest and all one level down."""
    return zip_bytes({"course/imsmanifest.xml": _one_sco_manifest(), "course/index.html": _PAGE})


def broken_xml_package() -> bytes:
    return zip_bytes(
        {"imsmanifest.xml": "<manifest identifier='x'><organizations>", "index.html": _PAGE}
    )


def missing_file_package() -> bytes:
    return zip_bytes(
        {"imsmanifest.xml": _one_sco_manifest(href="missing.html"), "index.html": _PAGE}
    )


def dotdot_package() -> bytes:
    return zip_bytes(
        {"imsmanifest.xml": _one_sco_manifest(href="../outside.html"), "index.html": _PAGE}
    )


def xml_base_escape_package() -> bytes:
    manifest = manifest_xml(
        "1.2",
        items=[{"identifier": "item-1", "title": "Only part", "ref": "res-1"}],
        resources=[{"identifier": "res-1", "href": "index.html"}],
        resources_base="../",
    )
    return zip_bytes({"imsmanifest.xml": manifest, "index.html": _PAGE})


def absolute_href_package(href: str = "/index.html") -> bytes:
    return zip_bytes({"imsmanifest.xml": _one_sco_manifest(href=href), "index.html": _PAGE})


def absolute_name_package() -> bytes:
    """A zip whose entry names an absolute path."""
    return zip_bytes({"imsmanifest.xml": _one_sco_manifest(), "index.html": _PAGE, "/etc/x": "x"})


def dotdot_name_package() -> bytes:
    """A zip whose entry climbs out of the folder it is extracted to."""
    return zip_bytes(
        {"imsmanifest.xml": _one_sco_manifest(), "index.html": _PAGE, "../escape.html": _PAGE}
    )


def executable_package(name: str = "tools/setup.exe") -> bytes:
    return zip_bytes(
        {"imsmanifest.xml": _one_sco_manifest(), "index.html": _PAGE, name: b"MZ\x90\x00"}
    )


def no_sco_package() -> bytes:
    """SCORM 1.2 with only an asset: nothing could report progress."""
    return zip_bytes({"imsmanifest.xml": _one_sco_manifest(scormtype="asset"), "index.html": _PAGE})


def zip_bomb_package(size: int = 64 * 1024 * 1024) -> bytes:
    """One file of ``size`` zero bytes, a few kilobytes once compressed."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("imsmanifest.xml", _one_sco_manifest())
        archive.writestr("index.html", _PAGE)
        with archive.open("padding.txt", "w", force_zip64=True) as handle:
            chunk = bytes(1024 * 1024)
            for _ in range(size // len(chunk)):
                handle.write(chunk)
    return buffer.getvalue()


def too_many_files_package(count: int = 20_000) -> bytes:
    files = {"imsmanifest.xml": _one_sco_manifest(), "index.html": _PAGE}
    files.update({f"files/{number}.txt": "x" for number in range(count)})
    return zip_bytes(files, compression=zipfile.ZIP_STORED)


BILLION_LAUGHS = """<!DOCTYPE manifest [
  <!ENTITY a "laugh">
  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
  <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
  <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
  <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
  <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
  <!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">
  <!ENTITY i "&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;">
]>
"""


def entity_expansion_package() -> bytes:
    """The "billion laughs": a title that would expand to a billion words."""
    manifest = manifest_xml(
        "1.2",
        title="&i;",
        items=[{"identifier": "item-1", "title": "Only part", "ref": "res-1"}],
        resources=[{"identifier": "res-1", "href": "index.html"}],
        doctype=BILLION_LAUGHS,
    ).replace("&amp;i;", "&i;")
    return zip_bytes({"imsmanifest.xml": manifest, "index.html": _PAGE})


def external_entity_package(target: str = "file:///etc/passwd") -> bytes:
    """An entity that would read a file of the server into the title."""
    manifest = manifest_xml(
        "1.2",
        title="&secret;",
        items=[{"identifier": "item-1", "title": "Only part", "ref": "res-1"}],
        resources=[{"identifier": "res-1", "href": "index.html"}],
        doctype=f'<!DOCTYPE manifest [<!ENTITY secret SYSTEM "{target}">]>\n',
    ).replace("&amp;secret;", "&secret;")
    return zip_bytes({"imsmanifest.xml": manifest, "index.html": _PAGE})


def symlink_package() -> bytes:
    """A zip entry that is a symbolic link to a file of the server."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("imsmanifest.xml", _one_sco_manifest())
        archive.writestr("index.html", _PAGE)
        link = zipfile.ZipInfo("passwd.html")
        link.create_system = 3  # Unix, so the mode below is read
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(link, "/etc/passwd")
    return buffer.getvalue()


def not_a_zip() -> bytes:
    return b"This is a text file, not a zip archive.\n"


def bad_packages() -> dict:
    """Every package an upload must refuse, by name (the zip bomb and the many
    files are small versions: pass them through the builders for the real
    limits)."""
    return {
        "not a zip": not_a_zip(),
        "no manifest": no_manifest_package(),
        "manifest in a folder": nested_manifest_package(),
        "broken XML": broken_xml_package(),
        "href to a missing file": missing_file_package(),
        "../ in an href": dotdot_package(),
        "xml:base escape": xml_base_escape_package(),
        "absolute href": absolute_href_package(),
        "URL href": absolute_href_package("https://example.com/index.html"),
        "absolute name in the zip": absolute_name_package(),
        "../ name in the zip": dotdot_name_package(),
        "executable file": executable_package(),
        "1.2 without a SCO": no_sco_package(),
        "entity expansion": entity_expansion_package(),
        "external entity": external_entity_package(),
        "symbolic link": symlink_package(),
    }
