"""The SCIM endpoints under /scim/v2/ (RFC 7644). Bearer token only, never a
session: the token's scopes say what it may read and write. Each view reads
the request, calls a selector or a service, and answers JSON as
``application/scim+json``; every refusal is a SCIM Error resource."""

import json
import uuid
from functools import wraps

from django.core.exceptions import RequestDataTooBig
from django.db.models import Q
from django.http import HttpResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from core import jsonbody
from core.tokens import TokenRefused, token_check
from core.validation import is_storable
from directory import selectors, services
from directory.models import ScimToken
from directory.scim import errors, groups, render, schemas, users
from directory.scim.filters import compile_filter, parse_filter

CONTENT_TYPE = "application/scim+json"
READ_METHODS = ("GET", "HEAD")


def answer(body: dict | None, *, status: int = 200, location: str = "") -> HttpResponse:
    response = HttpResponse(
        b"" if body is None else json.dumps(body, ensure_ascii=False).encode(),
        status=status,
        content_type=CONTENT_TYPE if body is not None else None,
    )
    if location:
        response["Location"] = location
    response["Cache-Control"] = "no-store"
    return response


def error_answer(error: errors.ScimError) -> HttpResponse:
    response = answer(error.as_resource(), status=error.status)
    if error.status == 401:
        response["WWW-Authenticate"] = 'Bearer realm="scim"'
    return response


def scim_endpoint(resource: str, methods: tuple[str, ...]):
    """A SCIM view for ``resource`` ("users", "groups" or "" for discovery,
    which any valid token may read): bearer token, scope, method, errors."""

    def decorate(view):
        @csrf_exempt
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            try:
                request.scim_token = _authenticate(request)
                if request.method not in methods:
                    raise errors.ScimError(
                        405, _("%(method)s is not allowed here.") % {"method": request.method}
                    )
                if resource:
                    scope = f"{resource}:{'read' if request.method in READ_METHODS else 'write'}"
                    if not request.scim_token.allows(scope):
                        raise errors.ScimError(
                            403, _("This token lacks the scope %(scope)s.") % {"scope": scope}
                        )
                response = view(request, *args, **kwargs)
            except errors.ScimError as error:
                response = error_answer(error)
            if request.method not in methods:
                response["Allow"] = ", ".join(methods)
            return response

        return wrapped

    return decorate


def _authenticate(request) -> ScimToken:
    header = request.META.get("HTTP_AUTHORIZATION", "")
    scheme, _sep, secret = header.partition(" ")
    if scheme.lower() != "bearer" or not secret.strip():
        raise errors.ScimError(401, _("Send the SCIM token as “Authorization: Bearer <token>”."))
    try:
        return token_check(request, secret.strip(), model=ScimToken)
    except TokenRefused as refused:
        raise errors.ScimError(refused.status, refused.message) from None


def _body(request):
    """The request's JSON, bounded in size and depth; SCIM errors otherwise."""
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    if length > schemas.MAX_PAYLOAD_BYTES:
        raise _too_big()
    try:
        raw = request.body
    except RequestDataTooBig:
        raise _too_big() from None
    if len(raw) > schemas.MAX_PAYLOAD_BYTES:
        raise _too_big()
    try:
        body = jsonbody.loads(raw)
    except ValueError:
        raise errors.invalid_syntax(_("The body is not JSON.")) from None
    if not isinstance(body, dict):
        raise errors.invalid_syntax(_("The body must be a JSON object."))
    if not is_storable(body):
        raise errors.invalid_value(
            _("The body contains a character that cannot be stored, such as the NUL character.")
        )
    return body


def _too_big() -> errors.ScimError:
    return errors.ScimError(
        413,
        _("The body is larger than %(limit)s bytes.") % {"limit": schemas.MAX_PAYLOAD_BYTES},
    )


def base_url(request) -> str:
    return request.build_absolute_uri(reverse("scim:root")).rstrip("/")


def _absolute(document: dict, request) -> dict:
    meta = document.get("meta")
    if isinstance(meta, dict) and meta.get("location", "").startswith("/"):
        meta["location"] = base_url(request) + meta["location"]
    return document


def _scim_id(value: str) -> uuid.UUID:
    try:
        return uuid.UUID(value)
    except ValueError:
        raise errors.not_found(_("There is no resource with this id.")) from None


def _paging(request) -> tuple[int, int]:
    def number(name: str, default: int) -> int:
        raw = request.GET.get(name)
        if raw in (None, ""):
            return default
        try:
            return int(raw)
        except ValueError:
            raise errors.invalid_value(
                _("“%(name)s” must be a whole number.") % {"name": name}
            ) from None

    start = max(1, number("startIndex", 1))
    count = min(max(0, number("count", schemas.MAX_RESULTS)), schemas.MAX_RESULTS)
    return start, count


def _attribute_lists(request) -> tuple[list[str], list[str]]:
    def names(name: str) -> list[str]:
        return [part for part in request.GET.get(name, "").split(",") if part.strip()]

    return names("attributes"), names("excludedAttributes")


def _condition(request, fields, *, default: str, known: tuple[str, ...]):
    text = request.GET.get("filter", "").strip()
    if not text:
        return Q()
    return compile_filter(parse_filter(text, default=default, known=known), fields)


# --- discovery --------------------------------------------------------------------------


@scim_endpoint("", ("GET",))
def root(request):
    raise errors.not_found(
        _("Use /ServiceProviderConfig, /ResourceTypes, /Schemas, /Users or /Groups.")
    )


@scim_endpoint("", ("GET",))
def service_provider_config(request):
    return answer(_absolute(schemas.service_provider_config(), request))


@scim_endpoint("", ("GET",))
def resource_types(request):
    documents = [_absolute(document, request) for document in schemas.resource_types()]
    return answer(render.list_response(documents, total=len(documents), start=1))


@scim_endpoint("", ("GET",))
def resource_type(request, name: str):
    for document in schemas.resource_types():
        if document["id"].lower() == name.lower():
            return answer(_absolute(document, request))
    raise errors.not_found(_("There is no resource type %(name)s.") % {"name": name[:100]})


@scim_endpoint("", ("GET",))
def schema_list(request):
    documents = [
        _absolute({"schemas": [schemas.SCHEMA], **s}, request) for s in schemas.all_schemas()
    ]
    return answer(render.list_response(documents, total=len(documents), start=1))


@scim_endpoint("", ("GET",))
def schema_detail(request, urn: str):
    for document in schemas.all_schemas():
        if document["id"].lower() == urn.lower():
            return answer(_absolute({"schemas": [schemas.SCHEMA], **document}, request))
    raise errors.not_found(_("There is no schema %(urn)s.") % {"urn": urn[:200]})


# --- users ------------------------------------------------------------------------------


def _user_answer(request, user, *, status: int = 200) -> HttpResponse:
    resource = render.user_resource(user, base_url=base_url(request))
    attributes, excluded = _attribute_lists(request)
    return answer(
        render.trimmed(resource, attributes=attributes, excluded=excluded),
        status=status,
        location=resource["meta"]["location"] if status == 201 else "",
    )


def _user_or_404(scim_id: str):
    user = selectors.scim_user(scim_id=_scim_id(scim_id))
    if user is None:
        raise errors.not_found(_("There is no person with this id."))
    return user


@scim_endpoint("users", ("GET", "POST"))
def user_list(request):
    if request.method == "POST":
        doc = users.doc_from_body(_body(request), base=users.UserDoc())
        user = services.scim_user_create(doc=doc)
        return _user_answer(
            request, selectors.scim_user(scim_id=user.scim_identity.scim_id), status=201
        )
    condition = _condition(request, selectors.USER_FIELDS, default=schemas.USER, known=users.KNOWN)
    start, count = _paging(request)
    services.scim_identities_ensure()
    total, page = selectors.scim_users_page(condition=condition, start=start, count=count)
    attributes, excluded = _attribute_lists(request)
    url = base_url(request)
    resources = [
        render.trimmed(
            render.user_resource(user, base_url=url), attributes=attributes, excluded=excluded
        )
        for user in page
    ]
    return answer(render.list_response(resources, total=total, start=start))


@scim_endpoint("users", ("GET", "PUT", "PATCH", "DELETE"))
def user_detail(request, scim_id: str):
    user = _user_or_404(scim_id)
    if request.method == "GET":
        return _user_answer(request, user)
    if request.method == "DELETE":
        services.scim_user_deactivate(user=user)
        return answer(None, status=204)
    body = _body(request)
    current = selectors.scim_user_doc(user=user)
    if request.method == "PUT":
        base = users.UserDoc(
            employee_id=current.employee_id, active=current.active, external_id=current.external_id
        )
        doc = users.doc_from_body(body, base=base)
    else:
        doc = users.doc_patched(current, users.patch_operations(body))
    services.scim_user_update(user=user, doc=doc)
    return _user_answer(request, selectors.scim_user(scim_id=user.scim_identity.scim_id))


# --- groups -----------------------------------------------------------------------------


def _with_members(request) -> bool:
    attributes, excluded = _attribute_lists(request)
    names = {name.strip().lower() for name in excluded}
    wanted = {name.strip().lower() for name in attributes}
    return "members" not in names and (not wanted or any(w.startswith("members") for w in wanted))


def _group_answer(request, group, *, status: int = 200) -> HttpResponse:
    with_members = _with_members(request)
    group = selectors.scim_group(scim_id=group.scim_id, with_members=with_members)
    resource = render.group_resource(group, base_url=base_url(request), with_members=with_members)
    attributes, excluded = _attribute_lists(request)
    return answer(
        render.trimmed(resource, attributes=attributes, excluded=excluded),
        status=status,
        location=resource["meta"]["location"] if status == 201 else "",
    )


def _group_or_404(scim_id: str):
    group = selectors.scim_group(scim_id=_scim_id(scim_id), with_members=False)
    if group is None:
        raise errors.not_found(_("There is no group with this id."))
    return group


@scim_endpoint("groups", ("GET", "POST"))
def group_list(request):
    if request.method == "POST":
        group = services.scim_group_create(doc=groups.doc_from_body(_body(request)))
        return _group_answer(request, group, status=201)
    condition = _condition(
        request, selectors.GROUP_FIELDS, default=schemas.GROUP, known=groups.KNOWN
    )
    start, count = _paging(request)
    with_members = _with_members(request)
    total, page = selectors.scim_groups_page(
        condition=condition, start=start, count=count, with_members=with_members
    )
    attributes, excluded = _attribute_lists(request)
    url = base_url(request)
    resources = [
        render.trimmed(
            render.group_resource(group, base_url=url, with_members=with_members),
            attributes=attributes,
            excluded=excluded,
        )
        for group in page
    ]
    return answer(render.list_response(resources, total=total, start=start))


@scim_endpoint("groups", ("GET", "PUT", "PATCH", "DELETE"))
def group_detail(request, scim_id: str):
    group = _group_or_404(scim_id)
    if request.method == "GET":
        return _group_answer(request, group)
    if request.method == "DELETE":
        services.scim_group_delete(group=group)
        return answer(None, status=204)
    body = _body(request)
    current = selectors.scim_group_doc(group=group)
    if request.method == "PUT":
        doc = groups.doc_from_body(body, base=current)
    else:
        doc = groups.doc_patched(current, users.patch_operations(body))
    services.scim_group_update(group=group, doc=doc)
    return _group_answer(request, group)
