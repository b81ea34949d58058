from django.contrib.auth import get_user_model

from people.models import Profile
from people.roles import Role


def email_owner_ids(emails) -> dict[str, str | None]:
    """Each address of ``emails`` that is in use, mapped to its owner's employee id."""
    User = get_user_model()
    return {
        email.lower(): employee_id
        for email, employee_id in User.objects.filter(email__in=list(emails)).values_list(
            "email", "profile__employee_id"
        )
    }


def reporting_lines() -> dict[str, str | None]:
    """Every stored employee id, mapped to their manager's employee id."""
    return dict(
        Profile.objects.exclude(employee_id=None).values_list(
            "employee_id", "manager__profile__employee_id"
        )
    )


def user_roles(user) -> list[Role]:
    """The product roles ``user`` holds, in the order of ``Role``."""
    if not user.is_authenticated:
        return []
    names = set(user.groups.values_list("name", flat=True))
    return [role for role in Role if role.value in names]
