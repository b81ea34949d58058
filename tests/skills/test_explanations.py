"""Why an assignment was made reads in the reader's language when it is read:
the same stored facts give English, Spanish and French, with each language's
date and number formats, whatever language the assignment was made in."""

from datetime import UTC, datetime
from html import unescape
from importlib import import_module

import pytest
from django.apps import apps
from django.core import mail
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext, ngettext
from wagtail.models import Locale

from courses import services as course_services
from courses.models import Assignment, AssignmentEvent
from people.models import Profile
from people.roles import Role
from people.services import role_grant
from privacy.services import personal_data_export
from skills import engine, services
from skills.explanations import assignment_explanation, explanation_render
from skills.ingest import signals_ingest
from skills.models import Skill
from skills.notifications import digests_send
from skills.tasks import process_learners_task
from tests.factories import UserFactory
from tests.skills.helpers import course_with_modules, learner, qa, rule_for


@pytest.fixture(autouse=True)
def _language_restored():
    """The site's middleware activates a signed-in reader's language in the
    test's own thread: the next test starts in the default language again."""
    yield
    translation.deactivate()


LATEST = datetime(2026, 12, 7, 9, 30, tzinfo=UTC)
FACTS = {
    "version": 1,
    "kind": "rule",
    "rule": {"id": 1, "version": 2},
    "explanation": {"en": "Customers said you rushed them.", "es": "Los clientes dicen que…"},
    "skill": "empathy",
    "threshold": 0.7,
    "window_days": 90,
    "course": 1,
    "module": 2,
    "done": "module",
    "closes_on_recovery": True,
    "evidence": {
        "estimate": 0.6549,
        "count": 3,
        "sources": ["qa_soft_skills", "manager"],
        "latest": LATEST.isoformat(),
    },
}
#: Each language's date, as Django's locale formats write it (DATE_FORMAT).
DATES = {"en": "Dec. 7, 2026", "es": "7 de diciembre de 2026", "fr": "7 décembre 2026"}
NUMBERS = {"en": ("0.65", "0.70"), "es": ("0,65", "0,70"), "fr": ("0,65", "0,70")}

EVIDENCE_ONE = (
    "Your %(skill)s estimate is %(estimate)s, from %(count)s piece of evidence "
    "(%(sources)s), the latest on %(latest)s."
)
EVIDENCE_MANY = (
    "Your %(skill)s estimate is %(estimate)s, from %(count)s pieces of evidence "
    "(%(sources)s), the latest on %(latest)s."
)
LOOKS_BACK = (
    "The rule looks back %(days)s day and asks for %(threshold)s.",
    "The rule looks back %(days)s days and asks for %(threshold)s.",
)
DONE_MODULE = (
    "Finish every required lesson of the module “%(title)s”. It also closes by "
    "itself if new evidence shows your %(skill)s at %(threshold)s or above."
)


def render(language: str, **facts):
    return explanation_render(
        {**FACTS, **facts},
        language=language,
        skill_name=f"SKILL-{language}",
        course_title=f"COURSE-{language}",
        module_title=f"MODULE-{language}",
        reason="What a person wrote",
    )


@pytest.mark.parametrize("language", ["en", "es", "fr"])
def test_the_same_facts_read_in_each_language(language):
    shown = render(language)

    estimate, threshold = NUMBERS[language]
    with translation.override(language):
        sources = ", ".join(sorted([gettext("QA soft-skill score"), gettext("Manager's rating")]))
        first = ngettext(EVIDENCE_ONE, EVIDENCE_MANY, 3) % {
            "skill": f"SKILL-{language}",
            "estimate": estimate,
            "count": 3,
            "sources": sources,
            "latest": DATES[language],
        }
        second = ngettext(*LOOKS_BACK, 90) % {"days": 90, "threshold": threshold}
        done = gettext(DONE_MODULE) % {
            "title": f"MODULE-{language}",
            "skill": f"SKILL-{language}",
            "threshold": threshold,
        }
    assert shown.evidence == f"{first} {second}"
    assert DATES[language] in shown.evidence
    assert estimate in shown.evidence and threshold in shown.evidence
    assert shown.done_when == done
    # The rule's why in the reader's language; French is not written: the original.
    assert (
        shown.reason
        == {
            "en": "Customers said you rushed them.",
            "es": "Los clientes dicen que…",
            "fr": "Customers said you rushed them.",
        }[language]
    )


@pytest.mark.parametrize("language", ["es", "fr"])
def test_the_explanation_sentences_are_translated(language):
    """Fails until the catalogs translate the new sentences (make messages)."""
    with translation.override(language):
        for singular, plural in ((EVIDENCE_ONE, EVIDENCE_MANY), LOOKS_BACK):
            assert ngettext(singular, plural, 1) != singular
            assert ngettext(singular, plural, 2) != plural
        assert gettext(DONE_MODULE) != DONE_MODULE


def test_one_piece_of_evidence_is_singular():
    evidence = {**FACTS["evidence"], "count": 1}
    shown = render("en", evidence=evidence, window_days=1)
    assert "from 1 piece of evidence (" in shown.evidence
    assert "looks back 1 day and" in shown.evidence
    assert "pieces" not in shown.evidence


def test_an_estimate_just_below_the_threshold_never_reads_as_equal():
    shown = render("en", evidence={**FACTS["evidence"], "estimate": 0.6999})
    assert "estimate is 0.69," in shown.evidence


def test_what_a_person_assigned_reads_their_words_and_the_done_in_the_readers_language():
    facts = {"version": 1, "kind": "manual", "course": 1, "module": None, "done": "course"}
    shown = explanation_render(facts, language="en", course_title="Refunds", reason="Team goal")
    assert shown.reason == "Team goal"
    assert shown.evidence == ""
    assert shown.done_when == "Complete the course “Refunds”."


# --- Made in one language, read in another ------------------------------------------


def spanish_date(value) -> str:
    moment = parse_datetime(value) if isinstance(value, str) else value
    with translation.override("es"):
        return formats.date_format(timezone.localtime(moment), "DATE_FORMAT")


def spanish_session(client, user):
    Profile.objects.filter(user=user).update(preferred_language="es")
    client.force_login(user)
    session = client.session
    session["preferred_language"] = "es"
    session.save()


def translate(page, language, **fields):
    copy = page.copy_for_translation(
        Locale.objects.get(language_code=language), copy_parents=True
    ).specific
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()
    copy.save_revision().publish()
    return copy


@pytest.mark.django_db
def test_an_assignment_made_in_a_celery_task_reads_in_spanish(client):
    built = course_with_modules()
    translate(built.modules[0], "es", title="Escuchar primero")
    rule = rule_for(built.modules[0], name="Empathy refresher")
    rule.explanation_es = "Tus revisiones de calidad muestran poca empatía."
    rule.save()
    person = learner("E1")  # no language chosen yet: the task writes English
    signals_ingest([qa("a", "E1", 50), qa("b", "E1", 60)], queue=False)
    with translation.override("en"):  # as a Celery worker runs
        process_learners_task.apply(args=[[person.pk]]).get()
    assignment = Assignment.objects.get(user=person)
    assert assignment.evidence_text.startswith("Your ")  # kept as written then

    spanish_session(client, person)  # the learner chooses Spanish later
    html = client.get(reverse("skills:why", args=[assignment.pk])).content.decode()

    spanish = assignment_explanation(assignment, language="es")
    empathy_es = Skill.objects.get(code="empathy", locale__language_code="es").name
    assert empathy_es in spanish.evidence and "Escuchar primero" in spanish.done_when
    assert spanish.reason == "Tus revisiones de calidad muestran poca empatía."
    page = unescape(html)
    for text in (spanish.reason, spanish.evidence, spanish.done_when):
        assert text in page
    assert assignment.evidence_text not in page
    # One date format, Spanish: the evidence's latest, the table, the due date.
    assert spanish_date(assignment.facts["evidence"]["latest"]) in page
    assert spanish_date(assignment.due_at) in page
    assert "Dec." not in page and "T09:" not in page


@pytest.mark.django_db
def test_the_rule_why_reads_in_the_learners_language_or_the_original(client):
    built = course_with_modules()
    rule = rule_for(built.modules[0], explanation="Your QA scores on empathy are below target.")
    spanish, french = learner("E1", preferred_language="es"), learner("E2")
    signals_ingest([qa(f"{e}{n}", e, 50) for e in ("E1", "E2") for n in (1, 2)], queue=False)
    engine.learners_reevaluate(user_ids=[spanish.pk, french.pk])

    # Translated after the assignments were made: they read it too.
    rule.explanation_es = "Tus puntuaciones de QA en empatía están por debajo del objetivo."
    rule.save()
    services.rule_saved(rule=rule, previous=services.rule_fingerprint(rule))
    assert rule.version == 1  # a translation is not a new version

    spanish_session(client, spanish)
    dashboard = client.get(reverse("courses:dashboard")).content.decode()
    assert "Tus puntuaciones de QA en empatía" in dashboard
    assert rule.explanation not in dashboard
    client.force_login(french)
    session = client.session
    session["preferred_language"] = "fr"
    session.save()
    why = client.get(
        reverse("skills:why", args=[Assignment.objects.get(user=french).pk])
    ).content.decode()
    assert rule.explanation in why  # no French text: the original


@pytest.mark.django_db
def test_the_digest_gives_the_why_in_the_recipients_language():
    built = course_with_modules()
    rule = rule_for(built.modules[0])
    rule.explanation_es = "Tus puntuaciones de QA en empatía están por debajo del objetivo."
    rule.save()
    learner("E1", preferred_language="es")
    signals_ingest([qa("a", "E1", 50), qa("b", "E1", 60)], queue=False)
    with translation.override("en"):
        engine.learners_reevaluate(user_ids=list(Profile.objects.values_list("user", flat=True)))
        assert digests_send() == 1
    (message,) = mail.outbox
    assert "Tus puntuaciones de QA en empatía" in message.body
    assert rule.explanation not in message.body


@pytest.mark.django_db
def test_history_notes_read_in_the_readers_language(client):
    built = course_with_modules()
    person = learner("E1")
    assignment, _created = course_services.assignment_create(
        user=person, course=built.page, module=built.modules[0], reason="Team goal"
    )
    with translation.override("en"):
        course_services.assignment_snooze(user=person, assignment_id=assignment.pk)
        course_services.assignment_close(
            assignment=assignment, reason=Assignment.ClosedReason.TESTED_OUT
        )
    events = {e.kind: e for e in AssignmentEvent.objects.filter(assignment=assignment)}
    assert events["snoozed"].note == "" and events["closed"].note == ""

    with translation.override("es"):
        snoozed = ngettext("Put off by %(days)s day.", "Put off by %(days)s days.", 7) % {"days": 7}
        closed = str(Assignment.ClosedReason.TESTED_OUT.label)
        assert events["snoozed"].shown_note == snoozed
        assert events["closed"].shown_note == closed
    assert snoozed != "Put off by 7 days." and closed != "Tested out"
    spanish_session(client, person)
    html = client.get(reverse("skills:why", args=[assignment.pk])).content.decode()
    assert snoozed in html and closed in html
    assert "Put off by 7 days." not in html


@pytest.mark.django_db
def test_skill_names_read_in_the_authors_language_on_the_rule_page(client):
    built = course_with_modules()
    rule = rule_for(built.modules[0])
    author = UserFactory()
    role_grant(user=author, role=Role.LD_AUTHOR)
    client.force_login(author)
    session = client.session
    session["preferred_language"] = "fr"
    session.save()

    html = client.get(reverse("skills_rules:detail", args=[rule.pk])).content.decode()
    listing = client.get(reverse("wagtailsnippets_skills_assignmentrule:list")).content.decode()

    french = Skill.objects.get(code="empathy", locale__language_code="fr").name
    english = Skill.objects.originals().get(code="empathy").name
    assert french in html and english not in html
    assert french in listing


@pytest.mark.django_db
def test_the_enrol_message_names_the_course_in_the_learners_language(client):
    built = course_with_modules()
    translate(built.page, "es", title="Curso de empatía")
    person = UserFactory()
    spanish_session(client, person)
    response = client.post(reverse("courses:enrol", args=[built.page.pk]), follow=True)
    assert "Curso de empatía" in response.content.decode()


@pytest.mark.django_db
def test_old_assignments_get_facts_from_what_was_stored(client):
    """Assignments made before facts were kept: the data migration tells them
    from the stored basis, and they read in Spanish; what it cannot tell reads
    as written."""
    migration = import_module("courses.migrations.0011_assignment_facts_and_event_reasons")
    built = course_with_modules()
    rule = rule_for(built.modules[0])
    person = learner("E1")
    signals_ingest([qa("a", "E1", 50), qa("b", "E1", 60, days_ago=3)], queue=False)
    engine.learner_reevaluate(user_id=person.pk)
    assignment = Assignment.objects.get(user=person)
    made = assignment.facts
    manual, _created = course_services.assignment_create(
        user=person, course=built.page, module=built.modules[1], reason="Team goal"
    )
    custom, _created = course_services.assignment_create(
        user=person,
        course=built.page,
        module=built.modules[2],
        reason="Team goal",
        done_when="Show your lead a call you handled.",
    )
    Assignment.objects.update(facts={})

    migration.facts_from_what_is_stored(apps, None)

    assignment.refresh_from_db()
    assert assignment.facts["evidence"] == made["evidence"]
    assert assignment.facts["skill"] == "empathy" and assignment.facts["threshold"] == 0.7
    assert assignment.facts["rule"] == {"id": rule.pk, "version": 1}
    manual.refresh_from_db()
    custom.refresh_from_db()
    assert manual.facts["kind"] == "manual"
    assert custom.facts == {}  # a person's own words: read as written
    spanish = assignment_explanation(assignment, language="es")
    assert spanish_date(made["evidence"]["latest"]) in spanish.evidence
    assert assignment_explanation(custom, language="es").done_when == custom.done_when


@pytest.mark.django_db
def test_the_personal_data_download_explains_in_the_persons_language():
    built = course_with_modules()
    rule = rule_for(built.modules[0])
    rule.explanation_es = "Tus puntuaciones de QA en empatía están por debajo del objetivo."
    rule.save()
    person = learner("E1", preferred_language="es")
    signals_ingest([qa("a", "E1", 50), qa("b", "E1", 60)], queue=False)
    with translation.override("en"):
        engine.learner_reevaluate(user_id=person.pk)
        data = personal_data_export(user=person)

    (assignment,) = data["assignments"]
    spanish = assignment_explanation(Assignment.objects.get(user=person), language="es")
    assert assignment["explanation"] == {
        "why": rule.explanation_es,
        "evidence": spanish.evidence,
        "done_when": spanish.done_when,
    }
    assert spanish_date(Assignment.objects.get(user=person).facts["evidence"]["latest"]) in (
        spanish.evidence
    )
