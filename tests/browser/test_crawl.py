"""Every page a role can reach, opened in Chromium.

Signed in as each role on the demo organisation (with one object of every kind
the editing area lists: a waiting approval batch, a contest, an integration
token, a report schedule and export, a rule with no recorded activator), the
test follows every link it finds, from the site's pages and the editing area's
menu down to every listing, add and edit view, and opens each kind of page once
(one address per URL pattern, and per page type for Wagtail's page views). Any
answer of 500 or more, console error, uncaught exception or refused content
fails it (tests/browser/conftest.py). Links that change something on GET do not
exist here; those that lead to a confirmation (delete, unpublish, sign out) are
not followed, nor downloads.
"""

import io
import re
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from django.urls import Resolver404, resolve
from wagtail.models import Page

from core.i18n import originals_only
from courses.models import Assignment, CoursePage
from reports.models import ReportExport
from reports.queries import ReportFilters
from reports.services import schedule_create
from skills import engine
from skills.ingest import signals_ingest
from skills.models import ApprovalBatch, AssignmentRule, EngineSettings
from skills.services import api_token_create, contest_create
from tests.browser.test_accessibility import sign_in
from tests.skills.helpers import learner, qa

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

#: Not followed: they ask to confirm a change, sign out, or download a file
#: (a credential and its badge image among them), or are JSON for machines (the
#: credentials' issuer profile and status lists).
SKIP = re.compile(
    r"/delete/|/unpublish/|/logout/|/accounts/logout|/revisions/\d+/revert/|/copy/"
    r"|/lock/|/unlock/|/download/|/pdf/|\.pdf$|\.csv$|\.xlsx$|/export/|/workflow/"
    r"|/credential\.json$|/badge\.png$|/credentials/issuer/|/credentials/status/"
    r"|/cms/pages/\d+/move/|/moderation/|/privacy/my-data/|/django-admin/"
    r"|/cms/reports/|/bench/|/api/v1/"
    # Bulk actions need the ids that the listing's script adds to the address.
    r"|/cms/bulk/"
)
#: At most this many pages a role, to keep the run short.
LIMIT = 260


def world():
    call_command("seed_demo", stdout=io.StringIO())
    # A batch waiting for approval, and a contest waiting for L&D.
    settings = EngineSettings.load()
    settings.approval_threshold = 1
    settings.save()
    empathy = CoursePage.objects.get(originals_only(), slug="empathy-that-is-not-engineered")
    module = empathy.get_children().live().specific().first()
    rule = AssignmentRule.objects.get(name="Empathy refresher")
    rule.target_modules.add(module)
    for n in range(3):
        learner(f"E77{n}")
    result = signals_ingest(
        [qa(f"crawl-{n}-{k}", f"E77{n}", 30) for n in range(3) for k in (1, 2)], queue=False
    )
    engine.learners_reevaluate(user_ids=result.user_ids)
    assert ApprovalBatch.objects.filter(status="pending").exists()
    assignment = Assignment.objects.filter(user__email="learner@example.com").first()
    contest_create(
        user=assignment.user,
        assignment_id=assignment.pk,
        comment="I finished a coaching session on this last month.",
    )
    api_token_create(name="Crawl QA feed", sources=["qa_soft_skills"], created_by=None)
    hr = assignment.user.__class__.objects.get(email="hr@example.com")
    schedule_create(
        owner=hr,
        name="Weekly completions",
        frequency="weekly",
        fmt="csv",
        filters=ReportFilters(),
        recipients=[hr],
    )
    ReportExport.objects.create(requested_by=hr, format="csv", filters={"level": "course"})


def pattern(path: str) -> str:
    """What makes two addresses the same kind of page."""
    try:
        match = resolve(path)
    except Resolver404:
        return path
    key = match.route or path
    page_id = match.kwargs.get("page_id") or match.kwargs.get("parent_page_id")
    if page_id is not None:
        page = Page.objects.filter(pk=page_id).first()
        key += f"@{page.specific_class.__name__ if page else '-'}"
    if match.url_name == "wagtail_serve":
        # The site's pages: the same kind at the same depth (catalog, course, module, lesson).
        key = f"page at depth {len([part for part in path.split('/') if part])}"
    return key


def crawl(page, starts: list[str]) -> list[str]:
    """Breadth first from ``starts``; returns the addresses opened."""
    origin = urlsplit(page.url)
    queue, seen_patterns, opened = list(starts), set(), []
    while queue and len(opened) < LIMIT:
        path = queue.pop(0)
        if SKIP.search(path) or pattern(path) in seen_patterns:
            continue
        seen_patterns.add(pattern(path))
        response = page.goto(path)
        opened.append(f"{response.status if response else '-'} {path}")
        page.wait_for_load_state("networkidle")
        in_editing_area = path.startswith("/cms/")
        for href in page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)"):
            parts = urlsplit(href)
            if parts.netloc != origin.netloc or parts.scheme not in ("http", "https"):
                continue
            if in_editing_area and not parts.path.startswith("/cms/"):
                # "View live" and the like: the site is crawled from its own pages.
                continue
            target = parts.path + (f"?{parts.query}" if parts.query else "")
            if not SKIP.search(target) and pattern(parts.path) not in seen_patterns:
                queue.append(target)
    return opened


ROLES = {
    "learner": ("learner@example.com", ["/", "/learning/", "/courses/", "/privacy/"]),
    "manager": ("manager@example.com", ["/learning/", "/learning/team/", "/reports/"]),
    "author": ("author@example.com", ["/cms/", "/learning/"]),
    "hr": ("hr@example.com", ["/reports/", "/reports/schedules/", "/learning/"]),
    "superuser": ("admin@example.com", ["/cms/", "/accounts/2fa/", "/accounts/email/"]),
}


@pytest.mark.parametrize("role", list(ROLES))
def test_every_page_a_role_reaches_opens_cleanly(page, role):
    world()
    email, starts = ROLES[role]
    sign_in(page, email)

    opened = crawl(page, starts)

    assert len(opened) > 5, opened
    # A link a role is shown leads somewhere it may go.
    refused = [line for line in opened if not line.startswith(("2", "3"))]
    assert refused == []
