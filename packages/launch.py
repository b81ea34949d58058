"""Capability addresses for playing a package.

A package plays in a sandboxed frame: its documents have an opaque origin, so
the browser sends them no cookie of the site and lets them read none of its
pages. What a package asks for (its own files, the runtime, saving progress) is
therefore authorised by the address alone: ``/packages/play/<token>/...``,
where the token is signed, names the learner, the package, the lesson and the
SCO, and expires after PACKAGE_LAUNCH_MAX_AGE seconds."""

from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import translation

from courses.models import CoursePage, Enrollment, LessonPage
from packages.models import H5pActivity, ScormPackage
from people.models import User

SALT = "packages.launch"
KINDS = {"scorm": ScormPackage, "h5p": H5pActivity}


class LaunchRefused(Exception):
    """The address is forged, expired, or no longer valid for its learner."""


@dataclass
class Launch:
    user: User
    package: ScormPackage | H5pActivity
    course: CoursePage
    lesson: LessonPage
    sco: str
    token: str
    #: The language the lesson was read in, for the player's own words.
    language: str = "en"
    #: An author's preview in the editing area: plays, saves nothing.
    preview: bool = False


def root_url(token: str) -> str:
    return reverse("packages:play_root", args=[token])


def launch_token(
    *, user, package, course_id: int, lesson_id: int, sco: str = "", preview: bool = False
) -> str:
    return signing.dumps(
        {
            "u": user.pk,
            "k": package.kind,
            "p": str(package.uuid),
            "c": course_id,
            "l": lesson_id,
            "s": sco,
            "g": translation.get_language() or settings.LANGUAGE_CODE,
            "v": 1 if preview else 0,
        },
        salt=SALT,
        compress=True,
    )


def launch_url(
    *, user, package, course_id: int, lesson_id: int, sco: str = "", preview: bool = False
) -> str:
    return root_url(
        launch_token(
            user=user,
            package=package,
            course_id=course_id,
            lesson_id=lesson_id,
            sco=sco,
            preview=preview,
        )
    )


def launch_read(token: str) -> Launch:
    """The launch ``token`` names; LaunchRefused unless its signature holds, it
    has not expired, the learner is active and still enrolled, and the package
    is still in the lesson's course."""
    try:
        data = signing.loads(token, salt=SALT, max_age=settings.PACKAGE_LAUNCH_MAX_AGE)
        model = KINDS[data["k"]]
        user_id, course_id, lesson_id = int(data["u"]), int(data["c"]), int(data["l"])
        package_uuid, sco = str(data["p"]), str(data["s"])
        language, preview = str(data["g"]), data["v"] == 1
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        raise LaunchRefused from None
    user = User.objects.filter(pk=user_id, is_active=True).first()
    package = model.objects.filter(uuid=package_uuid).first()
    course = CoursePage.objects.filter(pk=course_id).first()
    lesson = LessonPage.objects.filter(pk=lesson_id).first()
    if user is None or package is None or course is None or lesson is None:
        raise LaunchRefused
    if preview:
        # Minted only on a preview in the editing area; still, only for people
        # who may use it.
        if not user.has_perm("wagtailadmin.access_admin"):
            raise LaunchRefused
    elif not Enrollment.objects.filter(
        user=user, course=course, status__in=[Enrollment.Status.ACTIVE, Enrollment.Status.COMPLETED]
    ).exists():
        raise LaunchRefused
    if isinstance(package, ScormPackage):
        try:
            package.sco(sco)
        except KeyError:
            raise LaunchRefused from None
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    return Launch(
        user=user,
        package=package,
        course=course,
        lesson=lesson,
        sco=sco,
        token=token,
        language=language,
        preview=preview,
    )
