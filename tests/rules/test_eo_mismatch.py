"""CL301 eo-mismatch: a wrong order number on the `N/A` line of an unclassified cable is a
warning. E.O. lines copied from real cables (the id beside each)."""
from __future__ import annotations

import pytest

from cablelint.api import lint_text


def _unclas(eo_line: str, date: str) -> str:
    return f"""03LAGOS683
TALKS
{date}
UNCLASSIFIED
Embassy Lagos
This record is a partial extract of the original cable. The full text of the original cable is not available.

UNCLAS LAGOS 000683

SIPDIS

{eo_line}
TAGS: ECON NI
SUBJECT: TALKS

1. (U) Text.
"""


@pytest.mark.parametrize("eo_line,date,source", [
    ("E.O. 12598: N/A", "2003-03-20 10:00", "03LAGOS683"),
    ("E.O. 12356: N/A", "2004-10-20 10:00", "04WELLINGTON882"),
])
def test_na_line_of_an_unclassified_cable_is_a_warning(eo_line, date, source):
    found = lint_text(_unclas(eo_line, date), select=["eo-mismatch"])
    assert [f.severity for f in found] == ["warning"], source


def test_classified_cable_typo_stays_an_error(make_cable):
    # 95PHNOMPENH3751
    text = make_cable("TAGS: PREL CB", date="1995-11-14 10:00",
                      eo_line="E.O. 12598:  DECL:  11/14/2025")
    assert [f.severity for f in lint_text(text, select=["eo-mismatch"])] == ["error"]
