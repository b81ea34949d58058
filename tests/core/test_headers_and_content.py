"""Headers and content: the Content Security Policy, cookies, rich text that
cannot carry scripts, and uploads checked by type and size."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model
from wagtail.models import Page

from core import csp
from home.models import HomePage
from people.roles import Role
from people.services import role_grant
from tests.factories import DEFAULT_PASSWORD, UserFactory, VerifiedUserFactory
from tests.skills.helpers import learner, qa, token

pytestmark = pytest.mark.django_db

ATTACK = '<script>alert("x")</script>'


def directives(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    parsed = {}
    for part in policy.split(";"):
        name, *values = part.split()
        parsed[name] = values
    return parsed


@pytest.mark.parametrize("path", ["/", "/accounts/login/", "/privacy/", "/cms/"])
def test_every_page_has_a_policy_without_inline_scripts(client, path):
    if path == "/cms/":
        author = UserFactory()
        role_grant(user=author, role=Role.LD_AUTHOR)
        client.force_login(author)
    response = client.get(path)

    policy = directives(response)
    assert policy["script-src"] == ["'self'"]
    assert "'unsafe-inline'" not in policy["script-src"]
    assert "'unsafe-eval'" not in policy["script-src"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    # No page of the site carries a script of its own inline.
    html = response.content.decode()
    for chunk in html.split("<script")[1:]:
        opening = chunk.split(">", 1)[0]
        assert "src=" in opening or "application/json" in opening, opening


def test_session_and_csrf_cookies_are_http_only_and_same_site(client, settings):
    user = VerifiedUserFactory()
    response = client.post("/accounts/login/", {"login": user.email, "password": DEFAULT_PASSWORD})
    cookie = response.cookies[settings.SESSION_COOKIE_NAME]
    assert cookie["httponly"]
    assert cookie["samesite"] == "Lax"
    assert client.get("/accounts/login/").cookies[settings.CSRF_COOKIE_NAME]["samesite"] == "Lax"


def test_rich_text_from_the_editing_area_cannot_carry_scripts(client):
    """An author (or anyone who steals an author's session) posts rich text
    with a javascript: link and a script tag; the page shows neither."""
    author = UserFactory()
    role_grant(user=author, role=Role.LD_AUTHOR)
    admin = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(admin)
    home = HomePage.objects.filter(locale__language_code="en").first()
    contentstate = {
        "blocks": [
            {
                "key": "a1",
                "type": "unstyled",
                "text": f"Click here {ATTACK}",
                "depth": 0,
                "inlineStyleRanges": [],
                "entityRanges": [{"offset": 0, "length": 10, "key": 0}],
            }
        ],
        "entityMap": {
            "0": {
                "type": "LINK",
                "mutability": "MUTABLE",
                "data": {"url": "javascript:alert(document.cookie)"},
            }
        },
    }
    page = client.get(f"/cms/pages/{home.pk}/edit/")
    form = page.context["form"]
    data = {
        name: form[name].value() or ""
        for name in form.fields
        if name not in {"body"} and not name.startswith("comments")
    }
    data.update(
        {
            "title": home.title,
            "slug": home.slug,
            "body": json.dumps(contentstate),
            "comments-TOTAL_FORMS": "0",
            "comments-INITIAL_FORMS": "0",
            "comments-MIN_NUM_FORMS": "0",
            "comments-MAX_NUM_FORMS": "1000",
            "action-publish": "action-publish",
        }
    )
    data = {key: value for key, value in data.items() if value is not None}
    response = client.post(f"/cms/pages/{home.pk}/edit/", data)
    assert response.status_code == 302, response.content.decode()[:2000]

    stored = Page.objects.get(pk=home.pk).specific.body
    assert "javascript:" not in stored
    assert "<script" not in stored
    shown = client.get("/").content.decode()
    assert "Click here" in shown
    assert "javascript:alert" not in shown
    assert ATTACK not in shown
    assert "&lt;script&gt;" in shown


def test_text_sent_through_the_api_is_shown_as_text(client):
    person = learner("E-XSS")
    secret = token()
    item = qa("xss-1", "E-XSS", 40, note=f'{ATTACK}<a href="javascript:alert(1)">x</a>')
    response = client.post(
        "/api/v1/signals/",
        data={"signals": [item]},
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {secret}",
    )
    assert response.status_code == 202
    assert response.json()["accepted"] == ["xss-1"]

    client.force_login(person)
    page = client.get("/learning/skills/").content.decode()
    assert ATTACK not in page
    assert '<a href="javascript:' not in page
    assert "&lt;script&gt;" in page


@pytest.fixture
def author_client(client):
    author = UserFactory()
    role_grant(user=author, role=Role.LD_AUTHOR)
    client.force_login(author)
    return client


def _upload(client, name, content):
    return client.post(
        "/cms/documents/add/",
        {"title": name, "file": SimpleUploadedFile(name, content), "collection": "1"},
    )


def test_documents_must_be_what_their_name_says(author_client):
    Document = get_document_model()
    assert _upload(author_client, "guide.pdf", b"%PDF-1.7\n...").status_code == 302
    assert Document.objects.count() == 1

    for name, content, message in [
        ("guide.pdf", b"MZ\x90\x00 a program", "does not match its .pdf name"),
        ("sheet.xlsx", b"<html>not a spreadsheet</html>", "does not match its .xlsx name"),
        ("notes.txt", b"\xff\xfe\x00\x00binary", "not UTF-8 text"),
    ]:
        response = _upload(author_client, name, content)
        assert response.status_code == 200
        assert message in response.content.decode()
    assert Document.objects.count() == 1


def test_documents_have_a_size_limit(author_client, settings):
    settings.DOCUMENT_MAX_UPLOAD_SIZE = 1024
    response = _upload(author_client, "big.txt", b"a" * 2048)
    assert response.status_code == 200
    assert "the limit is 1.0" in response.content.decode()
    assert not get_document_model().objects.exists()


def test_svg_images_are_refused(author_client):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>'
    response = author_client.post(
        "/cms/images/add/",
        {"title": "logo", "file": SimpleUploadedFile("logo.svg", svg), "collection": "1"},
    )
    assert response.status_code == 200
    from wagtail.images import get_image_model

    assert not get_image_model().objects.exists()


def test_the_policy_reports_what_it_refuses_to_an_endpoint_that_logs_and_keeps_it(client, caplog):
    csp.reports_clear()
    policy = client.get("/").headers["Content-Security-Policy"]
    assert "report-uri /csp-report/" in policy

    report = {
        "csp-report": {
            "document-uri": "http://127.0.0.1:8000/cms/",
            "violated-directive": "script-src-elem",
            "effective-directive": "script-src-elem",
            "blocked-uri": "inline",
            "script-sample": "new SnippetChooser(",
        }
    }
    response = client.post(
        "/csp-report/", data=json.dumps(report), content_type="application/csp-report"
    )

    assert response.status_code == 204
    assert csp.reports_recent() == [
        {
            "document": "http://127.0.0.1:8000/cms/",
            "directive": "script-src-elem",
            "blocked": "inline",
            "sample": "new SnippetChooser(",
        }
    ]
    assert "Content Security Policy refused inline (script-src-elem)" in caplog.text


@pytest.mark.parametrize(
    "body",
    [b"", b"not json", b"[1, 2]", b"\xff\xfe", b"x" * 20_000, b"[" * 3_000, b"[" * 16_000],
    ids=["empty", "text", "list", "bytes", "too-big", "deep", "deepest-that-fits"],
)
def test_the_report_endpoint_shrugs_off_anything_else(client, body):
    csp.reports_clear()

    response = client.post("/csp-report/", data=body, content_type="application/json")

    assert response.status_code == 204
    assert csp.reports_recent() == []
    assert client.get("/csp-report/").status_code == 405
