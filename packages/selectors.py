"""Reads for content packages: what the runtime starts from, and where a
learner stands, for the lesson page."""

import hashlib
import hmac

from django.conf import settings

from packages.archive import RESERVED
from packages.launch import Launch, launch_url, root_url
from packages.models import H5pState, Progress, ScormPackage, ScormState, Success
from packages.scorm.cmi import cmi_initial

#: Where SCORM tells content the learner's language, by version.
LANGUAGE_PREFERENCE = {
    ScormPackage.Version.SCORM_12: "cmi.student_preference.language",
    ScormPackage.Version.SCORM_2004: "cmi.learner_preference.language",
}


def learner_key(user) -> str:
    """The learner's id as content sees it: stable, and telling nothing of the
    account (not its database id, which would leak the order of sign-ups)."""
    digest = hmac.new(
        settings.SECRET_KEY.encode(), f"package-learner:{user.pk}".encode(), hashlib.sha256
    )
    return digest.hexdigest()[:24]


def learner_name(user) -> str:
    """SCORM's "Last, First" form of the learner's name."""
    if user.last_name and user.first_name:
        return f"{user.last_name}, {user.first_name}"
    return user.get_full_name() or user.get_username()


def runtime_config(*, launch: Launch) -> dict:
    """``window.HEA_PACKAGE`` for the frame: what the runtime starts from."""
    root = root_url(launch.token)
    package = launch.package
    base = {"kind": package.kind, "preview": launch.preview, "language": launch.language}
    if isinstance(package, ScormPackage):
        state = None
        if not launch.preview:
            state = ScormState.objects.filter(
                user=launch.user, package=package, sco=launch.sco
            ).first()
        cmi = cmi_initial(
            package.version,
            sco=package.sco(launch.sco),
            stored=state.cmi if state else {},
            learner_id=learner_key(launch.user),
            learner_name=learner_name(launch.user),
            sessions=state.sessions if state else 0,
            total_seconds=state.total_seconds if state else 0,
            preview=launch.preview,
        )
        # The learner's language is the one they read the lesson in, unless
        # they chose another inside the content (then it was stored).
        preference = LANGUAGE_PREFERENCE[package.version]
        if not cmi.get(preference):
            cmi[preference] = launch.language
        return {
            **base,
            "version": package.version,
            "sco": launch.sco,
            "cmi": cmi,
            "commitUrl": f"{root}{RESERVED}/commit",
        }
    state = None
    if not launch.preview:
        state = H5pState.objects.filter(user=launch.user, activity=package).first()
    return {
        **base,
        "id": str(package.uuid),
        "title": package.title,
        "h5pJsonPath": root.rstrip("/"),
        "frameJs": f"{root}{RESERVED}/h5p/frame.bundle.js",
        "frameCss": f"{root}{RESERVED}/h5p/styles/h5p.css",
        "state": state.data if state and state.data else None,
        "stateUrl": f"{root}{RESERVED}/state",
        "xapiUrl": f"{root}{RESERVED}/xapi",
    }


def _status(states) -> dict:
    """One line of where the learner stands: not started, in progress, done,
    not passed, with the score where there is one."""
    if not states:
        return {"completion": Progress.UNKNOWN, "success": Success.UNKNOWN, "score": None}
    completion = (
        Progress.COMPLETED
        if all(s.completion == Progress.COMPLETED for s in states)
        else Progress.INCOMPLETE
    )
    failed = any(s.success == Success.FAILED for s in states)
    passed = all(s.success == Success.PASSED for s in states)
    scores = [s.score for s in states if s.score is not None]
    return {
        "completion": completion,
        "success": Success.FAILED if failed else Success.PASSED if passed else Success.UNKNOWN,
        "score": sum(scores) / len(scores) if scores else None,
    }


def player_for(*, package, user, course_id: int, lesson_id: int, preview: bool = False) -> dict:
    """What the lesson page shows of a package for ``user``: the frame's first
    address, the SCOs to choose from, and where they stand."""
    if isinstance(package, ScormPackage):
        states = {}
        if not preview:
            states = {s.sco: s for s in ScormState.objects.filter(user=user, package=package)}
        scos = []
        for sco in package.scos:
            state = states.get(sco["identifier"])
            scos.append(
                {
                    "identifier": sco["identifier"],
                    "title": sco.get("title") or package.title,
                    "url": launch_url(
                        user=user,
                        package=package,
                        course_id=course_id,
                        lesson_id=lesson_id,
                        sco=sco["identifier"],
                        preview=preview,
                    ),
                    "done": bool(state and state.done),
                    "started": state is not None,
                }
            )
        start = next((s for s in scos if not s["done"]), scos[0] if scos else None)
        total = [states[s["identifier"]] for s in scos if s["identifier"] in states]
        status = _status(total)
        if len(total) < len(scos) and status["completion"] == Progress.COMPLETED:
            # Some SCOs not even opened: the package is not complete.
            status["completion"] = Progress.INCOMPLETE
        return {"package": package, "scos": scos, "start": start, "status": status}
    state = None if preview else H5pState.objects.filter(user=user, activity=package).first()
    url = launch_url(
        user=user, package=package, course_id=course_id, lesson_id=lesson_id, preview=preview
    )
    return {
        "package": package,
        "scos": [],
        "start": {"url": url, "title": package.title},
        "status": _status([state] if state else []),
    }


def learner_package_records(*, user) -> list[dict]:
    """Everything content stored about ``user``, for their download: two queries."""
    records = []
    for state in ScormState.objects.filter(user=user).select_related("package").order_by("pk"):
        records.append(
            {
                "kind": "scorm",
                "package": state.package.title,
                "part": state.sco,
                "completion": state.completion,
                "success": state.success,
                "score": state.score,
                "sessions": state.sessions,
                "total_seconds": state.total_seconds,
                "data_stored_by_the_content": state.cmi,
                "updated_at": state.updated_at,
            }
        )
    for state in H5pState.objects.filter(user=user).select_related("activity").order_by("pk"):
        records.append(
            {
                "kind": "h5p",
                "package": state.activity.title,
                "part": "",
                "completion": state.completion,
                "success": state.success,
                "score": state.score,
                "sessions": state.sessions,
                "data_stored_by_the_content": state.data,
                "updated_at": state.updated_at,
            }
        )
    return records
