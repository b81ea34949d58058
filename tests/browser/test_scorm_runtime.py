"""The SCORM runtime (packages/static/packages/scorm-runtime.js) alone, in
Chromium: a SCO's page in a sandboxed frame, under a strict policy, with the
data a launch would give it; its API driven from the page. Its states, error
codes and keywords; every write of the shared table giving the code the
server's data model gives; what it posts and what it tells the parent page.

The pages are served by the test itself (Playwright routes), so the runtime
is tried without the rest of the site."""

import json
import threading
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from packages.scorm.cmi import cmi_initial
from tests.packages.scorm_cases import CASES_12, CASES_2004

pytestmark = [
    pytest.mark.browser,
    # The page fixture's live server makes every test transactional; restoring
    # the migrated data keeps the browser tests after these as they expect.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

RUNTIME = (
    Path(__file__).resolve().parents[2] / "packages" / "static" / "packages" / "scorm-runtime.js"
).read_text()

OUTER = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Lesson</title>
<script src="/scorm-test/outer.js"></script></head>
<body><iframe name="sco" title="The SCO" sandbox="allow-scripts allow-forms"
 src="/scorm-test/sco.html"></iframe></body></html>
"""
OUTER_SCRIPT = """window.received = [];
window.addEventListener("message", function (event) {
  var frame = document.querySelector("iframe");
  if (frame && event.source === frame.contentWindow && event.data
      && event.data.type === "hea-package") {
    window.received.push(event.data);
  }
});
"""
ELSEWHERE = '<!DOCTYPE html><html lang="en"><title>Elsewhere</title></html>'
SCO = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>SCO</title>
<script src="/scorm-test/state.js"></script>
<script src="/scorm-test/scorm-runtime.js"></script></head>
<body><p>A SCO</p></body></html>
"""


class FakeSite:
    """The few addresses a launch serves, answered by a small server of the
    test's own on the loopback address, as the site would be: what a page
    sends as it goes away leaves the browser after the page is gone, and only
    a real server sees it."""

    def __init__(self, config, *, status=200, answer=None):
        self.config = config
        self.status = status
        self.answer = answer or {
            "ok": True,
            "completion": "incomplete",
            "success": "unknown",
            "score": None,
            "lessonDone": False,
        }
        self.commits = []
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.origin = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exception):
        self.server.shutdown()
        self.server.server_close()

    def page(self, path):
        policy = (
            f"sandbox allow-scripts allow-forms; default-src 'none'; "
            f"script-src {self.origin}; connect-src {self.origin}; "
            f"base-uri 'none'; form-action 'none'"
        )
        state = f"window.HEA_PACKAGE = {json.dumps(self.config)};"
        return {
            "/scorm-test/outer.html": (OUTER, "text/html", {}),
            "/scorm-test/outer.js": (OUTER_SCRIPT, "text/javascript", {}),
            "/scorm-test/sco.html": (SCO, "text/html", {"Content-Security-Policy": policy}),
            "/scorm-test/state.js": (state, "text/javascript", {}),
            "/scorm-test/scorm-runtime.js": (RUNTIME, "text/javascript", {}),
            "/scorm-test/elsewhere.html": (ELSEWHERE, "text/html", {}),
            "/favicon.ico": ("", "image/x-icon", {}),
        }.get(path)

    def _handler(self):
        site = self

        class Handler(BaseHTTPRequestHandler):
            def reply(self, status, body, content_type, headers):
                data = body.encode()
                self.send_response(status)
                self.send_header("Content-Type", f"{content_type}; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self):
                found = site.page(self.path)
                if found is None:
                    self.reply(404, "", "text/plain", {})
                else:
                    self.reply(200, *found)

            def do_POST(self):
                length = int(self.headers.get("Content-Length", 0))
                headers = {name.lower(): value for name, value in self.headers.items()}
                body = json.loads(self.rfile.read(length))
                site.commits.append({"body": body, "headers": headers})
                cors = {"Access-Control-Allow-Origin": "*"}
                self.reply(site.status, json.dumps(site.answer), "application/json", cors)

            def log_message(self, *args):
                pass

        return Handler


def config_for(version, *, stored=None, sco=None):
    return {
        "kind": "scorm",
        "version": version,
        "sco": "item-1",
        "cmi": cmi_initial(
            version,
            sco=sco,
            stored=stored or {},
            learner_id="learner-1",
            learner_name="Doe, Ann",
            sessions=0,
        ),
        "commitUrl": "/scorm-test/commit",
    }


@contextmanager
def open_sco(page, config, **options):
    """The lesson page with the SCO in its frame: the site and the frame."""
    with FakeSite(config, **options) as site:
        page.goto(f"{site.origin}/scorm-test/outer.html")
        frame = page.frame(name="sco")
        frame.wait_for_load_state()
        try:
            yield site, frame
        finally:
            page.goto("about:blank")  # nothing left to load when the server stops


# Runs a list of [function name, ...arguments] on the API, returning for each
# the result and the last error, both as the API gives them.
CALLS = """([name, calls]) => {
  const api = window[name];
  return calls.map(([method, ...args]) => {
    const result = api[method](...args);
    return [result, api[name === "API" ? "LMSGetLastError" : "GetLastError"]()];
  });
}"""


def run(frame, version, calls):
    name = "API" if version == "1.2" else "API_1484_11"
    return frame.evaluate(CALLS, [name, calls])


# ---------------------------------------------------------------------- parity


# A fresh runtime for each case, from the same source, in the same sandboxed
# page: the runtime is re-run with a new HEA_PACKAGE for every case.
PARITY = (
    """([config, cases]) => {
  const results = [];
  for (const writes of cases) {
    window.HEA_PACKAGE = config;
    delete window.API;
    delete window.API_1484_11;
"""
    + RUNTIME
    + """
    const api = window.API || window.API_1484_11;
    const v12 = Boolean(window.API);
    (v12 ? api.LMSInitialize : api.Initialize)("");
    results.push(writes.map(([element, value]) => {
      (v12 ? api.LMSSetValue : api.SetValue)(element, value);
      return Number((v12 ? api.LMSGetLastError : api.GetLastError)());
    }));
  }
  return results;
}"""
)


@pytest.mark.parametrize(("version", "cases"), [("1.2", CASES_12), ("2004", CASES_2004)])
def test_every_write_gets_the_code_the_server_gives(page, version, cases):
    config = config_for(version)
    with open_sco(page, config) as (_fake, frame):
        writes = [[[element, value] for element, value, _code in case] for _version, case in cases]
        got = frame.evaluate(PARITY, [config, writes])
        expected = [[code for _element, _value, code in case] for _version, case in cases]
        mismatches = [
            (case[-1][:2], want, have)
            for (_version, case), want, have in zip(cases, expected, got, strict=True)
            if want != have
        ]
        assert not mismatches, mismatches[:10]


# ---------------------------------------------------------------------- states and codes


def test_scorm_2004_states_keywords_and_error_codes(page):
    sco = {"mastery_score": 0.6, "completion_threshold": 0.5}
    with open_sco(page, config_for("2004", sco=sco)) as (_fake, frame):
        assert frame.evaluate("typeof window.API") == "undefined"
        assert frame.evaluate("typeof window.API_1484_11.Initialize") == "function"
        assert run(
            frame,
            "2004",
            [
                ["GetValue", "cmi.location"],
                ["SetValue", "cmi.location", "p1"],
                ["Commit", ""],
                ["Terminate", ""],
                ["Initialize", "x"],
                ["Initialize", ""],
                ["Initialize", ""],
            ],
        ) == [
            ["", "122"],
            ["false", "132"],
            ["false", "142"],
            ["false", "112"],
            ["false", "201"],
            ["true", "0"],
            ["false", "103"],
        ]
        assert run(
            frame,
            "2004",
            [
                ["GetValue", ""],
                ["GetValue", "cmi._version"],
                ["GetValue", "cmi.score._children"],
                ["GetValue", "cmi.interactions._children"],
                ["GetValue", "cmi.learner_preference._children"],
                ["GetValue", "cmi.interactions._count"],
                ["GetValue", "cmi.location._children"],
                ["GetValue", "cmi.location._count"],
                ["GetValue", "cmi.bogus._count"],
                ["GetValue", "cmi.exit"],
                ["GetValue", "cmi.session_time"],
                ["GetValue", "cmi.location"],
                ["GetValue", "cmi.launch_data"],
                ["GetValue", "cmi.learner_id"],
                ["GetValue", "cmi.learner_name"],
                ["GetValue", "cmi.entry"],
                ["GetValue", "cmi.mode"],
                ["GetValue", "cmi.credit"],
                ["GetValue", "cmi.total_time"],
                ["GetValue", "cmi.scaled_passing_score"],
                ["GetValue", "cmi.interactions.0.id"],
                ["GetValue", "adl.nav.request"],
                ["GetValue", "adl.nav.request_valid.continue"],
                ["GetValue", "adl.nav.request_valid.choice.{target=item-2}"],
                ["GetValue", "adl.data._count"],
            ],
        ) == [
            ["", "301"],
            ["1.0", "0"],
            ["scaled,raw,min,max", "0"],
            [
                "id,type,objectives,timestamp,correct_responses,weighting,learner_response,result,"
                "latency,description",
                "0",
            ],
            ["audio_level,language,delivery_speed,audio_captioning", "0"],
            ["0", "0"],
            ["", "301"],
            ["", "301"],
            ["", "401"],
            ["", "405"],
            ["", "405"],
            ["", "403"],
            ["", "403"],
            ["learner-1", "0"],
            ["Doe, Ann", "0"],
            ["ab-initio", "0"],
            ["normal", "0"],
            ["credit", "0"],
            ["PT0H0M0S", "0"],
            ["0.6", "0"],
            ["", "301"],
            ["_none_", "0"],
            ["unknown", "0"],
            ["unknown", "0"],
            ["", "401"],
        ]
        assert run(
            frame,
            "2004",
            [
                ["SetValue", "cmi.interactions.0.id", "q1"],
                ["GetValue", "cmi.interactions._count"],
                ["GetValue", "cmi.interactions.0.id"],
                ["GetValue", "cmi.interactions.0.result"],
                ["GetValue", "cmi.interactions.0.objectives._count"],
                ["SetValue", "cmi.objectives.0.id", "obj-1"],
                ["GetValue", "cmi.objectives.0.success_status"],
                ["GetValue", "cmi.objectives.0.description"],
                ["GetValue", "cmi.objectives.0.score._children"],
                # The LMS decides completion and success from the manifest's measures.
                ["SetValue", "cmi.completion_status", "incomplete"],
                ["SetValue", "cmi.progress_measure", "0.5"],
                ["GetValue", "cmi.completion_status"],
                ["SetValue", "cmi.success_status", "passed"],
                ["GetValue", "cmi.success_status"],
                ["SetValue", "cmi.score.scaled", 0.55],
                ["GetValue", "cmi.score.scaled"],
                ["GetValue", "cmi.success_status"],
                ["SetValue", "cmi.score.scaled", "0.6"],
                ["GetValue", "cmi.success_status"],
            ],
        ) == [
            ["true", "0"],
            ["1", "0"],
            ["q1", "0"],
            ["", "403"],
            ["0", "0"],
            ["true", "0"],
            ["unknown", "0"],
            ["", "403"],
            ["scaled,raw,min,max", "0"],
            ["true", "0"],
            ["true", "0"],
            ["completed", "0"],
            ["true", "0"],
            ["unknown", "0"],
            ["true", "0"],
            ["0.55", "0"],
            ["failed", "0"],
            ["true", "0"],
            ["passed", "0"],
        ]
        assert run(
            frame,
            "2004",
            [
                ["SetValue", "cmi.score.scaled", "9"],
                ["GetDiagnostic", ""],
                ["GetErrorString", "406"],
                ["GetErrorString", "999"],
                ["GetDiagnostic", "404"],
            ],
        )[1:] == [
            ["The value for cmi.score.scaled is out of range.", "407"],
            ["Data Model Element Type Mismatch", "407"],
            ["", "407"],
            ["Data Model Element Is Read Only", "407"],
        ]
        assert run(
            frame,
            "2004",
            [
                ["Commit", "x"],
                ["Commit", ""],
                ["Terminate", "x"],
                ["Terminate", ""],
                ["GetValue", "cmi.location"],
                ["SetValue", "cmi.location", "p2"],
                ["Commit", ""],
                ["Terminate", ""],
                ["Initialize", ""],
            ],
        ) == [
            ["false", "201"],
            ["true", "0"],
            ["false", "201"],
            ["true", "0"],
            ["", "123"],
            ["false", "133"],
            ["false", "143"],
            ["false", "113"],
            ["false", "104"],
        ]


def test_scorm_12_states_keywords_and_error_codes(page):
    with open_sco(page, config_for("1.2", sco={"mastery_score": 80})) as (_fake, frame):
        assert frame.evaluate("typeof window.API_1484_11") == "undefined"
        assert run(
            frame,
            "1.2",
            [
                ["LMSGetValue", "cmi.core.lesson_status"],
                ["LMSSetValue", "cmi.core.lesson_location", "p1"],
                ["LMSCommit", ""],
                ["LMSFinish", ""],
                ["LMSInitialize", "x"],
                ["LMSInitialize"],  # no argument at all, as many SCOs call it
                ["LMSInitialize", ""],
            ],
        ) == [
            ["", "301"],
            ["false", "301"],
            ["false", "301"],
            ["false", "301"],
            ["false", "201"],
            ["true", "0"],
            ["false", "101"],
        ]
        assert run(
            frame,
            "1.2",
            [
                ["LMSGetValue", ""],
                ["LMSGetValue", "cmi._version"],
                ["LMSGetValue", "cmi.core._children"],
                ["LMSGetValue", "cmi.core.score._children"],
                ["LMSGetValue", "cmi.student_data._children"],
                ["LMSGetValue", "cmi.objectives._count"],
                ["LMSGetValue", "cmi.core._count"],
                ["LMSGetValue", "cmi.core.student_id._children"],
                ["LMSGetValue", "cmi.core._version"],
                ["LMSGetValue", "cmi.bogus"],
                ["LMSGetValue", "cmi.core.exit"],
                ["LMSGetValue", "cmi.core.session_time"],
                ["LMSGetValue", "cmi.core.lesson_location"],
                ["LMSGetValue", "cmi.core.lesson_status"],
                ["LMSGetValue", "cmi.core.student_id"],
                ["LMSGetValue", "cmi.core.student_name"],
                ["LMSGetValue", "cmi.core.entry"],
                ["LMSGetValue", "cmi.core.credit"],
                ["LMSGetValue", "cmi.core.lesson_mode"],
                ["LMSGetValue", "cmi.core.total_time"],
                ["LMSGetValue", "cmi.student_data.mastery_score"],
                ["LMSGetValue", "cmi.launch_data"],
                ["LMSGetValue", "cmi.objectives.0.id"],
                ["LMSSetValue", "cmi.interactions.0.id", "q1"],
                ["LMSGetValue", "cmi.interactions.0.id"],
                ["LMSGetValue", "cmi.interactions._count"],
                ["LMSGetValue", "cmi.interactions.0.objectives._count"],
                ["LMSSetValue", "cmi.core.score.raw", 85],
                ["LMSGetValue", "cmi.core.score.raw"],
            ],
        ) == [
            ["", "201"],
            ["3.4", "0"],
            [
                "student_id,student_name,lesson_location,credit,lesson_status,entry,score,total_time,"
                "lesson_mode,exit,session_time",
                "0",
            ],
            ["raw,min,max", "0"],
            ["mastery_score,max_time_allowed,time_limit_action", "0"],
            ["0", "0"],
            ["", "203"],
            ["", "202"],
            ["", "201"],
            ["", "201"],
            ["", "404"],
            ["", "404"],
            ["", "0"],
            ["not attempted", "0"],
            ["learner-1", "0"],
            ["Doe, Ann", "0"],
            ["ab-initio", "0"],
            ["credit", "0"],
            ["normal", "0"],
            ["0000:00:00.00", "0"],
            ["80", "0"],
            ["", "0"],
            ["", "201"],
            ["true", "0"],
            ["", "404"],
            ["1", "0"],
            ["0", "0"],
            ["true", "0"],
            ["85", "0"],
        ]
        assert run(
            frame,
            "1.2",
            [
                ["LMSSetValue", "cmi.core.lesson_status", "done"],
                ["LMSGetErrorString", "405"],
                ["LMSGetErrorString", "202"],
                ["LMSGetDiagnostic", ""],
                ["LMSFinish", "x"],
                ["LMSFinish", ""],
                ["LMSGetValue", "cmi.core.lesson_status"],
                ["LMSSetValue", "cmi.core.lesson_status", "passed"],
                ["LMSCommit", ""],
                ["LMSFinish", ""],
                ["LMSInitialize", ""],
            ],
        ) == [
            ["false", "405"],
            ["Incorrect data type", "405"],
            ["Element cannot have children", "405"],
            ["The value for cmi.core.lesson_status is not of the type the element takes.", "405"],
            ["false", "201"],
            ["true", "0"],
            ["", "301"],
            ["false", "301"],
            ["false", "301"],
            ["false", "301"],
            ["false", "101"],
        ]


@pytest.mark.parametrize(("version", "code"), [("1.2", "101"), ("2004", "102")])
def test_without_the_learners_data_the_sco_cannot_start(page, version, code):
    config = {**config_for(version), "cmi": None}
    with open_sco(page, config) as (_fake, frame):
        start = "LMSInitialize" if version == "1.2" else "Initialize"
        assert run(frame, version, [[start, ""]]) == [["false", code]]


def test_the_runtime_never_throws_into_the_sco(page):
    with open_sco(page, config_for("2004")) as (_fake, frame):
        result = frame.evaluate(
            """() => {
          const api = window.API_1484_11;
          api.Initialize("");
          const hostile = { toString() { throw new Error("no text for you"); } };
          const answers = [];
          for (const call of [
            () => api.SetValue("cmi.location", hostile),
            () => api.GetValue(hostile),
            () => api.SetValue(),
            () => api.GetValue(null),
            () => api.GetErrorString(undefined),
            () => api.GetDiagnostic({}),
          ]) {
            try {
              answers.push([call(), api.GetLastError()]);
            } catch (error) {
              answers.push(["threw", String(error)]);
            }
          }
          return answers;
        }"""
        )
        assert result == [
            ["false", "101"],
            ["", "101"],
            ["false", "351"],
            ["", "301"],
            ["", "301"],
            ["", "301"],
        ]
        assert frame.evaluate("Object.isFrozen(window.API_1484_11)")


# ---------------------------------------------------------------------- talking to the server


def wait_for_commits(page, fake, count):
    for _ in range(100):
        if len(fake.commits) >= count:
            return fake.commits
        page.wait_for_timeout(50)
    raise AssertionError(f"{len(fake.commits)} commits arrived, not {count}")


def wait_for_messages(page, count):
    page.wait_for_function("count => window.received.length >= count", arg=count)
    return page.evaluate("window.received")


def test_commit_and_terminate_post_the_sessions_values_and_tell_the_page(page):
    answer = {
        "ok": True,
        "completion": "completed",
        "success": "passed",
        "score": 0.9,
        "lessonDone": True,
    }
    with open_sco(page, config_for("2004"), answer=answer) as (fake, frame):
        page.context.add_cookies(
            [{"name": "sessionid", "value": "the-session", "url": fake.origin}]
        )
        run(
            frame,
            "2004",
            [
                ["Initialize", ""],
                ["SetValue", "cmi.location", "page-2"],
                ["SetValue", "cmi.suspend_data", "state-1"],
                ["SetValue", "cmi.location", "page-3"],
                ["Commit", ""],
            ],
        )
        messages = wait_for_messages(page, 1)
        assert fake.commits[0]["body"] == {
            "cmi": {"cmi.location": "page-3", "cmi.suspend_data": "state-1"},
            "finish": False,
        }
        assert list(fake.commits[0]["body"]["cmi"]) == ["cmi.location", "cmi.suspend_data"]
        headers = fake.commits[0]["headers"]
        assert "cookie" not in headers
        assert headers["origin"] == "null"  # the sandboxed frame has no origin of its own
        assert messages[0] == {
            "type": "hea-package",
            "ok": True,
            "sco": "item-1",
            "completion": "completed",
            "success": "passed",
            "score": 0.9,
            "lessonDone": True,
            "finished": False,
            "navRequest": None,
        }
        assert run(
            frame,
            "2004",
            [
                ["SetValue", "cmi.score.scaled", "0.9"],
                ["SetValue", "cmi.session_time", "PT1M"],
                ["SetValue", "adl.nav.request", "continue"],
                ["GetValue", "cmi.location"],
                ["Terminate", ""],
            ],
        ) == [["true", "0"], ["true", "0"], ["true", "0"], ["page-3", "0"], ["true", "0"]]
        messages = wait_for_messages(page, 2)
        assert fake.commits[1]["body"] == {
            "cmi": {
                "cmi.location": "page-3",
                "cmi.suspend_data": "state-1",
                "cmi.score.scaled": "0.9",
                "cmi.session_time": "PT1M",
                "adl.nav.request": "continue",
            },
            "finish": True,
        }
        assert messages[1]["finished"] is True
        assert messages[1]["navRequest"] == "continue"


def test_commits_made_while_one_is_on_its_way_are_sent_after_it(page):
    with open_sco(page, config_for("1.2")) as (fake, frame):
        run(
            frame,
            "1.2",
            [
                ["LMSInitialize", ""],
                ["LMSSetValue", "cmi.core.lesson_location", "1"],
                ["LMSCommit", ""],
                ["LMSSetValue", "cmi.core.lesson_location", "2"],
                ["LMSCommit", ""],
                ["LMSSetValue", "cmi.core.lesson_location", "3"],
                ["LMSCommit", ""],
            ],
        )
        wait_for_messages(page, 2)
        sent = [commit["body"]["cmi"]["cmi.core.lesson_location"] for commit in fake.commits]
        assert sent == ["1", "3"]  # the two made meanwhile went as one, with the latest values


@pytest.mark.parametrize("how", ["the frame goes elsewhere", "the lesson page goes"])
def test_a_page_that_goes_away_without_finish_ends_the_session(page, how):
    with open_sco(page, config_for("1.2")) as (site, frame):
        run(
            frame,
            "1.2",
            [
                ["LMSInitialize", ""],
                ["LMSSetValue", "cmi.core.lesson_location", "page-4"],
                ["LMSSetValue", "cmi.core.exit", "suspend"],
            ],
        )
        if how == "the frame goes elsewhere":
            page.evaluate("document.querySelector('iframe').src = '/scorm-test/elsewhere.html'")
        else:
            page.goto(f"{site.origin}/scorm-test/elsewhere.html")
        wait_for_commits(page, site, 1)
    assert [commit["body"] for commit in site.commits] == [
        {
            "cmi": {"cmi.core.lesson_location": "page-4", "cmi.core.exit": "suspend"},
            "finish": True,
        }
    ]


def test_a_sco_that_finished_sends_nothing_more_when_its_page_goes_away(page):
    with open_sco(page, config_for("1.2")) as (fake, frame):
        run(frame, "1.2", [["LMSInitialize", ""], ["LMSFinish", ""]])
        wait_for_messages(page, 1)
        page.evaluate("document.querySelector('iframe').src = '/scorm-test/elsewhere.html'")
        page.wait_for_timeout(500)
        assert len(fake.commits) == 1 and fake.commits[0]["body"] == {"cmi": {}, "finish": True}


def test_a_session_sends_no_more_than_the_server_takes(page):
    with open_sco(page, config_for("2004")) as (_site, frame):
        assert run(
            frame,
            "2004",
            [
                ["Initialize", ""],
                ["SetValue", "cmi.suspend_data", "\U0001f642" * 64000],  # 256,000 bytes
                ["SetValue", "cmi.location", "x" * 1000],
                ["SetValue", "cmi.comments_from_learner.0.comment", "\U0001f642" * 1300],
                ["SetValue", "cmi.suspend_data", "short"],
                ["SetValue", "cmi.comments_from_learner.0.comment", "\U0001f642" * 1300],
            ],
        ) == [
            ["true", "0"],
            ["true", "0"],
            ["true", "0"],
            ["false", "351"],
            ["true", "0"],
            ["true", "0"],
        ]


@pytest.mark.browser_problems_expected
def test_a_refused_commit_tells_the_page_it_failed(page):
    refusal = {"ok": False, "element": "cmi.location", "error": 406, "message": "No."}
    with open_sco(page, config_for("2004"), status=400, answer=refusal) as (fake, frame):
        assert run(
            frame, "2004", [["Initialize", ""], ["SetValue", "cmi.location", "x"], ["Commit", ""]]
        )[-1] == ["true", "0"]
        messages = wait_for_messages(page, 1)
        assert len(fake.commits) == 1
        assert messages == [
            {"type": "hea-package", "sco": "item-1", "ok": False, "finished": False}
        ]
        # The SCO goes on with its local copy.
        assert run(frame, "2004", [["GetValue", "cmi.location"]]) == [["x", "0"]]
        assert page.problems.all()  # the 400, and nothing else
        assert all("400" in problem for problem in page.problems.all())
