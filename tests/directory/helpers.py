"""SCIM tokens, bodies and requests for the directory's tests."""

import json

from directory.models import ScimToken
from directory.scim import schemas
from directory.services import scim_token_create

ALL_SCOPES = tuple(ScimToken.Scope.values)


def scim_token(scopes=ALL_SCOPES, name="Entra ID") -> str:
    _token, secret = scim_token_create(name=name, scopes=list(scopes), created_by=None)
    return secret


def user_body(employee_id="E1", email="ada@example.com", **extra) -> dict:
    body = {
        "schemas": [schemas.USER, schemas.ENTERPRISE],
        "userName": email,
        "name": {"givenName": "Ada", "familyName": "Lovelace"},
        "emails": [{"value": email, "type": "work", "primary": True}],
        "active": True,
        schemas.ENTERPRISE: {"employeeNumber": employee_id},
    }
    body.update(extra)
    return body


def patch(*operations) -> dict:
    return {"schemas": [schemas.PATCH_OP], "Operations": list(operations)}


class Scim:
    """Django's test client speaking SCIM with a bearer token."""

    def __init__(self, client, secret: str):
        self.client = client
        self.secret = secret

    def _headers(self):
        return {"HTTP_AUTHORIZATION": f"Bearer {self.secret}"}

    def get(self, path, **params):
        return self.client.get(f"/scim/v2/{path}", params, **self._headers())

    def send(self, method, path, body=None, raw=None):
        data = raw if raw is not None else json.dumps(body)
        return getattr(self.client, method)(
            f"/scim/v2/{path}", data, content_type="application/scim+json", **self._headers()
        )

    def post(self, path, body=None, raw=None):
        return self.send("post", path, body, raw)

    def put(self, path, body):
        return self.send("put", path, body)

    def patch(self, path, body=None, raw=None):
        return self.send("patch", path, body, raw)

    def delete(self, path):
        return self.client.delete(f"/scim/v2/{path}", **self._headers())
