"""seed_scale builds a coherent organisation, the same one for the same seed,
and the site works on it: the pages read what it wrote."""

import hashlib
import io

import pytest
from django.core.management import CommandError, call_command
from django.db import transaction

from assessments.models import Attempt
from courses.models import Assignment, Enrollment, LessonCompletion, ModuleProgress
from demo.scale import SCALE_DOMAIN, ScalePlan, scale_seed
from people.models import User
from skills.models import Signal

pytestmark = pytest.mark.django_db

SMALL = ScalePlan(
    learners=60,
    teams=6,
    teams_per_department=3,
    courses=4,
    modules=2,
    lessons=2,
    courses_per_learner=2,
    progress_rows=300,
    attempts=40,
    signals=600,
    seed=7,
)


def digest() -> str:
    """What the seed decides: who, where, what they did and scored."""
    rows = [
        list(
            User.objects.filter(email__endswith=SCALE_DOMAIN)
            .order_by("email")
            .values_list("email", "first_name", "last_name", "profile__team__name")
        ),
        list(
            Enrollment.objects.order_by("user__email", "course__slug").values_list(
                "user__email", "course__slug", "lessons_done", "status"
            )
        ),
        list(
            Attempt.objects.order_by("user__email", "assessment__title", "number").values_list(
                "user__email", "assessment__title", "number", "result__percent"
            )
        ),
        list(
            Signal.objects.order_by("external_id").values_list(
                "external_id", "user__email", "skill__code", "raw_value"
            )
        ),
    ]
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def test_the_plan_is_built_and_hangs_together():
    report = scale_seed(SMALL)

    assert report.counts["learners"] == 60
    assert report.counts["teams"] == 6
    assert report.counts["departments"] == 2
    assert report.counts["managers"] == 6
    assert report.counts["courses"] == 4
    assert report.counts["lessons"] == 4 * 2 * 2
    # Two courses each, plus the enrolments that the rules' assignments made.
    assert report.counts["enrolments"] == 60 * 2
    assert 60 * 2 <= Enrollment.objects.count() <= 60 * 2 + Assignment.objects.count()
    assert report.counts["module_progress"] == 60 * 2 * 2
    assert ModuleProgress.objects.filter(enrollment__source="self").count() == 60 * 2 * 2
    assert report.counts["attempts"] == Attempt.objects.count() <= 40
    assert Signal.objects.count() == 600
    # Progress figures follow from the completions written.
    for enrollment in Enrollment.objects.filter(source="self")[:30]:
        done = LessonCompletion.objects.filter(
            user_id=enrollment.user_id, course_id=enrollment.course_id
        ).count()
        assert enrollment.lessons_done == done
        assert enrollment.progress_percent == round(100 * done / 4)
        assert (enrollment.status == "completed") == (done == 4)
    # Every seeded attempt is graded, with a result the result page can read.
    assert not Attempt.objects.filter(result__isnull=True).exists()
    # The active rules ran: whoever struggles with a skill got its module.
    assert report.counts["assignments"] == Assignment.objects.count() > 0
    assert not Assignment.objects.exclude(evidence_text__gt="").exists()


def test_the_same_seed_builds_the_same_organisation():
    digests = []
    for _ in range(2):
        with transaction.atomic():
            scale_seed(SMALL)
            digests.append(digest())
            transaction.set_rollback(True)
    with transaction.atomic():
        scale_seed(ScalePlan(**{**vars(SMALL), "seed": 8}))
        other = digest()
        transaction.set_rollback(True)

    assert digests[0] == digests[1]
    assert other != digests[0]


def test_the_site_reads_the_seeded_organisation(client):
    scale_seed(SMALL)
    enrollment = (
        Enrollment.objects.filter(lessons_done__gt=0, user__profile__manager__isnull=False)
        .select_related("course")
        .first()
    )
    learner = enrollment.user
    client.force_login(learner)

    dashboard = client.get("/learning/")
    assert dashboard.status_code == 200
    assert enrollment.course.title in dashboard.content.decode()
    attempt = Attempt.objects.filter(user=learner).first() or Attempt.objects.first()
    client.force_login(attempt.user)
    assert client.get(f"/assessments/attempts/{attempt.pk}/result/").status_code == 200
    manager = learner.profile.manager
    client.force_login(manager)
    assert client.get("/learning/team/").status_code == 200


def test_a_second_run_is_refused_and_bad_sizes_are_refused():
    call_command("seed_scale", *_small_args(), stdout=io.StringIO())
    with pytest.raises(CommandError, match="already holds a scale organisation"):
        call_command("seed_scale", *_small_args(), stdout=io.StringIO())
    with pytest.raises(CommandError, match="--learners must be a positive number"):
        call_command("seed_scale", "--learners", "0", stdout=io.StringIO())


def _small_args() -> list[str]:
    args = []
    for name in ("learners", "teams", "courses", "modules", "lessons", "courses_per_learner",
                 "progress_rows", "attempts", "signals", "seed"):  # fmt: skip
        args += [f"--{name.replace('_', '-')}", str(getattr(SMALL, name))]
    return args
