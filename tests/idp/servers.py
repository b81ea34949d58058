"""Real identity providers for the tests, each a Node.js process on loopback.

``OidcIdp`` runs panva's oidc-provider (tests/idp/oidc_idp.mjs) and ``SamlIdp`` a
SAML 2.0 IdP signing with xml-crypto (tests/idp/saml_idp.mjs), both from the
project's npm packages (``npm ci``): nothing is downloaded when a test runs.
Each picks a free port, writes its config, starts, waits until it answers and
stops when the ``with`` block (or ``stop()``) ends::

    with OidcIdp(users=[person("ada", email="ada@example.com")]) as idp:
        idp.set_redirect_uris([f"{live_server.url}/accounts/oidc/company/login/callback/"])
        ...
        idp.remove_user("ada")

People are dicts: ``{"login", "password", "claims": {"sub", "email", ..., "amr"}}``
(``person()`` builds one). Both IdPs show a real sign-in form (fields ``login``
and ``password``, a "Sign in" button) and refuse a wrong password or a removed
person. ``set_users`` and ``remove_user`` go through a test-only admin endpoint
guarded by a random token.
"""

from __future__ import annotations

import copy
import datetime
import functools
import json
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import requests
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
START_SECONDS = 20
PASSWORD = "idp-Passphrase-1"


def person(
    login: str,
    *,
    password: str = PASSWORD,
    sub: str | None = None,
    email: str | None = None,
    email_verified: bool = True,
    given_name: str = "Test",
    family_name: str = "Person",
    locale: str = "en",
    employee_id: str = "",
    department: str = "",
    team: str = "",
    manager_email: str = "",
    groups: list[str] | tuple[str, ...] = (),
    mfa: bool = False,
    acr: str | None = None,
) -> dict:
    """One person of the IdPs' directory, with every claim the IdPs hand out."""
    claims = {
        "sub": sub or f"sub-{login}",
        "email": email or f"{login}@example.com",
        "email_verified": email_verified,
        "given_name": given_name,
        "family_name": family_name,
        "name": f"{given_name} {family_name}",
        "locale": locale,
        "employee_id": employee_id,
        "department": department,
        "team": team,
        "manager_email": manager_email,
        "groups": list(groups),
        "amr": ["pwd", "mfa"] if mfa else ["pwd"],
    }
    if acr:
        claims["acr"] = acr
    return {"login": login, "password": password, "claims": claims}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@functools.cache
def node_problem() -> str | None:
    """Why the IdPs cannot run here, or None: they need Node.js 20.18 or later on
    PATH (oidc-provider uses ``URL.parse``) and the npm packages."""
    node = shutil.which("node")
    version = ""
    if node is not None:
        version = subprocess.run(
            [node, "--version"], capture_output=True, text=True, check=True, timeout=10
        ).stdout.strip()
    if node is None or tuple(int(part) for part in version.lstrip("v").split(".")[:2]) < (20, 18):
        return (
            "The test identity providers need Node.js 20.18 or later on PATH "
            f"(found {version or 'none'})."
        )
    if not (ROOT / "node_modules" / "oidc-provider").is_dir():
        return "The test identity providers need the npm packages: run `npm ci` in the checkout."
    return None


def _node() -> str:
    if problem := node_problem():
        raise RuntimeError(problem)
    return shutil.which("node")


class _NodeIdp:
    script: str
    label: str

    def __init__(self, users: list[dict] | tuple[dict, ...] = ()) -> None:
        self.users = copy.deepcopy(list(users))
        self.admin_token = secrets.token_urlsafe(24)
        self.port = 0
        self.process: subprocess.Popen | None = None
        self._folder: Path | None = None

    # --- What a subclass says -------------------------------------------------

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _config(self) -> dict:
        raise NotImplementedError

    def _prepare(self) -> None:
        """Files the process needs before it starts (the SAML key and certificate)."""

    @property
    def ready_url(self) -> str:
        raise NotImplementedError

    # --- Life -----------------------------------------------------------------

    def start(self) -> _NodeIdp:
        self._folder = Path(tempfile.mkdtemp(prefix=f"{self.label}-"))
        self._prepare()
        for attempt in range(3):
            self.port = _free_port()
            try:
                self._start_once()
                return self
            except RuntimeError as error:
                # Another process may take the free port before node binds it.
                if "EADDRINUSE" not in str(error) or attempt == 2:
                    self.stop()
                    raise
        raise AssertionError("unreachable")

    def _start_once(self) -> None:
        config_path = self._folder / "config.json"
        config_path.write_text(json.dumps(self._config()))
        log_path = self._folder / f"{self.port}.log"
        with log_path.open("wb") as log:
            self.process = subprocess.Popen(
                [
                    _node(),
                    str(HERE / self.script),
                    "--port",
                    str(self.port),
                    "--config",
                    str(config_path),
                ],
                cwd=ROOT,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            try:
                if requests.get(self.ready_url, timeout=1).status_code == 200:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.05)
        self._end_process()
        raise RuntimeError(
            f"The {self.label} identity provider did not start on port {self.port} within "
            f"{START_SECONDS} s. Its output:\n{log_path.read_text(errors='replace')}"
        )

    def _end_process(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)
        self.process = None

    def stop(self) -> None:
        self._end_process()
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()

    def output(self) -> str:
        """What the process printed so far (its log), for a failing test's message."""
        if self._folder is None:
            return ""
        return (self._folder / f"{self.port}.log").read_text(errors="replace")

    # --- The directory ----------------------------------------------------------

    def _admin(self, method: str, path: str, payload=None) -> requests.Response:
        response = requests.request(
            method,
            f"{self.base_url}{path}",
            json=payload,
            headers={"Authorization": f"Bearer {self.admin_token}"},
            timeout=5,
        )
        response.raise_for_status()
        return response

    def set_users(self, users: list[dict]) -> None:
        """Replaces the people who may sign in."""
        self.users = copy.deepcopy(list(users))
        self._admin("POST", "/_test/users", self.users)

    def remove_user(self, login: str) -> None:
        """Removes one person: they can no longer sign in, nor finish a sign-in."""
        self._admin("DELETE", f"/_test/users/{login}")
        self.users = [user for user in self.users if user["login"] != login]

    def logins(self) -> list[str]:
        return self._admin("GET", "/_test/users").json()["users"]


class OidcIdp(_NodeIdp):
    """An OpenID Connect provider with one confidential client (``client_id``,
    ``client_secret``, client_secret_basic or client_secret_post, PKCE allowed).
    Scopes ``openid email profile`` give the directory claims (also under the
    ``directory`` scope), in the ID token and userinfo; the ID token has ``amr``
    and, when the person has one, ``acr``."""

    script = "oidc_idp.mjs"
    label = "oidc"
    DEFAULT_REDIRECT_URI = "http://127.0.0.1/callback"
    DEFAULT_POST_LOGOUT_REDIRECT_URI = "http://127.0.0.1/signed-out"

    def __init__(
        self,
        users: list[dict] | tuple[dict, ...] = (),
        *,
        client_id: str = "academy",
        redirect_uris: list[str] | tuple[str, ...] = (DEFAULT_REDIRECT_URI,),
        post_logout_redirect_uris: list[str] | tuple[str, ...] = (
            DEFAULT_POST_LOGOUT_REDIRECT_URI,
        ),
    ) -> None:
        super().__init__(users)
        self.client_id = client_id
        self.client_secret = secrets.token_urlsafe(32)
        self.redirect_uris = list(redirect_uris)
        self.post_logout_redirect_uris = list(post_logout_redirect_uris)

    @property
    def issuer(self) -> str:
        return self.base_url

    @property
    def metadata_url(self) -> str:
        return f"{self.issuer}/.well-known/openid-configuration"

    @property
    def sso_url(self) -> str:
        """The authorization endpoint."""
        return f"{self.issuer}/auth"

    ready_url = metadata_url

    @property
    def jwks_url(self) -> str:
        return f"{self.issuer}/jwks"

    @property
    def certificate_pem(self) -> None:
        """OpenID Connect publishes its keys at ``jwks_url``, not as a certificate."""
        return None

    def _clients(self) -> list[dict]:
        return [
            {
                "client_id": self.client_id,
                "client_secret": self.client_secret,
                "redirect_uris": self.redirect_uris,
                "post_logout_redirect_uris": self.post_logout_redirect_uris,
            }
        ]

    def _config(self) -> dict:
        return {
            "issuer": self.issuer,
            "admin_token": self.admin_token,
            "clients": self._clients(),
            "users": self.users,
            "acr_values": ["urn:example:acr:password", "urn:example:acr:mfa"],
        }

    def set_redirect_uris(
        self, redirect_uris: list[str], post_logout_redirect_uris: list[str] | tuple[str, ...] = ()
    ) -> None:
        """The client's registered redirect URIs (say, once the live server's port
        is known). The provider restarts its state: sessions at the IdP end."""
        self.redirect_uris = list(redirect_uris)
        self.post_logout_redirect_uris = list(post_logout_redirect_uris)
        self._admin("POST", "/_test/clients", self._clients())


class SamlIdp(_NodeIdp):
    """A SAML 2.0 IdP: AuthnRequests by HTTP-Redirect to ``sso_url``, signed
    Responses (Response and Assertion, RSA-SHA256) by HTTP-POST to the request's
    ACS URL, metadata at ``metadata_url`` (also the ``entity_id``). Its key and
    self-signed certificate are made at start (``certificate_pem``). Attributes
    (basic names): email, first_name, last_name, employee_id, department, team,
    manager_email, groups (one value each), locale; the NameID (persistent) is
    the person's ``sub``; the AuthnContextClassRef is ``MFA_CLASS`` when their
    ``amr`` has "mfa", else ``PASSWORD_CLASS``."""

    script = "saml_idp.mjs"
    label = "saml"
    PASSWORD_CLASS = "urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport"
    MFA_CLASS = "https://refeds.org/profile/mfa"

    def __init__(
        self,
        users: list[dict] | tuple[dict, ...] = (),
        *,
        service_providers: list[dict] | tuple[dict, ...] = (),
    ) -> None:
        """``service_providers`` ([{"entity_id", "acs_url"}]) limits whom the IdP
        answers; without it, any AuthnRequest's ACS URL is answered."""
        super().__init__(users)
        self.service_providers = list(service_providers)
        self.certificate_pem = ""

    @property
    def entity_id(self) -> str:
        return f"{self.base_url}/metadata"

    @property
    def metadata_url(self) -> str:
        return f"{self.base_url}/metadata"

    @property
    def sso_url(self) -> str:
        return f"{self.base_url}/sso"

    @property
    def ready_url(self) -> str:
        return self.metadata_url

    @property
    def x509cert(self) -> str:
        """The certificate as SAML settings want it: base64, no PEM armour."""
        return "".join(
            line for line in self.certificate_pem.splitlines() if not line.startswith("-----")
        )

    def _prepare(self) -> None:
        key_pem, self.certificate_pem = self_signed_certificate("Test SAML IdP")
        (self._folder / "idp.key").write_text(key_pem)
        (self._folder / "idp.crt").write_text(self.certificate_pem)

    def _config(self) -> dict:
        return {
            "base_url": self.base_url,
            "entity_id": self.entity_id,
            "key_file": str(self._folder / "idp.key"),
            "cert_file": str(self._folder / "idp.crt"),
            "admin_token": self.admin_token,
            "users": self.users,
            "service_providers": self.service_providers,
        }


def self_signed_certificate(common_name: str) -> tuple[str, str]:
    """An RSA key and a self-signed certificate for it, both PEM, valid for a day."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    return key_pem, certificate.public_bytes(serialization.Encoding.PEM).decode()
