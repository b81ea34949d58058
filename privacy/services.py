"""A person's privacy rights: downloading everything held about them, and erasure.

The download reads through each app's selectors; the erasure writes through
each app's services, in one transaction. Both are logged in ``AccessLog``.
What an erasure keeps is what completion statistics count (enrolments,
progress, completion times, attempt scores and pass/fail, that a certificate
was issued), under an anonymised account, so reports and analytics give the
same totals before and after.
"""

import json
from dataclasses import dataclass, field

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import APIToken, ModelLogEntry, PageSubscription
from wagtail.users.models import UserProfile

from assessments import selectors as assessment_selectors
from assessments import services as assessment_services
from courses import selectors as course_selectors
from courses import services as course_services
from directory import selectors as directory_selectors
from directory import services as directory_services
from packages import selectors as package_selectors
from packages import services as package_services
from people import security, selectors, services
from people.models import AccessLog, Profile, User
from reports import services as report_services
from skills import selectors as skill_selectors
from skills import services as skill_services

EXPORT_FORMAT = "human-edge-academy/personal-data"
EXPORT_VERSION = 1
ERASED_DOMAIN = "invalid.example"


# --- Download -----------------------------------------------------------------------


def personal_data_export(*, user) -> dict:
    """Everything the system holds about ``user``, as plain data. A fixed number
    of queries, however many rows there are. Never a password hash, an
    authenticator's secret, a token's hash or a session."""
    account = selectors.account_records(user=user)
    learning = course_selectors.learner_course_records(user=user)
    skills = skill_selectors.learner_skill_records(user=user)
    contests = {contest["assignment_id"]: contest for contest in skills["contests"]}
    # Why each was assigned, in the person's language as it reads today.
    explanations = skill_selectors.learner_assignment_explanations(
        user=user, language=(account["profile"] or {}).get("preferred_language") or ""
    )
    assignments = [
        {
            **assignment,
            "explanation": explanations.get(assignment["id"]),
            "contest": contests.get(assignment["id"]),
        }
        for assignment in learning["assignments"]
    ]
    return {
        "about_this_file": {
            "format": EXPORT_FORMAT,
            "version": EXPORT_VERSION,
            "generated_at": timezone.now(),
            "person_id": user.pk,
        },
        "account": account["account"],
        "profile": account["profile"],
        "sign_in_security": account["sign_in_security"],
        # Single sign-on and SCIM: the company accounts, the directory's ids, groups.
        "company_directory": directory_selectors.directory_records(user=user),
        "enrolments": learning["enrolments"],
        "lesson_completions": learning["lesson_completions"],
        "reflections": learning["reflections"],
        "certificates": learning["certificates"],
        "assignments": assignments,
        "assessment_attempts": assessment_selectors.learner_attempt_records(user=user),
        # SCORM and H5P: status, score and what the content stored.
        "content_packages": package_selectors.learner_package_records(user=user),
        "skill_profiles": skills["skill_profiles"],
        "signals": skills["signals"],
        "rule_evaluations": skills["rule_evaluations"],
        "integration_tokens_created": skills["integration_tokens_created"],
        "who_saw_your_data": selectors.access_log_about(user=user),
    }


def personal_data_summary(data: dict) -> list[tuple[str, int]]:
    """How many items of each kind the download holds, for the page that offers it."""
    return [
        (_("Enrolments"), len(data["enrolments"])),
        (_("Lessons completed"), len(data["lesson_completions"])),
        (_("Private reflections"), len(data["reflections"])),
        (_("Certificates"), len(data["certificates"])),
        (_("Assignments, with their reasons, snoozes and contests"), len(data["assignments"])),
        (_("Assessment attempts, with your answers"), len(data["assessment_attempts"])),
        (_("Progress in SCORM and H5P activities"), len(data["content_packages"])),
        (_("Skill estimates"), len(data["skill_profiles"])),
        (_("Signals about you, wellbeing included"), len(data["signals"])),
        (_("Rule evaluations"), len(data["rule_evaluations"])),
        (_("Sign-in authenticators"), len(data["sign_in_security"]["authenticators"])),
        (
            _("Company accounts you sign in with"),
            len(data["company_directory"]["company_accounts"]),
        ),
        (_("Views of your individual data"), len(data["who_saw_your_data"])),
    ]


@dataclass
class Download:
    filename: str
    content: bytes


def personal_data_download(*, user, path: str = "") -> Download:
    """The person's own data as a JSON file; the download is logged."""
    if not user.is_authenticated or not user.is_active:
        raise PermissionDenied
    data = personal_data_export(user=user)
    services.access_log_record(
        actor=user,
        action=AccessLog.Action.DOWNLOADED_DATA,
        place=AccessLog.Place.MY_DATA,
        subjects={user.pk: None},
        path=path,
    )
    content = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
    stamp = timezone.now().strftime("%Y-%m-%d")
    return Download(filename=f"my-data-{stamp}.json", content=content.encode("utf-8"))


# --- Erasure ------------------------------------------------------------------------


#: What an erasure removes and what it keeps, for the confirmation page.
ERASURE_REMOVES = [
    gettext_lazy(
        "Private reflections, every signal about the person of every source (wellbeing "
        "included), their skill estimates with their history, and rule evaluations."
    ),
    gettext_lazy(
        "The free text of their assessment answers, the texts of their contests and of the "
        "replies, and the evidence and notes on their assignments."
    ),
    gettext_lazy(
        "Their e-mail addresses, two-factor authenticators, sign-in sessions, the API tokens "
        "they made, and their scheduled reports."
    ),
    gettext_lazy(
        "Their name, e-mail address, employee id, job role and manager: the account becomes "
        "“erased-<id>”, cannot sign in, and has no password and no roles."
    ),
]
ERASURE_KEEPS = [
    gettext_lazy(
        "Enrolments, progress, lesson completions and their times, assessment scores and "
        "pass or fail, assignments and their dates, and that a certificate was issued."
    ),
    gettext_lazy(
        "The department and team, so that completion reports and L&D analytics give the "
        "same totals as before."
    ),
]


@dataclass
class ErasureReport:
    user_id: int
    removed: dict[str, int] = field(default_factory=dict)


def erasure_check(*, actor, user) -> None:
    """Raise if ``actor`` may not erase ``user``: PermissionDenied for anyone but a
    superuser, ValidationError for erasing oneself or someone already erased.
    ``actor`` None is the command line."""
    if actor is not None and not (actor.is_active and actor.is_superuser):
        raise PermissionDenied(_("Only superusers can erase people's data."))
    if user is None:
        raise ValidationError(_("There is no such person."))
    if actor is not None and actor.pk == user.pk:
        raise ValidationError(_("You cannot erase your own data. Ask another superuser to do it."))
    if user.erased_at is not None:
        raise ValidationError(
            _("This person's data was already erased on %(date)s.")
            % {"date": formats.date_format(user.erased_at, "DATE_FORMAT")}
        )


def person_erase(*, actor, user, place: str = AccessLog.Place.ERASURE_SCREEN, path: str = ""):
    """Erase ``user``'s personal data and anonymise their account, in one
    transaction; see the module's docstring for what stays. Logged with the
    person's id only. ``actor`` None means the command line."""
    erasure_check(actor=actor, user=user)
    with transaction.atomic():
        # Locked, and checked again: two erasures at once give one.
        user = User.objects.select_for_update().get(pk=user.pk)
        erasure_check(actor=actor, user=user)
        report = ErasureReport(user_id=user.pk)
        for removed in (
            course_services.learner_data_erase(user=user),
            assessment_services.learner_data_erase(user=user),
            package_services.learner_data_erase(user=user),
            skill_services.learner_data_erase(user=user),
            report_services.person_data_erase(user=user),
            _accounts_erase(user),
        ):
            report.removed.update(removed)
        _anonymise(user)
        services.access_log_record(
            actor=actor,
            action=AccessLog.Action.ERASED,
            place=place,
            subjects={user.pk: None},
            path=path,
        )
    return report


def _accounts_erase(user) -> dict[str, int]:
    """Sign-in data: addresses, authenticators, sessions, tokens, admin profile."""
    removed = {
        "email_addresses": EmailAddress.objects.filter(user=user).delete()[0],
        "authenticators": Authenticator.objects.filter(user=user).delete()[0],
        **directory_services.person_directory_erase(user=user),
        "editing_area_tokens": APIToken.objects.filter(user=user).delete()[0],
        # Every sign-in is recorded (people.security); the unusable password
        # below would also end any other session on its next request.
        "sessions": security.user_sessions_end(user=user),
    }
    UserProfile.objects.filter(user=user).delete()
    PageSubscription.objects.filter(user=user).delete()
    return removed


def _anonymise(user) -> None:
    user.email = f"erased-{user.pk}@{ERASED_DOMAIN}"
    user.first_name = ""
    user.last_name = ""
    user.set_unusable_password()
    user.is_active = False
    user.is_staff = False
    user.is_superuser = False
    user.last_login = None
    user.erased_at = timezone.now()
    user.save(
        update_fields=[
            "email",
            "first_name",
            "last_name",
            "password",
            "is_active",
            "is_staff",
            "is_superuser",
            "last_login",
            "erased_at",
        ]
    )
    user.groups.clear()
    user.user_permissions.clear()
    # Department and team stay: reports count completions by them.
    Profile.objects.filter(user=user).update(
        employee_id=None,
        manager=None,
        job_role="",
        learning_emails=False,
        last_digest_at=None,
        updated_at=timezone.now(),
    )
    # Admin histories name the account as it was; they now name it by id.
    label = f"erased-{user.pk}"
    user_type = ContentType.objects.get_for_model(User)
    LogEntry.objects.filter(content_type=user_type, object_id=str(user.pk)).update(
        object_repr=label
    )
    ModelLogEntry.objects.filter(content_type=user_type, object_id=str(user.pk)).update(label=label)
