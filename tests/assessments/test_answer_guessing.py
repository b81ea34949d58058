"""Assessments that hold: answers cannot be guessed from the page, nor copied
from one attempt into the next.

Each attack is played through the pages a learner gets, as a learner would:
read the attempt page, answer by a strategy that needs no knowledge, submit,
read the result. Before option values were random per attempt, choosing the
lowest value everywhere passed the demo's Empathy final; before the key was
held back, a blank first attempt gave away the key to a second.
"""

import importlib
import io
from statistics import mean

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.urls import reverse

from assessments.models import Assessment, Attempt, AttemptResult, Question
from core.i18n import originals_only
from courses import services as course_services
from tests.assessments.builders import CONFIRMED, assessment, question
from tests.courses.builders import build_course
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

TOKEN_CHARS = set("0123456789abcdef")


# --- Playing an attempt through its pages -------------------------------------------


def start(client, quiz) -> Attempt:
    response = client.post(reverse("assessments:start", args=[quiz.pk]))
    assert response.status_code == 302, response
    return Attempt.objects.filter(assessment=quiz).latest("pk")


def questions_on_page(html: str) -> list[dict]:
    """Each question of an attempt page as the browser has it: kind, and its
    fields in the order of the page."""
    soup = BeautifulSoup(html, "html.parser")
    found = []
    for fieldset in soup.select("fieldset[data-question]"):
        found.append(
            {
                "ref": fieldset["data-question"],
                "kind": fieldset["data-kind"],
                "mode": fieldset.get("data-mode", ""),
                "inputs": [
                    (tag["type"], tag["name"], tag.get("value", ""))
                    for tag in fieldset.select("input")
                ],
                "selects": [tag["name"] for tag in fieldset.select("select")],
            }
        )
    return found


def answer_by(strategy: str, questions: list[dict]) -> dict:
    """A filled-in form that needs no knowledge: the lowest value (or the first
    option on the page) everywhere, steps in ascending order of their names (or
    in the order shown), self-ratings at 4, short answers left blank."""
    form = {}
    for q in questions:
        if q["selects"]:
            names = sorted(q["selects"]) if strategy == "lowest" else list(q["selects"])
            form.update({name: str(place) for place, name in enumerate(names, start=1)})
            continue
        choices = [(name, value) for kind, name, value in q["inputs"] if kind != "text"]
        if not choices:
            continue
        if q["kind"] == "likert":
            form[choices[0][0]] = "4"
            continue
        name, value = min(choices, key=lambda pair: pair[1]) if strategy == "lowest" else choices[0]
        form[name] = value
    return form


def play(client, quiz, strategy: str) -> tuple[Attempt, float]:
    attempt = start(client, quiz)
    html = client.get(reverse("assessments:attempt", args=[attempt.pk])).content.decode()
    form = answer_by(strategy, questions_on_page(html))
    response = client.post(reverse("assessments:submit", args=[attempt.pk]), {**form, **CONFIRMED})
    assert response.status_code == 302, response.content.decode()[:500]
    return attempt, AttemptResult.objects.get(attempt=attempt).percent


def enrolled(course_page):
    user = UserFactory()
    course_services.enrollment_create(user=user, course=course_page)
    return user


# --- (a) Guessing from the page -----------------------------------------------------


def right_first_questions() -> list[Question]:
    """Questions whose right option was created first, so has the lowest id, and
    whose steps were created in their right order: what the probe exploited."""
    made = []
    for n in range(8):
        made.append(
            question(
                prompt=f"Which one, {n}?",
                options=[
                    (f"Right {n}", True, 0, ""),
                    *[(f"Wrong {n}.{m}", False, 0, "") for m in range(3)],
                ],
            )
        )
    for n in range(2):
        made.append(
            question(
                "ordering",
                prompt=f"Put these in order, {n}?",
                options=[(f"Step {n}.{m}", False, 0, "") for m in range(5)],
            )
        )
    made.append(question("scenario", scenario_mode="rank", prompt="Rank the replies?"))
    return made


@pytest.mark.parametrize("shuffle_options", [True, False])
def test_the_lowest_value_everywhere_scores_no_better_than_chance(client, shuffle_options):
    course = build_course(modules=1, lessons=1)
    quiz = assessment(
        course.page,
        questions=right_first_questions(),
        kind="final",
        pass_mark=70,
        shuffle_options=shuffle_options,
    )
    scores = []
    for _ in range(6):
        client.force_login(enrolled(course.page))
        for _attempt in range(4):
            scores.append(play(client, quiz, "lowest")[1])

    # Chance is about 36% here (a quarter of the choice questions, half the pairs
    # of steps); the right options having the lowest ids once made it 100%.
    assert mean(scores) < 50, scores
    assert sum(score >= quiz.pass_mark for score in scores) <= 2, scores


def test_the_first_option_on_the_page_scores_no_better_than_chance(client):
    course = build_course(modules=1, lessons=1)
    quiz = assessment(
        course.page, questions=right_first_questions(), kind="final", shuffle_options=True
    )
    scores = []
    for _ in range(6):
        client.force_login(enrolled(course.page))
        for _attempt in range(4):
            scores.append(play(client, quiz, "first")[1])

    assert mean(scores) < 50, scores


def test_the_page_names_nothing_by_its_database_id(client):
    course = build_course(modules=1, lessons=1)
    made = right_first_questions()
    quiz = assessment(course.page, questions=made, kind="final", shuffle_options=True)
    client.force_login(enrolled(course.page))
    attempt = start(client, quiz)
    html = client.get(reverse("assessments:attempt", args=[attempt.pk])).content.decode()
    page = questions_on_page(html)
    paper = {item["ref"]: item for item in Attempt.objects.get(pk=attempt.pk).paper["questions"]}

    assert {q["ref"] for q in page} == set(paper)
    for q in page:
        item = paper[q["ref"]]
        assert q["ref"] != str(item["id"]) and set(q["ref"]) <= TOKEN_CHARS
        tokens = {option["token"]: option["id"] for option in item["options"]}
        values = [value for _kind, _name, value in q["inputs"]] + [
            name.rsplit("-", 1)[1] for name in q["selects"]
        ]
        # Every value is this attempt's token for one of the question's options.
        assert sorted(values) == sorted(tokens)
        names = {name for _kind, name, _value in q["inputs"]} | set(q["selects"])
        assert all(name.startswith(f"q-{q['ref']}") for name in names)
    for option_id in Question.objects.values_list("options__pk", flat=True):
        assert f'data-option="{option_id}"' not in html


def test_the_order_of_tokens_tells_nothing_about_the_right_option(client):
    course = build_course(modules=1, lessons=1)
    single = question(
        options=[("Right", True, 0, ""), *[(f"W{m}", False, 0, "") for m in range(3)]]
    )
    quiz = assessment(course.page, questions=[single], shuffle_options=False)
    lowest_is_right = 0
    tokens_seen = set()
    client.force_login(enrolled(course.page))
    for _ in range(40):
        attempt = start(client, quiz)
        client.post(reverse("assessments:submit", args=[attempt.pk]), CONFIRMED)
        (item,) = Attempt.objects.get(pk=attempt.pk).paper["questions"]
        right = next(o["token"] for o in item["options"] if o["text"] == "Right")
        lowest_is_right += min(o["token"] for o in item["options"]) == right
        tokens_seen.add(right)

    # A fresh token every attempt, and the right one the lowest about a quarter
    # of the time (40 draws: 10 expected; 25 or more has odds below one in 10^5).
    assert len(tokens_seen) == 40
    assert lowest_is_right < 25


def test_steps_are_never_shown_nor_keyed_in_a_stable_order(client):
    course = build_course(modules=1, lessons=1)
    steps = question("ordering", options=[(f"Step {m}", False, 0, "") for m in range(4)])
    quiz = assessment(course.page, questions=[steps])
    shown_orders, key_orders = set(), set()
    client.force_login(enrolled(course.page))
    for _ in range(30):
        attempt = start(client, quiz)
        client.post(reverse("assessments:submit", args=[attempt.pk]), CONFIRMED)
        (item,) = Attempt.objects.get(pk=attempt.pk).paper["questions"]
        shown = [o["text"] for o in item["options"]]
        by_token = [o["text"] for o in sorted(item["options"], key=lambda o: o["token"])]
        assert shown != [f"Step {m}" for m in range(4)]
        shown_orders.add(tuple(shown))
        key_orders.add(tuple(by_token))

    # The right order is neither how they are shown nor how their tokens sort.
    assert len(shown_orders) > 5 and len(key_orders) > 5


@pytest.fixture
def empathy_final():
    call_command("seed_demo", stdout=io.StringIO())
    return Assessment.objects.get(
        originals_only(), kind="final", course__slug="empathy-that-is-not-engineered"
    )


def test_the_lowest_value_everywhere_fails_the_demo_empathy_final(client, empathy_final):
    scores = []
    for _ in range(6):
        client.force_login(enrolled(empathy_final.course))
        for _attempt in range(empathy_final.max_attempts or 3):
            scores.append(play(client, empathy_final, "lowest")[1])

    # Chance here is about a third; the probe's lowest-id answers scored 74%.
    assert mean(scores) < empathy_final.pass_mark - 20, scores
    assert sum(score >= empathy_final.pass_mark for score in scores) <= 1, scores


# --- (b) Reusing a key harvested from a failed attempt ------------------------------


def pool_quiz(course, *, size: int, draw: int, **fields) -> tuple[Assessment, list[Question]]:
    pool = [
        question(
            skills=["qa-active-listening"],
            prompt=f"Pool question {n}?",
            options=[
                (f"RIGHT-{n}", True, 0, f"FEEDBACK-RIGHT-{n}"),
                (f"WRONG-{n}", False, 0, f"FEEDBACK-WRONG-{n}"),
                (f"ALSO-WRONG-{n}", False, 0, ""),
            ],
            explanation=f"EXPLANATION-{n}",
        )
        for n in range(size)
    ]
    fields.setdefault("max_attempts", 3)
    quiz = assessment(course.page, questions=[], kind="final", pass_mark=70, **fields)
    quiz.draws.create(skill=pool[0].skills.first(), count=draw)
    quiz.save()  # a cluster's children are written when their parent is
    return quiz, pool


def question_ids(attempt) -> set[int]:
    return {item["id"] for item in Attempt.objects.get(pk=attempt.pk).paper["questions"]}


def test_a_failed_attempt_shows_no_key_and_the_next_paper_is_new(client):
    course = build_course(modules=1, lessons=1)
    quiz, pool = pool_quiz(course, size=15, draw=5)
    client.force_login(enrolled(course.page))

    first = start(client, quiz)
    client.post(reverse("assessments:submit", args=[first.pk]), CONFIRMED)  # a blank attempt
    page = client.get(reverse("assessments:result", args=[first.pk])).content.decode()

    # The harvest: the result page holds no option, right or wrong, no option
    # feedback and no explanation; only the score and a verdict per question.
    assert "You did not pass this time." in page
    assert page.count("Not right.") == 5
    for q in pool:
        n = q.prompt.split()[-1].rstrip("?")
        for leak in (f"RIGHT-{n}", f"WRONG-{n}", "FEEDBACK-", f"EXPLANATION-{n}"):
            assert leak not in page
    assert "The right answers are shown after your last attempt." in page

    # A retake draws questions this learner has not seen while the bank has them.
    second = start(client, quiz)
    assert question_ids(first).isdisjoint(question_ids(second))
    client.post(reverse("assessments:submit", args=[second.pk]), CONFIRMED)
    third = start(client, quiz)
    assert question_ids(third).isdisjoint(question_ids(first) | question_ids(second))


def test_even_the_whole_key_of_a_failed_attempt_does_not_pass_the_next(client):
    """The strongest harvest: the first paper's full key, read from the server.
    The second paper has none of those questions, and its tokens are new, so
    the key answers nothing in it."""
    course = build_course(modules=1, lessons=1)
    quiz, _pool = pool_quiz(course, size=10, draw=5)
    client.force_login(enrolled(course.page))
    first = start(client, quiz)
    client.post(reverse("assessments:submit", args=[first.pk]), CONFIRMED)
    harvested = {}
    for item in Attempt.objects.get(pk=first.pk).paper["questions"]:
        right = set(item["key"]["correct"])
        harvested[item["prompt"]] = next(o for o in item["options"] if o["id"] in right)

    second = start(client, quiz)
    html = client.get(reverse("assessments:attempt", args=[second.pk])).content.decode()
    form = {}
    for q in questions_on_page(html):
        # Answer by the harvest where the prompt matches, by its token or its text.
        for _kind, name, value in q["inputs"]:
            for option in harvested.values():
                if value == option["token"]:
                    form[name] = value
    soup = BeautifulSoup(html, "html.parser")
    prompts = {legend.get_text(" ", strip=True) for legend in soup.select("legend")}
    assert not any(prompt in text for prompt in harvested for text in prompts)
    assert form == {}

    client.post(reverse("assessments:submit", args=[second.pk]), {**form, **CONFIRMED})
    assert not AttemptResult.objects.get(attempt=second).passed


def test_a_small_bank_brings_back_the_questions_seen_longest_ago(client):
    course = build_course(modules=1, lessons=1)
    quiz, pool = pool_quiz(course, size=6, draw=4, max_attempts=None)
    client.force_login(enrolled(course.page))
    first = start(client, quiz)
    client.post(reverse("assessments:submit", args=[first.pk]), CONFIRMED)
    second = start(client, quiz)
    client.post(reverse("assessments:submit", args=[second.pk]), CONFIRMED)
    third = start(client, quiz)

    unseen_before_second = {q.pk for q in pool} - question_ids(first)
    assert unseen_before_second <= question_ids(second)
    # The third paper takes the two questions only the first attempt had.
    only_in_first = question_ids(first) - question_ids(second)
    assert only_in_first <= question_ids(third)


def test_a_fixed_question_comes_back_with_new_tokens_and_a_new_order(client):
    course = build_course(modules=1, lessons=1)
    single = question(options=[(f"Option {m}", m == 0, 0, "") for m in range(5)])
    quiz = assessment(course.page, questions=[single], shuffle_options=True, pass_mark=100)
    client.force_login(enrolled(course.page))
    papers = []
    for _ in range(6):
        attempt = start(client, quiz)
        client.post(reverse("assessments:submit", args=[attempt.pk]), CONFIRMED)
        papers.append(Attempt.objects.get(pk=attempt.pk).paper["questions"][0])

    tokens = [{o["token"] for o in item["options"]} for item in papers]
    assert all(a.isdisjoint(b) for i, a in enumerate(tokens) for b in tokens[i + 1 :])
    assert len({tuple(o["text"] for o in item["options"]) for item in papers}) > 1


# --- When the key is shown ---------------------------------------------------------


@pytest.mark.parametrize(
    ("show_answers", "shown_after_last"),
    [("after_last_attempt", True), ("never", False)],
)
def test_the_key_is_shown_only_after_the_last_attempt_if_at_all(
    client, show_answers, shown_after_last
):
    course = build_course(modules=1, lessons=1)
    quiz, _pool = pool_quiz(course, size=4, draw=2, max_attempts=2, show_answers=show_answers)
    client.force_login(enrolled(course.page))

    first = start(client, quiz)
    client.post(reverse("assessments:submit", args=[first.pk]), CONFIRMED)
    first_page = client.get(reverse("assessments:result", args=[first.pk])).content.decode()
    second = start(client, quiz)
    client.post(reverse("assessments:submit", args=[second.pk]), CONFIRMED)
    last_page = client.get(reverse("assessments:result", args=[second.pk])).content.decode()
    earlier_again = client.get(reverse("assessments:result", args=[first.pk])).content.decode()

    assert "The right answer:" not in first_page and "FEEDBACK-" not in first_page
    assert ("The right answer:" in last_page) is shown_after_last
    assert ("EXPLANATION-" in last_page) is shown_after_last
    # Once nothing remains to be taken, every earlier result shows it too.
    assert ("The right answer:" in earlier_again) is shown_after_last
    if not shown_after_last:
        assert "This assessment does not show the right answers." in last_page


def test_a_practice_check_may_show_its_key_after_every_attempt(client):
    course = build_course(modules=1, lessons=1)
    single = question()
    quiz = assessment(course.page, questions=[single], show_answers="after_each_attempt")
    client.force_login(enrolled(course.page))
    attempt = start(client, quiz)
    client.post(reverse("assessments:submit", args=[attempt.pk]), CONFIRMED)

    page = client.get(reverse("assessments:result", args=[attempt.pk])).content.decode()

    assert "The right answer: Right" in page


@pytest.mark.parametrize("kind", ["final", "pre_test", "post_test"])
def test_only_a_knowledge_check_may_show_its_key_after_every_attempt(kind):
    course = build_course(modules=1, lessons=1)
    quiz = assessment(course.page, questions=[question()], kind=kind)
    quiz.show_answers = Assessment.ShowAnswers.AFTER_EACH_ATTEMPT

    with pytest.raises(ValidationError) as refused:
        quiz.clean()

    assert "show_answers" in refused.value.message_dict


# --- Attempts open when tokens shipped ----------------------------------------------


def strip_tokens(attempt) -> None:
    paper = Attempt.objects.get(pk=attempt.pk).paper
    for item in paper["questions"]:
        item.pop("ref")
        for option in item["options"]:
            option.pop("token")
    Attempt.objects.filter(pk=attempt.pk).update(paper=paper)


def test_the_migration_gives_open_papers_tokens_and_keeps_their_answers(client):
    course = build_course(modules=1, lessons=1)
    single = question()
    quiz = assessment(course.page, questions=[single])
    learner = enrolled(course.page)
    client.force_login(learner)
    attempt = start(client, quiz)
    right = single.options.get(text="Right").pk
    attempt.responses.create(question_id=single.pk, answer={"choice": right})
    strip_tokens(attempt)
    migration = importlib.import_module("assessments.migrations.0007_show_answers_and_paper_tokens")

    migration.tokens_for_open_papers(apps, None)

    (item,) = Attempt.objects.get(pk=attempt.pk).paper["questions"]
    assert item["ref"] and all(option["token"] for option in item["options"])
    html = client.get(reverse("assessments:attempt", args=[attempt.pk])).content.decode()
    right_token = next(o["token"] for o in item["options"] if o["id"] == right)
    assert f'value="{right_token}" checked' in html
    client.post(reverse("assessments:submit", args=[attempt.pk]), CONFIRMED)
    assert AttemptResult.objects.get(attempt=attempt).percent == 100.0


def test_an_old_paper_met_after_the_migration_is_given_tokens_when_shown(client):
    course = build_course(modules=1, lessons=1)
    single = question()
    quiz = assessment(course.page, questions=[single])
    client.force_login(enrolled(course.page))
    attempt = start(client, quiz)
    strip_tokens(attempt)

    html = client.get(reverse("assessments:attempt", args=[attempt.pk])).content.decode()

    (q,) = questions_on_page(html)
    (item,) = Attempt.objects.get(pk=attempt.pk).paper["questions"]
    assert q["ref"] == item["ref"]
    assert sorted(v for _k, _n, v in q["inputs"]) == sorted(o["token"] for o in item["options"])
