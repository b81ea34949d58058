from datetime import timedelta

import pytest
from django.utils import timezone

from courses import services as course_services
from courses.models import Assignment, AssignmentEvent
from people.models import Department, Team
from privacy.retention import retention_enforce
from skills import engine
from skills.estimates import Evidence, estimate, level_for
from skills.ingest import signals_ingest
from skills.models import (
    ApprovalBatch,
    AssignmentRule,
    EngineSettings,
    RuleMatch,
    Signal,
    SkillProfile,
    SkillProfileSnapshot,
)
from skills.services import batch_decide, rule_fingerprint, rule_saved
from tests.assessments.builders import assessment, option_id, question
from tests.skills.helpers import course_with_modules, learner, qa, rule_for

pytestmark = pytest.mark.django_db

NOW = timezone.now()


def feed(*items):
    """Ingest and process at once, as the worker would after commit."""
    result = signals_ingest(list(items), queue=False)
    assert not result.rejected, result.rejected
    for user_id in sorted(result.user_ids):
        engine.learner_reevaluate(user_id=user_id)
    return result


# --- Estimates ----------------------------------------------------------------------


def test_recent_evidence_counts_more():
    old = Evidence(0.9, "qa_soft_skills", NOW - timedelta(days=60))
    new = Evidence(0.5, "qa_soft_skills", NOW)
    result = estimate([old, new], now=NOW, half_life_days=30)

    # Weights 0.25 and 1: (0.25 * 0.9 + 0.5) / 1.25 = 0.58
    assert result.score == pytest.approx(0.58)
    assert result.count == 2 and result.latest == NOW


def test_sources_weigh_differently_and_wellbeing_never_counts():
    items = [
        Evidence(1.0, "self_assessment", NOW),
        Evidence(0.4, "assessment", NOW),
        Evidence(0.0, "workload", NOW),
    ]
    result = estimate(items, now=NOW, half_life_days=30)

    assert result.score == pytest.approx((0.5 * 1.0 + 0.4) / 1.5)
    assert result.count == 2
    assert estimate([Evidence(0.2, "wellbeing_checkin", NOW)], now=NOW, half_life_days=30) is None


@pytest.mark.parametrize(
    ("score", "level"), [(0.0, 1), (0.49, 1), (0.5, 2), (0.7, 3), (0.85, 4), (1.0, 4)]
)
def test_levels(score, level):
    assert level_for(score) == level


def test_profiles_keep_their_history():
    person = learner("E1")
    feed(qa("a", "E1", 60, days_ago=2))
    feed(qa("b", "E1", 80))

    profile = SkillProfile.objects.get(user=person, skill__code="empathy")
    assert profile.evidence_count == 2
    assert 0.6 < profile.score < 0.8
    assert list(
        SkillProfileSnapshot.objects.filter(profile=profile).values_list(
            "evidence_count", flat=True
        )
    ) == [1, 2]


# --- Rules --------------------------------------------------------------------------


def test_shadow_mode_shows_whom_it_would_assign_and_assigns_no_one():
    built = course_with_modules()
    rule = rule_for(built.modules[0], mode=AssignmentRule.Mode.SHADOW)
    person = learner("E1")

    feed(qa("a", "E1", 60), qa("b", "E1", 62))

    match = RuleMatch.objects.get(rule=rule, user=person)
    assert match.outcome == RuleMatch.Outcome.WOULD_ASSIGN
    assert "asks for 0.70" in match.evidence_text
    assert not Assignment.objects.exists()


def test_active_rule_assigns_with_its_reason_evidence_and_version():
    built = course_with_modules()
    rule = rule_for(built.modules[1], threshold=0.7, min_evidence=2)
    person = learner("E1")

    feed(qa("a", "E1", 60, days_ago=2, note="Billing call"))
    assert not Assignment.objects.exists()  # one piece of evidence is not enough
    feed(qa("b", "E1", 62))

    assignment = Assignment.objects.get(user=person)
    assert assignment.source == Assignment.Source.RULE
    assert assignment.status == Assignment.Status.OPEN
    assert (assignment.origin_rule_id, assignment.origin_rule_version) == (rule.pk, 1)
    assert assignment.reason == rule.explanation
    assert "from 2 pieces of evidence (QA soft-skill score)" in assignment.evidence_text
    assert "The rule looks back 90 days and asks for 0.70." in assignment.evidence_text
    assert assignment.facts["evidence"]["count"] == 2
    assert assignment.facts["skill"] == "empathy" and assignment.facts["threshold"] == 0.7
    assert "Finish every required lesson of the module" in assignment.done_when
    assert assignment.basis["rule"]["threshold"] == 0.7
    assert {e["note"] for e in assignment.basis["evidence"]} == {"Billing call", ""}
    assert assignment.due_at > timezone.now() + timedelta(days=13)
    assert assignment.events.filter(kind=AssignmentEvent.Kind.CREATED).exists()


def test_rules_only_cover_their_departments_teams_and_roles():
    built = course_with_modules()
    care = Department.objects.create(name="Care")
    billing = Team.objects.create(department=care, name="Billing")
    rule = rule_for(built.modules[0], job_roles="Agent, Senior agent")
    rule.teams.add(billing)
    rule.save()
    inside = learner("E1", team=billing, department=care, job_role="senior agent")
    wrong_role = learner("E2", team=billing, department=care, job_role="Team lead")
    elsewhere = learner("E3", job_role="Agent")

    feed(*[qa(f"{e}-{n}", e, 50) for e in ("E1", "E2", "E3") for n in (1, 2)])

    assert list(Assignment.objects.values_list("user", flat=True)) == [inside.pk]
    assert not RuleMatch.objects.filter(user__in=[wrong_role, elsewhere]).exists()


def test_evidence_recovering_closes_the_assignment():
    built = course_with_modules()
    rule_for(built.modules[0], threshold=0.7, min_evidence=2, window_days=30)
    person = learner("E1")
    feed(qa("a", "E1", 55, days_ago=20), qa("b", "E1", 60, days_ago=15))
    assignment = Assignment.objects.get(user=person)

    feed(qa("c", "E1", 95), qa("d", "E1", 92), qa("e", "E1", 90))

    assignment.refresh_from_db()
    assert assignment.status == Assignment.Status.COMPLETED
    assert assignment.closed_reason == Assignment.ClosedReason.RECOVERED
    closed = assignment.events.get(kind=AssignmentEvent.Kind.CLOSED)
    assert closed.reason == Assignment.ClosedReason.RECOVERED
    assert closed.shown_note == "The evidence recovered"


def test_passing_a_pre_test_tests_out():
    built = course_with_modules()
    module = built.modules[0]
    rule_for(module)
    person = learner("E1")
    feed(qa("a", "E1", 50), qa("b", "E1", 50))
    assignment = Assignment.objects.get(user=person)
    q = question()
    pre = assessment(built.page, questions=[q], module=module, kind="pre_test", pass_mark=100)
    from assessments import services as assessment_services

    attempt = assessment_services.attempt_start(user=person, assessment=pre)
    assessment_services.responses_save(
        user=person, attempt_id=attempt.pk, answers={q.pk: {"choice": option_id(q, "Right")}}
    )
    assessment_services.attempt_submit(user=person, attempt_id=attempt.pk)

    assignment.refresh_from_db()
    assert assignment.closed_reason == Assignment.ClosedReason.TESTED_OUT


def test_editing_a_rule_condition_makes_a_new_version():
    built = course_with_modules()
    rule = rule_for(built.modules[0])
    before = rule_fingerprint(rule)
    rule.name = "Renamed"
    rule.save()
    assert rule_saved(rule=rule, previous=before).version == 1  # the name is not the condition

    before = rule_fingerprint(rule)
    rule.threshold = 0.8
    rule.save()
    assert rule_saved(rule=rule, previous=before).version == 2


# --- The wellbeing guard ---------------------------------------------------------------


def _many_rules(count):
    built = course_with_modules(modules=count)
    return built, [
        rule_for(module, name=f"Rule {n}", skill=skill)
        for n, (module, skill) in enumerate(
            zip(
                built.modules,
                [
                    "empathy",
                    "qa-active-listening",
                    "qa-plain-language",
                    "consultative",
                    "problem-solving",
                ],
                strict=False,
            )
        )
    ]


def test_no_learner_holds_more_than_the_limit():
    _built, rules = _many_rules(4)
    person = learner("E1")

    feed(*[qa(f"{r.skill.code}-{n}", "E1", 40, skill=r.skill.code) for r in rules for n in (1, 2)])

    statuses = sorted(Assignment.objects.filter(user=person).values_list("status", "hold_reason"))
    assert statuses == [("held", "cap"), ("open", ""), ("open", ""), ("open", "")]
    assert EngineSettings.load().max_active_assignments == 3

    # Finishing one lets the held one through at the next evaluation.
    first = Assignment.objects.filter(user=person, status="open").first()
    course_services.assignment_close(assignment=first, reason=Assignment.ClosedReason.COMPLETED)
    engine.learner_reevaluate(user_id=person.pk)
    assert Assignment.objects.filter(user=person, status="open").count() == 3
    assert not Assignment.objects.filter(user=person, status="held").exists()


def test_high_workload_holds_non_urgent_learning_and_lets_urgent_through():
    built = course_with_modules(modules=2)
    normal = rule_for(built.modules[0], skill="empathy")
    urgent = rule_for(
        built.modules[1], skill="qa-active-listening", priority="urgent", name="Urgent"
    )
    person = learner("E1")

    feed(
        {**qa("w1", "E1", 0.95, source="workload", skill=None, scale_max=1)},
        *[
            qa(f"{r.skill.code}-{n}", "E1", 40, skill=r.skill.code)
            for r in (normal, urgent)
            for n in (1, 2)
        ],
    )

    assert Assignment.objects.get(user=person, origin_rule_id=normal.pk).hold_reason == "workload"
    assert Assignment.objects.get(user=person, origin_rule_id=urgent.pk).status == "open"

    # The workload signal ages out of the window: the held assignment is released.
    Signal.objects.filter(source="workload").update(observed_at=timezone.now() - timedelta(days=30))
    engine.learner_reevaluate(user_id=person.pk)
    assert Assignment.objects.get(user=person, origin_rule_id=normal.pk).status == "open"


# --- Runs, approvals, idempotency -------------------------------------------------------


def test_a_rule_run_gives_up_to_the_limit_and_the_rest_wait_for_approval():
    built = course_with_modules()
    rule = rule_for(built.modules[0], mode=AssignmentRule.Mode.SHADOW)
    settings = EngineSettings.load()
    settings.approval_threshold = 2
    settings.save()
    people = [learner(f"E{n}") for n in range(3)]
    # E2 is furthest below the threshold, E0 the least: E2 and E1 come first.
    signals_ingest(
        [qa(f"s{n}-{k}", f"E{n}", 50 - 5 * n) for n in range(3) for k in (1, 2)], queue=False
    )

    rule.mode = AssignmentRule.Mode.ACTIVE
    rule.save()
    summary = engine.rule_run(rule_id=rule.pk)

    batch = ApprovalBatch.objects.get()
    assert summary.batch_id == batch.pk and batch.size == 1 and summary.waiting == 1
    assert set(Assignment.objects.values_list("user_id", flat=True)) == {
        people[1].pk,
        people[2].pk,
    }
    assert RuleMatch.objects.get(user=people[0]).outcome == RuleMatch.Outcome.PENDING_APPROVAL
    # Meanwhile, new evidence for the one waiting does not go round the approval.
    feed(qa("later", "E0", 41))
    assert not Assignment.objects.filter(user=people[0]).exists()

    batch_decide(batch=batch, approve=True, actor=None)
    engine.rule_run(rule_id=rule.pk, approved_batch=batch)
    approved = Assignment.objects.get(user=people[0])
    assert approved.approval_batch_id == batch.pk
    assert Assignment.objects.count() == 3


def test_rejecting_a_batch_assigns_no_one_in_it():
    built = course_with_modules()
    rule = rule_for(built.modules[0])
    settings = EngineSettings.load()
    settings.approval_threshold = 1
    settings.save()
    for n in range(2):
        learner(f"E{n}")
    signals_ingest([qa(f"s{n}-{k}", f"E{n}", 40) for n in range(2) for k in (1, 2)], queue=False)

    engine.rule_run(rule_id=rule.pk)
    batch_decide(batch=ApprovalBatch.objects.get(), approve=False, actor=None)

    assert Assignment.objects.count() == 1
    assert not RuleMatch.objects.filter(outcome=RuleMatch.Outcome.PENDING_APPROVAL).exists()


def test_the_same_evaluation_run_twice_leaves_one_assignment():
    built = course_with_modules()
    rule = rule_for(built.modules[0])
    person = learner("E1")
    feed(qa("a", "E1", 50), qa("b", "E1", 55))

    engine.learner_reevaluate(user_id=person.pk)
    engine.rule_run(rule_id=rule.pk)
    engine.rule_run(rule_id=rule.pk)

    assert Assignment.objects.filter(user=person).count() == 1
    assert RuleMatch.objects.filter(user=person).count() == 1


def test_a_task_interrupted_between_steps_leaves_nothing_half_done(monkeypatch):
    built = course_with_modules()
    rule_for(built.modules[0])
    person = learner("E1")
    signals_ingest([qa("a", "E1", 50), qa("b", "E1", 55)], queue=False)

    def crash(*args, **kwargs):
        raise RuntimeError("worker killed")

    # Dies after the assignment is made, before the match and the signals are recorded.
    monkeypatch.setattr(engine, "_record_matches", crash)
    with pytest.raises(RuntimeError):
        engine.learner_reevaluate(user_id=person.pk)
    assert not Assignment.objects.exists()
    assert Signal.objects.filter(processed_at__isnull=True).count() == 2

    monkeypatch.undo()
    engine.learner_reevaluate(user_id=person.pk)  # the redelivered task
    engine.learner_reevaluate(user_id=person.pk)
    assert Assignment.objects.filter(user=person).count() == 1
    assert not Signal.objects.filter(processed_at__isnull=True).exists()


def test_wellbeing_signals_expire_after_the_retention_period():
    learner("E1")
    signals_ingest(
        [
            {
                **qa("old-w", "E1", 0.5, source="workload", skill=None, scale_max=1),
                "observed_at": (timezone.now() - timedelta(days=200)).isoformat(),
            },
            {**qa("new-w", "E1", 0.5, source="wellbeing_checkin", skill=None, scale_max=1)},
            {
                **qa("old-qa", "E1", 50),
                "observed_at": (timezone.now() - timedelta(days=200)).isoformat(),
            },
        ],
        queue=False,
    )

    # Wellbeing data expires after RETENTION_DAYS["wellbeing_signals"] (180 days);
    # other signals are kept longer.
    assert retention_enforce()["wellbeing_signals"] == 1
    assert sorted(Signal.objects.values_list("external_id", flat=True)) == ["new-w", "old-qa"]
