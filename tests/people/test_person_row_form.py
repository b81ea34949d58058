"""One row of an HRIS export is one submission of PersonRowForm: each bad
column is answered with the column's own message, and a good row comes out
normalised (addresses in lower case, language codes, yes/no)."""

import pytest
from django.utils import translation

from people.imports import PersonRow, PersonRowForm, read_people_csv

GOOD = {
    "employee_id": "E1",
    "email": "ana.ruiz@example.com",
    "first_name": "Ana",
    "last_name": "Ruiz",
    "job_role": "Agent",
    "department": "Customer Care",
    "team": "Billing",
    "manager_employee_id": "E0",
    "preferred_language": "es",
    "active": "yes",
}


def errors_of(**changes) -> list[str]:
    form = PersonRowForm({**GOOD, **changes})
    assert not form.is_valid()
    return [str(error) for error in form.row_errors(7)]


def test_a_good_row_is_normalised():
    form = PersonRowForm(
        {**GOOD, "email": " Ana.Ruiz@Example.COM ", "preferred_language": "ES-mx", "active": "No"}
    )

    assert form.is_valid(), form.errors
    assert form.row(4) == PersonRow(
        line=4,
        employee_id="E1",
        email="ana.ruiz@example.com",
        first_name="Ana",
        last_name="Ruiz",
        job_role="Agent",
        department="Customer Care",
        team="Billing",
        manager_employee_id="E0",
        preferred_language="es",
        active=False,
    )


def test_optional_columns_may_be_left_out():
    form = PersonRowForm(
        {name: GOOD[name] for name in ("employee_id", "email")}
        | {
            "first_name": "Ana",
            "last_name": "Ruiz",
        }
    )

    assert form.is_valid(), form.errors
    row = form.row(2)
    assert (row.team, row.preferred_language, row.active) == ("", "", True)


@pytest.mark.parametrize(
    ("column", "bad", "message"),
    [
        ("employee_id", "", "employee_id: this value is required."),
        ("employee_id", "-E1", "employee_id: use letters, digits and . _ - / only"),
        ("employee_id", "E" * 65, "employee_id: at most 64 characters are allowed."),
        ("email", "", "email: this value is required."),
        ("email", "Not-An-Email", "email: “not-an-email” is not a valid e-mail address."),
        ("email", "a@" + "b" * 250 + ".com", "email: at most 254 characters are allowed."),
        ("first_name", "", "first_name: this value is required."),
        ("first_name", "A" * 151, "first_name: at most 150 characters are allowed."),
        ("last_name", "", "last_name: this value is required."),
        ("job_role", "J" * 121, "job_role: at most 120 characters are allowed."),
        ("department", "D" * 121, "department: at most 120 characters are allowed."),
        ("team", "T" * 121, "team: at most 120 characters are allowed."),
        ("manager_employee_id", "M" * 65, "manager_employee_id: at most 64 characters"),
        ("manager_employee_id", "E1", "manager_employee_id: a person cannot be their own"),
        ("preferred_language", "xx", "preferred_language: “xx” is not a supported language"),
        ("active", "maybe", "active: use yes or no."),
    ],
)
def test_each_bad_column_gets_its_message(column, bad, message):
    errors = errors_of(**{column: bad})

    assert any(error.startswith(f"line 7: {message}") for error in errors), errors
    assert all(error.startswith(f"line 7: {column}: ") for error in errors), errors


def test_a_team_needs_a_department_in_the_same_row():
    assert errors_of(department="") == ["line 7: team: a team needs a department in the same row."]
    # A department refused for its own reason is not reported missing as well.
    assert errors_of(department="D" * 121) == [
        "line 7: department: at most 120 characters are allowed."
    ]


def test_the_messages_are_in_the_reader_s_language():
    with translation.override("es"):
        errors = errors_of(first_name="")
    assert errors == ["línea 7: first_name: este valor es obligatorio."]


def test_the_reader_reports_the_form_s_messages_with_their_line():
    header = ",".join(GOOD)
    good = ",".join(GOOD.values())
    bad = good.replace("ana.ruiz@example.com", "nobody").replace(",yes", ",maybe")

    parsed = read_people_csv(f"{header}\n{good}\n{bad}\n".encode())

    assert [row.line for row in parsed.rows] == [2]
    assert [str(error) for error in parsed.errors] == [
        "line 3: email: “nobody” is not a valid e-mail address.",
        "line 3: active: use yes or no.",
    ]
    assert parsed.refused_ids == {"E1"}
