"""The test identity providers (tests/idp/) are real ones: an OpenID Connect
provider that signs people in on a form and issues signed tokens, and a SAML IdP
whose signed Responses python3-saml (what allauth's saml provider uses) accepts.
These tests drive each IdP alone, with plain HTTP, as a relying party would."""

import base64
import hashlib
import secrets
from urllib.parse import parse_qs, urljoin, urlparse

import jwt
import lxml.etree
import pytest
import requests
import xmlsec
from bs4 import BeautifulSoup
from onelogin.saml2.auth import OneLogin_Saml2_Auth
from onelogin.saml2.idp_metadata_parser import OneLogin_Saml2_IdPMetadataParser
from onelogin.saml2.response import OneLogin_Saml2_Response
from onelogin.saml2.settings import OneLogin_Saml2_Settings
from onelogin.saml2.utils import OneLogin_Saml2_ValidationError

from tests.idp.servers import OidcIdp, SamlIdp

WRONG_CREDENTIALS = "Wrong username or password."


def sign_in_form(html: str) -> tuple[str, dict[str, str]]:
    """The IdP's sign-in form: its action and hidden fields. A person sees a
    labelled login and password and a "Sign in" button."""
    soup = BeautifulSoup(html, "html.parser")
    form = soup.find("form")
    assert form is not None, html
    for name in ("login", "password"):
        field = form.find("input", attrs={"name": name})
        assert field is not None and soup.find("label", attrs={"for": field["id"]}), name
    assert form.find("button", string="Sign in") is not None
    hidden = {
        field["name"]: field.get("value", "") for field in form.find_all("input", type="hidden")
    }
    return form["action"], hidden


def alert(html: str) -> str:
    found = BeautifulSoup(html, "html.parser").find(attrs={"role": "alert"})
    return found.get_text(strip=True) if found else ""


# --- OpenID Connect -----------------------------------------------------------------


class Flow:
    """An authorization-code flow with PKCE, as a confidential client runs it."""

    def __init__(self, idp: OidcIdp) -> None:
        self.idp = idp
        self.http = requests.Session()
        self.discovery = self.http.get(idp.metadata_url, timeout=5).json()
        self.state = secrets.token_urlsafe(16)
        self.nonce = secrets.token_urlsafe(16)
        self.verifier = secrets.token_urlsafe(48)

    def authorize_url(self) -> str:
        challenge = (
            base64.urlsafe_b64encode(hashlib.sha256(self.verifier.encode()).digest())
            .rstrip(b"=")
            .decode()
        )
        return (
            requests.Request(
                "GET",
                self.discovery["authorization_endpoint"],
                params={
                    "client_id": self.idp.client_id,
                    "response_type": "code",
                    "scope": "openid email profile",
                    "redirect_uri": OidcIdp.DEFAULT_REDIRECT_URI,
                    "state": self.state,
                    "nonce": self.nonce,
                    "code_challenge": challenge,
                    "code_challenge_method": "S256",
                },
            )
            .prepare()
            .url
        )

    def authorize(self) -> requests.Response:
        """The authorization request, followed to the page the IdP shows."""
        page = self.http.get(self.authorize_url(), timeout=5)
        assert page.status_code == 200, page.text
        return page

    def sign_in(self, login: str, password: str) -> tuple[requests.Response, str | None]:
        """Submits the form; answers the last page and the redirect URI the IdP
        sent the browser back to, if it did (not followed: no app there)."""
        page = self.authorize()
        action, hidden = sign_in_form(page.text)
        answer = self.http.post(
            urljoin(page.url, action),
            data={**hidden, "login": login, "password": password},
            allow_redirects=False,
            timeout=5,
        )
        for _hop in range(10):
            location = answer.headers.get("Location")
            if answer.status_code not in (302, 303) or not location:
                return answer, None
            location = urljoin(answer.url, location)
            if location.startswith(OidcIdp.DEFAULT_REDIRECT_URI):
                return answer, location
            answer = self.http.get(location, allow_redirects=False, timeout=5)
        raise AssertionError("too many redirects")

    def code(self, login: str, password: str) -> str:
        answer, redirect = self.sign_in(login, password)
        assert redirect is not None, answer.text
        query = parse_qs(urlparse(redirect).query)
        assert query["state"] == [self.state]
        assert query["iss"] == [self.idp.issuer]
        return query["code"][0]

    def exchange(self, code: str) -> requests.Response:
        return requests.post(
            self.discovery["token_endpoint"],
            data={
                "grant_type": "authorization_code",
                "code": code,
                "redirect_uri": OidcIdp.DEFAULT_REDIRECT_URI,
                "code_verifier": self.verifier,
            },
            auth=(self.idp.client_id, self.idp.client_secret),
            timeout=5,
        )

    def id_token_claims(self, id_token: str) -> dict:
        key = jwt.PyJWKClient(self.discovery["jwks_uri"]).get_signing_key_from_jwt(id_token)
        return jwt.decode(
            id_token,
            key.key,
            algorithms=["RS256"],
            audience=self.idp.client_id,
            issuer=self.idp.issuer,
        )


def test_oidc_code_flow_gives_signed_tokens_with_the_directory_claims(oidc_idp):
    flow = Flow(oidc_idp)
    assert flow.discovery["issuer"] == oidc_idp.issuer
    assert "S256" in flow.discovery["code_challenge_methods_supported"]
    assert flow.discovery["end_session_endpoint"] == f"{oidc_idp.issuer}/session/end"

    tokens = flow.exchange(flow.code("ada", "ada-Passphrase-1"))
    assert tokens.status_code == 200, tokens.text
    claims = flow.id_token_claims(tokens.json()["id_token"])

    assert claims["sub"] == "0f1e2d3c-ada"
    assert claims["nonce"] == flow.nonce
    assert claims["email"] == "ada.lovelace@example.com"
    assert claims["email_verified"] is True
    assert (claims["given_name"], claims["family_name"], claims["locale"]) == (
        "Ada",
        "Lovelace",
        "fr",
    )
    assert claims["employee_id"] == "E-1001"
    assert (claims["department"], claims["team"]) == ("Engineering", "Platform")
    assert claims["manager_email"] == "grace.hopper@example.com"
    assert claims["groups"] == ["engineering", "academy-learners"]
    assert claims["amr"] == ["pwd", "mfa"]
    assert claims["acr"] == "urn:example:acr:mfa"

    userinfo = requests.get(
        flow.discovery["userinfo_endpoint"],
        headers={"Authorization": f"Bearer {tokens.json()['access_token']}"},
        timeout=5,
    ).json()
    assert userinfo["sub"] == "0f1e2d3c-ada"
    assert userinfo["groups"] == ["engineering", "academy-learners"]
    assert userinfo["manager_email"] == "grace.hopper@example.com"


def test_oidc_person_without_a_second_factor_has_amr_pwd_only(oidc_idp):
    flow = Flow(oidc_idp)
    tokens = flow.exchange(flow.code("ben", "ben-Passphrase-2")).json()
    claims = flow.id_token_claims(tokens["id_token"])
    assert claims["amr"] == ["pwd"]
    assert "acr" not in claims
    assert claims["team"] == "Tier 1"


def test_oidc_code_needs_the_pkce_verifier_and_the_secret(oidc_idp):
    flow = Flow(oidc_idp)
    code = flow.code("ben", "ben-Passphrase-2")
    flow.verifier = secrets.token_urlsafe(48)
    assert flow.exchange(code).json()["error"] == "invalid_grant"

    flow = Flow(oidc_idp)
    code = flow.code("ben", "ben-Passphrase-2")
    oidc_idp.client_secret, secret = "not-the-secret", oidc_idp.client_secret
    try:
        assert flow.exchange(code).json()["error"] == "invalid_client"
    finally:
        oidc_idp.client_secret = secret


def test_oidc_wrong_password_is_refused(oidc_idp):
    answer, redirect = Flow(oidc_idp).sign_in("ada", "not-her-password")
    assert redirect is None
    assert answer.status_code == 200
    assert alert(answer.text) == WRONG_CREDENTIALS
    sign_in_form(answer.text)  # asked again


def test_oidc_unknown_or_removed_person_is_refused(oidc_idp):
    answer, redirect = Flow(oidc_idp).sign_in("nobody", "ada-Passphrase-1")
    assert redirect is None and alert(answer.text) == WRONG_CREDENTIALS

    oidc_idp.remove_user("ben")
    assert oidc_idp.logins() == ["ada"]
    answer, redirect = Flow(oidc_idp).sign_in("ben", "ben-Passphrase-2")
    assert redirect is None and alert(answer.text) == WRONG_CREDENTIALS


def test_oidc_person_removed_before_the_code_is_exchanged_gets_no_tokens(oidc_idp):
    flow = Flow(oidc_idp)
    code = flow.code("ben", "ben-Passphrase-2")
    oidc_idp.remove_user("ben")
    assert flow.exchange(code).json()["error"] == "invalid_grant"


def test_oidc_sign_in_is_remembered_until_rp_initiated_logout(oidc_idp):
    flow = Flow(oidc_idp)
    tokens = flow.exchange(flow.code("ada", "ada-Passphrase-1")).json()

    # Signed in at the IdP: the next authorization needs no password.
    answer = flow.http.get(flow.authorize_url(), allow_redirects=False, timeout=5)
    while not answer.headers["Location"].startswith(OidcIdp.DEFAULT_REDIRECT_URI):
        answer = flow.http.get(
            urljoin(answer.url, answer.headers["Location"]), allow_redirects=False, timeout=5
        )
    assert "code" in parse_qs(urlparse(answer.headers["Location"]).query)

    page = flow.http.get(
        flow.discovery["end_session_endpoint"],
        params={
            "id_token_hint": tokens["id_token"],
            "post_logout_redirect_uri": OidcIdp.DEFAULT_POST_LOGOUT_REDIRECT_URI,
            "state": "bye",
        },
        timeout=5,
    )
    form = BeautifulSoup(page.text, "html.parser").find("form")
    hidden = {field["name"]: field["value"] for field in form.find_all("input", type="hidden")}
    answer = flow.http.post(
        urljoin(page.url, form["action"]),
        data={**hidden, "logout": "yes"},
        allow_redirects=False,
        timeout=5,
    )
    assert answer.headers["Location"] == f"{OidcIdp.DEFAULT_POST_LOGOUT_REDIRECT_URI}?state=bye"

    # Signed out: the password is asked again.
    sign_in_form(flow.authorize().text)


def test_oidc_person_removed_while_signed_in_at_the_idp_must_sign_in_again(oidc_idp):
    flow = Flow(oidc_idp)
    flow.code("ben", "ben-Passphrase-2")
    oidc_idp.remove_user("ben")

    sign_in_form(flow.authorize().text)
    answer, redirect = flow.sign_in("ben", "ben-Passphrase-2")
    assert redirect is None and alert(answer.text) == WRONG_CREDENTIALS


def test_oidc_set_users_replaces_the_directory(oidc_idp, idp_people):
    ada, _ben = idp_people
    ada["password"] = "a-New-passphrase-9"
    oidc_idp.set_users([ada])
    assert oidc_idp.logins() == ["ada"]
    _answer, redirect = Flow(oidc_idp).sign_in("ada", "ada-Passphrase-1")
    assert redirect is None
    assert Flow(oidc_idp).code("ada", "a-New-passphrase-9")


def test_oidc_admin_endpoint_needs_the_token(oidc_idp):
    answer = requests.delete(f"{oidc_idp.issuer}/_test/users/ada", timeout=5)
    assert answer.status_code == 401
    answer = requests.delete(
        f"{oidc_idp.issuer}/_test/users/ada", headers={"Authorization": "Bearer guess"}, timeout=5
    )
    assert answer.status_code == 401
    assert oidc_idp.logins() == ["ada", "ben"]


# --- SAML -------------------------------------------------------------------------

SP = "http://127.0.0.1:8000/accounts/saml/company-saml"


def saml_settings(idp: SamlIdp) -> dict:
    """python3-saml's settings for allauth's SP (its URLs, as allauth builds them:
    allauth/socialaccount/providers/saml/utils.py), the IdP from its metadata."""
    metadata = requests.get(idp.metadata_url, timeout=5).text
    sp = {
        "strict": True,
        "sp": {
            "entityId": f"{SP}/metadata/",
            "assertionConsumerService": {
                "url": f"{SP}/acs/",
                "binding": "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST",
            },
        },
        "security": {
            "wantAssertionsSigned": True,
            "wantMessagesSigned": True,
            "rejectDeprecatedAlgorithm": True,
            "wantAttributeStatement": True,
        },
    }
    return OneLogin_Saml2_IdPMetadataParser.merge_settings(
        sp, OneLogin_Saml2_IdPMetadataParser.parse(metadata)
    )


def sp_request(path: str, post: dict | None = None) -> dict:
    return {
        "https": "off",
        "http_host": "127.0.0.1:8000",
        "script_name": "",
        "path_info": path,
        "get_data": {},
        "post_data": post or {},
    }


def saml_sign_in(idp: SamlIdp, login: str, password: str):
    """An SP-initiated sign-in: the AuthnRequest by redirect, the form, and the
    page the IdP answers with (and its SAMLResponse form, if it signed one in)."""
    settings = saml_settings(idp)
    auth = OneLogin_Saml2_Auth(sp_request("/accounts/saml/company-saml/login/"), settings)
    http = requests.Session()
    page = http.get(auth.login(return_to="relay-1"), timeout=5)
    assert page.status_code == 200, page.text
    action, hidden = sign_in_form(page.text)
    answer = http.post(
        urljoin(page.url, action),
        data={**hidden, "login": login, "password": password},
        timeout=5,
    )
    form = BeautifulSoup(answer.text, "html.parser").find("form")
    posted = {field["name"]: field["value"] for field in form.find_all("input", type="hidden")}
    return settings, auth.get_last_request_id(), answer, form, posted


def test_saml_metadata_parses(saml_idp):
    idp = OneLogin_Saml2_IdPMetadataParser.parse_remote(saml_idp.metadata_url)["idp"]
    assert idp["entityId"] == saml_idp.entity_id
    assert idp["singleSignOnService"] == {
        "url": saml_idp.sso_url,
        "binding": "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect",
    }
    assert idp["x509cert"] == saml_idp.x509cert


def test_saml_sign_in_answers_the_acs_with_a_signed_response(saml_idp):
    settings, request_id, answer, form, posted = saml_sign_in(saml_idp, "ada", "ada-Passphrase-1")
    assert answer.status_code == 200
    assert form["method"] == "post" and form["action"] == f"{SP}/acs/"
    assert posted["RelayState"] == "relay-1"

    auth = OneLogin_Saml2_Auth(sp_request("/accounts/saml/company-saml/acs/", posted), settings)
    auth.process_response(request_id=request_id)
    assert auth.get_errors() == [], auth.get_last_error_reason()
    assert auth.is_authenticated()
    assert auth.get_nameid() == "0f1e2d3c-ada"
    assert auth.get_attributes() == {
        "email": ["ada.lovelace@example.com"],
        "first_name": ["Ada"],
        "last_name": ["Lovelace"],
        "employee_id": ["E-1001"],
        "department": ["Engineering"],
        "team": ["Platform"],
        "manager_email": ["grace.hopper@example.com"],
        "groups": ["engineering", "academy-learners"],
        "locale": ["fr"],
        "http://schemas.microsoft.com/claims/authnmethodsreferences": ["pwd", "mfa"],
    }
    response = OneLogin_Saml2_Response(OneLogin_Saml2_Settings(settings), posted["SAMLResponse"])
    assert response.get_authn_contexts() == [SamlIdp.MFA_CLASS]


def test_saml_person_without_a_second_factor_has_the_password_class(saml_idp):
    settings, request_id, _answer, _form, posted = saml_sign_in(saml_idp, "ben", "ben-Passphrase-2")
    response = OneLogin_Saml2_Response(OneLogin_Saml2_Settings(settings), posted["SAMLResponse"])
    assert response.is_valid(
        sp_request("/accounts/saml/company-saml/acs/", posted),
        request_id=request_id,
        raise_exceptions=True,
    )
    assert response.get_authn_contexts() == [SamlIdp.PASSWORD_CLASS]
    assert response.get_attributes()["groups"] == ["support"]


def test_saml_response_changed_on_the_way_is_rejected(saml_idp):
    settings, request_id, _answer, _form, posted = saml_sign_in(saml_idp, "ben", "ben-Passphrase-2")
    xml = base64.b64decode(posted["SAMLResponse"]).replace(b"Tier 1", b"Admins")
    response = OneLogin_Saml2_Response(
        OneLogin_Saml2_Settings(settings), base64.b64encode(xml).decode()
    )
    with pytest.raises(OneLogin_Saml2_ValidationError):
        response.is_valid(
            sp_request("/accounts/saml/company-saml/acs/", posted),
            request_id=request_id,
            raise_exceptions=True,
        )


def test_saml_wrong_password_is_refused(saml_idp):
    _settings, _id, answer, form, _posted = saml_sign_in(saml_idp, "ada", "not-her-password")
    assert alert(answer.text) == WRONG_CREDENTIALS
    assert "SAMLResponse" not in answer.text
    sign_in_form(answer.text)  # asked again


def test_saml_removed_person_is_refused(saml_idp):
    saml_idp.remove_user("ada")
    _settings, _id, answer, _form, _posted = saml_sign_in(saml_idp, "ada", "ada-Passphrase-1")
    assert alert(answer.text) == WRONG_CREDENTIALS
    assert "SAMLResponse" not in answer.text


def test_saml_admin_endpoint_needs_the_token(saml_idp):
    answer = requests.post(f"{saml_idp.base_url}/_test/users", json=[], timeout=5)
    assert answer.status_code == 401
    assert saml_idp.logins() == ["ada", "ben"]


def test_saml_idp_with_registered_service_providers_answers_only_them(idp_node, idp_people):
    registered = [{"entity_id": f"{SP}/metadata/", "acs_url": f"{SP}/acs/"}]
    with SamlIdp(users=idp_people, service_providers=registered) as idp:
        _settings, _id, answer, form, _posted = saml_sign_in(idp, "ben", "ben-Passphrase-2")
        assert form["action"] == f"{SP}/acs/"

        settings = saml_settings(idp)
        settings["sp"]["entityId"] = "http://127.0.0.1:8000/someone-else/"
        auth = OneLogin_Saml2_Auth(sp_request("/someone-else/login/"), settings)
        answer = requests.get(auth.login(), timeout=5)
        assert answer.status_code == 400
        assert "unknown service provider" in answer.text


def test_xmlsec_and_lxml_share_their_libxml2():
    """python3-saml signs and verifies with xmlsec over lxml's trees: built on
    different libxml2 versions, importing it fails (requirements.txt)."""
    assert xmlsec.get_libxml_version() == lxml.etree.LIBXML_VERSION
