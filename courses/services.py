"""Writes for enrolment, progress, assignments and certificates.

Progress is stored when it changes: completing a lesson updates that learner's
module and course rows in the same transaction, under a lock on the enrolment,
so two tabs marking the same lesson done give one completion.
"""

import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from core.i18n import translations_of
from courses import completion
from courses.coursemap import live_tree
from courses.models import (
    Assignment,
    AssignmentEvent,
    Certificate,
    CoursePage,
    Enrollment,
    EnrollmentEvent,
    LessonCompletion,
    LessonPage,
    ModulePage,
    ModuleProgress,
    Reflection,
)
from courses.selectors import course_structure, finished_work, lesson_needs_check, module_share
from courses.signals import assignment_closed

CODE_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789"  # no 0/O, 1/I/L, U


def _live_course(course: CoursePage) -> None:
    if not course.live:
        raise ValidationError(_("This course is not published."))


def enrollment_create(
    *, user, course: CoursePage, source: str = Enrollment.Source.SELF
) -> Enrollment:
    """Enrol ``user``; enrolling again after withdrawing reopens the same record."""
    _live_course(course)
    now = timezone.now()
    with transaction.atomic():
        enrollment = Enrollment.objects.select_for_update().filter(user=user, course=course).first()
        if enrollment is not None and enrollment.is_open:
            return enrollment
        if source == Enrollment.Source.SELF:
            missing = _missing_prerequisites(user=user, course=course)
            if missing:
                raise ValidationError(
                    _("Complete these courses first: %(courses)s.")
                    % {"courses": ", ".join(_titles_shown(missing))}
                )
        if enrollment is None:
            try:
                with transaction.atomic():
                    enrollment = Enrollment.objects.create(
                        user=user,
                        course=course,
                        source=source,
                        enrolled_at=now,
                        last_activity_at=now,
                    )
            except IntegrityError:
                # A second tab enrolled at the same moment.
                return Enrollment.objects.get(user=user, course=course)
            EnrollmentEvent.objects.create(
                enrollment=enrollment, kind=EnrollmentEvent.Kind.ENROLLED, at=now
            )
        else:
            enrollment.status = (
                Enrollment.Status.COMPLETED if enrollment.completed_at else Enrollment.Status.ACTIVE
            )
            enrollment.withdrawn_at = None
            enrollment.source = source
            enrollment.last_activity_at = now
            enrollment.save(update_fields=["status", "withdrawn_at", "source", "last_activity_at"])
            EnrollmentEvent.objects.create(
                enrollment=enrollment, kind=EnrollmentEvent.Kind.REENROLLED, at=now
            )
        progress_refresh(enrollment=enrollment)
    return enrollment


def _titles_shown(pages) -> list[str]:
    """Titles in the reader's language where translated: one query."""
    shown = translations_of(pages)
    return [shown.get(page.translation_key, page).title for page in pages]


def _missing_prerequisites(*, user, course: CoursePage) -> list[CoursePage]:
    required = list(course.prerequisites.live())
    if not required:
        return []
    completed = set(
        Enrollment.objects.filter(
            user=user, course__in=required, status=Enrollment.Status.COMPLETED
        ).values_list("course_id", flat=True)
    )
    return [page for page in required if page.pk not in completed]


def enrollment_withdraw(*, user, course: CoursePage) -> Enrollment:
    """Leave a course. Lessons done, reflections and the history are kept."""
    with transaction.atomic():
        enrollment = Enrollment.objects.select_for_update().filter(user=user, course=course).first()
        if enrollment is None or enrollment.status == Enrollment.Status.WITHDRAWN:
            raise ValidationError(_("You are not enrolled in this course."))
        if enrollment.status == Enrollment.Status.COMPLETED:
            raise ValidationError(_("A completed course stays on your record."))
        if Assignment.objects.filter(
            user=user, course=course, status=Assignment.Status.OPEN
        ).exists():
            raise ValidationError(
                _("This course was assigned to you; it stays until the assignment is closed.")
            )
        now = timezone.now()
        enrollment.status = Enrollment.Status.WITHDRAWN
        enrollment.withdrawn_at = now
        enrollment.save(update_fields=["status", "withdrawn_at"])
        EnrollmentEvent.objects.create(
            enrollment=enrollment, kind=EnrollmentEvent.Kind.WITHDRAWN, at=now
        )
    return enrollment


def _lesson_in_course(*, course: CoursePage, lesson_id: int) -> LessonPage:
    """The live lesson ``lesson_id`` under a live module of the live ``course``."""
    if not course.live:
        raise LessonNotFound
    lesson = LessonPage.objects.live().descendant_of(course).filter(pk=lesson_id).first()
    if lesson is None:
        raise LessonNotFound
    parent_path = lesson.path[: -LessonPage.steplen]
    if not ModulePage.objects.live().filter(path=parent_path).exists():
        raise LessonNotFound
    return lesson


class LessonNotFound(Exception):
    """The lesson is not a live lesson of a live module of this course."""


def _open_enrollment_for(*, user, course: CoursePage, lock: bool) -> Enrollment:
    queryset = Enrollment.objects.filter(user=user, course=course)
    if lock:
        queryset = queryset.select_for_update()
    enrollment = queryset.first()
    if enrollment is not None and enrollment.is_open:
        return enrollment
    if Assignment.objects.filter(user=user, course=course, status=Assignment.Status.OPEN).exists():
        # Assigned learners may start without enrolling first.
        enrollment_create(user=user, course=course, source=Enrollment.Source.ASSIGNED)
        return _open_enrollment_for(user=user, course=course, lock=lock)
    raise PermissionDenied(_("Enrol in this course to record progress."))


@dataclass(frozen=True)
class LessonDone:
    completion: LessonCompletion
    #: True when this lesson was the one that completed the course.
    course_completed: bool


def lesson_complete(
    *,
    user,
    course: CoursePage,
    lesson_id: int,
    how: str = LessonCompletion.How.MARKED_DONE,
) -> LessonDone:
    """Record that ``user`` finished a lesson; doing it twice stores nothing more,
    but refreshes progress, so that whatever the lesson finishes closes.

    Where the course requires its knowledge checks to be passed, a lesson with a
    check is done only by passing it (``how="knowledge_check"``)."""
    lesson = _lesson_in_course(course=course, lesson_id=lesson_id)
    with transaction.atomic():
        enrollment = _open_enrollment_for(user=user, course=course, lock=True)
        was_completed = enrollment.status == Enrollment.Status.COMPLETED
        now = timezone.now()
        row = LessonCompletion.objects.filter(user=user, lesson=lesson).first()
        if row is None:
            if how == LessonCompletion.How.MARKED_DONE and lesson_needs_check(
                course=course, lesson=lesson
            ):
                raise ValidationError(_("Pass this lesson's knowledge check to finish it."))
            row, _created = LessonCompletion.objects.get_or_create(
                user=user,
                lesson=lesson,
                defaults={"course": course, "completed_at": now, "how": how},
            )
        enrollment.last_lesson = lesson
        enrollment.last_activity_at = now
        enrollment.save(update_fields=["last_lesson", "last_activity_at"])
        progress_refresh(enrollment=enrollment)
    return LessonDone(
        completion=row,
        course_completed=not was_completed and enrollment.status == Enrollment.Status.COMPLETED,
    )


def lesson_visit(*, user, enrollment: Enrollment | None, lesson: LessonPage) -> None:
    """Remember the lesson for "continue where you left off"."""
    if enrollment is None or enrollment.last_lesson_id == lesson.pk:
        return
    enrollment.last_lesson = lesson
    enrollment.last_activity_at = timezone.now()
    enrollment.save(update_fields=["last_lesson", "last_activity_at"])


def progress_refresh(*, enrollment: Enrollment) -> Enrollment:
    """Store the enrolment's module and course progress from its completions.

    Called when progress may have changed (a lesson done or done again, a final
    passed, a lesson published or removed), never on a page view. Stamps when
    each module was first finished, completes the course when its criteria are
    met (courses/completion.py), issues its certificate, and closes the
    assignments whose work is done.
    """
    course = enrollment.course
    structure = course_structure(course=course)
    done = set(
        LessonCompletion.objects.filter(user_id=enrollment.user_id, course=course).values_list(
            "lesson_id", flat=True
        )
    )
    now = timezone.now()
    finished_at = dict(
        ModuleProgress.objects.filter(enrollment=enrollment).values_list(
            "module_id", "completed_at"
        )
    )
    rows = []
    course_done = course_total = 0
    for module, lessons in structure:
        module_done, required, percent = module_share(
            [(lesson.pk, lesson.optional) for lesson in lessons], done
        )
        completed_at = finished_at.get(module.pk)
        if completed_at is None and required and module_done == required:
            completed_at = now
        finished_at[module.pk] = completed_at
        rows.append(
            ModuleProgress(
                enrollment=enrollment,
                module=module,
                lessons_done=module_done,
                lessons_total=required,
                percent=percent,
                completed_at=completed_at,
            )
        )
        course_done += module_done
        course_total += required

    ModuleProgress.objects.bulk_create(
        rows,
        update_conflicts=True,
        unique_fields=["enrollment", "module"],
        update_fields=["lessons_done", "lessons_total", "percent", "completed_at"],
    )
    ModuleProgress.objects.filter(enrollment=enrollment).exclude(
        module_id__in=[module.pk for module, _lessons in structure]
    ).delete()

    percent = round(100 * course_done / course_total) if course_total else 0
    enrollment.lessons_done = course_done
    enrollment.lessons_total = course_total
    enrollment.progress_percent = percent
    fields = ["lessons_done", "lessons_total", "progress_percent"]
    criteria = None
    if enrollment.status == Enrollment.Status.ACTIVE:
        criteria = completion.criteria_for(
            enrollment=enrollment,
            course=course,
            lessons_done=course_done,
            lessons_total=course_total,
        )
        if criteria.met:
            enrollment.status = Enrollment.Status.COMPLETED
            enrollment.completed_at = enrollment.completed_at or now
            fields += ["status", "completed_at"]
            EnrollmentEvent.objects.create(
                enrollment=enrollment, kind=EnrollmentEvent.Kind.COMPLETED, at=now
            )
    enrollment.save(update_fields=fields)

    if enrollment.status == Enrollment.Status.COMPLETED:
        certificate_issue(enrollment=enrollment, criteria=criteria)
    assignments_close_done(enrollment=enrollment, modules_finished_at=finished_at)
    return enrollment


def progress_refresh_for(*, user, course: CoursePage) -> Enrollment | None:
    """Refresh the learner's progress in ``course`` under a lock on their
    enrolment, if they have one that is not withdrawn."""
    with transaction.atomic():
        enrollment = (
            Enrollment.objects.select_for_update()
            .filter(user=user, course=course)
            .exclude(status=Enrollment.Status.WITHDRAWN)
            .first()
        )
        if enrollment is None:
            return None
        enrollment.course = course
        return progress_refresh(enrollment=enrollment)


def assignments_close_done(*, enrollment: Enrollment, modules_finished_at: dict | None = None):
    """Close the learner's active assignments in this course whose work is done:
    "completed" when it was done after being assigned, "already_complete" when
    it had been done before (an assignment is never made for finished work, but
    one may predate this rule, or a held one may wait while the work is done)."""
    if modules_finished_at is None:
        modules_finished_at = dict(
            ModuleProgress.objects.filter(enrollment=enrollment).values_list(
                "module_id", "completed_at"
            )
        )
    finished = {module_id: at for module_id, at in modules_finished_at.items() if at is not None}
    course_done_at = (
        enrollment.completed_at if enrollment.status == Enrollment.Status.COMPLETED else None
    )
    scope = Q(module_id__in=list(finished))
    if course_done_at is not None:
        scope |= Q(module__isnull=True)
    closed = 0
    for assignment in Assignment.objects.filter(
        scope,
        user_id=enrollment.user_id,
        course_id=enrollment.course_id,
        status__in=[Assignment.Status.OPEN, Assignment.Status.HELD],
    ).order_by("pk"):
        done_at = finished[assignment.module_id] if assignment.module_id else course_done_at
        reason = (
            Assignment.ClosedReason.ALREADY_COMPLETE
            if done_at < assignment.created_at
            else Assignment.ClosedReason.COMPLETED
        )
        assignment_close(assignment=assignment, reason=reason)
        closed += 1
    return closed


def course_progress_recompute(*, course_id: int, batch_size: int = 200) -> int:
    """Refresh every open enrolment of a course after its lessons changed."""
    course = CoursePage.objects.filter(pk=course_id).first()
    if course is None:
        return 0
    count = 0
    last_pk = 0
    while True:
        batch = list(
            Enrollment.objects.filter(
                course=course, pk__gt=last_pk, status=Enrollment.Status.ACTIVE
            )
            .order_by("pk")
            .values_list("pk", flat=True)[:batch_size]
        )
        if not batch:
            return count
        for pk in batch:
            with transaction.atomic():
                enrollment = Enrollment.objects.select_for_update().get(pk=pk)
                enrollment.course = course
                progress_refresh(enrollment=enrollment)
            count += 1
        last_pk = batch[-1]


def certificate_issue(
    *, enrollment: Enrollment, criteria: completion.Criteria | None = None
) -> Certificate:
    """The certificate of a completed enrolment, with what the learner met."""
    existing = Certificate.objects.filter(enrollment=enrollment).first()
    if existing is not None:
        return existing
    if criteria is None:
        criteria = completion.criteria_for(
            enrollment=enrollment,
            course=enrollment.course,
            lessons_done=enrollment.lessons_done,
            lessons_total=enrollment.lessons_total,
        )
    user = enrollment.user
    for _attempt in range(5):
        code = "-".join(
            "".join(secrets.choice(CODE_ALPHABET) for _ in range(4)) for _group in range(3)
        )
        try:
            with transaction.atomic():
                return Certificate.objects.create(
                    enrollment=enrollment,
                    user=user,
                    course=enrollment.course,
                    code=code,
                    learner_name=user.get_full_name() or user.email,
                    course_title=enrollment.course.title,
                    issued_at=enrollment.completed_at or timezone.now(),
                    criteria=criteria.record(),
                    basis=criteria.basis,
                )
        except IntegrityError:
            existing = Certificate.objects.filter(enrollment=enrollment).first()
            if existing is not None:
                return existing
    raise RuntimeError("Could not find a free certificate code.")


def certificate_revoke(*, certificate: Certificate) -> Certificate:
    """Revoke a certificate, a deliberate act for one certificate (a completion
    withdrawn): its public page says it is revoked, its PDF and its Open Badge
    are no longer given out, and the badge's bit in the status list is set, so
    every verifier sees it revoked. Revoking it again changes nothing."""
    if certificate.revoked_at is None:
        certificate.revoked_at = timezone.now()
        certificate.save(update_fields=["revoked_at"])
    return certificate


def reflection_save(
    *, user, course: CoursePage, lesson_id: int, block_id: str, text: str
) -> Reflection:
    lesson = _lesson_in_course(course=course, lesson_id=lesson_id)
    # The prompt may be read in a translation of the lesson; its blocks count too.
    bodies = [lesson.body, *(t.body for t in translations_of([lesson], language=None).values())]
    prompts = {
        str(block.id) for body in bodies for block in body if block.block_type == "reflection"
    }
    if block_id not in prompts:
        raise LessonNotFound
    text = text.strip()
    if len(text) > 5000:
        raise ValidationError(_("Keep your reflection under 5,000 characters."))
    with transaction.atomic():
        _open_enrollment_for(user=user, course=course, lock=False)
        reflection, _created = Reflection.objects.update_or_create(
            user=user, lesson=lesson, block_id=block_id, defaults={"text": text}
        )
    return reflection


def _assignment_event(
    assignment: Assignment, kind: str, *, actor=None, reason: str = "", note: str = ""
) -> None:
    AssignmentEvent.objects.create(
        assignment=assignment, kind=kind, at=timezone.now(), actor=actor, reason=reason, note=note
    )


def _manual_facts(*, course: CoursePage, module: ModulePage | None) -> dict:
    """The facts of an assignment a person makes: what done looks like is put
    into words when read (skills/explanations.py); the why is the person's own."""
    return {
        "version": 1,
        "kind": "manual",
        "course": course.pk,
        "module": module.pk if module else None,
        "done": "module" if module else "course",
    }


def _active_assignments(*, user, course: CoursePage, module: ModulePage | None):
    queryset = Assignment.objects.filter(
        user=user, course=course, status__in=[Assignment.Status.OPEN, Assignment.Status.HELD]
    )
    return (
        queryset.filter(module=module)
        if module is not None
        else queryset.filter(module__isnull=True)
    )


class WorkAlreadyDone(ValidationError):
    """The learner has already finished what would be assigned."""


def assignment_create(
    *,
    user,
    course: CoursePage,
    module: ModulePage | None = None,
    due_at: datetime | None = None,
    reason: str,
    source: str = Assignment.Source.MANUAL,
    assigned_by=None,
    priority: str = Assignment.Priority.NORMAL,
    evidence_text: str = "",
    done_when: str = "",
    basis: dict | None = None,
    facts: dict | None = None,
    origin_rule_id: int | None = None,
    origin_rule_version: int | None = None,
    approval_batch_id: int | None = None,
    hold_reason: str = "",
) -> tuple[Assignment, bool]:
    """Give a course, or a module of it, to a learner. Returns (assignment, created);
    an active assignment of the same course or module is kept, not doubled.
    Work the learner has already finished is never assigned: WorkAlreadyDone.

    With ``hold_reason`` the assignment waits ("held") and the learner is not
    enrolled until it is released.
    """
    _live_course(course)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(_("Say why the learning is assigned."))
    if module is not None and not ModulePage.objects.child_of(course).filter(pk=module.pk).exists():
        raise ValidationError(_("That module is not part of this course."))
    if due_at is not None and due_at <= timezone.now():
        raise ValidationError(_("The due date must be in the future."))
    if not done_when:
        if facts is None:
            facts = _manual_facts(course=course, module=module)
        done_when = (
            _("Finish every required lesson of the module “%(title)s”.") % {"title": module.title}
            if module is not None
            else _("Complete the course “%(title)s”.") % {"title": course.title}
        )
    with transaction.atomic():
        existing = (
            _active_assignments(user=user, course=course, module=module).select_for_update().first()
        )
        if existing is not None:
            return existing, False
        if finished_work([(user.pk, course.pk, module.pk if module else None)]):
            raise WorkAlreadyDone(_("%(name)s has already finished it.") % {"name": user})
        try:
            with transaction.atomic():
                assignment = Assignment.objects.create(
                    user=user,
                    course=course,
                    module=module,
                    due_at=due_at,
                    reason=reason,
                    evidence_text=evidence_text,
                    done_when=done_when,
                    basis=basis or {},
                    facts=facts or {},
                    source=source,
                    origin_rule_id=origin_rule_id,
                    origin_rule_version=origin_rule_version,
                    approval_batch_id=approval_batch_id,
                    priority=priority,
                    assigned_by=assigned_by,
                    status=Assignment.Status.HELD if hold_reason else Assignment.Status.OPEN,
                    hold_reason=hold_reason,
                    created_at=timezone.now(),
                )
        except IntegrityError:
            # A second worker or tab made the same assignment at the same moment.
            return _active_assignments(user=user, course=course, module=module).get(), False
        _assignment_event(assignment, AssignmentEvent.Kind.CREATED, actor=assigned_by)
        if hold_reason:
            _assignment_event(assignment, AssignmentEvent.Kind.HELD, reason=hold_reason)
        else:
            enrollment_create(user=user, course=course, source=Enrollment.Source.ASSIGNED)
    return assignment, True


@dataclass
class AssignmentDraft:
    """One assignment to give, for ``assignments_create_many``."""

    user: object
    course: CoursePage
    module: ModulePage | None
    reason: str
    due_at: datetime | None = None
    source: str = Assignment.Source.RULE
    priority: str = Assignment.Priority.NORMAL
    evidence_text: str = ""
    done_when: str = ""
    basis: dict = field(default_factory=dict)
    facts: dict = field(default_factory=dict)
    origin_rule_id: int | None = None
    origin_rule_version: int | None = None
    hold_reason: str = ""
    approval_batch_id: int | None = None

    @property
    def key(self) -> tuple[int, int, int | None]:
        return (self.user.pk, self.course.pk, self.module.pk if self.module else None)


def assignments_create_many(*, drafts: list[AssignmentDraft]) -> list[Assignment]:
    """Give many learners an assignment each, as ``assignment_create`` does for
    one (the same checks, events and enrolments), in a fixed number of
    statements however many there are. A draft whose learner already has that
    course or module active, or has already finished it, is skipped. Returns the
    assignments made.

    What the bulk path cannot settle alone - an assignment or enrolment made by
    someone else at the same moment, a learner coming back to a course left,
    or lessons already done - goes through the one-at-a-time services.
    """
    now = timezone.now()
    for draft in drafts:
        _live_course(draft.course)
        if not (draft.reason or "").strip():
            raise ValidationError(_("Say why the learning is assigned."))
        module = draft.module
        if module is not None and not (
            module.path.startswith(draft.course.path) and module.depth == draft.course.depth + 1
        ):
            raise ValidationError(_("That module is not part of this course."))
        if draft.due_at is not None and draft.due_at <= now:
            raise ValidationError(_("The due date must be in the future."))
    if not drafts:
        return []
    with transaction.atomic():
        active = set(
            Assignment.objects.filter(
                status__in=[Assignment.Status.OPEN, Assignment.Status.HELD],
                user_id__in={d.user.pk for d in drafts},
                course_id__in={d.course.pk for d in drafts},
            ).values_list("user_id", "course_id", "module_id")
        )
        done = finished_work(draft.key for draft in drafts)
        fresh: dict[tuple, AssignmentDraft] = {}
        for draft in drafts:
            if draft.key not in active and draft.key not in done:
                fresh.setdefault(draft.key, draft)
        rows = [
            Assignment(
                user=draft.user,
                course=draft.course,
                module=draft.module,
                due_at=draft.due_at,
                reason=draft.reason.strip(),
                evidence_text=draft.evidence_text,
                done_when=draft.done_when,
                basis=draft.basis,
                facts=draft.facts,
                source=draft.source,
                origin_rule_id=draft.origin_rule_id,
                origin_rule_version=draft.origin_rule_version,
                approval_batch_id=draft.approval_batch_id,
                priority=draft.priority,
                status=Assignment.Status.HELD if draft.hold_reason else Assignment.Status.OPEN,
                hold_reason=draft.hold_reason,
                created_at=now,
            )
            for draft in fresh.values()
        ]
        try:
            with transaction.atomic():
                Assignment.objects.bulk_create(rows, batch_size=500)
        except IntegrityError:
            # Somebody assigned one of these at the same moment: one at a time.
            return _assignments_one_by_one(list(fresh.values()))
        events = [
            AssignmentEvent(assignment=row, kind=AssignmentEvent.Kind.CREATED, at=now)
            for row in rows
        ] + [
            AssignmentEvent(
                assignment=row,
                kind=AssignmentEvent.Kind.HELD,
                at=now,
                reason=row.hold_reason,
            )
            for row in rows
            if row.hold_reason
        ]
        AssignmentEvent.objects.bulk_create(events, batch_size=500)
        _enrolments_for(
            [(draft.user, draft.course) for draft in fresh.values() if not draft.hold_reason],
            now=now,
        )
    return rows


def _assignments_one_by_one(drafts: list[AssignmentDraft]) -> list[Assignment]:
    made = []
    for draft in drafts:
        try:
            assignment, created = assignment_create(
                user=draft.user,
                course=draft.course,
                module=draft.module,
                due_at=draft.due_at,
                reason=draft.reason,
                source=draft.source,
                priority=draft.priority,
                evidence_text=draft.evidence_text,
                done_when=draft.done_when,
                basis=draft.basis,
                facts=draft.facts,
                origin_rule_id=draft.origin_rule_id,
                origin_rule_version=draft.origin_rule_version,
                approval_batch_id=draft.approval_batch_id,
                hold_reason=draft.hold_reason,
            )
        except WorkAlreadyDone:
            continue
        if created:
            made.append(assignment)
    return made


def _enrolments_for(pairs: list[tuple], *, now) -> None:
    """Enrol each (learner, course) as assigned, unless already enrolled.

    New enrolments of learners with no lesson done in the course are written
    together with their module progress (none done yet); a learner coming back
    to a course, or one with lessons done, is enrolled one at a time, which
    refreshes their progress.
    """
    pairs = list({(user.pk, course.pk): (user, course) for user, course in pairs}.values())
    if not pairs:
        return
    user_ids = {user.pk for user, _course in pairs}
    course_ids = {course.pk for _user, course in pairs}
    existing = {
        (row.user_id, row.course_id): row
        for row in Enrollment.objects.filter(user_id__in=user_ids, course_id__in=course_ids)
    }
    started = set(
        LessonCompletion.objects.filter(user_id__in=user_ids, course_id__in=course_ids)
        .values_list("user_id", "course_id")
        .distinct()
    )
    new, one_by_one = [], []
    for user, course in pairs:
        enrollment = existing.get((user.pk, course.pk))
        if enrollment is not None and enrollment.is_open:
            continue
        if enrollment is None and (user.pk, course.pk) not in started:
            new.append((user, course))
        else:
            one_by_one.append((user, course))
    tree = live_tree(list({course.pk: course for _user, course in new}.values()))
    shares = {
        course_id: [
            (module, module_share([(lesson.pk, lesson.optional) for lesson in lessons], set()))
            for module, lessons in branch
        ]
        for course_id, branch in tree.items()
    }
    enrollments = [
        Enrollment(
            user=user,
            course=course,
            source=Enrollment.Source.ASSIGNED,
            enrolled_at=now,
            last_activity_at=now,
            lessons_total=sum(total for _module, (_done, total, _pc) in shares[course.pk]),
        )
        for user, course in new
    ]
    try:
        with transaction.atomic():
            Enrollment.objects.bulk_create(enrollments, batch_size=500)
    except IntegrityError:
        # A learner enrolled at the same moment: one at a time.
        one_by_one += new
        enrollments = []
    EnrollmentEvent.objects.bulk_create(
        [
            EnrollmentEvent(enrollment=row, kind=EnrollmentEvent.Kind.ENROLLED, at=now)
            for row in enrollments
        ],
        batch_size=500,
    )
    ModuleProgress.objects.bulk_create(
        [
            ModuleProgress(
                enrollment=row, module=module, lessons_done=0, lessons_total=total, percent=percent
            )
            for row in enrollments
            for module, (_done, total, percent) in shares[row.course_id]
        ],
        batch_size=1000,
    )
    for user, course in one_by_one:
        enrollment_create(user=user, course=course, source=Enrollment.Source.ASSIGNED)


def assignments_rule_text_translate(*, rule_id: int, texts: dict[str, str]) -> int:
    """Give a rule's assignments its why in the languages now translated: those
    whose why, as kept, is the rule's original text as it reads now (a changed
    original is a different why, and is not rewritten). Returns how many changed."""
    original = texts.get(settings.LANGUAGE_CODE, "").strip()
    changed = []
    for assignment in Assignment.objects.filter(origin_rule_id=rule_id).only("pk", "facts"):
        kept = (assignment.facts or {}).get("explanation") or {}
        if kept.get(settings.LANGUAGE_CODE, "").strip() == original and kept != texts:
            assignment.facts = {**assignment.facts, "explanation": dict(texts)}
            changed.append(assignment)
    Assignment.objects.bulk_update(changed, ["facts"], batch_size=500)
    return len(changed)


def assignment_release(*, assignment: Assignment) -> Assignment:
    """A held assignment becomes open: the learner is enrolled and told. One
    whose work the learner finished while it waited closes instead."""
    with transaction.atomic():
        assignment = Assignment.objects.select_for_update().get(pk=assignment.pk)
        if assignment.status != Assignment.Status.HELD:
            return assignment
        key = (assignment.user_id, assignment.course_id, assignment.module_id)
        if finished_work([key]):
            return assignment_close(
                assignment=assignment, reason=Assignment.ClosedReason.ALREADY_COMPLETE
            )
        assignment.status = Assignment.Status.OPEN
        assignment.hold_reason = ""
        assignment.save(update_fields=["status", "hold_reason"])
        _assignment_event(assignment, AssignmentEvent.Kind.RELEASED)
        enrollment_create(
            user=assignment.user, course=assignment.course, source=Enrollment.Source.ASSIGNED
        )
    return assignment


def assignment_close(
    *, assignment: Assignment, reason: str, actor=None, note: str = ""
) -> Assignment:
    """Close an active assignment for ``reason``; closing a closed one changes nothing.
    ``note`` is for what a person wrote: the reason is put into words when read."""
    if not assignment.is_active:
        return assignment
    was_open = assignment.status == Assignment.Status.OPEN
    now = timezone.now()
    cancelled = reason in (
        Assignment.ClosedReason.CANCELLED,
        Assignment.ClosedReason.CONTEST_UPHELD,
    )
    assignment.status = Assignment.Status.CANCELLED if cancelled else Assignment.Status.COMPLETED
    assignment.closed_reason = reason
    assignment.hold_reason = ""
    fields = ["status", "closed_reason", "hold_reason"]
    if cancelled:
        assignment.cancelled_at = now
        fields.append("cancelled_at")
    else:
        assignment.completed_at = now
        fields.append("completed_at")
    assignment.save(update_fields=fields)
    _assignment_event(
        assignment,
        AssignmentEvent.Kind.CLOSED,
        actor=actor,
        reason=reason,
        note=note,
    )
    if was_open:
        assignment_closed.send(sender=Assignment, assignment=assignment)
    return assignment


def assignment_cancel(*, assignment: Assignment, actor=None) -> Assignment:
    if not assignment.is_active:
        raise ValidationError(_("Only an open assignment can be cancelled."))
    return assignment_close(
        assignment=assignment, reason=Assignment.ClosedReason.CANCELLED, actor=actor
    )


SNOOZE_DAYS = 7


def assignment_snooze(*, user, assignment_id: int) -> Assignment:
    """Put an assignment off for a week, once: its due date moves and reminders wait."""
    with transaction.atomic():
        assignment = (
            Assignment.objects.select_for_update().filter(pk=assignment_id, user=user).first()
        )
        if assignment is None:
            raise Assignment.DoesNotExist
        if assignment.status != Assignment.Status.OPEN:
            raise ValidationError(_("Only an open assignment can be snoozed."))
        if assignment.snooze_used:
            raise ValidationError(_("You have already snoozed this assignment once."))
        now = timezone.now()
        assignment.snooze_used = True
        assignment.snoozed_until = now + timedelta(days=SNOOZE_DAYS)
        if assignment.due_at is not None:
            assignment.due_at = max(assignment.due_at, now) + timedelta(days=SNOOZE_DAYS)
        assignment.save(update_fields=["snooze_used", "snoozed_until", "due_at"])
        _assignment_event(
            assignment,
            AssignmentEvent.Kind.SNOOZED,
            actor=user,
            reason=str(SNOOZE_DAYS),  # the days put off: put into words when read
        )
    return assignment


def assignments_test_out(*, user, course: CoursePage, module: ModulePage | None = None) -> int:
    """Close the learner's assignments that a passed pre-test shows they do not need:
    the module's, or for a course-level pre-test the course's and all its modules'."""
    scope = Q(module=module) if module is not None else Q()
    closed = 0
    with transaction.atomic():
        for assignment in Assignment.objects.select_for_update().filter(
            scope,
            user=user,
            course=course,
            status__in=[Assignment.Status.OPEN, Assignment.Status.HELD],
        ):
            assignment_close(assignment=assignment, reason=Assignment.ClosedReason.TESTED_OUT)
            closed += 1
    return closed


def learner_data_erase(*, user) -> dict[str, int]:
    """Remove what is private to ``user`` or identifies them, and keep what
    completion statistics count: enrolments, progress, completion times and the
    existence of certificates and assignments stay; reflections go, the name on
    certificates is blanked, and assignments lose the evidence about the person,
    a manual reason written about them and the notes of their history (a
    contest's text among them)."""
    reflections, _detail = Reflection.objects.filter(user=user).delete()
    certificates = Certificate.objects.filter(user=user).update(learner_name="")
    assignments = list(
        Assignment.objects.filter(user=user).only("pk", "basis", "facts", "source", "reason")
    )
    for assignment in assignments:
        rule = (assignment.basis or {}).get("rule")
        assignment.basis = {"rule": rule} if rule else {}
        # The rule, the skill and the target stay; the person's evidence goes.
        assignment.facts = {
            key: value for key, value in (assignment.facts or {}).items() if key != "evidence"
        }
        assignment.evidence_text = ""
        if assignment.source == Assignment.Source.MANUAL:
            assignment.reason = ""
    Assignment.objects.bulk_update(
        assignments, ["basis", "facts", "evidence_text", "reason"], batch_size=500
    )
    notes = AssignmentEvent.objects.filter(assignment__user=user).exclude(note="").update(note="")
    return {
        "reflections": reflections,
        "certificates": certificates,
        "assignments": len(assignments),
        "assignment_notes": notes,
    }
