"""Reading an identity provider's claims: the names each big provider uses,
values of the wrong shape taken as not sent, and nothing the provider sends
can make reading fail."""

from hypothesis import given, settings
from hypothesis import strategies as st

from directory.claims import MAX_CLAIM_LENGTH, TEXT_CLAIMS, Claims, claims_read, login_data


def test_openid_connect_names():
    claims = claims_read(
        {
            "sub": "abc",
            "email": "Zoe.Ng@Example.com",
            "given_name": "Zoë",
            "family_name": "Ng",
            "employee_id": "E2",
            "department": "Customer Care",
            "team": "Billing",
            "manager_email": "rafa@example.com",
            "locale": "es-ES",
            "groups": ["LMS Authors", "Everyone"],
            "amr": ["pwd", "otp"],
        }
    )
    assert claims.email == "Zoe.Ng@Example.com"
    assert (claims.first_name, claims.last_name, claims.employee_id) == ("Zoë", "Ng", "E2")
    assert claims.groups == ["LMS Authors", "Everyone"]
    assert claims.preferred_language == "es-ES"
    assert claims.proves_second_factor()


def test_saml_attribute_lists_and_uris():
    claims = claims_read(
        {
            "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress": ["a@example.com"],
            "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname": ["Ana"],
            "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname": ["Silva"],
            "http://schemas.microsoft.com/ws/2008/06/identity/claims/groups": ["g1", "g2", "g1"],
            "http://schemas.microsoft.com/claims/authnmethodsreferences": [
                "http://schemas.microsoft.com/ws/2008/06/identity/authenticationmethod/password",
                "http://schemas.microsoft.com/claims/multipleauthn",
            ],
        }
    )
    assert (claims.email, claims.first_name, claims.last_name) == ("a@example.com", "Ana", "Silva")
    assert claims.groups == ["g1", "g2"]
    assert claims.proves_second_factor()


def test_a_provider_of_its_own_names():
    claims = claims_read(
        {"employeeNumber": "X1", "worker": "Y2"}, names={"employee_id": ["worker"]}
    )
    assert claims.employee_id == "Y2"


def test_no_groups_claim_is_not_an_empty_one():
    assert claims_read({"email": "a@example.com"}).groups is None
    assert claims_read({"email": "a@example.com", "groups": []}).groups == []


def test_password_alone_proves_no_second_factor():
    assert not claims_read({"amr": ["pwd"]}).proves_second_factor()
    assert not claims_read(
        {"acr": "urn:oasis:names:tc:SAML:2.0:ac:classes:Password"}
    ).proves_second_factor()
    assert claims_read({"acr": "corp-mfa"}).proves_second_factor(extra_acr_values=["corp-mfa"])


def test_values_of_the_wrong_shape_count_as_not_sent():
    claims = claims_read(
        {
            "email": {"value": "a@example.com"},
            "given_name": True,
            "family_name": "x" * (MAX_CLAIM_LENGTH + 1),
            "employee_id": "E\x001",
            "groups": [{"name": "admins"}, 7, "ok"],
        }
    )
    assert (claims.email, claims.first_name, claims.last_name, claims.employee_id) == ("",) * 4
    assert claims.groups == ["7", "ok"]


def test_openid_connect_amr_comes_from_the_id_token():
    data = login_data(
        "openid_connect",
        {
            "userinfo": {"email": "a@example.com", "amr": ["mfa"]},
            "id_token": {"email": "old@example.com", "amr": ["pwd"]},
        },
    )
    assert data["email"] == "a@example.com"
    assert data["amr"] == ["pwd"]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=50),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5)
    ),
    max_leaves=20,
)
claim_names = st.sampled_from(
    ["email", "given_name", "family_name", "employee_id", "groups", "amr", "acr", "locale", "team"]
) | st.text(max_size=20)


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(claim_names, json_values, max_size=12),
    st.sampled_from(["openid_connect", "saml"]),
)
def test_reading_never_fails_and_gives_text(data, provider):
    claims = claims_read(login_data(provider, data))
    assert isinstance(claims, Claims)
    for name in TEXT_CLAIMS:
        value = getattr(claims, name)
        assert isinstance(value, str) and len(value) <= MAX_CLAIM_LENGTH and "\x00" not in value
    assert claims.groups is None or all(isinstance(g, str) and g for g in claims.groups)
    assert isinstance(claims.proves_second_factor(), bool)
