"""Every form of the project is fuzzed, and a new one cannot be missed.

The project's form classes are found by walking its modules, and the
editing-area forms Wagtail builds (snippets, page types, settings) by asking
Wagtail for the project's models: each must be named below with the test that
feeds it bad input. The editing-area forms are fuzzed here, generically: the
form is read from its page as a browser would send it, some of its fields get
arbitrary values, and the answer must be a page with the errors and nothing
written, or a save of something that passes the model's own validation. Never
a server error.
"""

import importlib
import inspect
import pkgutil

import pytest
from bs4 import BeautifulSoup
from django import forms
from django.apps import apps
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.fields import StreamField
from wagtail.models import Page, get_page_models
from wagtail.snippets.models import get_snippet_models

from courses.models import CatalogPage, CoursePage, LessonPage, ModulePage
from tests.courses.builders import build_course
from tests.embedded.people import Page as HtmlPage
from tests.factories import UserFactory
from tests.fuzz.checks import each_example_from_scratch
from tests.fuzz.strategies import FEW, value

pytestmark = pytest.mark.django_db

APPS = (
    "core",
    "home",
    "privacy",
    "demo",
    "people",
    "courses",
    "credentials",
    "skills",
    "assessments",
    "reports",
    "directory",
    "packages",
)
#: The home app keeps the label of the package it was first written in; the
#: identity providers are allauth's SocialApp rows, edited as a snippet.
APP_LABELS = (*APPS, "lms", "socialaccount")

#: Every form class of the project, and the test that fuzzes it.
FORMS = {
    "assessments.forms.QuestionForm": (
        "test_every_form.py::test_editing_area_form[assessments.Question]"
    ),
    "courses.forms.AssignLearningForm": "test_staff_forms.py::test_assign_learning",
    "courses.forms.CatalogFilterForm": "test_learner_forms.py::test_catalog_filters",
    "courses.forms.ReflectionForm": "test_learner_forms.py::test_reflection",
    "core.uploads.CheckedDocumentForm": "test_every_form.py::test_document_upload",
    "credentials.forms.CredentialCheckForm": "test_credential_forms.py::test_credential_check",
    "directory.admin_forms.IdentityProviderForm": (
        "test_every_form.py::test_editing_area_form[socialaccount.SocialApp]"
    ),
    "directory.admin_views.ScimTokenForm": "test_directory_forms.py::test_scim_tokens",
    "directory.forms.LoginForm": "test_directory_forms.py::test_password_ways_of_an_sso_domain",
    "directory.forms.ResetPasswordForm": (
        "test_directory_forms.py::test_password_ways_of_an_sso_domain"
    ),
    "directory.forms.ChangePasswordForm": (
        "test_directory_forms.py::test_password_ways_of_an_sso_domain"
    ),
    "directory.forms.SetPasswordForm": (
        "test_directory_forms.py::test_password_ways_of_an_sso_domain"
    ),
    "packages.forms.PackageForm": "test_every_form.py::test_package_upload",
    "privacy.admin_views.FindPersonForm": "test_every_form.py::test_find_person_to_erase",
    "people.forms.ProfileNameForm": "test_learner_forms.py::test_profile_name",
    "people.forms.SignupForm": "test_learner_forms.py::test_sign_up",
    "people.imports.PersonRowForm": "test_staff_forms.py::test_people_import",
    "reports.forms.ExportForm": "test_staff_forms.py::test_report_export",
    "reports.forms.ReportFilterForm": "test_staff_forms.py::test_report_filters",
    "reports.forms.ScheduleForm": "test_staff_forms.py::test_report_schedules",
    "skills.admin_views.TokenForm": "test_staff_forms.py::test_integration_tokens",
    "skills.admin_views.UploadForm": "test_staff_forms.py::test_signal_upload",
    "skills.forms.AssignmentRuleForm": (
        "test_every_form.py::test_editing_area_form[skills.AssignmentRule]"
    ),
    "skills.views.PreferencesForm": "test_learner_forms.py::test_preferences",
}

#: Every model whose editing-area form Wagtail builds: fuzzed by test_editing_area_form.
EDITED = [
    "assessments.Assessment",
    "assessments.Question",
    "courses.CatalogPage",
    "courses.CoursePage",
    "courses.LessonPage",
    "courses.ModulePage",
    "directory.GroupRoleMapping",
    "directory.SsoDomain",
    "lms.HomePage",
    "packages.H5pActivity",
    "packages.ScormPackage",
    "skills.AssignmentRule",
    "skills.EngineSettings",
    "skills.Skill",
    "skills.SkillCategory",
    "socialaccount.SocialApp",
]


def project_form_classes() -> set[str]:
    found = set()
    for app in APPS:
        package = importlib.import_module(app)
        for module_info in pkgutil.walk_packages(package.__path__, f"{app}."):
            if any(part in module_info.name for part in (".migrations", ".demo", ".management")):
                continue
            module = importlib.import_module(module_info.name)
            for obj in vars(module).values():
                if (
                    inspect.isclass(obj)
                    and issubclass(obj, forms.BaseForm)
                    and obj.__module__ == module.__name__
                ):
                    found.add(f"{obj.__module__}.{obj.__qualname__}")
    return found


def edited_models() -> set[str]:
    models = [*get_snippet_models(), *get_page_models(), *settings_registry]
    return {model._meta.label for model in models if model._meta.app_label in APP_LABELS}


def test_every_form_class_is_named_with_the_test_that_fuzzes_it():
    assert project_form_classes() == set(FORMS)
    for place in FORMS.values():
        module, name = place.split("::")
        tests = importlib.import_module(f"tests.fuzz.{module.removesuffix('.py')}")
        assert callable(getattr(tests, name.split("[")[0], None)), place


def test_every_editing_area_form_is_fuzzed():
    assert edited_models() == set(EDITED)


# --- The editing area's forms, generically ------------------------------------------------


def form_url(label: str) -> tuple[str, object]:
    """Where the form for a new ``label`` is (or, where a new one cannot be
    added, the form of an existing one), and the rows that a refused form must
    leave as they are."""
    model = apps.get_model(label)
    if label == "skills.EngineSettings":
        return reverse("wagtailsettings:edit", args=["skills", "enginesettings"]), None
    if issubclass(model, Page):
        built = build_course("Fuzzed course", modules=1, lessons=1)
        parents = {
            CoursePage: CatalogPage.objects.order_by("path").first(),
            ModulePage: built.page,
            LessonPage: built.modules[0],
        }
        if model in parents:
            parent = parents[model]
            url = reverse(
                "wagtailadmin_pages:add",
                args=[model._meta.app_label, model._meta.model_name, parent.pk],
            )
        else:  # the home page and the catalog exist once: their edit forms
            page = model.objects.order_by("path").first()
            url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        return url, model.objects.all()
    return reverse(model.snippet_viewset.get_url_name("add")), model.objects.all()


def browser_only_fields(label: str) -> list[tuple[str, str]]:
    """What the page's script adds to a post and its HTML does not hold: an
    empty StreamField sends its count, 0."""
    model = apps.get_model(label)
    return [
        (f"{field.name}-count", "0")
        for field in model._meta.get_fields()
        if isinstance(field, StreamField)
    ]


def read_form(client, url: str):
    response = client.get(url, follow=True)
    assert response.status_code == 200, (url, response.status_code)
    url = response.request["PATH_INFO"]
    text = response.content.decode()
    page = HtmlPage(url, 200, text, BeautifulSoup(text, "html.parser"))
    candidates = [form for form in page.forms() if form.method == "post"]
    form = max(candidates, key=lambda f: len(f.element.find_all(["input", "select", "textarea"])))
    return url, form


@pytest.mark.parametrize("label", EDITED)
def test_editing_area_form(client, label):
    superuser = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(superuser)
    url, rows = form_url(label)
    url, form = read_form(client, url)
    sent = form.fields() + browser_only_fields(label)
    names = sorted({name for name, _value in sent if name != "csrfmiddlewaretoken"})
    assert names, f"no fields found on {url}"

    @FEW
    @given(changes=st.dictionaries(st.sampled_from(names), value, min_size=1, max_size=4))
    def fuzz(changes):
        with each_example_from_scratch():
            before = rows.count() if rows is not None else None
            data: dict[str, list] = {}
            for name, val in [(n, v) for n, v in sent if n not in changes] + list(changes.items()):
                data.setdefault(name, []).append(val)
            response = client.post(url, data)
            assert response.status_code < 500, (label, changes)
            if response.status_code in (200, 400):
                # Refused: the form again, with its errors, and nothing stored.
                assert rows is None or rows.count() == before, (label, changes)
            elif rows is not None and rows.count() > before:
                created = rows.order_by("-pk").first()
                created.full_clean()

    fuzz()


def test_document_upload(client):
    """An upload of any name and content: refused with a message, or stored
    as what it claims to be (core/uploads.py)."""
    from django.core.files.uploadedfile import SimpleUploadedFile
    from wagtail.documents import get_document_model

    superuser = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(superuser)
    Document = get_document_model()

    @FEW
    @given(
        name=st.sampled_from(["a.pdf", "a.csv", "a.exe", "a", ".pdf", "a.PDF", "é.docx"]),
        content=st.binary(max_size=200),
        title=value,
    )
    def fuzz(name, content, title):
        with each_example_from_scratch():
            before = Document.objects.count()
            response = client.post(
                reverse("wagtaildocs:add"),
                {"title": title, "file": SimpleUploadedFile(name, content), "collection": 1},
            )
            assert response.status_code < 500
            if response.status_code == 200:
                assert Document.objects.count() == before

    fuzz()


@pytest.mark.parametrize("label", ["packages.ScormPackage", "packages.H5pActivity"])
def test_package_upload(client, label, settings):
    """A package of any member names and content, or no zip at all: refused
    with a message and nothing stored (no row, no files), or stored as a
    package its player can read (packages/archive.py and the readers)."""
    import io
    import zipfile

    from django.core.files.uploadedfile import SimpleUploadedFile

    superuser = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(superuser)
    model = apps.get_model(label)
    url = reverse(model.snippet_viewset.get_url_name("add"))
    member = st.one_of(
        st.sampled_from(
            ["imsmanifest.xml", "h5p.json", "content/content.json", "index.html", "../x.html",
             "__hea__/a.js", "a/../../b", "run.exe", "/abs.html", "a\\b.js", "dir/"]
        ),
        st.text(min_size=1, max_size=30),
    )  # fmt: skip

    def archive(members) -> bytes:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as zipped:
            for name, content in members:
                try:
                    zipped.writestr(name, content)
                except (ValueError, UnicodeEncodeError):
                    continue
        return buffer.getvalue()

    @FEW
    @given(
        members=st.lists(st.tuples(member, st.binary(max_size=300)), max_size=5),
        raw=st.one_of(st.none(), st.binary(max_size=300)),
        title=value,
        pass_mark=st.sampled_from(["80", "-1", "101", "x", ""]),
    )
    def fuzz(members, raw, title, pass_mark):
        with each_example_from_scratch():
            before = model.objects.count()
            folders = (
                set(settings.PACKAGES_ROOT.iterdir()) if settings.PACKAGES_ROOT.exists() else set()
            )
            data = raw if raw is not None else archive(members)
            response = client.post(
                url,
                {
                    "title": title,
                    "pass_mark": pass_mark,
                    "archive_upload": SimpleUploadedFile("package.zip", data),
                },
            )
            assert response.status_code < 500
            if response.status_code in (200, 400):
                assert model.objects.count() == before
                now = (
                    set(settings.PACKAGES_ROOT.iterdir())
                    if settings.PACKAGES_ROOT.exists()
                    else set()
                )
                assert now == folders, "a refused upload left files behind"
            else:
                model.objects.order_by("-pk").first().full_clean()

    fuzz()


def test_find_person_to_erase(client):
    superuser = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(superuser)
    url = reverse("people_erase_find")

    @FEW
    @given(data=st.dictionaries(st.sampled_from(["email", "employee_id", "q"]), value, max_size=3))
    def fuzz(data):
        with each_example_from_scratch():
            response = client.get(url, data)
            assert response.status_code < 500
            assert client.post(url, data).status_code == 405

    fuzz()


def test_a_post_its_page_could_not_send_is_a_400_that_writes_nothing(client):
    """A StreamField count that is missing or no number, rich text that is not
    the editor's JSON: Wagtail would fail with a server error."""
    superuser = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(superuser)
    built = build_course("Malformed", modules=1, lessons=1)
    url = reverse("wagtailadmin_pages:add", args=["courses", "lessonpage", built.modules[0].pk])
    lessons = LessonPage.objects.count()

    for body in ({"title": "x"}, {"title": "x", "body-count": "many"}):
        response = client.post(url, body)

        assert response.status_code == 400
        assert "The form arrived incomplete" in response.content.decode()
        assert LessonPage.objects.count() == lessons
