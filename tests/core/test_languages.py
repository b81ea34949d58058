"""Three languages: the interface follows the reader, content follows its translations,
and what is missing a translation says so."""

import io
import json
import re

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from pypdf import PdfReader
from wagtail.models import Locale

from courses import services as course_services
from courses.models import CoursePage, Enrollment, LessonCompletion
from people.models import Profile
from skills import engine
from skills.ingest import signals_ingest
from skills.models import Skill, SkillCategory
from skills.notifications import digests_send
from tests.courses.builders import build_course, lesson_body
from tests.factories import DEFAULT_PASSWORD, VerifiedUserFactory
from tests.skills.helpers import learner, qa, rule_for

pytestmark = pytest.mark.django_db


def spanish(message: str) -> str:
    with translation.override("es"):
        text = gettext(message)
    assert text != message, f"no Spanish for {message!r}"
    return text


def translate(page, language: str, **fields):
    """Publish a translation of ``page`` (copying untranslated parents) with ``fields``."""
    copy = page.copy_for_translation(
        Locale.objects.get(language_code=language), copy_parents=True
    ).specific
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()
    copy.save_revision().publish()
    return copy


def spanish_reader(client, user=None):
    user = user or VerifiedUserFactory()
    Profile.objects.filter(user=user).update(preferred_language="es")
    client.post(reverse("account_login"), {"login": user.email, "password": DEFAULT_PASSWORD})
    return user


# --- The interface ----------------------------------------------------------------


def test_visitors_switch_language_on_any_page(client):
    response = client.post(reverse("set_language"), {"language": "fr", "next": "/"})

    assert response.status_code == 302
    html = client.get("/").content.decode()
    assert '<html lang="fr"' in html
    with translation.override("fr"):
        assert gettext("Create an account") in html


def test_the_switcher_saves_a_signed_in_persons_language(client):
    user = VerifiedUserFactory()
    client.force_login(user)

    client.post(reverse("set_language"), {"language": "es", "next": "/"})

    assert Profile.objects.get(user=user).preferred_language == "es"
    assert spanish("My learning") in client.get(reverse("courses:dashboard")).content.decode()


def test_the_switcher_refuses_an_unknown_language_and_changes_nothing(client):
    user = VerifiedUserFactory()
    client.force_login(user)

    response = client.post(reverse("set_language"), {"language": "xx", "next": "/"})

    assert response.status_code == 400
    assert Profile.objects.get(user=user).preferred_language == "en"
    assert client.get(reverse("set_language")).status_code == 405


def test_a_learner_signs_in_to_their_preferred_language(client):
    spanish_reader(client)

    html = client.get(reverse("courses:dashboard")).content.decode()

    assert '<html lang="es"' in html
    assert spanish("My learning") in html


def test_every_page_offers_the_switcher(client):
    html = client.get(reverse("account_login")).content.decode()

    for code in ("en", "es", "fr"):
        assert f'value="{code}"' in html
    assert 'action="/i18n/language/"' in html


def test_dates_and_numbers_follow_the_language(client):
    user = spanish_reader(client)
    built = build_course()
    due = timezone.now().replace(month=3, day=9) + timezone.timedelta(days=365)
    course_services.assignment_create(
        user=user, course=built.page, module=None, due_at=due, reason="Practice."
    )

    html = client.get(reverse("courses:dashboard")).content.decode()

    assert f"9 de marzo de {due.year}" in html


# --- Content --------------------------------------------------------------------------


def test_a_translated_course_reads_in_the_learners_language(client):
    built = build_course("Handling refunds")
    translate(built.page, "es", title="Gestionar reembolsos", summary="Un curso breve.")
    spanish_reader(client)

    html = client.get(built.page.url).content.decode()

    assert "Gestionar reembolsos" in html
    assert "fallback-note" not in html
    catalog = client.get(built.page.get_parent().url).content.decode()
    assert "Gestionar reembolsos" in catalog and "Un curso breve." in catalog


def test_readers_search_the_catalog_in_their_language(client):
    built = build_course("Handling refunds")
    build_course("Listening first")
    translate(built.page, "es", title="Gestionar reembolsos", summary="Devoluciones de dinero.")
    spanish_reader(client)

    response = client.get(built.page.get_parent().url, {"q": "reembolsos"})

    entries = response.context["courses"]
    assert [entry.course.pk for entry in entries] == [built.page.pk]
    assert entries[0].content.title == "Gestionar reembolsos"


def test_an_untranslated_page_says_it_shows_the_original(client):
    built = build_course("Handling refunds")
    user = spanish_reader(client)
    course_services.enrollment_create(user=user, course=built.page)

    course_html = client.get(built.page.url).content.decode()
    lesson_html = client.get(built.lessons[0].url).content.decode()

    with translation.override("es"):
        note = gettext(
            "Not yet translated into %(language)s: you are reading the %(original)s original."
        ) % {"language": "español", "original": "inglés"}
    assert note in course_html and note in lesson_html
    assert 'lang="en"' in lesson_html  # the English text is marked as English


def test_learners_in_another_language_keep_one_progress(client):
    built = build_course("Handling refunds", modules=1, lessons=2)
    lesson = built.lessons[0]
    translate(built.page, "es", title="Gestionar reembolsos")
    translate(built.modules[0], "es", title="Módulo uno")
    body = json.loads(lesson_body(lesson.title))
    body[1]["value"] = "<p>Lo que enseña esta lección.</p>"
    translate(lesson, "es", title="Lección uno", body=json.dumps(body))
    user = spanish_reader(client)
    enrollment = course_services.enrollment_create(user=user, course=built.page)

    html = client.get(lesson.url).content.decode()
    assert "Lo que enseña esta lección." in html and "Lección uno" in html
    response = client.post(reverse("courses:lesson_done", args=[built.page.pk, lesson.pk]))

    assert response.status_code == 302
    assert LessonCompletion.objects.filter(user=user, lesson_id=lesson.pk).exists()
    assert enrollment.course_id == built.page.pk
    assert Enrollment.objects.filter(user=user).count() == 1


def test_translations_are_never_enrolled_in_or_assigned(client):
    built = build_course("Handling refunds")
    spanish_copy = translate(built.page, "es", title="Gestionar reembolsos")
    user = spanish_reader(client)

    response = client.post(reverse("courses:enrol", args=[spanish_copy.pk]))

    assert response.status_code == 403  # a refused write (docs/access-matrix.md)
    assert not Enrollment.objects.filter(user=user).exists()
    from courses.forms import AssignLearningForm

    assert spanish_copy.pk not in AssignLearningForm().fields["course"].queryset.values_list(
        "pk", flat=True
    )


def test_the_taxonomy_ships_in_three_languages():
    originals = Skill.objects.originals()
    assert originals.count() == 17
    for language in ("es", "fr"):
        translated = Skill.objects.filter(locale__language_code=language, live=True)
        assert sorted(translated.values_list("code", flat=True)) == sorted(
            originals.values_list("code", flat=True)
        )
        assert set(translated.values_list("translation_key", flat=True)) == set(
            originals.values_list("translation_key", flat=True)
        )
        assert SkillCategory.objects.filter(locale__language_code=language).count() == 4
        for skill in translated.select_related("category"):
            assert skill.category.locale.language_code == language
            assert skill.name and skill.level_4


def test_my_skills_names_skills_in_the_learners_language(client):
    user = learner("E1")
    signals_ingest([qa("a", "E1", 50), qa("b", "E1", 60)], queue=False)
    engine.learner_reevaluate(user_id=user.pk)
    Profile.objects.filter(user=user).update(preferred_language="es")
    user.refresh_from_db()
    client.force_login(user)
    session = client.session
    session["preferred_language"] = "es"
    session.save()

    html = client.get(reverse("skills:my_skills")).content.decode()

    spanish_empathy = Skill.objects.get(code="empathy", locale__language_code="es").name
    english_empathy = Skill.objects.originals().get(code="empathy").name
    assert spanish_empathy in html
    assert f">{english_empathy}<" not in html


# --- The assignment e-mail and the certificate ----------------------------------------


def test_a_spanish_learner_gets_the_assignment_in_spanish(client):
    built = build_course("Handling refunds", modules=2, lessons=1)
    translate(built.page, "es", title="Gestionar reembolsos")
    translate(built.modules[0], "es", title="Escuchar primero")
    rule_for(built.modules[0], name="Repaso de empatía")
    person = learner("E1", preferred_language="es")
    signals_ingest([qa("a", "E1", 50), qa("b", "E1", 60)], queue=False)
    engine.learner_reevaluate(user_id=person.pk)

    assert digests_send() == 1
    (message,) = mail.outbox
    assert "Escuchar primero (Gestionar reembolsos)" in message.body
    with translation.override("es"):
        assert gettext("Assigned to you:") in message.body
        assert gettext("Something new to learn") in message.subject
    assert "Assigned to you:" not in message.body

    assignment = person.assignments.get()
    spanish_empathy = Skill.objects.get(code="empathy", locale__language_code="es").name
    assert spanish_empathy in assignment.evidence_text
    assert "Escuchar primero" in assignment.done_when
    assert "Your " not in assignment.evidence_text  # written in Spanish, kept as written
    client.force_login(person)
    session = client.session
    session["preferred_language"] = "es"
    session.save()
    why = client.get(reverse("skills:why", args=[assignment.pk])).content.decode()
    assert "Escuchar primero" in why and "Gestionar reembolsos" in why


def test_an_english_learner_of_the_same_rule_reads_english():
    built = build_course("Handling refunds", modules=1, lessons=1)
    translate(built.modules[0], "es", title="Escuchar primero")
    rule_for(built.modules[0])
    person = learner("E2")
    signals_ingest([qa("a", "E2", 50), qa("b", "E2", 60)], queue=False)
    engine.learner_reevaluate(user_id=person.pk)

    assignment = person.assignments.get()
    english_empathy = Skill.objects.originals().get(code="empathy").name
    assert assignment.evidence_text.startswith(f"Your {english_empathy} estimate")
    assert built.modules[0].title in assignment.done_when


def test_a_spanish_learner_gets_the_certificate_in_spanish(client):
    built = build_course("Handling refunds", modules=1, lessons=1)
    translate(built.page, "es", title="Gestionar reembolsos")
    user = spanish_reader(client)
    enrollment = course_services.enrollment_create(user=user, course=built.page)
    course_services.lesson_complete(user=user, course=built.page, lesson_id=built.lessons[0].pk)
    certificate = enrollment.user.certificates.get()

    response = client.get(reverse("courses:certificate_download", args=[certificate.code]))
    text = "".join(
        page.extract_text()
        for page in PdfReader(io.BytesIO(b"".join(response.streaming_content))).pages
    )

    assert spanish("has completed the course") in text
    assert "Gestionar reembolsos" in text
    assert "has completed the course" not in text
    verify = client.get(reverse("courses:certificate_verify", args=[certificate.code]))
    assert "Gestionar reembolsos" in verify.content.decode()


# --- The demo course in three languages ------------------------------------------------


def test_seed_demo_ships_a_course_in_spanish_and_french():
    from django.core.management import call_command

    from assessments.models import Assessment, AssessmentQuestion, Question

    call_command("seed_demo", stdout=io.StringIO())
    course = CoursePage.objects.live().get(
        slug="how-ai-agents-work-and-fail", locale__language_code="en"
    )
    pages = list(course.get_descendants(inclusive=True).specific())
    questions = Question.objects.filter(
        pk__in=AssessmentQuestion.objects.filter(assessment__course=course).values("question")
    )
    assert len(pages) == 1 + 3 + 9
    for language in ("es", "fr"):
        for page in pages:
            translated = page.get_translation(Locale.objects.get(language_code=language))
            assert translated.live and translated.title != page.title
            if hasattr(page, "body"):
                original = [(b["type"], b["id"]) for b in page.body.raw_data]
                assert [(b["type"], b["id"]) for b in translated.specific.body.raw_data] == original
        for question in questions:
            translated = Question.objects.get(
                translation_key=question.translation_key, locale__language_code=language
            )
            assert translated.prompt != question.prompt
            if question.kind != "short_answer":
                assert [o.is_correct for o in translated.options.all()] == [
                    o.is_correct for o in question.options.all()
                ]
        for assessment in Assessment.objects.filter(course=course, locale__language_code="en"):
            assert Assessment.objects.filter(
                translation_key=assessment.translation_key, locale__language_code=language
            ).exists()

    before = (CoursePage.objects.count(), Question.objects.count(), Assessment.objects.count())
    call_command("seed_demo", stdout=io.StringIO())
    after = (CoursePage.objects.count(), Question.objects.count(), Assessment.objects.count())
    assert after == before


def test_a_spanish_learner_takes_the_demo_quiz_in_spanish(client):
    from django.core.management import call_command

    from assessments.models import Assessment, Attempt

    call_command("seed_demo", stdout=io.StringIO())
    final = Assessment.objects.get(
        kind="final", course__slug="how-ai-agents-work-and-fail", locale__language_code="en"
    )
    spanish_final = Assessment.objects.get(
        translation_key=final.translation_key, locale__language_code="es"
    )
    user = spanish_reader(client)
    course_services.enrollment_create(user=user, course=final.course)

    response = client.post(reverse("assessments:start", args=[final.pk]))
    attempt = Attempt.objects.get(user=user)
    html = client.get(reverse("assessments:attempt", args=[attempt.pk])).content.decode()

    assert response.status_code == 302
    assert spanish_final.title in html
    first = attempt.paper["questions"][0]
    assert first["id"] in set(
        final.fixed_questions.values_list("question_id", flat=True)
    )  # filed under the original question
    assert re.search(r"[áéíóúñ¿]", first["prompt"])
    start_translation = client.post(reverse("assessments:start", args=[spanish_final.pk]))
    assert start_translation.status_code == 403  # a refused write (docs/access-matrix.md)
