"""The access matrix of docs/access-matrix.md, proven: every role tries every URL
the project defines. A read someone may not make answers 404, a write 403, a
visitor who is not signed in is sent to sign in (403 for a write), and nothing
in the database changes on a refused request.

A new URL without an entry in ENTRIES fails test_every_url_has_an_entry.
"""

import hashlib
from dataclasses import dataclass, field
from datetime import timedelta

import pytest
from django.apps import apps
from django.core.files.base import ContentFile
from django.db import connection, transaction
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone
from wagtail import hooks
from wagtail.admin.viewsets import viewsets as admin_viewsets
from wagtail.snippets.models import get_snippet_models

from assessments.models import Attempt
from assessments.services import attempt_start, attempt_submit
from core.listings import AdminOnlyViewSet
from courses import services as course_services
from courses.models import CoursePage, Enrollment
from credentials.services import credential_issue
from directory.models import ScimToken
from directory.services import scim_token_create
from people.roles import Role
from people.services import role_grant
from reports.models import ReportExport, ReportSchedule
from skills.models import ApiToken, ApprovalBatch, Contest
from skills.services import api_token_create, contest_create
from tests.assessments.builders import assessment, question
from tests.courses.builders import REFLECTION_ID, build_course
from tests.factories import TeamFactory, UserFactory
from tests.skills.helpers import rule_for

PROJECT_APPS = (
    "lms",
    "core",
    "home",
    "privacy",
    "people",
    "courses",
    "credentials",
    "skills",
    "assessments",
    "reports",
    "directory",
    "packages",
)
PROJECT_NAMESPACES = (
    "courses",
    "credentials",
    "skills",
    "assessments",
    "reports",
    "api-v1",
    "privacy",
    "people",
    "scim",
    "packages",
)
#: Bearer-token interfaces: a session never opens them, whoever holds it. The
#: package player's token is in its address (packages/launch.py): a forged one
#: opens nothing, whatever session comes with it.
TOKEN_APIS = ("api-v1:", "scim:", "packages:")
NO_SUCH_ID = "00000000-0000-4000-8000-000000000000"
ROLES = ("anonymous", "learner", "peer", "manager", "author", "hr", "superuser")
SIGNED_IN = frozenset(ROLES) - {"anonymous"}
EVERYONE = frozenset(ROLES)
# Models whose rows a request may add without anything being "changed":
# sessions, sign-in bookkeeping and the log of who looked at what.
VOLATILE = {"people.usersession", "people.accesslog", "skills.signalaccess"}

pytestmark = pytest.mark.django_db


@dataclass
class World:
    users: dict
    course: CoursePage
    lesson: object
    draft_course: CoursePage
    assignment: object
    attempt: Attempt
    submitted: Attempt
    certificate: object
    credential: object
    export: ReportExport
    schedule: ReportSchedule
    token: ApiToken
    scim_token: ScimToken
    rule: object
    batch: ApprovalBatch
    contest: Contest
    knowledge_check: object
    question: object


@pytest.fixture
def world() -> World:
    team = TeamFactory()
    manager = UserFactory()
    role_grant(user=manager, role=Role.MANAGER)
    learner = UserFactory()
    peer = UserFactory()
    for person in (learner, peer):
        person.profile.team = team
        person.profile.department = team.department
        person.profile.manager = manager
        person.profile.employee_id = f"E-{person.pk}"
        person.profile.save()
    author = UserFactory()
    role_grant(user=author, role=Role.LD_AUTHOR)
    hr = UserFactory()
    role_grant(user=hr, role=Role.HR_REPORTER)
    superuser = UserFactory(is_superuser=True, is_staff=True)

    built = build_course("Access course", modules=1, lessons=2, reflection=True)
    course, lesson = built.page, built.lessons[0]
    draft = build_course("Draft course", modules=1, lessons=1).page
    draft.unpublish()
    q = question()
    check = assessment(course, questions=[q], module=built.modules[0], feedback_policy="after_each")

    course_services.enrollment_create(user=learner, course=course)
    course_services.reflection_save(
        user=learner, course=course, lesson_id=lesson.pk, block_id=REFLECTION_ID, text="Only mine."
    )
    attempt = attempt_start(user=learner, assessment=check)
    final = assessment(course, questions=[question()], kind="final", title="Final")
    submitted = attempt_start(user=learner, assessment=final)
    attempt_submit(user=learner, attempt_id=submitted.pk)
    for each in built.lessons:
        course_services.lesson_complete(user=learner, course=course, lesson_id=each.pk)
    enrollment = Enrollment.objects.get(user=learner, course=course)
    certificate = course_services.certificate_issue(enrollment=enrollment)
    credential = credential_issue(certificate=certificate)

    rule = rule_for(built.modules[0], mode="shadow")
    assignment, _created = course_services.assignment_create(
        user=learner, course=course, reason="Practice makes perfect.", assigned_by=author
    )
    contest = contest_create(user=learner, assignment_id=assignment.pk, comment="I did this.")
    batch = ApprovalBatch.objects.create(
        rule=rule, rule_version=rule.version, size=50, created_at=timezone.now()
    )

    export = ReportExport.objects.create(
        requested_by=hr,
        format="csv",
        status=ReportExport.Status.READY,
        expires_at=timezone.now() + timedelta(hours=1),
    )
    export.file.save("report.csv", ContentFile(b"employee id\r\n"), save=True)
    schedule = ReportSchedule.objects.create(
        name="Weekly", owner=hr, frequency="weekly", format="csv", filters={}
    )
    schedule.recipients.add(hr)
    token, _secret = api_token_create(name="QA", sources=["qa_soft_skills"], created_by=superuser)
    scim_token, _secret = scim_token_create(
        name="Entra ID", scopes=list(ScimToken.Scope.values), created_by=superuser
    )

    return World(
        users={
            "learner": learner,
            "peer": peer,
            "manager": manager,
            "author": author,
            "hr": hr,
            "superuser": superuser,
        },
        course=course,
        lesson=lesson,
        draft_course=draft,
        assignment=assignment,
        attempt=attempt,
        submitted=submitted,
        certificate=certificate,
        credential=credential,
        export=export,
        schedule=schedule,
        token=token,
        scim_token=scim_token,
        rule=rule,
        batch=batch,
        contest=contest,
        knowledge_check=check,
        question=q,
    )


@dataclass(frozen=True)
class Entry:
    """One URL: how to build it, and who may use it. ``public`` URLs are open
    to visitors; ``self_scoped`` writes act on the caller's own data, so
    anyone signed in may call them, but the learner's data must not change."""

    name: str
    path: object  # World -> str
    allowed: frozenset
    method: str = "GET"
    data: object = field(default=None)  # World -> dict
    public: bool = False
    self_scoped: bool = False
    to_sign_in: bool = False  # its job is to send people to the sign-in page


def e(name, path, allowed, **kwargs) -> Entry:
    return Entry(name=name, path=path, allowed=frozenset(allowed), **kwargs)


OWN = {"learner"}
STAFF_AUTHORS = {"author", "superuser"}
REPORTERS = {"manager", "hr", "superuser"}

ENTRIES = [
    # --- lms ---------------------------------------------------------------------
    e("healthz", lambda w: "/healthz/", EVERYONE, public=True),
    # Browsers report refused content here, signed in or not; it stores no row.
    e(
        "csp_report",
        lambda w: "/csp-report/",
        EVERYONE,
        method="POST",
        data=lambda w: {"csp-report": "{}"},
        public=True,
    ),
    e(
        "set_language",
        lambda w: "/i18n/language/",
        EVERYONE,
        method="POST",
        data=lambda w: {"language": "es", "next": "/"},
        public=True,
        self_scoped=True,
    ),
    e("cms_login_redirect", lambda w: "/cms/login/", EVERYONE, public=True, to_sign_in=True),
    # --- pages (Wagtail serves the tree) ------------------------------------------
    e("page:home", lambda w: "/", EVERYONE, public=True),
    # The catalog and course pages are public (and cached for visitors).
    e("page:catalog", lambda w: "/courses/", EVERYONE, public=True),
    e("page:course", lambda w: w.course.url, EVERYONE, public=True),
    e("page:lesson", lambda w: w.lesson.url, OWN),
    e("page:draft", lambda w: "/courses/draft-course/", frozenset()),
    # --- courses -------------------------------------------------------------------
    e("courses:dashboard", lambda w: "/learning/", SIGNED_IN),
    e(
        "courses:enrol",
        lambda w: f"/learning/courses/{w.course.pk}/enrol/",
        SIGNED_IN,
        method="POST",
        self_scoped=True,
    ),
    e(
        "courses:withdraw",
        lambda w: f"/learning/courses/{w.course.pk}/withdraw/",
        OWN,
        method="POST",
        self_scoped=True,
    ),
    e(
        "courses:resume",
        lambda w: f"/learning/courses/{w.course.pk}/continue/",
        OWN,
        self_scoped=True,
    ),
    e(
        "courses:lesson_done",
        lambda w: f"/learning/courses/{w.course.pk}/lessons/{w.lesson.pk}/done/",
        OWN,
        method="POST",
        self_scoped=True,
    ),
    e(
        "courses:reflection_save",
        lambda w: (
            f"/learning/courses/{w.course.pk}/lessons/{w.lesson.pk}/reflections/{REFLECTION_ID}/"
        ),
        OWN,
        method="POST",
        data=lambda w: {"text": "Overwritten!"},
        self_scoped=True,
    ),
    e(
        "courses:certificate_verify",
        lambda w: f"/certificates/{w.certificate.code}/",
        EVERYONE,
        public=True,
    ),
    e("courses:certificate_download", lambda w: f"/certificates/{w.certificate.code}/pdf/", OWN),
    # --- credentials: the certificate as an Open Badge ------------------------------------
    e(
        "credentials:json",
        lambda w: f"/certificates/{w.certificate.code}/credential.json",
        OWN,
    ),
    e("credentials:badge", lambda w: f"/certificates/{w.certificate.code}/badge.png", OWN),
    # What any verifier reads: the issuer's profile, the status lists, the check page.
    e("credentials:issuer", lambda w: "/credentials/issuer/", EVERYONE, public=True),
    e(
        "credentials:status_list",
        lambda w: f"/credentials/status/{w.credential.status_list_id}/",
        EVERYONE,
        public=True,
    ),
    e("credentials:check", lambda w: "/credentials/check/", EVERYONE, public=True),
    # Checking one: anyone, signed in or not; it stores nothing.
    e(
        "credentials:check (post)",
        lambda w: "/credentials/check/",
        EVERYONE,
        method="POST",
        data=lambda w: {"credential": "{}"},
        public=True,
    ),
    # --- assessments ------------------------------------------------------------------
    e(
        "assessments:start",
        lambda w: f"/assessments/{w.knowledge_check.pk}/start/",
        SIGNED_IN,
        method="POST",
        self_scoped=True,
    ),
    e("assessments:attempt", lambda w: f"/assessments/attempts/{w.attempt.pk}/", OWN),
    e(
        "assessments:save",
        lambda w: f"/assessments/attempts/{w.attempt.pk}/save/",
        OWN,
        method="POST",
        data=lambda w: {f"q{w.question.pk}": "1"},
    ),
    e(
        "assessments:submit",
        lambda w: f"/assessments/attempts/{w.attempt.pk}/submit/",
        OWN,
        method="POST",
    ),
    e(
        "assessments:save_one",
        lambda w: f"/assessments/attempts/{w.attempt.pk}/questions/{w.question.pk}/",
        OWN,
        method="POST",
    ),
    e(
        "assessments:check",
        lambda w: f"/assessments/attempts/{w.attempt.pk}/questions/{w.question.pk}/check/",
        OWN,
        method="POST",
    ),
    e("assessments:result", lambda w: f"/assessments/attempts/{w.submitted.pk}/result/", OWN),
    # --- packages (the token in the address is the credential) ----------------------------
    e("packages:play_root", lambda w: "/packages/play/forged.token/", frozenset()),
    e("packages:play", lambda w: "/packages/play/forged.token/index.html", frozenset()),
    # --- skills --------------------------------------------------------------------------
    e("skills:why", lambda w: f"/learning/assignments/{w.assignment.pk}/", OWN),
    e(
        "skills:snooze",
        lambda w: f"/learning/assignments/{w.assignment.pk}/snooze/",
        OWN,
        method="POST",
    ),
    e(
        "skills:contest",
        lambda w: f"/learning/assignments/{w.assignment.pk}/contest/",
        OWN,
        method="POST",
        data=lambda w: {"comment": "Again."},
    ),
    e("skills:my_skills", lambda w: "/learning/skills/", SIGNED_IN),
    e("skills:team", lambda w: "/learning/team/", {"manager", "superuser"}),
    e("skills:preferences", lambda w: "/learning/preferences/", SIGNED_IN),
    e("skills:data_access", lambda w: "/privacy/data/", EVERYONE, public=True),
    # --- privacy -------------------------------------------------------------------------
    e("privacy:notice", lambda w: "/privacy/", EVERYONE, public=True),
    e("privacy:my_data", lambda w: "/privacy/my-data/", SIGNED_IN, self_scoped=True),
    e("people:profile_name", lambda w: "/profile/name/", SIGNED_IN),
    e("people_erase_find", lambda w: "/cms/privacy/erase/", {"superuser"}),
    e(
        "people_erase",
        lambda w: f"/cms/privacy/erase/{w.users['learner'].pk}/",
        {"superuser"},
        method="POST",
        data=lambda w: {"confirm": w.users["learner"].email},
    ),
    e("people_access_log:index", lambda w: "/cms/privacy/access-log/", {"superuser"}),
    e("people_access_log:results", lambda w: "/cms/privacy/access-log/results/", {"superuser"}),
    # --- the signals API (a bearer token, never a session) --------------------------------
    e("api-v1:post_signals", lambda w: "/api/v1/signals/", frozenset(), method="POST"),
    e("api-v1:api-root", lambda w: "/api/v1/", frozenset()),
    # The API's description is public: integrators read it before they have a token.
    e("api-v1:openapi-json", lambda w: "/api/v1/openapi.json", EVERYONE, public=True),
    e("api-v1:openapi-view", lambda w: "/api/v1/docs", EVERYONE, public=True),
    # --- SCIM for the company directory (a bearer token, never a session) ----------------
    e("scim:root", lambda w: "/scim/v2/", frozenset()),
    e("scim:config", lambda w: "/scim/v2/ServiceProviderConfig", frozenset()),
    e("scim:resource_types", lambda w: "/scim/v2/ResourceTypes", frozenset()),
    e("scim:resource_type", lambda w: "/scim/v2/ResourceTypes/User", frozenset()),
    e("scim:schemas", lambda w: "/scim/v2/Schemas", frozenset()),
    e(
        "scim:schema",
        lambda w: "/scim/v2/Schemas/urn:ietf:params:scim:schemas:core:2.0:User",
        frozenset(),
    ),
    e("scim:users", lambda w: "/scim/v2/Users", frozenset()),
    e(
        "scim:users_post",
        lambda w: "/scim/v2/Users",
        frozenset(),
        method="POST",
        data=lambda w: {"userName": "x@example.com"},
    ),
    e(
        "scim:user",
        lambda w: f"/scim/v2/Users/{w.users['learner'].scim_identity.scim_id}",
        frozenset(),
    ),
    e(
        "scim:user_delete",
        lambda w: f"/scim/v2/Users/{w.users['learner'].scim_identity.scim_id}",
        frozenset(),
        method="DELETE",
    ),
    e("scim:groups", lambda w: "/scim/v2/Groups", frozenset()),
    e("scim:group", lambda w: f"/scim/v2/Groups/{NO_SUCH_ID}", frozenset()),
    # --- reports ----------------------------------------------------------------------------
    e("reports:report", lambda w: "/reports/", REPORTERS),
    e(
        "reports:export_start",
        lambda w: "/reports/export/",
        REPORTERS,
        method="POST",
        data=lambda w: {"level": "course", "format": "csv"},
    ),
    e("reports:export", lambda w: f"/reports/exports/{w.export.key}/", {"hr"}),
    e("reports:export_status", lambda w: f"/reports/exports/{w.export.key}/status/", {"hr"}),
    e("reports:download", lambda w: f"/reports/exports/{w.export.key}/download/", {"hr"}),
    e("reports:schedules", lambda w: "/reports/schedules/", {"hr", "superuser"}),
    e(
        "reports:schedule_delete",
        lambda w: f"/reports/schedules/{w.schedule.pk}/delete/",
        {"hr", "superuser"},
        method="POST",
    ),
    # --- screens of the editing area --------------------------------------------------------
    e("skills_rules:detail", lambda w: f"/cms/rules/{w.rule.pk}/", STAFF_AUTHORS),
    e(
        "skills_rules:mode",
        lambda w: f"/cms/rules/{w.rule.pk}/mode/",
        STAFF_AUTHORS,
        method="POST",
        data=lambda w: {"mode": "active"},
    ),
    e("skills_approvals:index", lambda w: "/cms/approvals/", STAFF_AUTHORS),
    e("skills_approvals:results", lambda w: "/cms/approvals/results/", STAFF_AUTHORS),
    e(
        "skills_approvals:decide",
        lambda w: f"/cms/approvals/{w.batch.pk}/",
        STAFF_AUTHORS,
        method="POST",
        data=lambda w: {"decision": "approve"},
    ),
    e("skills_contests:index", lambda w: "/cms/contests/", STAFF_AUTHORS),
    e("skills_contests:results", lambda w: "/cms/contests/results/", STAFF_AUTHORS),
    e(
        "skills_contests:decide",
        lambda w: f"/cms/contests/{w.contest.pk}/",
        STAFF_AUTHORS,
        method="POST",
        data=lambda w: {"decision": "uphold", "note": "Fair."},
    ),
    e("skills_upload:index", lambda w: "/cms/signals/upload/", STAFF_AUTHORS),
    e("skills_tokens:index", lambda w: "/cms/api-tokens/", {"superuser"}),
    e(
        "skills_tokens:revoke",
        lambda w: f"/cms/api-tokens/{w.token.pk}/revoke/",
        {"superuser"},
        method="POST",
    ),
    e("directory_scim_tokens:index", lambda w: "/cms/scim-tokens/", {"superuser"}),
    e(
        "directory_scim_tokens:revoke",
        lambda w: f"/cms/scim-tokens/{w.scim_token.pk}/revoke/",
        {"superuser"},
        method="POST",
    ),
    e("reports_analytics", lambda w: "/cms/analytics/", STAFF_AUTHORS),
    e("reports_audit:index", lambda w: "/cms/report-audit/", {"superuser"}),
    e("reports_audit:results", lambda w: "/cms/report-audit/results/", {"superuser"}),
    e("courses_assign_learning", lambda w: "/cms/assign/", STAFF_AUTHORS),
    e(
        "courses_cancel_assignment",
        lambda w: f"/cms/assign/{w.assignment.pk}/cancel/",
        STAFF_AUTHORS,
        method="POST",
    ),
    e(
        "assessments_analytics",
        lambda w: f"/cms/assessments/{w.knowledge_check.pk}/analytics/",
        STAFF_AUTHORS,
    ),
    # --- the editing area and the Django admin themselves --------------------------------
    e("mount:cms", lambda w: "/cms/", STAFF_AUTHORS),
    e("mount:cms-users", lambda w: "/cms/users/", {"superuser"}),
    e("mount:django-admin", lambda w: "/django-admin/", {"superuser"}),
    e("mount:accounts", lambda w: "/accounts/login/", EVERYONE, public=True),
    e("mount:documents", lambda w: "/documents/999999/missing.pdf", frozenset()),
]

# Snippets of the project's own models, managed in the editing area.
SNIPPET_ALLOWED = {
    "skills.skill": STAFF_AUTHORS,
    "skills.skillcategory": STAFF_AUTHORS,
    "skills.assignmentrule": STAFF_AUTHORS,
    "assessments.question": STAFF_AUTHORS,
    "assessments.assessment": STAFF_AUTHORS,
    "packages.scormpackage": STAFF_AUTHORS,
    "packages.h5pactivity": STAFF_AUTHORS,
}
for label, allowed in SNIPPET_ALLOWED.items():
    app_label, model = label.split(".")
    ENTRIES.append(
        e(f"snippets:{label}", lambda w, a=app_label, m=model: f"/cms/snippets/{a}/{m}/", allowed)
    )

# Single sign-on's screens, under their own addresses: superusers only.
ENTRIES += [
    e("snippets:directory.ssodomain", lambda w: "/cms/single-sign-on/domains/", {"superuser"}),
    e(
        "snippets:directory.grouprolemapping",
        lambda w: "/cms/single-sign-on/group-roles/",
        {"superuser"},
    ),
    e(
        "snippets:socialaccount.socialapp",
        lambda w: "/cms/single-sign-on/identity-providers/",
        {"superuser"},
    ),
]

BY_NAME = {entry.name: entry for entry in ENTRIES}


# --- completeness ------------------------------------------------------------------------


def _project_url_names() -> set[str]:
    names = set()

    def walk(resolver, namespace=None):
        for pattern in resolver.url_patterns:
            if isinstance(pattern, URLResolver):
                if pattern.namespace in PROJECT_NAMESPACES:
                    walk(pattern, pattern.namespace)
                continue
            if isinstance(pattern, URLPattern) and pattern.name:
                names.add(f"{namespace}:{pattern.name}" if namespace else pattern.name)

    walk(get_resolver())
    for register in hooks.get_hooks("register_admin_urls"):
        if register.__module__.split(".")[0] in PROJECT_APPS:
            names.update(pattern.name for pattern in register())
    # The project's own screens of the editing area (snippets are counted below).
    for viewset in admin_viewsets.viewsets:
        if isinstance(viewset, AdminOnlyViewSet):
            names.update(viewset.get_url_name(p.name) for p in viewset.get_urlpatterns())
    for model in get_snippet_models():
        if model._meta.app_label in PROJECT_APPS:
            names.add(f"snippets:{model._meta.label_lower}")
    return names


def test_every_url_has_an_entry():
    missing = _project_url_names() - set(BY_NAME)
    assert not missing, f"Add these URLs to the access matrix: {sorted(missing)}"


# --- the matrix --------------------------------------------------------------------------------


def fingerprint(owner=None) -> str:
    """A digest of every row of the project's tables (or, with ``owner``, of
    the rows about that person), and of the page tree's publication state,
    read as the database stores them."""
    digest = hashlib.sha256()
    models = [m for m in apps.get_models() if m._meta.app_label in PROJECT_APPS]
    with connection.cursor() as cursor:
        for model in sorted(models, key=lambda m: m._meta.label_lower):
            label = model._meta.label_lower
            if label in VOLATILE or model._meta.proxy:
                continue
            table = connection.ops.quote_name(model._meta.db_table)
            columns = [
                f.column for f in model._meta.local_concrete_fields if f.column != "last_login"
            ]
            where, params = "", []
            if owner is not None:
                user_field = next(
                    (f for f in model._meta.local_concrete_fields if f.name == "user"), None
                )
                if user_field is None:
                    continue
                where, params = f" WHERE {user_field.column} = %s", [owner.pk]
            quoted = ", ".join(connection.ops.quote_name(c) for c in columns)
            order = connection.ops.quote_name(model._meta.pk.column)
            cursor.execute(f"SELECT {quoted} FROM {table}{where} ORDER BY {order}", params)  # noqa: S608
            digest.update(f"{label}:{cursor.fetchall()!r}".encode())
        cursor.execute("SELECT id, live FROM wagtailcore_page ORDER BY id")
        digest.update(repr(cursor.fetchall()).encode())
    return digest.hexdigest()


def _request(client, entry: Entry, world: World):
    path = entry.path(world)
    data = entry.data(world) if entry.data else {}
    if entry.method == "POST":
        return client.post(path, data)
    if entry.method == "DELETE":
        return client.delete(path)
    return client.get(path)


def _is_sign_in_redirect(response) -> bool:
    return response.status_code == 302 and response.url.startswith(
        ("/accounts/login/", "/django-admin/login/")
    )


def _outcome(client, entry: Entry, world: World, role: str) -> str | None:
    """None when the role met the rule, otherwise what went wrong."""
    allowed = role in entry.allowed
    before = fingerprint()
    owner_before = fingerprint(world.users["learner"])
    with transaction.atomic():
        response = _request(client, entry, world)
        changed = fingerprint() != before
        owner_changed = fingerprint(world.users["learner"]) != owner_before
        transaction.set_rollback(True)
    status = response.status_code
    if status >= 500:
        return f"{status}"
    if allowed:
        if status in (403, 404) or (_is_sign_in_redirect(response) and not entry.to_sign_in):
            return f"refused with {status} but is allowed"
        return None
    if entry.self_scoped and role != "anonymous":
        # Acts on the caller's own data: whatever it answers, the learner's
        # data is untouched.
        return "changed the learner's data" if owner_changed else None
    if role == "anonymous":
        expected_ok = status == 403 if entry.method == "POST" else _is_sign_in_redirect(response)
        if entry.name.startswith((*TOKEN_APIS, "mount:documents", "page:draft")):
            expected_ok = status in (401, 403, 404) or _is_sign_in_redirect(response)
    elif entry.name.startswith(TOKEN_APIS):
        expected_ok = status in (401, 403, 404)
    else:
        expected_ok = status == (403 if entry.method == "POST" else 404)
    if not expected_ok:
        return f"answered {status}, expected {'403' if entry.method == 'POST' else '404'}"
    if changed:
        return "a refused request changed data"
    return None


@pytest.mark.parametrize("name", list(BY_NAME))
def test_every_role_gets_what_the_matrix_says(client, world, name):
    entry = BY_NAME[name]
    problems = {}
    for role in ROLES:
        client.logout()
        if role != "anonymous":
            client.force_login(world.users[role])
        problem = _outcome(client, entry, world, role)
        if problem:
            problems[role] = problem
    assert not problems, f"{entry.method} {entry.path(world)}: {problems}"
