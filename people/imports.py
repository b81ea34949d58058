"""Reading an HRIS export of employees (CSV) into checked rows.

Nothing here writes: ``read_people_csv`` checks the file and each row on its
own, ``check_people_rows`` checks the rows against each other and against the
database. ``people.services.people_import`` writes only when both found
nothing wrong.
"""

import csv
import io
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext as _

from people.models import normalise_email

REQUIRED_COLUMNS = ("employee_id", "email", "first_name", "last_name")
OPTIONAL_COLUMNS = (
    "job_role",
    "department",
    "team",
    "manager_employee_id",
    "preferred_language",
    "active",
)
MAX_LENGTHS = {
    "employee_id": 64,
    "email": 254,
    "first_name": 150,
    "last_name": 150,
    "job_role": 120,
    "department": 120,
    "team": 120,
    "manager_employee_id": 64,
}
EMPLOYEE_ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._\-/]*$")
TRUE_WORDS = {"", "1", "true", "yes", "y", "active"}
FALSE_WORDS = {"0", "false", "no", "n", "inactive"}


@dataclass(frozen=True)
class PersonRow:
    line: int
    employee_id: str
    email: str
    first_name: str
    last_name: str
    job_role: str = ""
    department: str = ""
    team: str = ""
    manager_employee_id: str = ""
    preferred_language: str = ""
    active: bool = True


@dataclass(frozen=True)
class RowError:
    line: int
    message: str

    def __str__(self):
        return _("line %(line)s: %(message)s") % {"line": self.line, "message": self.message}


@dataclass
class ParsedFile:
    rows: list[PersonRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    #: Employee ids of rows that were refused, so their reports are not told
    #: that their manager is missing as well.
    refused_ids: set[str] = field(default_factory=set)


def _header_key(name: str) -> str:
    return re.sub(r"[\s\-]+", "_", (name or "").strip().lower())


def _language_code(value: str) -> str | None:
    """'es', 'ES', 'es-ES' and 'es_MX' all mean Spanish; None if unsupported."""
    if not value:
        return ""
    primary = re.split(r"[-_]", value.strip().lower())[0]
    codes = {code for code, _name in settings.LANGUAGES}
    return primary if primary in codes else None


def _decode(data: bytes) -> tuple[str | None, RowError | None]:
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return None, RowError(
            line,
            _("the file is not UTF-8 text; save it as CSV UTF-8 and try again."),
        )


def read_people_csv(data: bytes) -> ParsedFile:
    parsed = ParsedFile()
    text, error = _decode(data)
    if error:
        parsed.errors.append(error)
        return parsed
    if "\x00" in text:
        parsed.errors.append(
            RowError(1, _("the file contains NUL characters; it is not a CSV file."))
        )
        return parsed

    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        parsed.errors.append(
            RowError(1, _("the header cannot be read: %(error)s") % {"error": exc})
        )
        return parsed
    if not header or not any(cell.strip() for cell in header):
        parsed.errors.append(
            RowError(1, _("the file is empty; the first line must name the columns."))
        )
        return parsed

    columns = [_header_key(name) for name in header]
    known = set(REQUIRED_COLUMNS) | set(OPTIONAL_COLUMNS)
    missing = [name for name in REQUIRED_COLUMNS if name not in columns]
    if missing:
        parsed.errors.append(
            RowError(
                1,
                _("the header lacks the required columns: %(columns)s.")
                % {"columns": ", ".join(missing)},
            )
        )
        return parsed
    repeated = sorted({name for name in columns if name and columns.count(name) > 1})
    if repeated:
        parsed.errors.append(
            RowError(
                1,
                _("the header names these columns more than once: %(columns)s.")
                % {"columns": ", ".join(repeated)},
            )
        )
        return parsed
    parsed.ignored_columns = [name for name in columns if name and name not in known]

    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            parsed.errors.append(
                RowError(
                    reader.line_num, _("the line cannot be read as CSV: %(error)s") % {"error": exc}
                )
            )
            break
        line = reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) != len(columns):
            parsed.errors.append(
                RowError(
                    line,
                    _("it has %(found)s fields but the header has %(expected)s.")
                    % {"found": len(cells), "expected": len(columns)},
                )
            )
            continue
        values = {name: cell.strip() for name, cell in zip(columns, cells, strict=True)}
        row, row_errors = _check_row(line, values)
        parsed.errors.extend(row_errors)
        if row_errors and values.get("employee_id"):
            parsed.refused_ids.add(values["employee_id"])
        if row is not None:
            parsed.rows.append(row)
    return parsed


def _check_row(line: int, values: dict[str, str]) -> tuple[PersonRow | None, list[RowError]]:
    errors: list[RowError] = []

    def fail(column: str, message: str) -> None:
        errors.append(RowError(line, f"{column}: {message}"))

    for name in REQUIRED_COLUMNS:
        if not values.get(name):
            fail(name, _("this value is required."))
    for name, limit in MAX_LENGTHS.items():
        if len(values.get(name, "")) > limit:
            fail(name, _("at most %(limit)s characters are allowed.") % {"limit": limit})

    employee_id = values.get("employee_id", "")
    if employee_id and not EMPLOYEE_ID_PATTERN.match(employee_id):
        fail(
            "employee_id",
            _("use letters, digits and . _ - / only, starting with a letter or digit."),
        )
    email = normalise_email(values.get("email", ""))
    if email:
        try:
            validate_email(email)
        except ValidationError:
            fail("email", _("“%(value)s” is not a valid e-mail address.") % {"value": email})

    manager_id = values.get("manager_employee_id", "")
    if manager_id and manager_id == employee_id:
        fail("manager_employee_id", _("a person cannot be their own manager."))
    if values.get("team") and not values.get("department"):
        fail("team", _("a team needs a department in the same row."))

    language = _language_code(values.get("preferred_language", ""))
    if language is None:
        supported = ", ".join(code for code, _name in settings.LANGUAGES)
        fail(
            "preferred_language",
            _("“%(value)s” is not a supported language; use one of %(codes)s.")
            % {"value": values["preferred_language"], "codes": supported},
        )

    active_word = values.get("active", "").lower()
    if active_word not in TRUE_WORDS | FALSE_WORDS:
        fail("active", _("use yes or no."))

    if errors:
        return None, errors
    return (
        PersonRow(
            line=line,
            employee_id=employee_id,
            email=email,
            first_name=values["first_name"],
            last_name=values["last_name"],
            job_role=values.get("job_role", ""),
            department=values.get("department", ""),
            team=values.get("team", ""),
            manager_employee_id=manager_id,
            preferred_language=language or "",
            active=active_word in TRUE_WORDS,
        ),
        [],
    )


def check_people_rows(
    rows: list[PersonRow],
    *,
    email_owner_ids: dict[str, str | None],
    manager_of: dict[str, str | None],
    refused_ids: set[str] = frozenset(),
) -> list[RowError]:
    """Check the rows against each other and against what the database holds.

    ``email_owner_ids`` maps each e-mail address already in use to its owner's
    employee id (None for an account that has none yet); ``manager_of`` maps
    each stored employee id to their manager's employee id.
    """
    errors: list[RowError] = []
    first_line_of_id: dict[str, int] = {}
    first_line_of_email: dict[str, int] = {}
    for row in rows:
        if row.employee_id in first_line_of_id:
            errors.append(
                RowError(
                    row.line,
                    _("employee_id: %(id)s already appears on line %(other)s.")
                    % {"id": row.employee_id, "other": first_line_of_id[row.employee_id]},
                )
            )
        else:
            first_line_of_id[row.employee_id] = row.line
        if row.email in first_line_of_email:
            errors.append(
                RowError(
                    row.line,
                    _("email: %(email)s already appears on line %(other)s.")
                    % {"email": row.email, "other": first_line_of_email[row.email]},
                )
            )
        else:
            first_line_of_email[row.email] = row.line

    file_ids = set(first_line_of_id)
    for row in rows:
        owner = email_owner_ids.get(row.email, row.employee_id)
        if owner is not None and owner != row.employee_id:
            errors.append(
                RowError(
                    row.line,
                    _("email: %(email)s belongs to employee %(owner)s.")
                    % {"email": row.email, "owner": owner},
                )
            )
        if (
            row.manager_employee_id
            and row.manager_employee_id not in file_ids
            and row.manager_employee_id not in manager_of
            and row.manager_employee_id not in refused_ids
        ):
            errors.append(
                RowError(
                    row.line,
                    _("manager_employee_id: no employee %(id)s in this file or in the system.")
                    % {"id": row.manager_employee_id},
                )
            )

    # Reporting lines must end somewhere: A → B → A is a loop.
    chain = dict(manager_of)
    chain.update({row.employee_id: row.manager_employee_id or None for row in rows})
    for row in rows:
        seen = {row.employee_id}
        current = chain.get(row.employee_id)
        while current:
            if current in seen:
                errors.append(
                    RowError(
                        row.line,
                        _("manager_employee_id: the reporting line of %(id)s runs in a loop.")
                        % {"id": row.employee_id},
                    )
                )
                break
            seen.add(current)
            current = chain.get(current)
    errors.sort(key=lambda error: error.line)
    return errors
