"""The editing area's shared listing machinery (core/listings.py)."""

import pytest

from core.listings import spreadsheet_safe


@pytest.mark.parametrize(
    "value",
    ["=1+2", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", '=HYPERLINK("http://x")'],
)
def test_text_a_spreadsheet_would_run_gets_a_leading_apostrophe(value):
    assert spreadsheet_safe(value) == "'" + value


@pytest.mark.parametrize("value", ["Anna", "a=b", "", 12, None, "'=already"])
def test_other_values_stay_as_they_are(value):
    assert spreadsheet_safe(value) == value
