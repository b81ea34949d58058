"""People using a running instance over HTTP, the way a browser without
JavaScript does: they read pages, follow links and submit the forms they find,
with the fields the page gives them. Every response is recorded, so a test can
say that nobody met an error page."""

import base64
import hashlib
import hmac
import random
import re
import struct
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import requests
from bs4 import BeautifulSoup

PASSWORD = "human-edge-demo"
DEMO_TOTP_SECRET = "HUMANEDGEDEMOTOTPHUMANEDGEDEMO23"


def totp(secret: str) -> str:
    """RFC 6238, written here rather than trusting the code under test."""
    if 30 - time.time() % 30 < 2:
        time.sleep(2.5)  # never hand over a code in its last moments
    counter = int(time.time() // 30)
    key = base64.b32decode(secret.upper() + "=" * (-len(secret) % 8))
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return f"{value % 1_000_000:06d}"


class JourneyError(AssertionError):
    """A person could not do what the journey expected of them."""


@dataclass
class Form:
    page: "Page"
    element: object

    @property
    def action(self) -> str:
        return urljoin(self.page.url, self.element.get("action") or self.page.url)

    @property
    def method(self) -> str:
        return (self.element.get("method") or "get").lower()

    def buttons(self) -> list:
        return self.element.find_all("button")

    def button(self, text: str):
        for button in self.buttons():
            if text.lower() in button.get_text(" ", strip=True).lower():
                return button
        raise JourneyError(f"no button {text!r} in the form for {self.action}")

    def fields(self, *, answer: random.Random | None = None) -> list[tuple[str, str]]:
        """The name/value pairs the browser would send. With ``answer``, the
        person answers every quiz question (``q-…`` fields) at random; other
        choices stay as the page set them."""
        data: list[tuple[str, str]] = []
        groups: dict[str, list] = {}
        ranks: dict[str, list] = {}
        for control in self.element.find_all(["input", "select", "textarea"]):
            name = control.get("name")
            if not name or control.has_attr("disabled"):
                continue
            kind = (control.get("type") or "text").lower()
            quiz = answer is not None and name.startswith("q-")
            if control.name == "select":
                if quiz:
                    ranks.setdefault(name.rsplit("-", 1)[0], []).append(name)
                    continue
                chosen = control.find("option", selected=True) or control.find("option")
                if chosen is not None:
                    data.append((name, chosen.get("value", chosen.get_text())))
            elif kind in ("radio", "checkbox"):
                if quiz:
                    groups.setdefault(name, []).append(control.get("value", "on"))
                elif control.has_attr("checked"):
                    data.append((name, control.get("value", "on")))
            elif kind in ("submit", "button", "reset", "file", "image"):
                continue
            elif control.name == "textarea":
                data.append((name, control.get_text()))
            elif quiz and kind == "text":
                data.append((name, answer.choice(["empathy", "a person", "escalate"])))
            else:
                data.append((name, control.get("value", "")))
        for name, values in groups.items():
            data.append((name, answer.choice(values)))
        for names in ranks.values():
            places = list(range(1, len(names) + 1))
            answer.shuffle(places)
            data.extend((name, str(place)) for name, place in zip(names, places, strict=True))
        return data


@dataclass
class Page:
    url: str
    status: int
    text: str
    soup: BeautifulSoup = field(repr=False)

    def forms(self, action: str = "") -> list[Form]:
        """The forms in the page's main content whose action contains ``action``."""
        scope = self.soup.find("main") or self.soup
        found = [Form(self, element) for element in scope.find_all("form")]
        return [form for form in found if action in form.action]

    def form(self, action: str = "") -> Form:
        forms = self.forms(action)
        if not forms:
            raise JourneyError(f"no form posting to {action!r} on {self.url}")
        return forms[0]

    def has_form(self, action: str) -> bool:
        return bool(self.forms(action))

    def links(self, pattern: str) -> list[str]:
        scope = self.soup.find("main") or self.soup
        return [
            urljoin(self.url, a["href"])
            for a in scope.find_all("a", href=True)
            if re.search(pattern, a["href"])
        ]

    @property
    def path(self) -> str:
        return urlsplit(self.url).path


class Person:
    """One person with their own browser session."""

    def __init__(self, base_url: str, email: str, *, password: str = PASSWORD, totp_secret=None):
        self.base_url = base_url
        self.email = email
        self.password = password
        self.totp_secret = totp_secret
        self.session = requests.Session()
        self.session.headers["Accept-Language"] = "en"
        #: (method, url, status) of every response, redirects included.
        self.responses: list[tuple[str, str, int]] = []

    def __repr__(self):
        return f"<Person {self.email}>"

    def _record(self, response) -> Page:
        for hop in [*response.history, response]:
            self.responses.append((hop.request.method, hop.url, hop.status_code))
        return Page(
            response.url,
            response.status_code,
            response.text,
            BeautifulSoup(response.text, "html.parser"),
        )

    def errors(self) -> list[tuple[str, str, int]]:
        return [entry for entry in self.responses if entry[2] >= 500]

    def get(self, path: str, *, expect: int | None = 200, **params) -> Page:
        response = self.session.get(urljoin(self.base_url, path), params=params, timeout=120)
        page = self._record(response)
        if expect is not None and page.status != expect:
            raise JourneyError(f"{self.email}: GET {path} gave {page.status}, not {expect}")
        return page

    def get_raw(self, path: str) -> requests.Response:
        response = self.session.get(urljoin(self.base_url, path), timeout=120)
        self._record(response)
        return response

    def submit(
        self,
        form: Form,
        *,
        values: dict | None = None,
        button: str | None = None,
        answer: random.Random | None = None,
        expect: int | None = 200,
    ) -> Page:
        """Submit ``form`` as the browser would: with the button's formaction and
        name when one is named, ``values`` replacing what the page gave."""
        data = form.fields(answer=answer)
        if values:
            data = [(name, value) for name, value in data if name not in values]
            data += list(values.items())
        action = form.action
        if button is not None:
            element = form.button(button)
            if element.get("formaction"):
                action = urljoin(form.page.url, element["formaction"])
            if element.get("name"):
                data.append((element["name"], element.get("value", "")))
        headers = {"Referer": form.page.url}
        if form.method == "post":
            response = self.session.post(action, data=data, headers=headers, timeout=120)
        else:
            response = self.session.get(action, params=data, headers=headers, timeout=120)
        page = self._record(response)
        if expect is not None and page.status != expect:
            raise JourneyError(
                f"{self.email}: {form.method.upper()} {action} gave {page.status}, not {expect}"
            )
        return page

    def sign_in(self) -> Page:
        page = self.get("/accounts/login/")
        page = self.submit(
            page.form("/accounts/login/"), values={"login": self.email, "password": self.password}
        )
        if "/accounts/2fa/authenticate/" in page.url:
            if not self.totp_secret:
                raise JourneyError(f"{self.email} was asked for a second factor")
            page = self.submit(page.form(), values={"code": totp(self.totp_secret)})
        if "/accounts/login/" in page.url or "/accounts/2fa/" in page.url:
            raise JourneyError(f"{self.email} could not sign in: {page.url}")
        return page
