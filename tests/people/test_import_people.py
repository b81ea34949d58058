import io

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from people.models import Department, Profile, Team
from people.roles import Role
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

HEADER = (
    "employee_id,email,first_name,last_name,job_role,department,team,"
    "manager_employee_id,preferred_language,active\n"
)
GOOD = HEADER + (
    "E2,zoe.ng@example.com,Zoë,Ng,Agent,Customer Care,Billing,E1,es,yes\n"
    "E1,rafa.diaz@example.com,Rafa,Díaz,Team lead,Customer Care,Billing,,en,\n"
    "E3,Sam.Lee@Example.com,Sam,Lee,Agent,Technical Support,Tier 1,E1,fr-CA,true\n"
)


def run_import(tmp_path, text, *args, encoding="utf-8"):
    path = tmp_path / "people.csv"
    path.write_bytes(text.encode(encoding) if isinstance(text, str) else text)
    out, err = io.StringIO(), io.StringIO()
    call_command("import_people", str(path), *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def failing_import(tmp_path, text, **kwargs):
    path = tmp_path / "people.csv"
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    err = io.StringIO()
    with pytest.raises(CommandError) as excinfo:
        call_command("import_people", str(path), stdout=io.StringIO(), stderr=err)
    return str(excinfo.value), err.getvalue()


def snapshot():
    User = get_user_model()
    return (
        sorted(User.objects.values_list("email", "first_name", "last_name", "is_active")),
        sorted(
            Profile.objects.values_list(
                "user__email", "employee_id", "job_role", "team__name", "manager__email"
            ),
            key=str,
        ),
        sorted(Department.objects.values_list("name", flat=True)),
        sorted(Team.objects.values_list("name", flat=True)),
        EmailAddress.objects.count(),
    )


def test_import_creates_people_org_units_and_reporting_lines(tmp_path):
    out, err = run_import(tmp_path, GOOD)

    assert "3 created, 0 updated, 0 unchanged" in out
    assert err == ""
    zoe = Profile.objects.select_related("user", "team__department", "manager").get(
        employee_id="E2"
    )
    assert zoe.user.email == "zoe.ng@example.com"
    assert zoe.user.first_name == "Zoë"
    assert zoe.team.name == "Billing"
    assert zoe.department.name == "Customer Care"
    assert zoe.team.department == zoe.department
    assert zoe.manager.email == "rafa.diaz@example.com"  # manager listed after the report
    assert zoe.preferred_language == "es"
    assert not zoe.user.has_usable_password()
    assert zoe.user.groups.filter(name=Role.LEARNER).exists()

    sam = Profile.objects.get(employee_id="E3")
    assert sam.user.email == "sam.lee@example.com"  # addresses are stored in lower case
    assert sam.preferred_language == "fr"
    assert EmailAddress.objects.get(email="sam.lee@example.com").verified
    assert sorted(Department.objects.values_list("name", flat=True)) == [
        "Customer Care",
        "Technical Support",
    ]


def test_import_is_idempotent(tmp_path):
    run_import(tmp_path, GOOD)
    before = snapshot()

    out, _err = run_import(tmp_path, GOOD)

    assert "0 created, 0 updated, 3 unchanged" in out
    assert snapshot() == before


def test_import_updates_changed_rows_only(tmp_path):
    run_import(tmp_path, GOOD)
    changed = GOOD.replace(
        "E3,Sam.Lee@Example.com,Sam,Lee,Agent,Technical Support,Tier 1,E1,fr-CA,true",
        "E3,sam.lee@newmail.example.com,Samuel,Lee,Senior agent,Technical Support,"
        "Escalations,E2,fr,no",
    )

    out, _err = run_import(tmp_path, changed)

    assert "0 created, 1 updated, 2 unchanged" in out
    sam = Profile.objects.select_related("user", "team", "manager").get(employee_id="E3")
    assert sam.user.email == "sam.lee@newmail.example.com"
    assert sam.user.first_name == "Samuel"
    assert sam.user.is_active is False
    assert sam.job_role == "Senior agent"
    assert sam.team.name == "Escalations"
    assert sam.manager.email == "zoe.ng@example.com"
    assert list(EmailAddress.objects.filter(user=sam.user).values_list("email", flat=True)) == [
        "sam.lee@newmail.example.com"
    ]


def test_import_links_an_account_that_signed_up_by_itself(tmp_path):
    existing = UserFactory(email="zoe.ng@example.com")

    out, _err = run_import(tmp_path, GOOD)

    assert "2 created, 1 updated, 0 unchanged" in out
    existing.refresh_from_db()
    assert existing.profile.employee_id == "E2"
    assert get_user_model().objects.filter(email="zoe.ng@example.com").count() == 1


def test_malformed_file_changes_nothing_and_names_every_bad_line(tmp_path):
    run_import(tmp_path, GOOD)
    before = snapshot()
    bad = HEADER + (
        "E1,rafa.diaz@example.com,Rafael,Díaz,Team lead,Customer Care,Billing,,en,\n"  # fine
        "E4,not-an-email,Ann,Bell,Agent,Customer Care,Billing,E1,en,\n"  # line 3
        ",nobody@example.com,No,Body,Agent,Customer Care,Billing,,en,\n"  # line 4
        "E5,eve@example.com,Eve,Ray,Agent,Customer Care,Billing,E99,en,\n"  # line 5
        "E6,eve2@example.com,Eve,Ray,Agent,,Billing,,xx,maybe\n"  # line 6
        "E7,only,three\n"  # line 7
        "E1,rafa.again@example.com,Rafa,Díaz,Lead,Customer Care,Billing,,en,\n"  # line 8
    )

    message, err = failing_import(tmp_path, bad)

    assert "nothing was imported" in message
    assert "line 3: email: “not-an-email” is not a valid e-mail address." in err
    assert "line 4: employee_id: this value is required." in err
    assert "line 5: manager_employee_id: no employee E99 in this file or in the system." in err
    assert "line 6: team: a team needs a department in the same row." in err
    assert "line 6: preferred_language: “xx” is not a supported language" in err
    assert "line 6: active: use yes or no." in err
    assert "line 7: it has 3 fields but the header has 10." in err
    assert "line 8: employee_id: E1 already appears on line 2." in err
    assert "line 2:" not in err
    assert snapshot() == before  # the good first row was not written either


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("", "line 1: the file is empty"),
        (
            "email,first_name\nx@example.com,X\n",
            "lacks the required columns: employee_id, last_name",
        ),
        (
            "employee_id,email,email,first_name,last_name\n",
            "names these columns more than once: email",
        ),
        ('employee_id,email,first_name,last_name\nE1,"a@example.com,A,B\n', "cannot be read"),
        (
            "employee_id,email,first_name,last_name\nE1,a@example.com,A,B\nE2,b@example.com,B\x00,C\n",
            "NUL characters",
        ),
    ],
)
def test_unreadable_files_are_refused(tmp_path, content, expected):
    before = snapshot()

    message, err = failing_import(tmp_path, content)

    assert expected in err
    assert "nothing was imported" in message
    assert snapshot() == before


def test_file_that_is_not_utf8_names_the_line(tmp_path):
    data = (HEADER + "E1,ana@example.com,Ana,Muñoz,Agent,Care,Billing,,es,\n").encode("latin-1")

    _message, err = failing_import(tmp_path, data)

    assert "line 2: the file is not UTF-8 text" in err
    assert get_user_model().objects.count() == 0


def test_email_of_another_employee_is_refused(tmp_path):
    run_import(tmp_path, GOOD)
    clash = HEADER + "E9,zoe.ng@example.com,Zed,Ng,Agent,Customer Care,Billing,,en,\n"

    _message, err = failing_import(tmp_path, clash)

    assert "line 2: email: zoe.ng@example.com belongs to employee E2." in err
    assert not Profile.objects.filter(employee_id="E9").exists()


def test_duplicate_email_within_the_file_is_refused(tmp_path):
    dup = HEADER + (
        "E1,same@example.com,A,One,Agent,Care,Billing,,en,\n"
        "E2,SAME@example.com,B,Two,Agent,Care,Billing,,en,\n"
    )

    _message, err = failing_import(tmp_path, dup)

    assert "line 3: email: same@example.com already appears on line 2." in err


def test_reporting_loops_and_self_management_are_refused(tmp_path):
    loop = HEADER + (
        "E1,a@example.com,A,One,Lead,Care,Billing,E2,en,\n"
        "E2,b@example.com,B,Two,Lead,Care,Billing,E1,en,\n"
        "E3,c@example.com,C,Three,Agent,Care,Billing,E3,en,\n"
    )

    _message, err = failing_import(tmp_path, loop)

    assert "line 2: manager_employee_id: the reporting line of E1 runs in a loop." in err
    assert "line 3: manager_employee_id: the reporting line of E2 runs in a loop." in err
    assert "line 4: manager_employee_id: a person cannot be their own manager." in err
    assert get_user_model().objects.count() == 0


def test_loop_through_people_already_stored_is_refused(tmp_path):
    run_import(tmp_path, GOOD)  # E2 reports to E1
    loop = HEADER + "E1,rafa.diaz@example.com,Rafa,Díaz,Team lead,Customer Care,Billing,E2,en,\n"

    _message, err = failing_import(tmp_path, loop)

    assert "the reporting line of E1 runs in a loop" in err
    assert Profile.objects.get(employee_id="E1").manager is None


def test_headers_are_forgiving_and_unknown_columns_are_reported(tmp_path):
    text = "\ufeffEmployee ID,E-mail,First Name,Last Name,Shoe Size\nE1,a@example.com,Ana,Ruiz,38\n"
    text = text.replace("E-mail", "Email")

    out, err = run_import(tmp_path, text)

    assert "1 created" in out
    assert "Ignored unknown columns: shoe_size" in err
    assert Profile.objects.get(employee_id="E1").user.get_full_name() == "Ana Ruiz"


def test_dry_run_reports_without_writing(tmp_path):
    out, _err = run_import(tmp_path, GOOD, "--dry-run")

    assert "Dry run, nothing written: 3 created" in out
    assert get_user_model().objects.count() == 0
    assert Department.objects.count() == 0


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_people", str(tmp_path / "absent.csv"))
