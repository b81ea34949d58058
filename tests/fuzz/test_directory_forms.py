"""The company directory's forms fed arbitrary input: SCIM tokens (a
superuser), and the password forms closed to a single-sign-on-only domain
(anyone). Never a server error; a refusal is a clear answer and stores
nothing; no password is ever set or accepted for the domain."""

import pytest
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st

from directory.models import ScimToken
from tests.directory.builders import oidc_app, sso_domain
from tests.factories import DEFAULT_PASSWORD, UserFactory, VerifiedUserFactory
from tests.fuzz.checks import each_example_from_scratch, row_counts, verdict
from tests.fuzz.strategies import FEW, form_with, value

pytestmark = pytest.mark.django_db


@FEW
@given(
    data=form_with(
        {"name": ["Entra ID"], "scopes": ["users:read", "users:write", "groups:write"]},
        "name",
        "scopes",
    )
)
def test_scim_tokens(client, data):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    with each_example_from_scratch():
        before = row_counts(ScimToken)
        response = client.post(reverse("directory_scim_tokens:index"), data)
        if verdict(response, data) == "refused":
            assert row_counts(ScimToken) == before
        else:
            assert row_counts(ScimToken)["ScimToken"] == before["ScimToken"] + 1


PASSWORD_FORMS = {
    "/accounts/login/": ("login", "password"),
    "/accounts/password/reset/": ("email",),
    "/accounts/password/change/": ("oldpassword", "password1", "password2"),
    "/accounts/password/set/": ("password1", "password2"),
}


@pytest.fixture
def sso_person():
    app = oidc_app(name="Contoso account")
    sso_domain(app, "contoso.com")
    return VerifiedUserFactory(email="ana@contoso.com")


@FEW
@given(
    path=st.sampled_from(sorted(PASSWORD_FORMS)),
    values=st.dictionaries(st.sampled_from(["a", "b", "c"]), value, max_size=3),
    addressed=st.sampled_from(["ana@contoso.com", "ANA@Contoso.com ", "x@contoso.com"]),
)
def test_password_ways_of_an_sso_domain(client, sso_person, path, values, addressed):
    names = PASSWORD_FORMS[path]
    data = {
        name: values.get(key, DEFAULT_PASSWORD) for name, key in zip(names, "abc", strict=False)
    }
    if "login" in data:
        data["login"] = addressed
    if "email" in data:
        data["email"] = addressed
    signed_in = path in ("/accounts/password/change/", "/accounts/password/set/")
    with each_example_from_scratch():
        if signed_in:
            client.force_login(sso_person)
        response = client.post(path, data)
        assert response.status_code < 500, (path, data)
        sso_person.refresh_from_db()
        assert sso_person.check_password(DEFAULT_PASSWORD)
        if not signed_in:
            assert "_auth_user_id" not in client.session
        client.logout()
