"""What a careless client, a broken integration or an attacker may send: text of
any script, NUL and other control characters, very long strings, numbers out of
every range, the wrong types, fields missing or repeated."""

import json

from django.conf import settings as settings_module
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

#: Fixed seed, bounded examples, no deadline: the same run in CI every time.
FUZZ = settings(
    max_examples=30,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
        HealthCheck.large_base_example,
    ],
)
FEW = settings(FUZZ, max_examples=15)

#: Any character a form post can carry (every code point UTF-8 encodes).
any_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=40)
with_nul = st.builds(lambda a, b: f"{a}\x00{b}", any_text, any_text)
very_long = st.sampled_from([5_001, 70_000]).map(lambda n: "é" * n)
#: Integers past 64 bits reach the database as ids (a department, a course) on
#: PostgreSQL, which finds no such row. SQLite's driver raises OverflowError for
#: them instead, a limit of the development database only, so there they stop
#: at 64 bits.
BIGGEST = (
    10**40 if settings_module.DATABASES["default"]["ENGINE"].endswith("postgresql") else 2**63 - 1
)
numbers = st.one_of(
    st.integers(min_value=-BIGGEST, max_value=BIGGEST),
    st.integers(min_value=2**63 - 2, max_value=BIGGEST),
    st.integers(min_value=-BIGGEST, max_value=-(2**63) + 2),
    st.floats(allow_nan=True, allow_infinity=True),
).map(str)
odd_numbers = st.sampled_from(
    ["", " ", "0", "-0", "-1", "1e309", "NaN", "inf", "0x10", "١٢", "²", "1_000", "9" * 5000]
)
odd_dates = st.sampled_from(
    [
        "0000-00-00",
        "0001-01-01",
        "9999-12-31",
        "9999-12-31T23:59",
        "2026-02-30",
        "2026-13-01T10:00",
        "1969-12-31T23:59:59Z",
        "2026-11-01T25:61",
    ]
)
value = st.one_of(any_text, with_nul, very_long, numbers, odd_numbers, odd_dates)
#: A field sent once, twice or three times (a repeated key).
field = st.one_of(value, st.lists(value, min_size=2, max_size=3))


def form(*names: str, extra: bool = True):
    """A form post naming some of ``names`` (any may be missing), with any values,
    and maybe a few fields nobody asked for."""
    data = st.fixed_dictionaries({}, optional={name: field for name in names})
    if not extra:
        return data
    return st.tuples(data, st.dictionaries(any_text, field, max_size=2)).map(
        lambda pair: {**pair[1], **pair[0]}
    )


def form_with(choices: dict, *names: str):
    """Like ``form``, but each name in ``choices`` gets either a valid value (so
    the other fields' checks are reached) or any value."""
    optional = {name: field for name in names}
    for name, valid in choices.items():
        optional[name] = st.one_of(st.sampled_from(valid), field)
    return st.fixed_dictionaries({}, optional=optional)


#: JSON of any shape, for the JSON endpoints.
json_values = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(10**30), max_value=10**30),
        st.floats(allow_nan=False, allow_infinity=False),
        st.text(max_size=30),
        with_nul,
    ),
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=12,
)


def json_body(value) -> str:
    return json.dumps(value)


#: Raw JSON text no encoder would write: numbers past any float, lone
#: surrogates, NUL escapes, keys given twice, truncation.
raw_json_oddities = st.sampled_from(
    [
        "",
        "{",
        "null",
        "[]",
        '"text"',
        "1" * 5000,
        '{"answer": {"text": "a\\u0000b"}}',
        '{"answer": {"text": "\\ud800"}}',
        '{"answer": {"choice": 1e400}}',
        '{"answer": {"choice": 123456789012345678901234567890}}',
        '{"answer": {"choice": 1}, "answer": {"choice": "x"}}',
        '{"answer": {"order": "1,2"}}',
        '{"answer": {"rating": true}}',
        '{"answer": []}',
    ]
)
