"""Reading an HRIS export of employees (CSV) into checked rows.

Nothing here writes: ``read_people_csv`` checks the file, and each row on its
own with ``PersonRowForm`` (a form: one row is one submission of it),
``check_people_rows`` checks the rows against each other and against the
database. ``people.services.people_import`` writes only when both found
nothing wrong.
"""

import csv
import io
import re
from dataclasses import dataclass, field

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator, validate_email
from django.utils.functional import lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

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


def _at_most(limit: int) -> str:
    return _("at most %(limit)s characters are allowed.") % {"limit": limit}


_at_most_lazy = lazy(_at_most, str)


def _column(
    max_length: int | None = None, *, required: bool = False, validators=()
) -> forms.CharField:
    """A CSV cell: text, required or not, at most so long."""
    messages = {"required": gettext_lazy("this value is required.")}
    if max_length is not None:
        messages["max_length"] = _at_most_lazy(max_length)
    return forms.CharField(
        required=required,
        max_length=max_length,
        validators=list(validators),
        error_messages=messages,
    )


class _EmailColumn(forms.CharField):
    """An address, compared and stored in lower case; checked once normalised."""

    default_validators = [validate_email]

    def to_python(self, value):
        return normalise_email(super().to_python(value))


class PersonRowForm(forms.Form):
    """One row of an HRIS export: each column checked on its own, with the
    column's own message. Whether the rows agree with each other and with the
    database is ``check_people_rows``'s to say."""

    employee_id = _column(
        MAX_LENGTHS["employee_id"],
        required=True,
        validators=[
            RegexValidator(
                EMPLOYEE_ID_PATTERN,
                gettext_lazy(
                    "use letters, digits and . _ - / only, starting with a letter or digit."
                ),
            )
        ],
    )
    email = _EmailColumn(
        max_length=MAX_LENGTHS["email"],
        error_messages={
            "required": gettext_lazy("this value is required."),
            "max_length": _at_most_lazy(MAX_LENGTHS["email"]),
            "invalid": gettext_lazy("“%(value)s” is not a valid e-mail address."),
        },
    )
    first_name = _column(MAX_LENGTHS["first_name"], required=True)
    last_name = _column(MAX_LENGTHS["last_name"], required=True)
    job_role = _column(MAX_LENGTHS["job_role"])
    department = _column(MAX_LENGTHS["department"])
    team = _column(MAX_LENGTHS["team"])
    manager_employee_id = _column(MAX_LENGTHS["manager_employee_id"])
    preferred_language = _column()
    active = _column()

    def clean_preferred_language(self) -> str:
        value = self.cleaned_data["preferred_language"]
        language = _language_code(value)
        if language is None:
            raise ValidationError(
                _("“%(value)s” is not a supported language; use one of %(codes)s."),
                params={
                    "value": value,
                    "codes": ", ".join(code for code, _name in settings.LANGUAGES),
                },
            )
        return language

    def clean_active(self) -> bool:
        word = self.cleaned_data["active"].lower()
        if word not in TRUE_WORDS | FALSE_WORDS:
            raise ValidationError(_("use yes or no."))
        return word in TRUE_WORDS

    def clean(self):
        data = super().clean()
        manager_id = data.get("manager_employee_id")
        if manager_id and manager_id == data.get("employee_id"):
            self.add_error("manager_employee_id", _("a person cannot be their own manager."))
        if data.get("team") and not data.get("department") and "department" not in self.errors:
            self.add_error("team", _("a team needs a department in the same row."))
        return data

    def row(self, line: int) -> PersonRow:
        """The checked row; call after is_valid()."""
        return PersonRow(line=line, **self.cleaned_data)

    def row_errors(self, line: int) -> list[RowError]:
        """Each error as "column: message", in the order of the columns."""
        return [
            RowError(line, f"{column}: {message}")
            for column, messages in self.errors.items()
            for message in messages
        ]


def _check_row(line: int, values: dict[str, str]) -> tuple[PersonRow | None, list[RowError]]:
    form = PersonRowForm(values)
    if form.is_valid():
        return form.row(line), []
    return None, form.row_errors(line)


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
