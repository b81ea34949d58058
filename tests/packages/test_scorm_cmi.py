"""The SCORM data model on the server: every vocabulary, limit and error code
of what a SCO writes; what it reads when it starts; what its data means for
the lesson, checked against a second, plainly written computation."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from packages.scorm import cmi
from packages.scorm.cmi import CmiRefused, Outcome, cmi_initial, cmi_merge, cmi_outcome
from packages.scorm.manifest import Sco
from tests.packages.scorm_cases import CASES, case_id


def merge(version, stored, values, *, finish=False):
    """What cmi_merge stores, without the seconds it adds to the total."""
    return cmi_merge(version, stored, values, finish=finish)[0]


def codes_of(version, writes, stored=None):
    """Each write as its own commit, as a SCO that commits after every SetValue."""
    stored = dict(stored or {})
    codes = []
    for element, value, _expected in writes:
        try:
            stored = merge(version, stored, {element: value})
        except CmiRefused as refusal:
            codes.append(refusal.code)
        else:
            codes.append(0)
    return codes, stored


# ---------------------------------------------------------------------- writes


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_every_write_gets_the_code_scorm_gives(case):
    version, writes = case
    codes, stored = codes_of(version, writes)
    assert codes == [code for _element, _value, code in writes]
    # The accepted writes, sent together in one commit, keep the same.
    accepted = {element: value for element, value, code in writes if code == 0}
    assert merge(version, {}, accepted) == stored


def test_a_refusal_names_the_element_and_keeps_nothing_of_the_commit():
    stored = {"cmi.location": "page-1"}
    with pytest.raises(CmiRefused) as caught:
        merge("2004", stored, {"cmi.location": "page-2", "cmi.score.scaled": "7"})
    assert caught.value.element == "cmi.score.scaled"
    assert caught.value.code == 407
    assert "cmi.score.scaled" in caught.value.message
    assert stored == {"cmi.location": "page-1"}


@pytest.mark.parametrize(("version", "code"), [("1.2", 405), ("2004", 406)])
@pytest.mark.parametrize("value", [85, 0.5, None, ["a"], {"a": 1}, True])
def test_values_must_be_text(version, code, value):
    element = "cmi.core.lesson_location" if version == "1.2" else "cmi.location"
    with pytest.raises(CmiRefused) as caught:
        merge(version, {}, {element: value})
    assert caught.value.code == code


@pytest.mark.parametrize(("version", "code"), [("1.2", 201), ("2004", 351)])
@pytest.mark.parametrize("values", [["cmi.location"], "cmi.location", None, 5])
def test_values_must_be_an_object(version, code, values):
    with pytest.raises(CmiRefused) as caught:
        merge(version, {}, values)
    assert caught.value.code == code


@pytest.mark.parametrize(("version", "code"), [("1.2", 201), ("2004", 351)])
def test_an_element_must_be_named_by_text(version, code):
    with pytest.raises(CmiRefused) as caught:
        merge(version, {}, {5: "x"})
    assert caught.value.code == code


@pytest.mark.parametrize(("version", "code"), [("1.2", 101), ("2004", 351)])
def test_the_learners_data_has_a_size_limit(version, code, monkeypatch):
    monkeypatch.setattr(cmi, "MAX_STORED_CHARS", 5000)
    element = "cmi.core.lesson_location" if version == "1.2" else "cmi.location"
    stored = merge(version, {}, {"cmi.suspend_data": "x" * 4000})
    with pytest.raises(CmiRefused) as caught:
        merge(
            version,
            stored,
            {
                "cmi.comments" if version == "1.2" else "cmi.comments_from_learner.0.comment": "y"
                * 1000
            },
        )
    assert caught.value.code == code
    # Replacing a value counts the difference only.
    assert merge(version, stored, {"cmi.suspend_data": "z" * 4090, element: "p"})


def test_a_commit_has_a_limit_of_elements(monkeypatch):
    monkeypatch.setattr(cmi, "MAX_ELEMENTS_PER_COMMIT", 3)
    values = {f"cmi.comments_from_learner.{n}.location": "x" for n in range(4)}
    with pytest.raises(CmiRefused):
        merge("2004", {}, values)


def test_arrays_continue_from_what_earlier_sessions_stored():
    stored = merge("2004", {}, {"cmi.interactions.0.id": "q1", "cmi.interactions.1.id": "q2"})
    merged = merge("2004", stored, {"cmi.interactions.2.id": "q3"})
    assert merged["cmi.interactions.2.id"] == "q3"
    with pytest.raises(CmiRefused) as caught:
        merge("2004", stored, {"cmi.interactions.4.id": "q5"})
    assert caught.value.code == 351
    # An objective's identifier stays what an earlier session made it.
    stored = merge("2004", {}, {"cmi.objectives.0.id": "obj-1"})
    with pytest.raises(CmiRefused):
        merge("2004", stored, {"cmi.objectives.0.id": "obj-2"})
    # A type stored earlier lets a response be checked against it.
    stored = merge(
        "2004", {}, {"cmi.interactions.0.id": "q1", "cmi.interactions.0.type": "numeric"}
    )
    assert merge("2004", stored, {"cmi.interactions.0.learner_response": "4"})
    with pytest.raises(CmiRefused):
        merge("2004", stored, {"cmi.interactions.0.learner_response": "four"})


# ---------------------------------------------------------------------- sessions


@pytest.mark.parametrize(
    ("version", "session", "seconds"),
    [
        ("1.2", "00:10:00", 600),
        ("1.2", "01:05:30.5", 3930.5),
        ("2004", "PT1H5M30.5S", 3930.5),
        ("2004", "P1D", 86400),
    ],
)
def test_session_time_counts_when_the_session_ends(version, session, seconds):
    element = "cmi.core.session_time" if version == "1.2" else "cmi.session_time"
    stored, added = cmi_merge(version, {}, {element: session})
    assert added == 0  # a commit before the end adds nothing
    stored, added = cmi_merge(version, stored, {element: session}, finish=True)
    assert added == pytest.approx(seconds)
    assert stored == ({"cmi.core.lesson_status": "completed"} if version == "1.2" else {})
    assert cmi_merge(version, stored, {}, finish=True)[1] == 0  # not counted twice


@pytest.mark.parametrize(
    ("version", "seconds", "shown"),
    [
        ("1.2", 0, "0000:00:00.00"),
        ("1.2", 4530.5, "0001:15:30.50"),
        ("1.2", 10**9, "9999:59:59.99"),  # SCORM 1.2 has four digits for hours
        ("2004", 0, "PT0H0M0S"),
        ("2004", 4530.5, "PT1H15M30.5S"),
        ("2004", 10**9, "PT277777H46M40S"),
    ],
)
def test_the_total_time_given_at_launch(version, seconds, shown):
    values = cmi_initial(
        version,
        sco=None,
        stored={},
        learner_id="1",
        learner_name="A",
        sessions=1,
        total_seconds=seconds,
    )
    assert values["cmi.core.total_time" if version == "1.2" else "cmi.total_time"] == shown


def test_a_navigation_request_is_not_stored():
    assert cmi_merge("2004", {}, {"adl.nav.request": "continue"}, finish=True) == ({}, 0)


def test_the_exit_of_the_last_session_is_kept_and_forgotten_when_not_given():
    stored = merge("2004", {}, {"cmi.exit": "suspend"}, finish=True)
    assert stored["cmi.exit"] == "suspend"
    assert "cmi.exit" not in merge("2004", stored, {"cmi.location": "p2"}, finish=True)
    # A commit before the end keeps what is there.
    assert merge("2004", stored, {"cmi.location": "p2"})["cmi.exit"] == "suspend"


def test_scorm_12_completes_a_sco_that_ends_without_a_status():
    assert merge("1.2", {}, {}, finish=True)["cmi.core.lesson_status"] == "completed"
    suspended = merge("1.2", {}, {"cmi.core.exit": "suspend"}, finish=True)
    assert "cmi.core.lesson_status" not in suspended
    given = merge("1.2", {}, {"cmi.core.lesson_status": "incomplete"}, finish=True)
    assert given["cmi.core.lesson_status"] == "incomplete"
    assert "cmi.core.lesson_status" not in merge("1.2", {}, {}, finish=False)
    assert "cmi.completion_status" not in merge("2004", {}, {}, finish=True)


# ---------------------------------------------------------------------- at launch


def test_scorm_12_at_the_first_launch():
    sco = Sco(
        identifier="item-1",
        title="Part 1",
        href="index.html",
        mastery_score=80,
        launch_data="chapter=3",
        max_time_allowed="00:30:00",
        time_limit_action="exit,message",
    )
    values = cmi_initial(
        "1.2", sco=sco, stored={}, learner_id="42", learner_name="Doe, Ann", sessions=0
    )
    assert values == {
        "cmi.core.student_id": "42",
        "cmi.core.student_name": "Doe, Ann",
        "cmi.core.lesson_location": "",
        "cmi.core.credit": "credit",
        "cmi.core.lesson_status": "not attempted",
        "cmi.core.entry": "ab-initio",
        "cmi.core.score.raw": "",
        "cmi.core.score.min": "",
        "cmi.core.score.max": "",
        "cmi.core.total_time": "0000:00:00.00",
        "cmi.core.lesson_mode": "normal",
        "cmi.suspend_data": "",
        "cmi.launch_data": "chapter=3",
        "cmi.comments": "",
        "cmi.comments_from_lms": "",
        "cmi.student_data.mastery_score": "80",
        "cmi.student_data.max_time_allowed": "00:30:00",
        "cmi.student_data.time_limit_action": "exit,message",
        "cmi.student_preference.audio": "0",
        "cmi.student_preference.language": "",
        "cmi.student_preference.speed": "0",
        "cmi.student_preference.text": "0",
    }


def test_scorm_12_resumes_what_a_suspended_session_left():
    stored = merge(
        "1.2",
        {},
        {
            "cmi.core.lesson_location": "page-3",
            "cmi.suspend_data": "saved=1",
            "cmi.core.lesson_status": "incomplete",
            "cmi.core.exit": "suspend",
            "cmi.core.session_time": "00:05:00",
            "cmi.interactions.0.id": "q1",
            "cmi.objectives.0.id": "obj-1",
        },
        finish=True,
    )
    values = cmi_initial(
        "1.2",
        sco={"mastery_score": None},
        stored=stored,
        learner_id="42",
        learner_name="A",
        sessions=1,
    )
    assert values["cmi.core.entry"] == "resume"
    assert values["cmi.core.lesson_location"] == "page-3"
    assert values["cmi.suspend_data"] == "saved=1"
    assert values["cmi.core.lesson_status"] == "incomplete"
    assert values["cmi.core.total_time"] == "0000:00:00.00"  # given by the caller
    assert values["cmi.objectives.0.id"] == "obj-1"
    assert values["cmi.interactions.0.id"] == "q1"  # write only, but counted by _count
    assert "cmi.core.exit" not in values and "cmi.core.session_time" not in values
    values = cmi_initial(
        "1.2",
        sco=None,
        stored=merge("1.2", stored, {"cmi.core.exit": ""}, finish=True),
        learner_id="42",
        learner_name="A",
        sessions=2,
    )
    assert values["cmi.core.entry"] == ""


def test_scorm_12_shows_the_status_the_mastery_score_gives():
    stored = {"cmi.core.lesson_status": "completed", "cmi.core.score.raw": "70"}
    values = cmi_initial(
        "1.2",
        sco={"mastery_score": 80},
        stored=stored,
        learner_id="1",
        learner_name="A",
        sessions=1,
    )
    assert values["cmi.core.lesson_status"] == "failed"


def test_scorm_2004_at_the_first_launch():
    sco = {
        "mastery_score": 0.75,
        "completion_threshold": 0.5,
        "launch_data": "",
        "max_time_allowed": "PT1H",
        "time_limit_action": "",
    }
    values = cmi_initial(
        "2004", sco=sco, stored={}, learner_id="urn:x:42", learner_name="Ann Doe", sessions=0
    )
    assert values == {
        "cmi.learner_id": "urn:x:42",
        "cmi.learner_name": "Ann Doe",
        "cmi.credit": "credit",
        "cmi.mode": "normal",
        "cmi.entry": "ab-initio",
        "cmi.completion_status": "unknown",
        "cmi.success_status": "unknown",
        "cmi.total_time": "PT0H0M0S",
        "cmi.time_limit_action": "continue,no message",
        "cmi.scaled_passing_score": "0.75",
        "cmi.completion_threshold": "0.5",
        "cmi.max_time_allowed": "PT1H",
        "cmi.learner_preference.audio_level": "1",
        "cmi.learner_preference.language": "",
        "cmi.learner_preference.delivery_speed": "1",
        "cmi.learner_preference.audio_captioning": "0",
    }


def test_scorm_2004_resume_and_what_is_never_given_back():
    stored = merge(
        "2004",
        {},
        {
            "cmi.location": "slide-7",
            "cmi.suspend_data": "state",
            "cmi.completion_status": "incomplete",
            "cmi.exit": "suspend",
            "cmi.session_time": "PT2M",
            "adl.nav.request": "continue",
        },
        finish=True,
    )
    stored["cmi.learner_id"] = "forged"  # read only: never taken from what is stored
    values = cmi_initial(
        "2004", sco=None, stored=stored, learner_id="7", learner_name="A", sessions=3
    )
    assert values["cmi.entry"] == "resume"
    assert values["cmi.location"] == "slide-7"
    assert values["cmi.suspend_data"] == "state"
    assert values["cmi.completion_status"] == "incomplete"
    assert values["cmi.total_time"] == "PT0H0M0S"  # given by the caller
    assert values["cmi.learner_id"] == "7"
    assert "cmi.exit" not in values and "cmi.session_time" not in values
    assert "adl.nav.request" not in values and "cmi.launch_data" not in values


@pytest.mark.parametrize("version", ["1.2", "2004"])
def test_an_authors_preview_plays_for_no_credit_from_the_start(version):
    stored = {"cmi.core.exit" if version == "1.2" else "cmi.exit": "suspend"}
    values = cmi_initial(
        version,
        sco=None,
        stored=stored,
        learner_id="1",
        learner_name="A",
        sessions=3,
        preview=True,
    )
    prefix = "cmi.core." if version == "1.2" else "cmi."
    mode = "cmi.core.lesson_mode" if version == "1.2" else "cmi.mode"
    assert (values[prefix + "entry"], values[prefix + "credit"], values[mode]) == (
        "ab-initio",
        "no-credit",
        "browse",
    )


def test_long_learner_names_are_cut_to_what_the_element_holds():
    values = cmi_initial(
        "2004", sco=None, stored={}, learner_id="1", learner_name="n" * 300, sessions=0
    )
    assert len(values["cmi.learner_name"]) == 250
    values = cmi_initial(
        "1.2", sco=None, stored={}, learner_id="1", learner_name="n" * 300, sessions=0
    )
    assert len(values["cmi.core.student_name"]) == 255


def test_an_unknown_version_is_a_programming_error():
    with pytest.raises(ValueError):
        merge("1.3", {}, {})


# ---------------------------------------------------------------------- outcome


@pytest.mark.parametrize(
    ("cmi_values", "options", "expected"),
    [
        ({}, {}, Outcome(False, None, None)),
        ({"cmi.core.lesson_status": "incomplete"}, {}, Outcome(False, None, None)),
        ({"cmi.core.lesson_status": "browsed"}, {}, Outcome(False, None, None)),
        ({"cmi.core.lesson_status": "completed"}, {}, Outcome(True, None, None)),
        ({"cmi.core.lesson_status": "passed"}, {}, Outcome(True, True, None)),
        ({"cmi.core.lesson_status": "failed"}, {}, Outcome(True, False, None)),
        (
            {"cmi.core.lesson_status": "passed", "cmi.core.score.raw": "85"},
            {},
            Outcome(True, True, 0.85),
        ),
        (
            {
                "cmi.core.score.raw": "15",
                "cmi.core.score.max": "20",
                "cmi.core.lesson_status": "passed",
            },
            {},
            Outcome(True, True, 0.75),
        ),
        (
            {
                "cmi.core.score.raw": "15",
                "cmi.core.score.min": "10",
                "cmi.core.score.max": "20",
                "cmi.core.lesson_status": "passed",
            },
            {},
            Outcome(True, True, 0.5),
        ),
        (
            {"cmi.core.score.raw": "", "cmi.core.lesson_status": "completed"},
            {"mastery_score": 80},
            Outcome(True, None, None),
        ),
        (
            {"cmi.core.score.raw": "85", "cmi.core.lesson_status": "completed"},
            {"mastery_score": 80},
            Outcome(True, True, 0.85),
        ),
        (
            {"cmi.core.score.raw": "75", "cmi.core.lesson_status": "completed"},
            {"mastery_score": 80},
            Outcome(True, False, 0.75),
        ),
        # The SCO's own passed or failed stands, and incomplete is not completed.
        (
            {"cmi.core.score.raw": "75", "cmi.core.lesson_status": "passed"},
            {"mastery_score": 80},
            Outcome(True, True, 0.75),
        ),
        (
            {"cmi.core.score.raw": "95", "cmi.core.lesson_status": "incomplete"},
            {"mastery_score": 80},
            Outcome(False, None, 0.95),
        ),
        # The site's pass mark, for content that says nothing of passing.
        (
            {"cmi.core.score.raw": "70", "cmi.core.lesson_status": "completed"},
            {"pass_mark": 0.8},
            Outcome(True, False, 0.7),
        ),
        (
            {"cmi.core.score.raw": "70", "cmi.core.lesson_status": "passed"},
            {"pass_mark": 0.8},
            Outcome(True, True, 0.7),
        ),
    ],
)
def test_scorm_12_outcomes(cmi_values, options, expected):
    assert cmi_outcome("1.2", cmi_values, **options) == expected


@pytest.mark.parametrize(
    ("cmi_values", "options", "expected"),
    [
        ({}, {}, Outcome(False, None, None)),
        ({"cmi.completion_status": "completed"}, {}, Outcome(True, None, None)),
        (
            {"cmi.completion_status": "completed", "cmi.success_status": "failed"},
            {},
            Outcome(True, False, None),
        ),
        ({"cmi.success_status": "passed"}, {}, Outcome(False, True, None)),
        ({"cmi.score.scaled": "0.9", "cmi.score.raw": "10"}, {}, Outcome(False, None, 0.9)),
        ({"cmi.score.scaled": "-0.5"}, {}, Outcome(False, None, 0.0)),
        ({"cmi.score.raw": "30", "cmi.score.max": "40"}, {}, Outcome(False, None, 0.75)),
        ({"cmi.score.raw": "140", "cmi.score.max": "100"}, {}, Outcome(False, None, 1.0)),
        # A scaled passing score decides success from the scaled score.
        (
            {"cmi.success_status": "passed", "cmi.score.scaled": "0.5"},
            {"mastery_score": 0.6},
            Outcome(False, False, 0.5),
        ),
        (
            {"cmi.success_status": "failed", "cmi.score.scaled": "0.7"},
            {"mastery_score": 0.6},
            Outcome(False, True, 0.7),
        ),
        ({"cmi.success_status": "passed"}, {"mastery_score": 0.6}, Outcome(False, None, None)),
        # A completion threshold decides completion from the progress measure.
        (
            {"cmi.completion_status": "incomplete", "cmi.progress_measure": "0.8"},
            {"completion_threshold": 0.75},
            Outcome(True, None, None),
        ),
        (
            {"cmi.completion_status": "completed", "cmi.progress_measure": "0.5"},
            {"completion_threshold": 0.75},
            Outcome(False, None, None),
        ),
        (
            {"cmi.completion_status": "completed"},
            {"completion_threshold": 0.75},
            Outcome(True, None, None),
        ),
        (
            {"cmi.completion_status": "completed", "cmi.score.scaled": "0.7"},
            {"pass_mark": 0.8},
            Outcome(True, False, 0.7),
        ),
        (
            {"cmi.completion_status": "incomplete", "cmi.score.scaled": "0.9"},
            {"pass_mark": 0.8},
            Outcome(False, None, 0.9),
        ),
    ],
)
def test_scorm_2004_outcomes(cmi_values, options, expected):
    assert cmi_outcome("2004", cmi_values, **options) == expected


# ---------------------------------------------------------------------- the oracle
# Random sessions of writes, some of them refused; the data model's outcome,
# total time and next entry against a second computation written plainly from
# the SCORM rules, with its own list of which values are valid.

POOLS = {
    "1.2": {
        "cmi.core.lesson_status": [
            ("passed", True),
            ("completed", True),
            ("failed", True),
            ("incomplete", True),
            ("browsed", True),
            ("not attempted", False),
            ("done", False),
        ],
        "cmi.core.score.raw": [
            ("0", True),
            ("45", True),
            ("80", True),
            ("85.5", True),
            ("100", True),
            ("", True),
            ("101", False),
            ("-3", False),
            ("x", False),
        ],
        "cmi.core.score.min": [("0", True), ("10", True), ("", True), ("-1", False)],
        "cmi.core.score.max": [("100", True), ("50", True), ("", True), ("200", False)],
        "cmi.core.exit": [("suspend", True), ("", True), ("logout", True), ("normal", False)],
        "cmi.core.session_time": [
            ("00:00:05", True),
            ("00:01:00", True),
            ("0000:00:00.50", True),
            ("5s", False),
        ],
    },
    "2004": {
        "cmi.completion_status": [
            ("completed", True),
            ("incomplete", True),
            ("not attempted", True),
            ("unknown", True),
            ("passed", False),
        ],
        "cmi.success_status": [
            ("passed", True),
            ("failed", True),
            ("unknown", True),
            ("completed", False),
        ],
        "cmi.score.scaled": [
            ("0.9", True),
            ("0.6", True),
            ("0.5", True),
            ("-0.2", True),
            ("1.5", False),
            ("x", False),
        ],
        "cmi.score.raw": [("7", True), ("40", True), ("x", False)],
        "cmi.score.max": [("10", True), ("50", True)],
        "cmi.progress_measure": [
            ("0.2", True),
            ("0.7", True),
            ("0.8", True),
            ("1", True),
            ("1.2", False),
        ],
        "cmi.exit": [("suspend", True), ("normal", True), ("", True), ("quit", False)],
        "cmi.session_time": [("PT5S", True), ("PT1M", True), ("PT0.5S", True), ("5s", False)],
    },
}
SECONDS = {
    "00:00:05": 5,
    "00:01:00": 60,
    "0000:00:00.50": 0.5,
    "PT5S": 5,
    "PT1M": 60,
    "PT0.5S": 0.5,
}


def session_strategy(version):
    pool = POOLS[version]
    write = st.sampled_from(sorted(pool)).flatmap(
        lambda element: st.sampled_from(pool[element]).map(lambda pair: (element, *pair))
    )
    return st.tuples(st.lists(write, max_size=8), st.sampled_from(["finish", "commit", "lost"]))


def plain_outcome(version, sessions, options):
    """The second computation: last valid write wins, session by session."""
    state = {}
    stored_exit = None
    total = 0.0
    exit_name = "cmi.core.exit" if version == "1.2" else "cmi.exit"
    time_name = "cmi.core.session_time" if version == "1.2" else "cmi.session_time"
    for writes, ending in sessions:
        if ending == "lost":
            continue
        written = {}
        for element, value, valid in writes:
            if valid:
                written[element] = value
        for element, value in written.items():
            if element != time_name:
                state[element] = value
        if exit_name in written:
            stored_exit = written[exit_name]
        if ending == "finish":
            if exit_name not in written:
                stored_exit = None
                state.pop(exit_name, None)
            if time_name in written:
                total += SECONDS[written[time_name]]
            if (
                version == "1.2"
                and "cmi.core.lesson_status" not in state
                and stored_exit != "suspend"
            ):
                state["cmi.core.lesson_status"] = "completed"

    def number(name):
        text = state.get(name, "")
        return float(text) if text != "" else None

    prefix = "cmi.core." if version == "1.2" else "cmi."
    raw, low, high = (
        number(prefix + "score.raw"),
        number(prefix + "score.min"),
        number(prefix + "score.max"),
    )
    score = None
    if raw is not None:
        base = low if low is not None else 0.0
        if high is not None and high > base:
            score = (raw - base) / (high - base)
        else:
            score = raw / 100
        score = max(0.0, min(1.0, score))
    mastery = options.get("mastery_score")
    if version == "1.2":
        status = state.get("cmi.core.lesson_status", "not attempted")
        if status == "completed" and mastery is not None and raw is not None:
            status = "passed" if raw >= mastery else "failed"
        completed = status in ("passed", "completed", "failed")
        passed = True if status == "passed" else (False if status == "failed" else None)
    else:
        threshold = options.get("completion_threshold")
        progress = number("cmi.progress_measure")
        if threshold is not None and progress is not None:
            completed = progress >= threshold
        else:
            completed = state.get("cmi.completion_status") == "completed"
        scaled = number("cmi.score.scaled")
        if mastery is not None:
            passed = None if scaled is None else scaled >= mastery
        else:
            success = state.get("cmi.success_status")
            passed = True if success == "passed" else (False if success == "failed" else None)
        if scaled is not None:
            score = max(0.0, min(1.0, scaled))
    pass_mark = options.get("pass_mark")
    if passed is None and completed and score is not None and pass_mark is not None:
        passed = score >= pass_mark
    ended = sum(1 for _writes, ending in sessions if ending == "finish")
    if stored_exit == "suspend":
        entry = "resume"
    else:
        entry = "ab-initio" if ended == 0 else ""
    return Outcome(completed, passed, score), total, entry


def run_sessions(version, sessions):
    """The data model, as the runtime and the server use it: each write
    checked when made, the valid ones sent at the session's end."""
    stored = {}
    total = 0.0
    for writes, ending in sessions:
        written = {}
        for element, value, valid in writes:
            try:
                cmi.check_write(version, {}, {}, element, value)
            except CmiRefused:
                assert not valid, (element, value)
            else:
                assert valid, (element, value)
                written[element] = value
        if ending != "lost":
            stored, seconds = cmi_merge(version, stored, written, finish=ending == "finish")
            total += seconds
    return stored, total


@pytest.mark.parametrize("version", ["1.2", "2004"])
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_random_sessions_agree_with_a_plain_computation(version, data):
    sessions = data.draw(st.lists(session_strategy(version), max_size=5), label="sessions")
    if version == "1.2":
        options = data.draw(
            st.fixed_dictionaries(
                {
                    "mastery_score": st.sampled_from([None, 50, 80]),
                    "pass_mark": st.sampled_from([None, 0.6]),
                }
            ),
            label="options",
        )
    else:
        options = data.draw(
            st.fixed_dictionaries(
                {
                    "mastery_score": st.sampled_from([None, 0.6]),
                    "completion_threshold": st.sampled_from([None, 0.7]),
                    "pass_mark": st.sampled_from([None, 0.6]),
                }
            ),
            label="options",
        )
    stored, seconds = run_sessions(version, sessions)
    outcome, total, entry = plain_outcome(version, sessions, options)
    got = cmi_outcome(version, stored, **options)
    assert got.completed == outcome.completed
    assert got.passed == outcome.passed
    assert got.score == pytest.approx(outcome.score)
    assert seconds == pytest.approx(total)
    entry_name = "cmi.core.entry" if version == "1.2" else "cmi.entry"
    initial = cmi_initial(
        version,
        sco=None,
        stored=stored,
        learner_id="1",
        learner_name="A",
        sessions=sum(1 for _writes, ending in sessions if ending == "finish"),
    )
    assert initial[entry_name] == entry


# ---------------------------------------------------------------------- times


@pytest.mark.parametrize(
    ("version", "text", "seconds"),
    [
        ("1.2", "0000:00:00.00", 0),
        ("1.2", "12:34:56.78", 45296.78),
        ("1.2", "not a time", 0),
        ("2004", "PT0H0M0S", 0),
        ("2004", "P1DT1H1M1.5S", 90061.5),
        ("2004", "P1Y2M", 365 * 86400 + 60 * 86400),
        ("2004", "PT", 0),
    ],
)
def test_timespans(version, text, seconds):
    assert cmi.timespan_seconds(version, text) == pytest.approx(seconds)


@pytest.mark.parametrize("seconds", [0, 0.01, 59.99, 3600, 86399.5, 360000.25])
@pytest.mark.parametrize("version", ["1.2", "2004"])
def test_timespans_round_trip(version, seconds):
    text = cmi.timespan_format(version, seconds)
    assert cmi.timespan_seconds(version, text) == pytest.approx(seconds)
    assert cmi.check_write(version, {}, {}, cmi._NAMES[version]["session_time"], text) is None
