"""The SCIM filter language (RFC 7644 §3.4.2.2) and the attribute paths of
PATCH (§3.5.2): parsed into a small tree, never evaluated as text.

A filter becomes a Django ``Q`` through a map of the attributes a resource
lets one filter on (``compile_filter``); nothing of the filter reaches the
database but values, as query parameters. Anything this parser does not know
is an ``invalidFilter`` (or ``invalidPath``) error, never a server error:
the filter's length, nesting and size are bounded before it is read.
"""

import json
import re
import uuid
from dataclasses import dataclass
from datetime import datetime

from django.db.models import Q
from django.utils.translation import gettext as _

from core.validation import is_storable
from directory.scim.errors import invalid_filter, invalid_path

MAX_FILTER_LENGTH = 2000
MAX_DEPTH = 8
MAX_NODES = 40

OPERATORS = {"eq", "ne", "co", "sw", "ew", "gt", "lt", "ge", "le"}
_TOKEN = re.compile(
    r"""\s*(?:
        (?P<paren>[()\[\]])
      | (?P<string>"(?:[^"\\]|\\.)*")
      | (?P<word>[A-Za-z0-9_:$.+\-]+)
    )""",
    re.VERBOSE,
)


@dataclass(frozen=True)
class Path:
    """An attribute: its schema (a URN), its name and sub-attribute in lower
    case (``name``, ``givenname``), and a filter on a multi-valued one."""

    schema: str
    attr: str
    sub: str = ""
    value_filter: object = None

    @property
    def dotted(self) -> str:
        return f"{self.attr}.{self.sub}" if self.sub else self.attr


@dataclass(frozen=True)
class Compare:
    path: Path
    op: str
    value: object


@dataclass(frozen=True)
class Present:
    path: Path


@dataclass(frozen=True)
class Logical:
    op: str  # "and" / "or"
    left: object
    right: object


@dataclass(frozen=True)
class Not:
    node: object


@dataclass(frozen=True)
class ValuePath:
    """``emails[type eq "work"]``: the filter applies to the values of ``path``."""

    path: Path
    node: object


def split_schema(text: str, *, default: str, known: tuple[str, ...], error=invalid_path):
    """``urn:...:User:department`` → (the URN, "department"); a name with no URN
    belongs to ``default``. An unknown URN is an error."""
    lowered = text.lower()
    for urn in known:
        if lowered == urn.lower():
            return urn, ""
        if lowered.startswith(urn.lower() + ":"):
            return urn, text[len(urn) + 1 :]
    if lowered.startswith("urn:"):
        raise error(_("“%(name)s” belongs to a schema this server does not know.") % {"name": text})
    return default, text


_NAME = re.compile(r"^\$?[A-Za-z][A-Za-z0-9_$-]*$")


def parse_attr(text: str, *, default: str, known: tuple[str, ...], error=invalid_path) -> Path:
    """An attribute path without a filter: ``name.givenName``, a URN-qualified
    one, or a bare URN (the extension as a whole; ``attr`` is then "")."""
    schema, rest = split_schema(text, default=default, known=known, error=error)
    if not rest:
        return Path(schema, "")
    attr, _dot, sub = rest.partition(".")
    if not _NAME.match(attr) or (sub and not _NAME.match(sub)):
        raise error(_("“%(name)s” is not an attribute name.") % {"name": text})
    return Path(schema, attr.lower(), sub.lower())


class _Parser:
    def __init__(self, text: str, *, default: str, known: tuple[str, ...]):
        if len(text) > MAX_FILTER_LENGTH:
            raise invalid_filter(
                _("The filter is longer than %(limit)s characters.") % {"limit": MAX_FILTER_LENGTH}
            )
        self.default = default
        self.known = known
        self.tokens = self._tokenize(text)
        self.position = 0
        self.nodes = 0

    @staticmethod
    def _tokenize(text: str) -> list[tuple[str, str]]:
        tokens, position = [], 0
        while position < len(text):
            if text[position:].strip() == "":
                break
            match = _TOKEN.match(text, position)
            if match is None or match.end() == position:
                raise invalid_filter(
                    _("The filter cannot be read at “%(part)s”.") % {"part": text[position:][:40]}
                )
            kind = match.lastgroup
            tokens.append((kind, match.group(kind)))
            position = match.end()
        return tokens

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def take(self) -> tuple[str, str]:
        token = self.peek()
        if token is None:
            raise invalid_filter(_("The filter ends too soon."))
        self.position += 1
        return token

    def expect(self, paren: str) -> None:
        kind, text = self.take()
        if kind != "paren" or text != paren:
            raise invalid_filter(_("“%(paren)s” expected in the filter.") % {"paren": paren})

    def keyword(self, *words: str) -> str | None:
        token = self.peek()
        if token and token[0] == "word" and token[1].lower() in words:
            self.position += 1
            return token[1].lower()
        return None

    def count(self, depth: int) -> None:
        self.nodes += 1
        if depth > MAX_DEPTH or self.nodes > MAX_NODES:
            raise invalid_filter(_("The filter is too complex."))

    def parse(self):
        node = self.expression(0)
        if self.peek() is not None:
            raise invalid_filter(
                _("The filter cannot be read at “%(part)s”.") % {"part": self.peek()[1][:40]}
            )
        return node

    def expression(self, depth: int):
        node = self.term(depth)
        while self.keyword("or"):
            node = Logical("or", node, self.term(depth))
        return node

    def term(self, depth: int):
        node = self.factor(depth)
        while self.keyword("and"):
            node = Logical("and", node, self.factor(depth))
        return node

    def factor(self, depth: int):
        self.count(depth)
        if self.keyword("not"):
            self.expect("(")
            node = self.expression(depth + 1)
            self.expect(")")
            return Not(node)
        token = self.peek()
        if token and token == ("paren", "("):
            self.take()
            node = self.expression(depth + 1)
            self.expect(")")
            return node
        kind, text = self.take()
        if kind != "word":
            raise invalid_filter(_("An attribute name was expected in the filter."))
        path = parse_attr(text, default=self.default, known=self.known, error=invalid_filter)
        if not path.attr:
            raise invalid_filter(_("An attribute name was expected in the filter."))
        if self.peek() == ("paren", "["):
            self.take()
            inner = self.expression(depth + 1)
            self.expect("]")
            value_path = ValuePath(path, inner)
            following = self.peek()
            if following and following[0] == "word" and following[1].startswith("."):
                # emails[type eq "work"].value eq "x"
                self.take()
                sub = following[1][1:]
                if not _NAME.match(sub):
                    raise invalid_filter(_("“%(name)s” is not an attribute name.") % {"name": sub})
                return Logical(
                    "and", value_path, self.comparison(Path(path.schema, path.attr, sub.lower()))
                )
            return value_path
        return self.comparison(path)

    def comparison(self, path: Path):
        if self.keyword("pr"):
            return Present(path)
        operator = self.keyword(*OPERATORS)
        if operator is None:
            raise invalid_filter(_("An operator such as eq was expected in the filter."))
        kind, text = self.take()
        if kind == "string":
            try:
                value = json.loads(text)
            except ValueError:
                raise invalid_filter(_("A text in the filter is not well formed.")) from None
            if not is_storable(value):
                # NUL or a lone surrogate: no stored text has one, and the
                # database would refuse to compare with it.
                raise invalid_filter(_("A text in the filter is not well formed."))
        elif kind == "word" and text.lower() in ("true", "false", "null"):
            value = {"true": True, "false": False, "null": None}[text.lower()]
        elif kind == "word" and re.fullmatch(r"-?\d{1,18}(\.\d{1,18})?", text):
            value = float(text) if "." in text else int(text)
        else:
            raise invalid_filter(
                _("A value was expected in the filter after “%(op)s”.") % {"op": operator}
            )
        return Compare(path, operator, value)


def parse_filter(text: str, *, default: str, known: tuple[str, ...]):
    return _Parser(text, default=default, known=known).parse()


def parse_patch_path(text: str, *, default: str, known: tuple[str, ...]) -> Path:
    """A PATCH ``path``: ``active``, ``name.givenName``,
    ``emails[type eq "work"].value``, ``members[value eq "…"]``,
    ``urn:…:enterprise:2.0:User:manager``."""
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_FILTER_LENGTH:
        raise invalid_path(_("The operation's path is not a path."))
    text = text.strip()
    head, bracket, tail = text.partition("[")
    path = parse_attr(head, default=default, known=known)
    if not bracket:
        return path
    inner, close, after = tail.rpartition("]")
    if not close or not path.attr or path.sub:
        raise invalid_path(_("The operation's path is not a path."))
    if after and not (after.startswith(".") and _NAME.match(after[1:])):
        raise invalid_path(_("The operation's path is not a path."))
    try:
        node = parse_filter(inner, default=default, known=known)
    except Exception as error:  # a ScimError: the same text, as a path's
        raise invalid_path(str(error)) from None
    return Path(path.schema, path.attr, after[1:].lower(), node)


# --- filters as queries ------------------------------------------------------------


@dataclass(frozen=True)
class Field:
    """How to filter on one attribute: the model field (a lookup path) and the
    kind of value: "text" (case-insensitive), "exact" (case-sensitive text),
    "bool", "uuid", "datetime", or "always"/"never" for an attribute every
    value has or none has (our only e-mail address is the work one)."""

    lookup: str
    kind: str = "text"


_TEXT_LOOKUPS = {
    "text": {"eq": "iexact", "co": "icontains", "sw": "istartswith", "ew": "iendswith"},
    "exact": {"eq": "exact", "co": "contains", "sw": "startswith", "ew": "endswith"},
}
_ORDER_LOOKUPS = {"gt": "gt", "ge": "gte", "lt": "lt", "le": "lte"}
NOTHING = Q(pk__in=[])


def compile_filter(node, fields: dict[tuple[str, str], Field], *, prefix: str = "") -> Q:
    """``node`` as a Q over the attributes of ``fields`` (keyed by schema and
    dotted lower-case name); an attribute not in ``fields`` is invalidFilter."""
    if isinstance(node, Logical):
        left = compile_filter(node.left, fields, prefix=prefix)
        right = compile_filter(node.right, fields, prefix=prefix)
        return left & right if node.op == "and" else left | right
    if isinstance(node, Not):
        return ~compile_filter(node.node, fields, prefix=prefix)
    if isinstance(node, ValuePath):
        return compile_filter(node.node, fields, prefix=f"{node.path.attr}.")
    path = node.path
    name = prefix + path.dotted if prefix and not path.sub else path.dotted
    field = fields.get((path.schema, name))
    if field is None and not path.sub:
        # A multi-valued attribute filtered as a whole means its "value".
        field = fields.get((path.schema, f"{name}.value"))
    if field is None:
        raise invalid_filter(_("This server cannot filter on “%(name)s”.") % {"name": name})
    if isinstance(node, Present):
        return _present(field)
    return _compare(field, node.op, node.value, name)


def _present(field: Field) -> Q:
    if field.kind == "always":
        return Q()
    if field.kind == "never":
        return NOTHING
    if field.kind in ("text", "exact"):
        return Q(**{f"{field.lookup}__isnull": False}) & ~Q(**{field.lookup: ""})
    return Q(**{f"{field.lookup}__isnull": False})


def _compare(field: Field, op: str, value, name: str) -> Q:
    def refuse():
        return invalid_filter(
            _("“%(op)s” cannot compare “%(name)s” with this value.") % {"op": op, "name": name}
        )

    if field.kind in ("always", "never"):
        if op not in ("eq", "ne") or not isinstance(value, str | bool):
            raise refuse()
        matches = (field.kind == "always") == (
            value is True or (isinstance(value, str) and value.lower() == field.lookup)
        )
        matches = matches if op == "eq" else not matches
        return Q() if matches else NOTHING
    if value is None:
        if op not in ("eq", "ne"):
            raise refuse()
        empty = ~_present(field)
        return empty if op == "eq" else ~empty
    if field.kind in ("text", "exact"):
        if not isinstance(value, str):
            raise refuse()
        if op in _TEXT_LOOKUPS[field.kind] or op == "ne":
            lookup = _TEXT_LOOKUPS[field.kind]["eq" if op == "ne" else op]
            condition = Q(**{f"{field.lookup}__{lookup}": value})
            return ~condition if op == "ne" else condition
        return Q(**{f"{field.lookup}__{_ORDER_LOOKUPS[op]}": value})
    if field.kind == "bool":
        if not isinstance(value, bool) or op not in ("eq", "ne"):
            raise refuse()
        return Q(**{field.lookup: value if op == "eq" else not value})
    if field.kind == "uuid":
        if not isinstance(value, str) or op not in ("eq", "ne"):
            raise refuse()
        try:
            wanted = uuid.UUID(value)
        except ValueError:
            return NOTHING if op == "eq" else Q()
        condition = Q(**{field.lookup: wanted})
        return condition if op == "eq" else ~condition
    if field.kind == "datetime":
        if not isinstance(value, str) or op not in _ORDER_LOOKUPS | {"eq": 0, "ne": 0}:
            raise refuse()
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise refuse() from None
        if moment.tzinfo is None:
            raise refuse()
        if op in ("eq", "ne"):
            condition = Q(**{field.lookup: moment})
            return condition if op == "eq" else ~condition
        return Q(**{f"{field.lookup}__{_ORDER_LOOKUPS[op]}": moment})
    raise refuse()


# --- a filter on one value (PATCH's members[value eq "…"]) -------------------------------


def matches(node, item: dict) -> bool:
    """Whether a value of a multi-valued attribute (a dict, its keys in lower
    case) meets ``node``; only eq, ne, pr, and, or, not."""
    if isinstance(node, Logical):
        if node.op == "and":
            return matches(node.left, item) and matches(node.right, item)
        return matches(node.left, item) or matches(node.right, item)
    if isinstance(node, Not):
        return not matches(node.node, item)
    if isinstance(node, Present):
        return item.get(node.path.dotted) not in (None, "")
    if isinstance(node, Compare) and node.op in ("eq", "ne"):
        have = item.get(node.path.dotted)
        equal = (
            have.casefold() == node.value.casefold()
            if isinstance(have, str) and isinstance(node.value, str)
            else have == node.value
        )
        return equal if node.op == "eq" else not equal
    raise invalid_path(_("This server cannot use that filter in a path."))
