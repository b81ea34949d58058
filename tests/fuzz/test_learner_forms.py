"""Every form a learner posts, fed arbitrary input by a signed-in learner: never
a server error, always a clear answer, and nothing stored from what was refused."""

from urllib.parse import quote

import pytest
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from hypothesis import example, given
from hypothesis import strategies as st

from assessments.models import AttemptResult, Response
from courses.models import Assignment, AssignmentEvent, Enrollment, LessonCompletion, Reflection
from people.models import Profile, User
from skills.models import Contest
from tests.fuzz.checks import each_example_from_scratch, row_counts, verdict
from tests.fuzz.strategies import (
    FEW,
    FUZZ,
    any_text,
    field,
    form,
    form_with,
    json_body,
    json_values,
    raw_json_oddities,
    value,
    with_nul,
)
from tests.fuzz.world import REFLECTION_ID, learner_world

pytestmark = pytest.mark.django_db

#: Ids in the address: small ones (some exist) and ones past any table's size,
#: up to 64 bits (past that SQLite's driver raises OverflowError, a limit of the
#: development database only: PostgreSQL simply finds nothing).
big_ids = st.one_of(
    st.integers(min_value=0, max_value=50), st.integers(min_value=2**31, max_value=2**63 - 1)
)


def stays_on_site(url: str) -> bool:
    return url_has_allowed_host_and_scheme(url, allowed_hosts={"testserver"})


@pytest.fixture
def world(client):
    built = learner_world()
    client.force_login(built.person)
    return built


# --- Courses ----------------------------------------------------------------------


@FUZZ
@given(data=form("course", "next"), course_id=big_ids, which=st.sampled_from(["enrol", "withdraw"]))
def test_enrol_and_withdraw(client, world, data, course_id, which):
    with each_example_from_scratch():
        before = row_counts(Enrollment)
        response = client.post(reverse(f"courses:{which}", args=[course_id]), data)
        if verdict(response, data) == "refused":
            assert row_counts(Enrollment) == before


@FEW
@given(lesson_id=big_ids, data=form("lesson"))
def test_lesson_done(client, world, lesson_id, data):
    course = world.course.page
    with each_example_from_scratch():
        response = client.post(reverse("courses:lesson_done", args=[course.pk, lesson_id]), data)
        verdict(response, lesson_id)
        done = LessonCompletion.objects.filter(user=world.person).count()
        assert done == (1 if lesson_id in [lesson.pk for lesson in world.course.lessons] else 0)


@FUZZ
@example(data={"text": "a\x00b"})
@given(data=form("text"))
def test_reflection(client, world, data):
    lesson = world.course.lessons[0]
    url = reverse("courses:reflection_save", args=[world.course.page.pk, lesson.pk, REFLECTION_ID])
    with each_example_from_scratch():
        response = client.post(url, data)
        if verdict(response, data) == "refused":
            assert not Reflection.objects.exists()
        else:
            text = data.get("text", "")
            text = text[-1] if isinstance(text, list) else text
            assert Reflection.objects.get().text == text.strip()


# --- Assessments ------------------------------------------------------------------


def answer_forms():
    """A form over the attempt's real fields, each valid, missing or anything."""
    return st.data()


@FUZZ
@given(draw=answer_forms(), which=st.sampled_from(["save", "submit"]))
def test_quiz_answers_and_submission(client, world, draw, which):
    names = world.answer_fields()
    valid = {}
    for q in world.questions.values():
        item = world.item(q)
        name = f"q-{item['ref']}"
        tokens = [option["token"] for option in item["options"]]
        positions = [str(n) for n in range(1, len(tokens) + 1)]
        if q.kind == "ordering" or (q.kind == "scenario" and q.scenario_mode == "rank"):
            for option_token in tokens:
                valid[f"{name}-{option_token}"] = positions
        elif q.kind == "likert":
            valid[name] = ["1", "3", "5"]
        elif q.kind == "short_answer":
            valid[name] = ["cutoff", "Knowledge cut-off", "cut\x00off"]
        else:
            valid[name] = tokens
    data = draw.draw(
        st.fixed_dictionaries(
            {},
            optional={
                **{name: st.one_of(st.sampled_from(valid[name]), field) for name in names},
                "confirm": st.one_of(st.just("1"), field),
            },
        ),
        label="form",
    )
    with each_example_from_scratch():
        before = row_counts(Response, AttemptResult)
        response = client.post(reverse(f"assessments:{which}", args=[world.attempt.pk]), data)
        outcome = verdict(response, data)
        if outcome == "refused":
            assert row_counts(Response, AttemptResult) == before
        elif which == "submit":
            graded = AttemptResult.objects.filter(attempt=world.attempt).count()
            # Graded, or (questions left unanswered, not confirmed) asked first.
            assert graded == 1 or (
                response.status_code == 200
                and "Submit with questions unanswered?" in response.content.decode()
            )


@FUZZ
@example(question_id="own", body='{"answer": {"text": "a\\u0000b"}}')
@example(question_id="own", body='{"answer": {"text": "\\ud800"}}')
@given(
    question_id=st.one_of(st.sampled_from(["own"]), big_ids),
    body=st.one_of(
        json_values.map(json_body),
        json_values.map(lambda answer: json_body({"answer": answer})),
        raw_json_oddities,
    ),
)
def test_quiz_autosave(client, world, question_id, body):
    if question_id == "own":
        question_id = world.item(world.questions["short_answer"])["ref"]
    url = reverse("assessments:save_one", args=[world.attempt.pk, question_id])
    with each_example_from_scratch():
        before = row_counts(Response)
        response = client.post(url, data=body, content_type="application/json")
        if verdict(response, body) == "refused":
            assert row_counts(Response) == before
            assert "error" in response.json() or response.status_code == 404
        else:
            assert response.json() == {"saved": True}


@FEW
@given(data=form(), question_id=st.one_of(st.sampled_from(["own"]), big_ids))
def test_quiz_check(client, world, data, question_id):
    if question_id == "own":
        question_id = world.item(world.questions["single_choice"])["ref"]
    url = reverse("assessments:check", args=[world.attempt.pk, question_id])
    with each_example_from_scratch():
        response = client.post(url, data)
        verdict(response, data)


@FUZZ
@example(data={"lesson": "1", "back": "https://evil.example/"}, fresh=True)
@example(data={"lesson": "1", "back": "/learning/\r\nSet-Cookie: x=1"}, fresh=True)
@example(data={"lesson": "²"}, fresh=True)
@example(data={"lesson": "9" * 5000}, fresh=True)
@given(data=form("lesson", "back"), fresh=st.booleans())
def test_quiz_start(client, world, data, fresh):
    quiz = world.fresh_quiz if fresh else world.quiz
    with each_example_from_scratch():
        response = client.post(reverse("assessments:start", args=[quiz.pk]), data)
        verdict(response, data)
        if response.status_code == 302:
            # Never sent away from the site, whatever "back" says.
            assert stays_on_site(response.url), response.url


# --- Assignments: snooze, contest; preferences; language -------------------------


@FEW
@given(data=form("comment"), assignment_id=st.one_of(st.just("own"), big_ids))
def test_snooze(client, world, data, assignment_id):
    if assignment_id == "own":
        assignment_id = world.assignment.pk
    with each_example_from_scratch():
        response = client.post(reverse("skills:snooze", args=[assignment_id]), data)
        verdict(response, data)


@FUZZ
@given(data=st.one_of(form("comment"), st.builds(lambda text: {"comment": text}, with_nul)))
def test_contest(client, world, data):
    with each_example_from_scratch():
        before = row_counts(Contest, AssignmentEvent)
        response = client.post(reverse("skills:contest", args=[world.assignment.pk]), data)
        if verdict(response, data) == "refused":
            assert row_counts(Contest, AssignmentEvent) == before
        else:
            assert Contest.objects.get().comment.strip()
            assert Assignment.objects.get(pk=world.assignment.pk).is_active


@FEW
@given(data=form("learning_emails"))
def test_preferences(client, world, data):
    with each_example_from_scratch():
        response = client.post(reverse("skills:preferences"), data)
        verdict(response, data)


@FUZZ
@given(
    data=st.fixed_dictionaries(
        {},
        optional={
            "language": st.one_of(st.sampled_from(["en", "es", "fr"]), field),
            "next": st.one_of(st.sampled_from(["/learning/", "https://evil.example/"]), value),
        },
    )
)
def test_language_switch(client, world, data):
    with each_example_from_scratch():
        before = Profile.objects.get(user=world.person).preferred_language
        response = client.post("/i18n/language/", data)
        if verdict(response, data) == "refused":
            assert Profile.objects.get(user=world.person).preferred_language == before
        if response.status_code == 302:
            assert stays_on_site(response.url), response.url


# --- Pages that read a form from the address ---------------------------------------


@FUZZ
@given(
    data=form_with(
        {"skill": ["empathy"], "level": ["foundation"]}, "q", "skill", "level", "duration"
    )
)
def test_catalog_filters(client, world, data):
    catalog = world.course.page.get_parent().specific
    with each_example_from_scratch():
        response = client.get(catalog.url, data)
        assert response.status_code in (200, 400), response.status_code


@FEW
@given(code=st.one_of(any_text, with_nul).filter(lambda code: code and "/" not in code))
def test_certificate_check(client, world, code):
    response = client.get(f"/certificates/{quote(code, safe='')}/")
    assert response.status_code in (200, 404), response.status_code


# --- Signing up (before anyone is signed in) -----------------------------------------


@FUZZ
@given(
    data=form_with(
        {
            "email": ["taken@example.com", "new.person@example.com"],
            "password1": ["a long pass phrase 4 me"],
            "password2": ["a long pass phrase 4 me"],
            "first_name": ["Nina", "  Zoë  "],
            "last_name": ["Newcomer", "Ó Briain"],
            "preferred_language": ["en", "es", "fr"],
        },
        "email",
        "password1",
        "password2",
        "first_name",
        "last_name",
        "preferred_language",
    )
)
def test_sign_up(client, settings, data):
    settings.ACCOUNT_RATE_LIMITS = False
    client.logout()
    with each_example_from_scratch():
        User.objects.get_or_create(email="taken@example.com")
        before = User.objects.count()
        response = client.post(reverse("account_signup"), data)
        if verdict(response, data) == "refused" or data.get("email") == "taken@example.com":
            assert User.objects.count() == before
        assert User.objects.count() <= before + 1
        if User.objects.count() == before + 1:
            # What was stored is what was asked for: a name, stripped, and a known language.
            person = User.objects.select_related("profile").latest("pk")
            assert person.first_name == sent(data["first_name"]).strip() != ""
            assert person.last_name == sent(data["last_name"]).strip() != ""
            assert person.profile.preferred_language == sent(data["preferred_language"])
            assert person.profile.preferred_language in {"en", "es", "fr"}


@FUZZ
@example(data={"first_name": "a\x00b", "last_name": "C"})
@example(data={"first_name": "   ", "last_name": "C"})
@given(
    data=form_with(
        {"first_name": ["Amara", " Zoë "], "last_name": ["Osei", "Ó Briain"]},
        "first_name",
        "last_name",
    )
)
def test_profile_name(client, world, data):
    with each_example_from_scratch():
        before = User.objects.values_list("first_name", "last_name").get(pk=world.person.pk)
        response = client.post(reverse("people:profile_name"), data)
        after = User.objects.values_list("first_name", "last_name").get(pk=world.person.pk)
        if verdict(response, data) == "refused":
            assert after == before
        else:
            assert after == (sent(data["first_name"]).strip(), sent(data["last_name"]).strip())
            assert all(after)


def sent(value):
    """What a form reads of a field sent once or repeated: the last value."""
    return value[-1] if isinstance(value, list) else value
