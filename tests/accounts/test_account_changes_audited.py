"""Every change to a person's account made in the Django admin or in the editing
area's Users screens asks a stale sign-in to confirm itself, and is in the
access log: who, whose account, which fields (never their values), where.

The probe this answers: a superuser whose sign-in was hours old changed a
learner's e-mail address in the Django admin, with no re-authentication and
no audit entry, and a password reset then took over the account.
"""

import pytest
from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.urls import reverse

from people.django_admin import AccountAdminMixin
from people.models import AccessLog
from tests.factories import DEFAULT_PASSWORD, VerifiedUserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser():
    return VerifiedUserFactory(is_superuser=True, is_staff=True)


@pytest.fixture
def learner():
    return VerifiedUserFactory(email="leo@example.com")


def age_sign_in(client, seconds=None):
    """The sign-in (password and second factor) happened long ago."""
    seconds = seconds or settings.ACCOUNT_REAUTHENTICATION_TIMEOUT + 60
    session = client.session
    for record in session["account_authentication_methods"]:
        record["at"] -= seconds
    session.save()


def asks_to_confirm(response) -> bool:
    return response.status_code == 302 and response.url.startswith("/accounts/reauthenticate/")


def account_changes():
    return AccessLog.objects.filter(action=AccessLog.Action.CHANGED_ACCOUNT)


def form_data(form) -> dict:
    """What the browser sends back for an unchanged form."""
    data = {}
    for name, field in form.fields.items():
        value = form.initial.get(name, field.initial)
        if field.disabled or value in (None, False):
            continue
        if value is True:
            data[name] = "on"
        elif isinstance(value, list | tuple) or hasattr(value, "__iter__") and name == "groups":
            data[name] = [getattr(item, "pk", item) for item in value]
        else:
            data[name] = getattr(value, "pk", value)
    return data


# --- the Django admin ------------------------------------------------------------


def test_changing_an_email_address_in_the_django_admin_confirms_the_sign_in_and_is_audited(
    client, superuser, learner
):
    address = EmailAddress.objects.get(user=learner)
    change = f"/django-admin/account/emailaddress/{address.pk}/change/"
    client.force_login(superuser)
    age_sign_in(client)
    data = {
        "user": learner.pk,
        "email": "attacker@example.net",
        "verified": "on",
        "primary": "on",
        "_save": "Save",
    }

    response = client.post(change, data)

    assert asks_to_confirm(response)
    assert EmailAddress.objects.get(pk=address.pk).email == "leo@example.com"
    assert not account_changes().exists()

    # With the password, the change that was asked for goes ahead, and is logged.
    client.post(response.url, {"password": DEFAULT_PASSWORD})
    assert EmailAddress.objects.get(pk=address.pk).email == "attacker@example.net"
    (entry,) = account_changes()
    assert entry.actor == superuser
    assert entry.subject == learner
    assert entry.place == AccessLog.Place.DJANGO_ADMIN
    assert entry.changed_fields == ["emailaddress.email"]
    assert "attacker" not in str(entry.changed_fields) + entry.path


def test_a_fresh_sign_in_changes_at_once_and_every_kind_of_change_is_audited(
    client, superuser, learner
):
    client.force_login(superuser)
    address = EmailAddress.objects.get(user=learner)

    added = client.post(
        "/django-admin/account/emailaddress/add/",
        {"user": learner.pk, "email": "leo.second@example.com", "_save": "Save"},
    )
    assert added.status_code == 302
    second = EmailAddress.objects.get(email="leo.second@example.com")
    client.post(
        "/django-admin/account/emailaddress/",
        {"action": "make_verified", "_selected_action": [second.pk]},
    )
    assert EmailAddress.objects.get(pk=second.pk).verified
    client.post(f"/django-admin/account/emailaddress/{address.pk}/delete/", {"post": "yes"})
    assert not EmailAddress.objects.filter(pk=address.pk).exists()

    entries = list(account_changes().order_by("pk"))
    assert [(e.actor, e.subject) for e in entries] == [(superuser, learner)] * 3
    assert [e.changed_fields for e in entries] == [
        ["emailaddress (added)", "emailaddress.email", "emailaddress.user"],
        ["emailaddress.verified"],
        ["emailaddress (deleted)"],
    ]


def test_bulk_deletion_in_the_django_admin_confirms_the_sign_in(client, superuser, learner):
    address = EmailAddress.objects.get(user=learner)
    client.force_login(superuser)
    age_sign_in(client)

    response = client.post(
        "/django-admin/account/emailaddress/",
        {"action": "delete_selected", "_selected_action": [address.pk], "post": "yes"},
    )

    assert asks_to_confirm(response)
    assert EmailAddress.objects.filter(pk=address.pk).exists()


def test_every_account_model_in_the_django_admin_is_confirmed_and_audited():
    """The user model, or anything holding a ``user`` of it, that is (or is ever)
    registered in the Django admin goes through AccountAdminMixin."""
    import config.urls  # noqa: F401  (the URLconf replaces the libraries' admins)

    User = get_user_model()
    account_models = [
        model
        for model in admin.site._registry
        if model is User
        or any(
            field.name == "user" and field.is_relation and field.related_model is User
            for field in model._meta.get_fields()
        )
    ]

    assert EmailAddress in account_models
    for model in account_models:
        assert isinstance(admin.site._registry[model], AccountAdminMixin), model


# --- the editing area's Users screens ---------------------------------------------------


def test_editing_a_person_in_the_editing_area_is_audited_without_values(client, superuser, learner):
    client.force_login(superuser)
    edit = reverse("wagtailusers_users:edit", args=[learner.pk])
    data = form_data(client.get(edit).context["form"])
    data.update(email="leo.new@example.com", last_name="Marín")

    response = client.post(edit, data)

    assert response.status_code == 302, response.context["form"].errors
    assert get_user_model().objects.get(pk=learner.pk).email == "leo.new@example.com"
    (entry,) = account_changes()
    assert (entry.actor, entry.subject, entry.place) == (
        superuser,
        learner,
        AccessLog.Place.USERS_SCREEN,
    )
    assert entry.changed_fields == ["email", "last_name"]
    assert "leo.new" not in str(entry.changed_fields)


def test_an_old_sign_in_confirms_itself_before_editing_a_person(client, superuser, learner):
    client.force_login(superuser)
    edit = reverse("wagtailusers_users:edit", args=[learner.pk])
    data = form_data(client.get(edit).context["form"])
    data["email"] = "attacker@example.net"
    age_sign_in(client)

    response = client.post(edit, data)

    assert asks_to_confirm(response)
    assert get_user_model().objects.get(pk=learner.pk).email == "leo@example.com"
    client.post(response.url, {"password": DEFAULT_PASSWORD})
    assert get_user_model().objects.get(pk=learner.pk).email == "attacker@example.net"
    assert account_changes().get().changed_fields == ["email"]


def test_bulk_actions_on_people_confirm_the_sign_in_and_are_audited(client, superuser, learner):
    other = VerifiedUserFactory()
    client.force_login(superuser)
    age_sign_in(client)
    url = (
        reverse("wagtail_bulk_action", args=("people", "user", "set_active_state"))
        + f"?id={learner.pk}&id={other.pk}"
    )

    response = client.post(url, {"mark_as_active": "False"})

    assert asks_to_confirm(response)
    assert get_user_model().objects.get(pk=learner.pk).is_active
    assert not account_changes().exists()

    # With the password, the person is back on the confirmation page (its
    # address carries the selection, so allauth does not replay it) and confirms.
    back = client.post(response.url, {"password": DEFAULT_PASSWORD})
    assert back.url == url
    client.post(back.url, {"mark_as_active": "False"})
    assert not get_user_model().objects.get(pk=learner.pk).is_active
    entries = account_changes()
    assert {e.subject_id for e in entries} == {learner.pk, other.pk}
    assert {tuple(e.changed_fields) for e in entries} == {("is_active",)}


def test_the_access_log_shows_which_fields_changed(client, superuser, learner):
    client.force_login(superuser)
    edit = reverse("wagtailusers_users:edit", args=[learner.pk])
    data = form_data(client.get(edit).context["form"])
    data["email"] = "leo.new@example.com"
    client.post(edit, data)

    page = client.get(reverse("people_access_log:index")).content.decode()

    assert "Changed a person&#x27;s account" in page or "Changed a person's account" in page
    assert "<code>email</code>" in page
