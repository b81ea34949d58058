"""The engine's screens in the editing area, and who may use them."""

import pytest
from django.urls import reverse
from wagtail.users.models import UserProfile

from courses.models import Assignment
from people.roles import Role
from people.services import role_grant
from skills.ingest import signals_ingest
from skills.models import ApiToken, AssignmentRule, RuleMatch, Skill
from tests.factories import UserFactory
from tests.skills.helpers import course_with_modules, learner, qa, rule_for

pytestmark = pytest.mark.django_db


def author():
    user = UserFactory()
    role_grant(user=user, role=Role.LD_AUTHOR)
    return user


def test_authors_see_whom_a_shadow_rule_would_assign_then_activate_it(
    client, django_capture_on_commit_callbacks
):
    built = course_with_modules()
    rule = rule_for(built.modules[0], mode="shadow", name="Empathy refresher")
    people = [learner(f"E{n}") for n in range(5)]
    person = people[0]
    signals_ingest(
        [qa(f"{n}a", f"E{n}", 50 + n) for n in range(5)]
        + [qa(f"{n}b", f"E{n}", 55 + n) for n in range(5)],
        queue=False,
    )
    client.force_login(author())

    # Running the shadow again evaluates everyone the rule covers. Authors see
    # how many it would assign and the estimates in bands, never who or whose.
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("skills_rules:mode", args=[rule.pk]), {"mode": "shadow"})
    html = client.get(reverse("skills_rules:detail", args=[rule.pk])).content.decode()
    assert "Would assign (shadow): 5" in html
    assert "0.4 to under 0.6" in html
    for someone in people:
        assert someone.get_full_name() not in html
        assert someone.email not in html
    # No evidence sentence ("Your ... estimate is 0.52 ...") and no estimate in a cell.
    assert "Your Empathy" not in html
    for match in RuleMatch.objects.filter(rule=rule):
        assert f"<td>{match.score:.2f}</td>" not in html
    assert not Assignment.objects.exists()

    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("skills_rules:mode", args=[rule.pk]), {"mode": "active"})
    rule.refresh_from_db()
    assert rule.mode == "active" and rule.activated_at is not None
    assert Assignment.objects.get(user=person).origin_rule_id == rule.pk
    assert RuleMatch.objects.get(rule=rule, user=person).outcome == "assigned"


def test_authors_write_rules_in_the_editing_area(client):
    client.force_login(author())
    assert client.get(reverse("wagtailsnippets_skills_assignmentrule:add")).status_code == 200
    assert client.get(reverse("wagtailsnippets_skills_assignmentrule:list")).status_code == 200


@pytest.mark.parametrize(
    "url_name",
    ["skills_approvals:index", "skills_contests:index", "skills_upload:index"],
)
def test_engine_screens_are_for_l_and_d(client, url_name):
    # The editing area does not exist for learners (docs/access-matrix.md).
    client.force_login(UserFactory())
    assert client.get(reverse(url_name)).status_code == 404
    client.force_login(author())
    assert client.get(reverse(url_name)).status_code == 200


def test_only_superusers_make_api_tokens(client):
    # 404 for a read, 403 for a write (docs/access-matrix.md).
    client.force_login(author())
    assert client.get(reverse("skills_tokens:index")).status_code == 404
    response = client.post(
        reverse("skills_tokens:index"), {"name": "QA", "sources": ["qa_soft_skills"]}
    )
    assert response.status_code == 403
    assert not ApiToken.objects.exists()

    admin = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(admin)
    response = client.post(
        reverse("skills_tokens:index"), {"name": "QA", "sources": ["qa_soft_skills"]}
    )
    html = response.content.decode()
    token = ApiToken.objects.get()
    assert "shown once" in html and token.key_prefix in html
    client.post(reverse("skills_tokens:revoke", args=[token.pk]))
    token.refresh_from_db()
    assert token.revoked_at is not None
    assert token.key_prefix in client.get(reverse("skills_tokens:index")).content.decode()
    assert "hea_" + "x" not in client.get(reverse("skills_tokens:index")).content.decode()


def test_wellbeing_sources_cannot_drive_a_rule():
    built = course_with_modules()
    rule = rule_for(built.modules[0], sources=["workload"])
    with pytest.raises(Exception, match="Wellbeing data can never trigger"):
        rule.full_clean()
    assert "workload" not in AssignmentRule.objects.get().evidence_sources


def test_a_spanish_author_reads_the_rule_and_the_skill_lists_in_spanish(client):
    built = course_with_modules()
    rule = rule_for(built.modules[0], mode="shadow", name="Empathy refresher")
    spanish = Skill.objects.get(
        translation_key=rule.skill.translation_key, locale__language_code="es"
    )
    assert spanish.name != rule.skill.name
    reader = author()
    # The editing area speaks the language of the author's Wagtail account.
    account = UserProfile.get_for_user(reader)
    account.preferred_language = "es"
    account.save()
    client.force_login(reader)

    detail = client.get(reverse("skills_rules:detail", args=[rule.pk])).content.decode()
    listing = client.get(reverse("wagtailsnippets_skills_assignmentrule:list")).content.decode()

    for html in (detail, listing):
        assert spanish.name in html
        assert f">{rule.skill.name}<" not in html
