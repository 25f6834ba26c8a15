"""CL312 declass-date-format: month-first dates are read one way; the rule is a style note,
off by default. E.O. lines copied from real cables (the id beside each)."""
from __future__ import annotations

import pytest

from cablelint.api import lint_text


@pytest.mark.parametrize("eo_line,source", [
    ("E.O. 12958: DECL:  4/9/2028", "08TRIPOLI12"),
    ("E.O. 12958: DECL: 3/12/2018", "08TRIPOLI227"),
    ("E.O 12958:  DECL:  02/08/20", "10PARIS174"),
])
def test_month_first_dates_are_no_warning(make_cable, eo_line, source):
    text = make_cable("TAGS: PREL LY", date="2008-01-09 10:00", eo_line=eo_line)
    assert all(f.severity == "info" for f in lint_text(text, select=["declass-date-format"]))
    assert not [f for f in lint_text(text) if f.name == "declass-date-format"], source


def test_style_note_when_selected(make_cable):
    text = make_cable("TAGS: PREL LY", date="2008-01-09 10:00",
                      eo_line="E.O. 12958: DECL: 3/12/2018")  # 08TRIPOLI227
    (f,) = lint_text(text, select=["declass-date-format"])
    assert f.severity == "info" and "m/dd/yyyy" in f.message
    canonical = make_cable("TAGS: PREL LY", eo_line="E.O. 12958: DECL: 03/12/2018")
    assert not lint_text(canonical, select=["declass-date-format"])
