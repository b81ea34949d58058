import pytest
from django.urls import reverse
from django.utils import timezone

from courses import services
from courses.models import Certificate, Reflection
from tests.courses.builders import REFLECTION_ID, build_course
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def reflection_url(course, lesson, block_id=REFLECTION_ID):
    return reverse("courses:reflection_save", args=[course.page.pk, lesson.pk, block_id])


def test_a_reflection_is_saved_and_shown_to_its_author_alone(client):
    course = build_course(reflection=True)
    lesson = course.lessons[0]
    author, colleague = UserFactory(), UserFactory()
    for person in (author, colleague):
        services.enrollment_create(user=person, course=course.page)

    client.force_login(author)
    response = client.post(reflection_url(course, lesson), {"text": "I rushed the apology."})
    assert response.status_code == 302
    assert Reflection.objects.get(user=author).text == "I rushed the apology."
    assert "I rushed the apology." in client.get(lesson.url).content.decode()

    client.force_login(colleague)
    html = client.get(lesson.url).content.decode()
    assert "I rushed the apology." not in html
    assert "Private reflection: only you can read your answer." in html


def test_saving_again_updates_the_one_reflection(client):
    course = build_course(reflection=True)
    learner = UserFactory()
    services.enrollment_create(user=learner, course=course.page)
    client.force_login(learner)

    client.post(reflection_url(course, course.lessons[0]), {"text": "First thought."})
    client.post(reflection_url(course, course.lessons[0]), {"text": "Second thought."})

    assert list(Reflection.objects.values_list("text", flat=True)) == ["Second thought."]


def test_reflection_bad_input_changes_nothing(client):
    course = build_course(reflection=True)
    other = build_course("Other course", reflection=True)
    learner = UserFactory()
    services.enrollment_create(user=learner, course=course.page)
    client.force_login(learner)

    # A prompt that is not in that lesson, a lesson of another course, too long.
    # A write to something that is not there is 403 (docs/access-matrix.md).
    unknown = "11111111-2222-3333-4444-555555555555"
    assert (
        client.post(reflection_url(course, course.lessons[0], unknown), {"text": "x"}).status_code
        == 403
    )
    assert client.post(reflection_url(course, other.lessons[0]), {"text": "x"}).status_code == 403
    response = client.post(
        reflection_url(course, course.lessons[0]), {"text": "x" * 5001}, follow=True
    )
    assert "under 5,000 characters" in response.content.decode()
    assert Reflection.objects.count() == 0


def test_reflection_needs_enrolment(client):
    course = build_course(reflection=True)
    client.force_login(UserFactory())

    response = client.post(reflection_url(course, course.lessons[0]), {"text": "Mine."})

    assert response.status_code == 403
    assert Reflection.objects.count() == 0


# --- Certificates -------------------------------------------------------------


@pytest.fixture
def certificate():
    course = build_course("Empathy basics", modules=1, lessons=1)
    learner = UserFactory(first_name="Léa", last_name="Martin", email="lea@example.com")
    services.enrollment_create(user=learner, course=course.page)
    services.lesson_complete(user=learner, course=course.page, lesson_id=course.lessons[0].pk)
    return Certificate.objects.get(user=learner)


def test_certificate_code_is_unique_and_readable(certificate):
    assert len(certificate.code) == 14
    assert certificate.code.count("-") == 2
    assert not set(certificate.code) & set("01ILOU")


def test_public_page_says_valid_for_whom_and_which_course_and_nothing_more(client, certificate):
    response = client.get(reverse("courses:certificate_verify", args=[certificate.code]))
    html = response.content.decode()

    assert response.status_code == 200
    assert "This certificate is valid." in html
    assert "Léa Martin" in html
    assert "Empathy basics" in html
    assert "lea@example.com" not in html
    assert response["X-Robots-Tag"] == "noindex"


def test_public_page_accepts_lower_case_codes(client, certificate):
    response = client.get(reverse("courses:certificate_verify", args=[certificate.code.lower()]))
    assert "This certificate is valid." in response.content.decode()


def test_unknown_and_revoked_certificates(client, certificate):
    response = client.get(reverse("courses:certificate_verify", args=["AAAA-BBBB-CCCC"]))
    assert response.status_code == 404
    assert "No certificate has the code" in response.content.decode()

    certificate.revoked_at = timezone.now()
    certificate.save(update_fields=["revoked_at"])
    html = client.get(
        reverse("courses:certificate_verify", args=[certificate.code])
    ).content.decode()
    assert "has been revoked" in html
    assert "Léa Martin" not in html


def test_only_the_owner_downloads_the_pdf(client, certificate):
    url = reverse("courses:certificate_download", args=[certificate.code])

    assert client.get(url).status_code == 302  # sign in first
    client.force_login(UserFactory())
    assert client.get(url).status_code == 404

    client.force_login(certificate.user)
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert f"certificate-{certificate.code}.pdf" in response["Content-Disposition"]
    body = b"".join(response.streaming_content)
    assert body.startswith(b"%PDF")
    assert len(body) > 2000
