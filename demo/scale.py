"""An organisation at scale, for benchmarks and capacity checks: `manage.py seed_scale`.

Everything a real organisation has, in the proportions it has them: departments
and teams with a manager each, learners with profiles and verified addresses,
published courses of modules and lessons with a knowledge check per module,
enrolments with their lesson completions and the progress figures that follow
from them, certificates for completed courses, submitted attempts with their
results, skill signals, and the assignments that active rules make from them
(the engine itself runs, rule by rule).

Rows go in with PostgreSQL's COPY (or executemany on SQLite), generated from a
seeded random generator: the same seed gives the same organisation (people,
enrolments, scores, signals), with times counted back from the moment it runs.
"""

import json
import random
from dataclasses import dataclass, field
from datetime import timedelta

from django.db import connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

SCALE_DOMAIN = "scale.example.com"
FIRST_NAMES = [
    "Amara", "Ben", "Chloé", "Dev", "Elif", "Farah", "Gus", "Hana", "Iker", "Jonas",
    "Kemi", "Lucía", "Mateo", "Nia", "Omar", "Priya", "Quinn", "Rosa", "Sami", "Tomás",
    "Uma", "Vera", "Wen", "Ximena", "Yusuf", "Zoé",
]  # fmt: skip
LAST_NAMES = [
    "Osei", "Martin", "García", "Nguyen", "Kowalski", "Haddad", "Silva", "Dubois", "Okafor",
    "Sato", "Müller", "Rossi", "Jensen", "Popescu", "Ibrahim", "O'Neill", "Novak", "Costa",
]  # fmt: skip
# The soft skills QA scores, and a rule per skill that assigns its module.
SOFT_SKILLS = ["empathy", "qa-active-listening", "qa-acknowledging-feelings"]


@dataclass
class ScalePlan:
    learners: int = 20_000
    teams: int = 400
    teams_per_department: int = 20
    courses: int = 30
    modules: int = 5
    lessons: int = 3
    courses_per_learner: int = 5
    progress_rows: int = 1_000_000
    attempts: int = 200_000
    signals: int = 300_000
    seed: int = 1


@dataclass
class ScaleReport:
    counts: dict = field(default_factory=dict)
    seconds: dict = field(default_factory=dict)


class ScaleError(Exception):
    pass


def _copy(table: str, columns: list[str], rows) -> int:
    """Write rows fast: COPY on PostgreSQL, executemany elsewhere."""
    count = 0
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            names = ", ".join(connection.ops.quote_name(c) for c in columns)
            with cursor.cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
                    count += 1
        else:
            marks = ", ".join(["%s"] * len(columns))
            batch = []
            names = ", ".join(connection.ops.quote_name(c) for c in columns)
            sql = f"INSERT INTO {table} ({names}) VALUES ({marks})"  # noqa: S608
            for row in rows:
                batch.append(
                    tuple(json.dumps(v) if isinstance(v, (dict, list)) else v for v in row)
                )
                count += 1
                if len(batch) == 5000:
                    cursor.executemany(sql, batch)
                    batch = []
            if batch:
                cursor.executemany(sql, batch)
    return count


def _next_id(table: str) -> int:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}")  # noqa: S608
        return cursor.fetchone()[0]


def _sync_sequence(table: str) -> None:
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "  # noqa: S608
            f"(SELECT COALESCE(MAX(id), 1) FROM {table}))"
        )


def _jsonb(value):
    if connection.vendor == "postgresql":
        from psycopg.types.json import Jsonb

        return Jsonb(value)
    return value


def scale_seed(plan: ScalePlan, *, log=lambda message: None) -> ScaleReport:
    """Build the organisation described by ``plan`` in the current database."""
    from people.models import User

    if User.objects.filter(email__endswith=f"@{SCALE_DOMAIN}").exists():
        raise ScaleError(
            _("This database already holds a scale organisation; seed_scale needs a fresh one.")
        )
    if plan.courses_per_learner > plan.courses:
        raise ScaleError(_("Each learner cannot take more courses than there are."))
    rng = random.Random(plan.seed)  # noqa: S311 - made-up data, repeatable on purpose
    report = ScaleReport()
    now = timezone.now()
    clock = timezone.now

    started = clock()
    with transaction.atomic():
        people = _people(plan, rng, now)
    report.counts.update(people["counts"])
    report.seconds["people"] = (clock() - started).total_seconds()
    log(f"people: {people['counts']}")

    started = clock()
    with transaction.atomic():
        catalogue = _courses(plan, rng)
    report.counts["courses"] = len(catalogue["courses"])
    report.counts["lessons"] = sum(len(c["lessons"]) for c in catalogue["courses"])
    report.seconds["courses"] = (clock() - started).total_seconds()
    log(f"courses: {report.counts['courses']}, lessons: {report.counts['lessons']}")

    started = clock()
    with transaction.atomic():
        learning = _learning(plan, rng, now, people, catalogue)
    report.counts.update(learning)
    report.seconds["learning"] = (clock() - started).total_seconds()
    log(f"learning: {learning}")

    started = clock()
    with transaction.atomic():
        report.counts["signals"] = _signals(plan, rng, now, people)
    report.seconds["signals"] = (clock() - started).total_seconds()
    log(f"signals: {report.counts['signals']}")

    started = clock()
    report.counts["assignments"] = _rules_and_assignments(catalogue, now)
    report.seconds["assignments"] = (clock() - started).total_seconds()
    log(f"assignments: {report.counts['assignments']}")

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return report


# --- people ---------------------------------------------------------------------------


def _people(plan: ScalePlan, rng: random.Random, now) -> dict:
    from allauth.account.models import EmailAddress
    from django.contrib.auth.models import Group

    from people.models import Department, Team
    from people.roles import Role

    departments = [
        Department(name=f"Scale department {d + 1:02d}")
        for d in range(-(-plan.teams // plan.teams_per_department))
    ]
    Department.objects.bulk_create(departments)
    teams = [
        Team(department=departments[t // plan.teams_per_department], name=f"Team {t + 1:03d}")
        for t in range(plan.teams)
    ]
    Team.objects.bulk_create(teams)

    first_user = _next_id("people_user")
    ids = list(range(first_user, first_user + plan.learners))
    # The first learner of each team manages it.
    team_of = [teams[n % plan.teams] for n in range(plan.learners)]
    manager_of_team = {team.pk: ids[n] for n, team in enumerate(team_of[: plan.teams])}
    languages = rng.choices(["en", "es", "fr"], weights=[8, 1, 1], k=plan.learners)

    def users():
        for n, user_id in enumerate(ids):
            yield (
                user_id, "!", False, rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES),
                f"learner{n + 1:06d}@{SCALE_DOMAIN}", False, True,
                now - timedelta(days=400),
            )  # fmt: skip

    _copy(
        "people_user",
        ["id", "password", "is_superuser", "first_name", "last_name", "email", "is_staff",
         "is_active", "date_joined"],
        users(),
    )  # fmt: skip
    _sync_sequence("people_user")

    def profiles():
        for n, user_id in enumerate(ids):
            team = team_of[n]
            manager = manager_of_team[team.pk]
            yield (
                user_id, f"S{n + 1:06d}", "Customer service agent" if n >= plan.teams else
                "Team lead", team.department_id, team.pk, None if manager == user_id else manager,
                languages[n], True, now,
            )  # fmt: skip

    _copy(
        "people_profile",
        ["user_id", "employee_id", "job_role", "department_id", "team_id", "manager_id",
         "preferred_language", "learning_emails", "updated_at"],
        profiles(),
    )  # fmt: skip
    _sync_sequence("people_profile")

    learner_group = Group.objects.get(name=Role.LEARNER)
    manager_group = Group.objects.get(name=Role.MANAGER)
    _copy(
        "people_user_groups",
        ["user_id", "group_id"],
        [
            *((user_id, learner_group.pk) for user_id in ids),
            *((user_id, manager_group.pk) for user_id in manager_of_team.values()),
        ],
    )
    _copy(
        EmailAddress._meta.db_table,
        ["user_id", "email", "verified", "primary"],
        (
            (user_id, f"learner{n + 1:06d}@{SCALE_DOMAIN}", True, True)
            for n, user_id in enumerate(ids)
        ),
    )
    _sync_sequence(EmailAddress._meta.db_table)
    return {
        "ids": ids,
        "counts": {
            "departments": len(departments),
            "teams": len(teams),
            "learners": len(ids),
            "managers": len(manager_of_team),
        },
    }


# --- courses ------------------------------------------------------------------------------


def _question_pool(skills) -> list:
    from assessments.models import Question, QuestionOption

    pool = []
    for n in range(40):
        question = Question(
            kind="single_choice",
            prompt=f"Scenario {n + 1}: which reply keeps the customer's trust?",
        )
        question.options = [
            QuestionOption(
                text="Name what happened, own the next step and say when it will be done.",
                is_correct=True,
                sort_order=0,
            ),
            QuestionOption(text="Apologise for any inconvenience caused.", sort_order=1),
            QuestionOption(text="Tell the customer the system decided it.", sort_order=2),
        ]
        question.skills = [skills[n % len(skills)]]
        question.save()
        pool.append(question)
    return pool


def _courses(plan: ScalePlan, rng: random.Random) -> dict:
    from assessments.models import Assessment, AssessmentQuestion
    from courses.localisation import originals_only
    from courses.models import CatalogPage, CoursePage, LessonPage, ModulePage
    from skills.models import Skill

    catalog = CatalogPage.objects.filter(originals_only()).order_by("path").first()
    skills = list(Skill.objects.originals().filter(code__in=SOFT_SKILLS).order_by("code"))
    if len(skills) != len(SOFT_SKILLS):
        raise ScaleError(_("The skills taxonomy is missing: run the migrations first."))
    pool = _question_pool(skills)
    courses = []
    levels = ["foundation", "intermediate", "advanced"]
    for c in range(plan.courses):
        course = CoursePage(
            title=f"Scale course {c + 1:02d}: {skills[c % len(skills)].name} at work",
            slug=f"scale-course-{c + 1:02d}",
            summary="How to keep a customer's trust when an AI agent hands the conversation over.",
            level=levels[c % len(levels)],
            estimated_minutes=15 * plan.modules,
            completion_threshold=100,
        )
        course.skills = [skills[c % len(skills)]]
        catalog.add_child(instance=course)
        entry = {"page": course, "modules": [], "lessons": [], "checks": []}
        for m in range(plan.modules):
            module = ModulePage(title=f"Module {m + 1}", slug=f"module-{m + 1}")
            course.add_child(instance=module)
            check = Assessment(
                course=course,
                module=module,
                kind="knowledge_check",
                title=f"Check: {course.title}, module {m + 1}",
                pass_mark=60,
                shuffle_options=False,
            )
            check.fixed_questions = [
                AssessmentQuestion(question=q, sort_order=i)
                for i, q in enumerate(rng.sample(pool, 4))
            ]
            check.save()
            entry["modules"].append(module)
            entry["checks"].append(check)
            for n in range(plan.lessons):
                blocks = [
                    {"type": "heading", "value": f"Lesson {n + 1}"},
                    {
                        "type": "paragraph",
                        "value": "<p>An AI agent drafts; a person decides. Read the draft, "
                        "check it against what the customer said, and own the reply.</p>",
                    },
                ]
                if n == plan.lessons - 1:
                    blocks.append({"type": "knowledge_check", "value": {"assessment": check.pk}})
                lesson = LessonPage(
                    title=f"Lesson {m + 1}.{n + 1}",
                    slug=f"lesson-{n + 1}",
                    estimated_minutes=5,
                    body=json.dumps(blocks),
                )
                module.add_child(instance=lesson)
                entry["lessons"].append((m, lesson))
        courses.append(entry)
    return {"courses": courses, "skills": skills}


# --- learning -------------------------------------------------------------------------------


def _learning(plan: ScalePlan, rng: random.Random, now, people: dict, catalogue: dict) -> dict:
    from assessments.papers import build_paper
    from assessments.scoring import grade_paper

    courses = catalogue["courses"]
    per_course = plan.modules * plan.lessons
    enrolments = len(people["ids"]) * plan.courses_per_learner
    mean_done = plan.progress_rows / max(1, enrolments)

    # One paper per knowledge check, graded once right and once half right; every
    # seeded attempt reuses one of the two, as if the learner answered so.
    graded = {}
    for course in courses:
        for check in course["checks"]:
            paper = build_paper(check)
            right, half = {}, {}
            for i, item in enumerate(paper["questions"]):
                correct = item["key"]["correct"][0]
                wrong = next(o["id"] for o in item["options"] if o["id"] != correct)
                right[item["id"]] = {"choice": correct}
                half[item["id"]] = {"choice": correct if i % 2 else wrong}
            graded[check.pk] = (paper, grade_paper(paper, right), grade_paper(paper, half))

    enrollment_rows, module_rows, completion_rows, certificate_rows = [], [], [], []
    attempt_rows, result_rows = [], []
    enrollment_id = _next_id("courses_enrollment")
    attempt_id = _next_id("assessments_attempt")
    attempts_left = plan.attempts
    for user_id in people["ids"]:
        for course in rng.sample(courses, plan.courses_per_learner):
            page = course["page"]
            done = max(0, min(per_course, round(rng.gauss(mean_done, per_course / 4))))
            enrolled_at = now - timedelta(days=rng.randint(20, 120))
            finished = done == per_course
            times = sorted(
                enrolled_at + timedelta(minutes=rng.randint(1, 60 * 24 * 18)) for _ in range(done)
            )
            last_lesson = course["lessons"][done - 1][1].pk if done else None
            completed_at = times[-1] if finished else None
            enrollment_rows.append(
                (
                    enrollment_id, "completed" if finished else "active", "self", enrolled_at,
                    completed_at, done, per_course, round(100 * done / per_course),
                    times[-1] if times else enrolled_at, page.pk, user_id, last_lesson,
                )
            )  # fmt: skip
            for (_module, lesson), at in zip(course["lessons"], times, strict=False):
                completion_rows.append((at, "marked_done", page.pk, user_id, lesson.pk))
            for module_index, module in enumerate(course["modules"]):
                module_done = max(0, min(plan.lessons, done - module_index * plan.lessons))
                module_finished_at = (
                    times[(module_index + 1) * plan.lessons - 1]
                    if module_done == plan.lessons
                    else None
                )
                module_rows.append(
                    (module_done, plan.lessons, round(100 * module_done / plan.lessons),
                     module_finished_at, enrollment_id, module.pk)
                )  # fmt: skip
                if module_done == plan.lessons and attempts_left > 0:
                    check = course["checks"][module_index]
                    paper, right, half = graded[check.pk]
                    tries = 2 if rng.random() < 0.2 and attempts_left > 1 else 1
                    submitted = times[(module_index + 1) * plan.lessons - 1]
                    for number in range(1, tries + 1):
                        result = half if number < tries else right
                        attempt_rows.append(
                            (attempt_id, number, "submitted", _jsonb(paper),
                             submitted - timedelta(minutes=6), None,
                             submitted + timedelta(minutes=number - 1), False, check.pk, None,
                             user_id)
                        )  # fmt: skip
                        result_rows.append(
                            (result["score"], result["max_score"], result["percent"],
                             result["percent"] >= check.pass_mark,
                             _jsonb(result["per_question"]), _jsonb(result["per_skill"]),
                             submitted + timedelta(minutes=number - 1), attempt_id)
                        )  # fmt: skip
                        attempt_id += 1
                        attempts_left -= 1
            if finished:
                # Scale courses have no final assessment: their lessons are the criteria.
                criteria = {
                    "basis": "lessons",
                    "lessons_done": per_course,
                    "lessons_total": per_course,
                    "threshold": 100,
                    "finals": [],
                }
                certificate_rows.append(
                    (f"SC{enrollment_id:08d}", "", page.title, completed_at, user_id, page.pk,
                     enrollment_id, "lessons", _jsonb(criteria))
                )  # fmt: skip
            enrollment_id += 1

    _copy(
        "courses_enrollment",
        ["id", "status", "source", "enrolled_at", "completed_at", "lessons_done", "lessons_total",
         "progress_percent", "last_activity_at", "course_id", "user_id", "last_lesson_id"],
        enrollment_rows,
    )  # fmt: skip
    _sync_sequence("courses_enrollment")
    _copy(
        "courses_moduleprogress",
        ["lessons_done", "lessons_total", "percent", "completed_at", "enrollment_id", "module_id"],
        module_rows,
    )
    _copy(
        "courses_lessoncompletion",
        ["completed_at", "how", "course_id", "user_id", "lesson_id"],
        completion_rows,
    )
    _copy(
        "courses_certificate",
        ["code", "learner_name", "course_title", "issued_at", "user_id", "course_id",
         "enrollment_id", "basis", "criteria"],
        certificate_rows,
    )  # fmt: skip
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE courses_certificate SET learner_name = u.first_name || ' ' || u.last_name "
            "FROM people_user u WHERE u.id = courses_certificate.user_id "
            "AND courses_certificate.learner_name = ''"
        )
    _copy(
        "assessments_attempt",
        ["id", "number", "status", "paper", "started_at", "deadline_at", "submitted_at",
         "expired", "assessment_id", "lesson_id", "user_id"],
        attempt_rows,
    )  # fmt: skip
    _sync_sequence("assessments_attempt")
    _copy(
        "assessments_attemptresult",
        ["score", "max_score", "percent", "passed", "per_question", "per_skill", "graded_at",
         "attempt_id"],
        result_rows,
    )  # fmt: skip
    return {
        "enrolments": len(enrollment_rows),
        "module_progress": len(module_rows),
        "lesson_completions": len(completion_rows),
        "certificates": len(certificate_rows),
        "attempts": len(attempt_rows),
    }


# --- signals, rules and assignments -----------------------------------------------------------


def _signals(plan: ScalePlan, rng: random.Random, now, people: dict) -> int:
    from skills.models import Skill

    skills = list(Skill.objects.originals().filter(code__in=SOFT_SKILLS).order_by("code"))
    ids = people["ids"]

    def rows():
        for n in range(plan.signals):
            user_id = ids[n % len(ids)]
            skill = skills[(n // len(ids)) % len(skills)]
            source = "self_assessment" if n % 10 == 9 else "qa_soft_skills"
            # Most people do well; a tenth struggles with one skill.
            struggling = (user_id + skill.pk) % 10 == 0
            raw = rng.gauss(52 if struggling else 78, 8)
            raw = max(0.0, min(100.0, round(raw, 1)))
            observed = now - timedelta(days=rng.randint(1, 80), minutes=rng.randint(0, 1440))
            yield (
                raw / 100, raw, 0.0, 100.0, source, observed, f"scale-{n + 1:07d}", "", observed,
                skill.pk, user_id, now,
            )  # fmt: skip

    return _copy(
        "skills_signal",
        ["value", "raw_value", "scale_min", "scale_max", "source", "observed_at", "external_id",
         "note", "received_at", "skill_id", "user_id", "processed_at"],
        rows(),
    )  # fmt: skip


def _rules_and_assignments(catalogue: dict, now) -> int:
    from courses.models import Assignment
    from skills import engine
    from skills.models import AssignmentRule, EngineSettings

    settings = EngineSettings.load()
    threshold = settings.approval_threshold
    # A seeded organisation's first run is approved up front.
    EngineSettings.objects.filter(pk=settings.pk).update(approval_threshold=10_000_000)
    try:
        for n, skill in enumerate(catalogue["skills"]):
            course = catalogue["courses"][n]
            rule = AssignmentRule(
                name=f"Scale: {skill.name} below target",
                explanation=(
                    "Your recent QA scores on this skill are below the team's target; "
                    "this module practises it with real conversations."
                ),
                mode=AssignmentRule.Mode.ACTIVE,
                skill=skill,
                threshold=0.65,
                min_evidence=3,
                window_days=90,
                sources=["qa_soft_skills"],
            )
            rule.target_modules = [course["modules"][0]]
            rule.save()
            engine.rule_run(rule_id=rule.pk, now=now)
    finally:
        EngineSettings.objects.filter(pk=settings.pk).update(approval_threshold=threshold)
    return Assignment.objects.filter(origin_rule_id__isnull=False).count()
