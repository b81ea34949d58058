from dataclasses import dataclass, field

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from people import selectors
from people.imports import (
    PersonRow,
    PersonRowForm,
    RowError,
    check_people_rows,
    read_people_csv,
)
from people.middleware import SESSION_KEY
from people.models import AccessLog, Department, Profile, Team
from people.roles import Role


def user_onboard(*, user) -> Profile:
    """Make a new account a learner with a profile; safe to call again."""
    learners, _created = Group.objects.get_or_create(name=Role.LEARNER.value)
    user.groups.add(learners)
    profile, _created = Profile.objects.get_or_create(user=user)
    return profile


def user_sign_up_finish(*, user, first_name: str, last_name: str, language: str) -> Profile:
    """What a person gives when they sign up: their name, on the account, and the
    language they read the site in, on their profile."""
    user_name_set(user=user, first_name=first_name, last_name=last_name)
    profile = user_onboard(user=user)
    if language not in {code for code, _name in settings.LANGUAGES}:
        raise ValueError(language)
    if profile.preferred_language != language:
        profile.preferred_language = language
        profile.save(update_fields=["preferred_language", "updated_at"])
    return profile


def user_name_set(*, user, first_name: str, last_name: str) -> None:
    """The person's own name (the one part of their profile that is theirs to fill)."""
    first_name, last_name = first_name.strip(), last_name.strip()
    if not (first_name and last_name):
        raise ValueError("A first and a last name are both needed.")
    if (user.first_name, user.last_name) != (first_name, last_name):
        user.first_name, user.last_name = first_name, last_name
        user.save(update_fields=["first_name", "last_name"])


def role_grant(*, user, role: Role) -> None:
    group, _created = Group.objects.get_or_create(name=Role(role).value)
    user.groups.add(group)


def role_revoke(*, user, role: Role) -> None:
    if Role(role) is Role.LEARNER:
        raise ValueError("Every account is a learner; that role cannot be taken away.")
    user.groups.remove(*Group.objects.filter(name=Role(role).value))


def email_address_set_verified(*, user, email: str) -> None:
    """Make ``email`` the user's one, verified, primary address.

    Used where the organisation vouches for the address (the HR import, the
    demo seed), so the person can reset a password and sign in at once.
    """
    EmailAddress.objects.filter(user=user).exclude(email__iexact=email).delete()
    address, _created = EmailAddress.objects.get_or_create(
        user=user, email=email, defaults={"primary": True, "verified": True}
    )
    if not (address.primary and address.verified):
        address.primary = True
        address.verified = True
        address.save(update_fields=["primary", "verified"])


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    dry_run: bool = False
    #: Person id -> the names of the fields the import changed (audited).
    changed_fields: dict[int, set[str]] = field(default_factory=dict)
    #: Employee id -> the account it created or updated.
    users: dict[str, object] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors


def people_import(
    *, data: bytes, dry_run: bool = False, actor=None, place: str = AccessLog.Place.COMMAND_LINE
) -> ImportReport:
    """Create or update employees from an HRIS CSV export, keyed by employee id.

    Every row is checked before anything is written; one bad row means the
    report lists every bad line and the database is left as it was. Each
    account it changes is audited in the access log (the fields' names).
    """
    parsed = read_people_csv(data)
    report = ImportReport(
        errors=list(parsed.errors), ignored_columns=parsed.ignored_columns, dry_run=dry_run
    )
    if parsed.errors and not parsed.rows:
        return report
    # Rows are checked against each other even when some were refused, so
    # one run names every problem in the file.
    report.errors.extend(
        check_people_rows(
            parsed.rows,
            email_owner_ids=selectors.email_owner_ids(row.email for row in parsed.rows),
            manager_of=selectors.reporting_lines(),
            refused_ids=parsed.refused_ids,
        )
    )
    report.errors.sort(key=lambda error: error.line)
    if report.errors:
        return report

    with transaction.atomic():
        _apply_rows(parsed.rows, report)
        if dry_run:
            transaction.set_rollback(True)
        else:
            _audit_changes(report, actor=actor, place=place)
    return report


def _audit_changes(report: ImportReport, *, actor, place: str) -> None:
    by_fields: dict[tuple[str, ...], list[int]] = {}
    for user_id, names in report.changed_fields.items():
        if names:
            by_fields.setdefault(tuple(sorted(names)), []).append(user_id)
    for names, user_ids in by_fields.items():
        account_change_record(actor=actor, subjects=user_ids, place=place, fields=names)


# The values of one person as the directory describes them: the CSV import's
# columns, so a row from SCIM or single sign-on is checked by the same form.
PERSON_FIELDS = (
    "employee_id",
    "email",
    "first_name",
    "last_name",
    "job_role",
    "department",
    "team",
    "manager_employee_id",
    "preferred_language",
    "active",
)


def person_values(*, user) -> dict[str, str]:
    """What the system holds of ``user``, in the import's columns."""
    profile = Profile.objects.select_related("department", "team", "manager__profile").get(
        user=user
    )
    manager_profile = getattr(profile.manager, "profile", None) if profile.manager else None
    return {
        "employee_id": profile.employee_id or "",
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "job_role": profile.job_role,
        "department": profile.department.name if profile.department else "",
        "team": profile.team.name if profile.team else "",
        "manager_employee_id": (manager_profile.employee_id or "") if manager_profile else "",
        "preferred_language": profile.preferred_language,
        "active": "yes" if user.is_active else "no",
    }


@dataclass
class PersonSync:
    """What ``person_sync`` did: the account, whether it was "created",
    "updated" or "unchanged", and the problems that stopped it (then nothing
    was written)."""

    user: object = None
    outcome: str = ""
    errors: list[RowError] = field(default_factory=list)
    changed_fields: set[str] = field(default_factory=set)

    @property
    def ok(self) -> bool:
        return not self.errors


def person_sync(*, values: dict[str, str], actor=None, place: str) -> PersonSync:
    """Create or update one person from the company directory (SCIM, single
    sign-on), keyed by employee id: the same checks as one row of the CSV
    import (``PersonRowForm`` and ``check_people_rows``), the same writes, in
    one transaction, audited in the access log. ``values`` uses the import's
    columns (PERSON_FIELDS); a missing optional column means empty."""
    unknown = set(values) - set(PERSON_FIELDS)
    if unknown:
        raise ValueError(f"Unknown person fields: {sorted(unknown)}")
    result = PersonSync()
    form = PersonRowForm({name: values.get(name, "") or "" for name in PERSON_FIELDS})
    if not form.is_valid():
        result.errors = form.row_errors(1)
        return result
    row = form.row(1)
    with transaction.atomic():
        # Two directory calls for one person at once would both create them.
        list(Profile.objects.select_for_update().filter(employee_id=row.employee_id))
        errors = check_people_rows(
            [row],
            email_owner_ids=selectors.email_owner_ids([row.email]),
            manager_of=selectors.reporting_lines(),
        )
        if errors:
            result.errors = errors
            return result
        report = ImportReport()
        _apply_rows([row], report)
        _audit_changes(report, actor=actor, place=place)
    result.user = report.users[row.employee_id]
    result.changed_fields = report.changed_fields.get(result.user.pk, set())
    result.outcome = "created" if report.created else "updated" if report.updated else "unchanged"
    return result


def _apply_rows(rows: list[PersonRow], report: ImportReport) -> None:
    User = get_user_model()
    departments = {d.name.lower(): d for d in Department.objects.all()}
    teams = {(t.department_id, t.name.lower()): t for t in Team.objects.all()}
    profiles = {
        p.employee_id: p
        for p in Profile.objects.select_related("user").filter(
            employee_id__in=[row.employee_id for row in rows]
        )
    }
    users_by_email = {
        u.email: u
        for u in User.objects.select_related("profile").filter(
            email__in=[row.email for row in rows]
        )
    }

    outcome: dict[str, str] = {}
    touched: dict[str, Profile] = {}
    for row in rows:
        department = None
        if row.department:
            department = departments.get(row.department.lower())
            if department is None:
                department = Department.objects.create(name=row.department)
                departments[row.department.lower()] = department
        team = None
        if row.team:
            team = teams.get((department.pk, row.team.lower()))
            if team is None:
                team = Team.objects.create(department=department, name=row.team)
                teams[(department.pk, row.team.lower())] = team

        profile = profiles.get(row.employee_id)
        created = False
        if profile is None:
            user = users_by_email.get(row.email)
            if user is None:
                user = User.objects.create_user(
                    email=row.email, first_name=row.first_name, last_name=row.last_name
                )
                created = True
            profile = user_onboard(user=user)
            profile.user = user
        user = profile.user

        user_changes = []
        for attr in ("email", "first_name", "last_name"):
            if getattr(user, attr) != getattr(row, attr):
                setattr(user, attr, getattr(row, attr))
                user_changes.append(attr)
        if user.is_active != row.active:
            user.is_active = row.active
            user_changes.append("is_active")
        if user_changes:
            user.save(update_fields=user_changes)
        if created or "email" in user_changes:
            email_address_set_verified(user=user, email=row.email)

        profile_changes = []
        wanted = {
            "employee_id": row.employee_id,
            "job_role": row.job_role,
            "department": department,
            "team": team,
            "preferred_language": row.preferred_language or profile.preferred_language,
        }
        for attr, value in wanted.items():
            if getattr(profile, attr) != value:
                setattr(profile, attr, value)
                profile_changes.append(attr)
        if profile_changes:
            profile.save(update_fields=[*profile_changes, "updated_at"])
        touched[row.employee_id] = profile
        report.users[row.employee_id] = user
        report.changed_fields[user.pk] = (
            {"created"} if created else set(user_changes) | set(profile_changes)
        )
        if created:
            outcome[row.employee_id] = "created"
        elif user_changes or profile_changes:
            outcome[row.employee_id] = "updated"
        else:
            outcome[row.employee_id] = "unchanged"

    # Managers may stand later in the file than their reports, so reporting
    # lines are set once everyone exists.
    managers = dict(
        Profile.objects.filter(
            employee_id__in={row.manager_employee_id for row in rows if row.manager_employee_id}
        ).values_list("employee_id", "user_id")
    )
    for row in rows:
        profile = touched[row.employee_id]
        manager_id = managers[row.manager_employee_id] if row.manager_employee_id else None
        if profile.manager_id != manager_id:
            profile.manager_id = manager_id
            profile.save(update_fields=["manager", "updated_at"])
            report.changed_fields[profile.user_id].add("manager")
            if outcome[row.employee_id] == "unchanged":
                outcome[row.employee_id] = "updated"

    report.created = sum(1 for value in outcome.values() if value == "created")
    report.updated = sum(1 for value in outcome.values() if value == "updated")
    report.unchanged = sum(1 for value in outcome.values() if value == "unchanged")


def language_remember(*, request, user) -> None:
    """Keep the profile's language in the session, where the middleware reads it."""

    profile = Profile.objects.filter(user=user).only("preferred_language").first()
    if profile is not None:
        request.session[SESSION_KEY] = profile.preferred_language


def language_set(*, request, language: str) -> str:
    """Change the language: the session's, and the profile's for a signed-in person."""
    from django.conf import settings

    codes = {code for code, _name in settings.LANGUAGES}
    if language not in codes:
        raise ValueError(language)
    if request.user.is_authenticated:
        Profile.objects.filter(user=request.user).update(preferred_language=language)
        request.session[SESSION_KEY] = language
    return language


# --- Access log ---------------------------------------------------------------------


def access_log_record(
    *,
    actor,
    action: str,
    place: str,
    subjects: dict[int, int | None],
    path: str = "",
) -> int:
    """Record that ``actor`` saw or handled the individual data of each person in
    ``subjects`` (person id -> how many items, or None), in one insert."""
    if not subjects:
        return 0
    actor_id = actor.pk if actor is not None and actor.is_authenticated else None
    at = timezone.now()
    AccessLog.objects.bulk_create(
        AccessLog(
            at=at,
            actor_id=actor_id,
            subject_id=subject_id,
            action=action,
            place=place,
            path=path[:300],
            count=count,
        )
        for subject_id, count in subjects.items()
    )
    return len(subjects)


# The form fields whose names stand for one secret: recorded as "password".
_SECRET_FIELD_NAMES = {"password", "password1", "password2", "new_password1", "new_password2"}


def account_change_record(*, actor, subjects, place: str, fields, path: str = "") -> int:
    """Record that ``actor`` changed the account of each person in ``subjects``
    (users or their ids): which ``fields`` (names only, never values; a new
    password is recorded as "password"), and where."""
    names = sorted({"password" if name in _SECRET_FIELD_NAMES else str(name) for name in fields})
    ids = {getattr(subject, "pk", subject) for subject in subjects}
    ids.discard(None)
    if not ids:
        return 0
    actor_id = actor.pk if actor is not None and actor.is_authenticated else None
    at = timezone.now()
    AccessLog.objects.bulk_create(
        AccessLog(
            at=at,
            actor_id=actor_id,
            subject_id=subject_id,
            action=AccessLog.Action.CHANGED_ACCOUNT,
            place=place,
            path=path[:300],
            changed_fields=names,
        )
        for subject_id in sorted(ids)
    )
    return len(ids)


def access_log_expire(*, before, batch_size: int = 5000) -> int:
    """Delete one batch of access-log entries older than ``before``. Erasure
    entries stay: they hold no personal data and prove the erasure happened."""
    ids = list(
        AccessLog.objects.filter(at__lt=before)
        .exclude(action=AccessLog.Action.ERASED)
        .order_by("at")
        .values_list("pk", flat=True)[:batch_size]
    )
    if ids:
        AccessLog.objects.filter(pk__in=ids).delete()
    return len(ids)
