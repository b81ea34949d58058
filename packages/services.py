"""Writes for content packages: storing an upload, and each learner's progress
in one, with what finishing it means for the lesson and the skills."""

import hashlib
import logging
import secrets
import shutil
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from courses import services as course_services
from courses.models import LessonCompletion
from packages.archive import Archive, archive_check
from packages.errors import PackageInvalid
from packages.h5p.package import h5p_manifest
from packages.h5p.results import h5p_result, h5p_state_clean
from packages.launch import Launch
from packages.models import H5pActivity, H5pState, Progress, ScormPackage, ScormState, Success
from packages.scorm.cmi import cmi_merge, cmi_outcome
from packages.scorm.manifest import scorm_manifest
from skills.models import Signal, Skill
from skills.services import signal_record

logger = logging.getLogger(__name__)


def package_path(package) -> Path:
    return Path(settings.PACKAGES_ROOT) / package.folder


def _read(package, archive: Archive):
    if isinstance(package, ScormPackage):
        return scorm_manifest(archive)
    return h5p_manifest(archive)


def package_check(*, package, upload):
    """The upload's manifest for ``package``'s kind, or PackageInvalid. Nothing
    is written."""
    archive = archive_check(upload)
    try:
        return _read(package, archive)
    finally:
        archive.close()


def _unpack(archive: Archive, target: Path) -> None:
    target.mkdir(parents=True)
    for name in sorted(archive.names):
        destination = target.joinpath(*name.split("/"))
        # archive_check refused any name leaving the folder; checked again here.
        if target.resolve() not in destination.resolve().parents:
            raise PackageInvalid(
                _("The package holds a file outside its own folder: %(name)s") % {"name": name}
            )
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.write_bytes(archive.read(name))


def _remove(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)


def package_save(*, package, upload=None, user=None):
    """Save ``package`` (a ScormPackage or H5pActivity, new or not); with
    ``upload``, check it, unpack it to a new folder and take its manifest, all
    or nothing. Raises PackageInvalid for a package that cannot be played."""
    if package.pk is None and upload is None:
        raise PackageInvalid(_("Choose a package file to upload."))
    if upload is None:
        package.save()
        return package
    archive = archive_check(upload)
    try:
        manifest = _read(package, archive)
        upload.seek(0)
        digest = hashlib.sha256()
        for chunk in iter(lambda: upload.read(1024 * 1024), b""):
            digest.update(chunk)
        old_folder = package.folder
        package.folder = secrets.token_hex(16)
        target = Path(settings.PACKAGES_ROOT) / package.folder
        try:
            with transaction.atomic():
                _unpack(archive, target)
                package.manifest = manifest.as_dict()
                package.size = archive.extracted_size
                package.file_count = len(archive.names)
                package.sha256 = digest.hexdigest()
                package.original_name = Path(getattr(upload, "name", "") or "").name[:255]
                package.title = package.title or manifest.title[:200] or package.original_name
                if isinstance(package, ScormPackage):
                    package.version = manifest.version
                if user is not None and package.uploaded_by_id is None:
                    package.uploaded_by = user
                package.save()
                if old_folder:
                    transaction.on_commit(
                        lambda: _remove(Path(settings.PACKAGES_ROOT) / old_folder)
                    )
        except BaseException:
            _remove(target)
            package.folder = old_folder
            raise
    finally:
        archive.close()
    return package


def package_delete_files(*, package) -> None:
    if package.folder:
        folder = package_path(package)
        transaction.on_commit(lambda: _remove(folder))


# --- Progress -------------------------------------------------------------------


@dataclass
class Outcome:
    """What one save by the content meant."""

    completion: str
    success: str
    score: float | None
    lesson_done: bool

    def as_dict(self) -> dict:
        return {
            "ok": True,
            "completion": self.completion,
            "success": self.success,
            "score": self.score,
            "lessonDone": self.lesson_done,
        }


def _judge(state, *, completed: bool, passed: bool | None, score: float | None, pass_mark: int):
    """Set ``state``'s completion, success and score from what the content said."""
    now = timezone.now()
    if score is not None:
        state.score = max(0.0, min(1.0, float(score)))
    if passed is None and state.score is not None and completed:
        passed = state.score * 100 >= pass_mark
    if passed is not None:
        state.success = Success.PASSED if passed else Success.FAILED
    if completed:
        if state.completion != Progress.COMPLETED:
            state.completed_at = now
        state.completion = Progress.COMPLETED
    elif state.completion == Progress.UNKNOWN:
        state.completion = Progress.INCOMPLETE


def _finish_lesson(
    *, launch: Launch, score: float | None, skills, external_id: str, note: str
) -> bool:
    """The content was completed (and not failed): finish the lesson and record
    the score as evidence. Returns whether the lesson is done."""
    if score is not None:
        observed = timezone.now()
        for skill in skills:
            signal_record(
                user=launch.user,
                skill=skill,
                raw_value=score,
                source=Signal.Source.ASSESSMENT,
                observed_at=observed,
                external_id=f"{external_id}-{skill.code}",
                note=note[:200],
            )
    try:
        course_services.lesson_complete(
            user=launch.user,
            course=launch.course,
            lesson_id=launch.lesson.pk,
            how=LessonCompletion.How.PACKAGE,
        )
    except (PermissionDenied, course_services.LessonNotFound):
        logger.info("Package finished but lesson %s was not completed", launch.lesson.pk)
        return False
    return True


def _skills(package):
    return list(Skill.objects.filter(pk__in=package.skills.values("pk"), live=True))


def scorm_commit(*, launch: Launch, values: dict, finish: bool) -> Outcome:
    """Store what a SCO wrote; when every SCO of the package is completed and
    none failed, the lesson is done. Raises CmiRefused for a bad value, and
    nothing is stored then."""
    package: ScormPackage = launch.package
    sco = package.sco(launch.sco)
    with transaction.atomic():
        state, _created = ScormState.objects.select_for_update().get_or_create(
            user=launch.user, package=package, sco=launch.sco
        )
        was_done, _score = _scorm_progress(package=package, user=launch.user)
        merged, seconds = cmi_merge(package.version, state.cmi, values, finish=finish)
        state.cmi = merged
        state.total_seconds += seconds
        if finish:
            state.sessions += 1
        result = cmi_outcome(
            package.version,
            merged,
            mastery_score=sco.get("mastery_score"),
            completion_threshold=sco.get("completion_threshold"),
        )
        _judge(
            state,
            completed=result.completed,
            passed=result.passed,
            score=result.score,
            pass_mark=package.pass_mark,
        )
        state.save()
        all_done, score = _scorm_progress(package=package, user=launch.user)
        lesson_done = False
        if all_done and not was_done:
            lesson_done = _finish_lesson(
                launch=launch,
                score=score,
                skills=_skills(package),
                external_id=f"scorm-{package.uuid}-{launch.user.pk}",
                note=package.title,
            )
        elif all_done:
            lesson_done = True
    return Outcome(state.completion, state.success, state.score, lesson_done)


def _scorm_progress(*, package, user) -> tuple[bool, float | None]:
    """Whether every SCO is done, and the package's score: the mean of the
    SCOs' scores, where they gave one."""
    states = {s.sco: s for s in ScormState.objects.filter(package=package, user=user)}
    scos = [sco["identifier"] for sco in package.scos]
    done = bool(scos) and all(sco in states and states[sco].done for sco in scos)
    scores = [states[sco].score for sco in scos if sco in states and states[sco].score is not None]
    return done, (sum(scores) / len(scores) if scores else None)


def h5p_state_save(*, launch: Launch, data) -> None:
    """Keep what the activity saved to resume from."""
    cleaned = h5p_state_clean(data)
    with transaction.atomic():
        state, _created = H5pState.objects.select_for_update().get_or_create(
            user=launch.user, activity=launch.package
        )
        state.data = cleaned
        if state.completion == Progress.UNKNOWN:
            state.completion = Progress.INCOMPLETE
        state.save()


def h5p_result_record(*, launch: Launch, statement) -> Outcome:
    """Record an answer the activity reported; a completed, passed activity
    finishes the lesson like a knowledge check."""
    activity: H5pActivity = launch.package
    result = h5p_result(statement)
    with transaction.atomic():
        state, _created = H5pState.objects.select_for_update().get_or_create(
            user=launch.user, activity=activity
        )
        was_done = state.done
        _judge(
            state,
            completed=result.completed,
            passed=result.passed,
            score=result.score,
            pass_mark=activity.pass_mark,
        )
        if result.completed:
            state.sessions += 1
        state.save()
        lesson_done = False
        if state.done and not was_done:
            lesson_done = _finish_lesson(
                launch=launch,
                score=state.score,
                skills=_skills(activity),
                external_id=f"h5p-{activity.uuid}-{launch.user.pk}-{state.sessions}",
                note=activity.title,
            )
        elif state.done:
            lesson_done = True
    return Outcome(state.completion, state.success, state.score, lesson_done)


def learner_data_erase(*, user) -> dict[str, int]:
    """Erase what content stored about a person (their answers, suspend data,
    saved state); completion, pass or fail and score stay, as statistics count
    them (privacy/services.py)."""
    scorm = ScormState.objects.filter(user=user).update(cmi={})
    h5p = H5pState.objects.filter(user=user).update(data="")
    return {"scorm_data": scorm, "h5p_data": h5p}
