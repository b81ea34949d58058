"""SetValue cases with the error code SCORM gives for each, for both versions.

Each case is a list of writes on a fresh data model, each write with the code
expected of it (0: accepted). The server's data model (tests/packages/
test_scorm_cmi.py) and the runtime in the browser (tests/browser/
test_scorm_runtime.py) are both held to this one table.
"""

V12 = "1.2"
V2004 = "2004"


def single(version, element, value, code):
    return (version, [(element, value, code)])


def _vocabulary(version, element, good, bad, code, before=()):
    cases = []
    for value in good:
        cases.append((version, [*before, (element, value, 0)]))
    for value in bad:
        cases.append((version, [*before, (element, value, code)]))
    return cases


I12 = [("cmi.interactions.0.id", "q1", 0)]
I2004 = [("cmi.interactions.0.id", "q1", 0)]
O2004 = [("cmi.objectives.0.id", "obj-1", 0)]


def interaction_2004(kind, response=None, pattern=None, code=0):
    writes = [*I2004, ("cmi.interactions.0.type", kind, 0)]
    if response is not None:
        writes.append(("cmi.interactions.0.learner_response", response, code))
    if pattern is not None:
        writes.append(("cmi.interactions.0.correct_responses.0.pattern", pattern, code))
    return (V2004, writes)


CASES_12 = [
    *_vocabulary(
        V12,
        "cmi.core.lesson_status",
        ["passed", "completed", "failed", "incomplete", "browsed"],
        ["not attempted", "done", "", "Passed"],
        405,
    ),
    *_vocabulary(V12, "cmi.core.exit", ["time-out", "suspend", "logout", ""], ["normal"], 405),
    *_vocabulary(
        V12,
        "cmi.objectives.0.status",
        ["passed", "completed", "failed", "incomplete", "browsed", "not attempted"],
        ["unknown"],
        405,
    ),
    *_vocabulary(
        V12,
        "cmi.interactions.0.type",
        [
            "true-false",
            "choice",
            "fill-in",
            "matching",
            "performance",
            "sequencing",
            "likert",
            "numeric",
        ],
        ["long-fill-in", "other"],
        405,
    ),
    *_vocabulary(
        V12,
        "cmi.interactions.0.result",
        ["correct", "wrong", "unanticipated", "neutral", "0.5", "12"],
        ["incorrect", "1e3"],
        405,
    ),
    *_vocabulary(
        V12, "cmi.student_preference.audio", ["-1", "0", "100"], ["-2", "101", "loud"], 405
    ),
    *_vocabulary(V12, "cmi.student_preference.speed", ["-100", "100"], ["-101", "101", "1.5"], 405),
    *_vocabulary(V12, "cmi.student_preference.text", ["-1", "0", "1"], ["2", "-2"], 405),
    # Lengths
    *_vocabulary(V12, "cmi.core.lesson_location", ["x" * 255, "", "é" * 255], ["x" * 256], 405),
    *_vocabulary(V12, "cmi.suspend_data", ["x" * 4096, "🙂" * 4096], ["x" * 4097], 405),
    *_vocabulary(V12, "cmi.comments", ["x" * 4096], ["x" * 4097], 405),
    *_vocabulary(V12, "cmi.student_preference.language", ["x" * 255], ["x" * 256], 405),
    *_vocabulary(
        V12, "cmi.objectives.0.id", ["x" * 255, "obj-1"], ["x" * 256, "has space", ""], 405
    ),
    *_vocabulary(V12, "cmi.interactions.0.id", ["q-1"], ["x" * 256, "tab\there"], 405),
    *_vocabulary(
        V12, "cmi.interactions.0.correct_responses.0.pattern", ["x" * 255], ["x" * 256], 405
    ),
    *_vocabulary(V12, "cmi.interactions.0.student_response", ["a,b"], ["x" * 256], 405),
    # Scores and other numbers
    *_vocabulary(
        V12,
        "cmi.core.score.raw",
        ["0", "85", "85.5", "100", "", ".5", "7."],
        ["101", "-1", "eighty", "1e2", "+5", " 5"],
        405,
    ),
    *_vocabulary(V12, "cmi.core.score.min", ["0", ""], ["-0.1"], 405),
    *_vocabulary(V12, "cmi.core.score.max", ["100", ""], ["100.01"], 405),
    *_vocabulary(V12, "cmi.objectives.0.score.raw", ["50"], ["500"], 405),
    *_vocabulary(V12, "cmi.interactions.0.weighting", ["1.5", "-2"], ["heavy", ""], 405),
    # Times
    *_vocabulary(
        V12,
        "cmi.core.session_time",
        ["00:00:05", "0000:01:30.5", "9999:59:59.99", "12:00:00.25"],
        ["00:60:00", "1:00:00", "PT5S", "00:00:00.123", "99999:00:00"],
        405,
    ),
    *_vocabulary(
        V12, "cmi.interactions.0.time", ["23:59:59", "00:00:00.5"], ["24:00:00", "9:00:00"], 405
    ),
    *_vocabulary(V12, "cmi.interactions.0.latency", ["00:00:12"], ["12 seconds"], 405),
    # Read only, keywords, undefined
    *[
        single(V12, element, "x", 403)
        for element in (
            "cmi.core.student_id",
            "cmi.core.student_name",
            "cmi.core.credit",
            "cmi.core.entry",
            "cmi.core.total_time",
            "cmi.core.lesson_mode",
            "cmi.launch_data",
            "cmi.comments_from_lms",
            "cmi.student_data.mastery_score",
            "cmi.student_data.max_time_allowed",
            "cmi.student_data.time_limit_action",
        )
    ],
    *[
        single(V12, element, "x", 402)
        for element in (
            "cmi._version",
            "cmi.core._children",
            "cmi.core.score._children",
            "cmi.objectives._children",
            "cmi.objectives._count",
            "cmi.interactions._children",
            "cmi.interactions._count",
            "cmi.student_data._children",
            "cmi.student_preference._children",
            "cmi.core.lesson_location._children",
        )
    ],
    *[
        single(V12, element, "x", 201)
        for element in (
            "",
            "cmi.core.bogus",
            "cmi.location",
            "cmi.completion_status",
            "adl.nav.request",
            "cmi.objectives.x.id",
            "cmi.interactions.01.id",
            "cmi.interactions.-1.id",
            "cmi.core",
            "cmi",
        )
    ],
    (V12, [*I12, ("cmi.interactions.0.bogus", "x", 201)]),
    # Arrays: one entry after the other
    single(V12, "cmi.interactions.1.id", "q2", 201),
    (V12, [*I12, ("cmi.interactions.1.id", "q2", 0), ("cmi.interactions.3.id", "q4", 201)]),
    (V12, [*I12, ("cmi.interactions.0.objectives.1.id", "o", 201)]),
    (
        V12,
        [
            *I12,
            ("cmi.interactions.0.objectives.0.id", "o1", 0),
            ("cmi.interactions.0.objectives.1.id", "o2", 0),
            ("cmi.interactions.0.correct_responses.0.pattern", "a", 0),
        ],
    ),
    # SCORM 1.2 has no dependencies: any field may start an entry.
    single(V12, "cmi.interactions.0.result", "correct", 0),
    single(V12, "cmi.objectives.0.score.raw", "50", 0),
    (
        V12,
        [(f"cmi.objectives.{n}.id", f"o{n}", 0) for n in range(100)]
        + [("cmi.objectives.100.id", "o100", 201)],
    ),
]

CASES_2004 = [
    *_vocabulary(
        V2004,
        "cmi.completion_status",
        ["completed", "incomplete", "not attempted", "unknown"],
        ["passed", "", "Completed"],
        406,
    ),
    *_vocabulary(V2004, "cmi.success_status", ["passed", "failed", "unknown"], ["completed"], 406),
    *_vocabulary(V2004, "cmi.exit", ["time-out", "suspend", "logout", "normal", ""], ["quit"], 406),
    *_vocabulary(
        V2004,
        "cmi.interactions.0.type",
        [
            "true-false",
            "choice",
            "fill-in",
            "long-fill-in",
            "matching",
            "performance",
            "sequencing",
            "likert",
            "numeric",
            "other",
        ],
        ["essay"],
        406,
        before=I2004,
    ),
    *_vocabulary(
        V2004,
        "cmi.interactions.0.result",
        ["correct", "incorrect", "unanticipated", "neutral", "0.5", "-3"],
        ["wrong"],
        406,
        before=I2004,
    ),
    *_vocabulary(
        V2004, "cmi.learner_preference.audio_captioning", ["-1", "0", "1"], ["2", "on"], 406
    ),
    *_vocabulary(
        V2004,
        "adl.nav.request",
        [
            "continue",
            "previous",
            "exit",
            "exitAll",
            "abandon",
            "abandonAll",
            "suspendAll",
            "_none_",
            "{target=item-2}choice",
            "{target=x}jump",
        ],
        ["next", "{target=}choice", "{target=a b}choice", "choice"],
        406,
    ),
    *_vocabulary(
        V2004,
        "cmi.objectives.0.success_status",
        ["passed", "failed", "unknown"],
        ["incomplete"],
        406,
        before=O2004,
    ),
    *_vocabulary(
        V2004,
        "cmi.objectives.0.completion_status",
        ["completed", "incomplete", "not attempted", "unknown"],
        ["failed"],
        406,
        before=O2004,
    ),
    # Lengths
    *_vocabulary(V2004, "cmi.location", ["x" * 1000], ["x" * 1001], 406),
    *_vocabulary(V2004, "cmi.suspend_data", ["x" * 64000, "🙂" * 64000], ["x" * 64001], 406),
    *_vocabulary(
        V2004,
        "cmi.comments_from_learner.0.comment",
        ["x" * 4000, "{lang=en}" + "x" * 4000, "{lang=fr-CA}bonjour"],
        ["x" * 4001, "{lang=}x", "{lang=not a language}x"],
        406,
    ),
    *_vocabulary(V2004, "cmi.comments_from_learner.0.location", ["x" * 250], ["x" * 251], 406),
    *_vocabulary(
        V2004,
        "cmi.comments_from_learner.0.timestamp",
        ["2024-05-01T10:20:30"],
        ["yesterday"],
        406,
    ),
    *_vocabulary(
        V2004,
        "cmi.interactions.0.description",
        ["x" * 250, "{lang=es}" + "x" * 250],
        ["x" * 251],
        406,
        before=I2004,
    ),
    *_vocabulary(
        V2004,
        "cmi.learner_preference.language",
        ["", "en", "en-GB", "fra", "zh-Hant-TW", "i-klingon"],
        ["english language", "e", "en_GB", "x" * 251],
        406,
    ),
    *_vocabulary(
        V2004,
        "cmi.objectives.0.id",
        ["urn:example:objective-1", "x" * 4000],
        ["has space", "", "x" * 4001],
        406,
    ),
    # Numbers
    *_vocabulary(
        V2004, "cmi.score.scaled", ["-1", "1", "0.5", "-0.5", "1e-1", "+0.25", ".5"], ["x"], 406
    ),
    *_vocabulary(V2004, "cmi.score.scaled", [], ["1.01", "-1.5", "2e0"], 407),
    *_vocabulary(V2004, "cmi.score.raw", ["1000", "-5", "3.25"], ["ten", "", "1e999"], 406),
    *_vocabulary(V2004, "cmi.score.min", ["0"], ["zero"], 406),
    *_vocabulary(V2004, "cmi.score.max", ["250"], ["a lot"], 406),
    *_vocabulary(V2004, "cmi.progress_measure", ["0", "1", "0.75"], ["1.1", "-0.1"], 407),
    *_vocabulary(V2004, "cmi.learner_preference.audio_level", ["0", "2.5"], ["-1"], 407),
    *_vocabulary(V2004, "cmi.learner_preference.delivery_speed", ["0.5", "3"], ["-0.5"], 407),
    *_vocabulary(V2004, "cmi.objectives.0.score.scaled", ["0.3"], ["3"], 407, before=O2004),
    *_vocabulary(V2004, "cmi.objectives.0.progress_measure", ["1"], ["1.5"], 407, before=O2004),
    *_vocabulary(V2004, "cmi.interactions.0.weighting", ["2"], ["heavy"], 406, before=I2004),
    # Times
    *_vocabulary(
        V2004,
        "cmi.session_time",
        ["PT1H30M", "P1DT2H", "PT0.5S", "PT1.25S", "P1Y", "P2M", "PT0S"],
        ["P", "PT", "P1DT", "PT1.255S", "00:00:05", "pt5s", "PT-5S", "P1H"],
        406,
    ),
    *_vocabulary(
        V2004,
        "cmi.interactions.0.timestamp",
        [
            "2024-05-01T10:20:30",
            "2024",
            "2024-05",
            "2024-05-01",
            "2024-05-01T10",
            "2024-05-01T10:20",
            "2024-05-01T10:20:30.5Z",
            "2024-05-01T10:20:30+02:00",
            "2024-05-01T10:20:30-0530",
            "1970-01-01",
            "2038-12-31",
        ],
        [
            "2024-13-01",
            "1969-12-31",
            "2039-01-01",
            "2024-05-01T25:00",
            "2024-05-01 10:20:30",
            "2024-5-1",
            "2024-05-32",
        ],
        406,
        before=I2004,
    ),
    *_vocabulary(V2004, "cmi.interactions.0.latency", ["PT12S"], ["12"], 406, before=I2004),
    # Read only, keywords, undefined
    *[
        single(V2004, element, "x", 404)
        for element in (
            "cmi.learner_id",
            "cmi.learner_name",
            "cmi.credit",
            "cmi.entry",
            "cmi.mode",
            "cmi.total_time",
            "cmi.launch_data",
            "cmi.scaled_passing_score",
            "cmi.completion_threshold",
            "cmi.max_time_allowed",
            "cmi.time_limit_action",
            "cmi.comments_from_lms.0.comment",
            "adl.nav.request_valid.continue",
            "adl.nav.request_valid.previous",
            "adl.nav.request_valid.choice.{target=item-2}",
            "cmi._version",
            "cmi.interactions._count",
            "cmi.interactions._children",
            "cmi.objectives._children",
            "cmi.score._children",
            "cmi.comments_from_learner._count",
        )
    ],
    *[
        single(V2004, element, "x", 401)
        for element in (
            "cmi.core.lesson_status",
            "cmi.bogus",
            "adl.data.x",
            "cmi.location._children",
            "cmi.objectives.x.id",
            "cmi",
        )
    ],
    single(V2004, "", "x", 351),
    (V2004, [*I2004, ("cmi.interactions.0.bogus", "x", 401)]),
    # Dependencies
    single(V2004, "cmi.interactions.0.type", "choice", 408),
    single(V2004, "cmi.objectives.0.score.raw", "3", 408),
    single(V2004, "cmi.interactions.0.objectives.0.id", "o1", 408),
    (V2004, [*I2004, ("cmi.interactions.0.learner_response", "true", 408)]),
    (V2004, [*I2004, ("cmi.interactions.0.correct_responses.0.pattern", "true", 408)]),
    # Comments need no identifier.
    single(V2004, "cmi.comments_from_learner.0.location", "page 3", 0),
    # Arrays: one entry after the other, and unique identifiers
    single(V2004, "cmi.interactions.1.id", "q2", 351),
    (V2004, [*I2004, ("cmi.interactions.0.objectives.1.id", "o", 351)]),
    (V2004, [*O2004, ("cmi.objectives.1.id", "obj-1", 351), ("cmi.objectives.1.id", "obj-2", 0)]),
    (V2004, [*O2004, ("cmi.objectives.0.id", "obj-9", 351), ("cmi.objectives.0.id", "obj-1", 0)]),
    (
        V2004,
        [
            *I2004,
            ("cmi.interactions.0.objectives.0.id", "o1", 0),
            ("cmi.interactions.0.objectives.1.id", "o1", 351),
            ("cmi.interactions.0.objectives.1.id", "o2", 0),
        ],
    ),
    (
        V2004,
        [(f"cmi.interactions.{n}.id", f"q{n}", 0) for n in range(250)]
        + [("cmi.interactions.250.id", "q250", 351)],
    ),
    # Responses and patterns by interaction type
    interaction_2004("true-false", response="true"),
    interaction_2004("true-false", pattern="false"),
    interaction_2004("true-false", response="yes", code=406),
    (
        V2004,
        [
            *interaction_2004("true-false", pattern="true")[1],
            ("cmi.interactions.0.correct_responses.1.pattern", "false", 351),
        ],
    ),
    interaction_2004("choice", response="a[,]b"),
    interaction_2004("choice", response=""),
    interaction_2004("choice", response="a[,]a", code=406),
    interaction_2004("choice", response="a b", code=406),
    interaction_2004("choice", pattern="a[,]c"),
    interaction_2004("fill-in", response="{lang=en}hello[,]world"),
    interaction_2004("fill-in", pattern="{case_matters=true}{order_matters=false}hello"),
    interaction_2004("fill-in", response="x" * 251, code=406),
    interaction_2004("long-fill-in", response="x" * 4000),
    interaction_2004("long-fill-in", pattern="{case_matters=false}an essay"),
    interaction_2004("long-fill-in", pattern="{order_matters=true}an essay", code=406),
    interaction_2004("matching", response="a[.]b[,]c[.]d"),
    interaction_2004("matching", response="a[,]b", code=406),
    interaction_2004("performance", response="step1[.]answer[,][.]free"),
    interaction_2004("performance", pattern="{order_matters=false}step1[.]answer"),
    interaction_2004("performance", response="no answer", code=406),
    interaction_2004("sequencing", response="a[,]b[,]c"),
    interaction_2004("sequencing", response="", code=406),
    interaction_2004("likert", response="agree"),
    interaction_2004("likert", response="strongly agree", code=406),
    interaction_2004("numeric", response="3.5"),
    interaction_2004("numeric", response="three", code=406),
    interaction_2004("numeric", pattern="1[:]5"),
    interaction_2004("numeric", pattern="[:]5"),
    interaction_2004("numeric", pattern="1[:]"),
    interaction_2004("numeric", pattern="3"),
    interaction_2004("numeric", pattern="5[:]1", code=406),
    interaction_2004("other", response="anything at all"),
    interaction_2004("other", response="x" * 4001, code=406),
]

CASES = CASES_12 + CASES_2004


def case_id(case) -> str:
    version, writes = case
    element, value, code = writes[-1]
    shown = value if len(value) <= 20 else f"{value[:8]}…({len(value)})"
    return f"{version}:{element}={shown!r}->{code}"
