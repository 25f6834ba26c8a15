"""declass-invalid (CL302): the OADR boundaries come from the E.O. timeline (lint/eo.py)."""
from __future__ import annotations

from cablelint.api import lint_text


def _oadr(make_cable, date: str):
    text = make_cable("TAGS: PREL TU", reference_id="95ANKARA123", date=f"{date} 09:00",
                      eo_line="E.O. 12356: DECL: OADR")
    return lint_text(text, select=["declass-invalid"])


def test_oadr_is_accepted_on_the_first_day_of_eo_12958(make_cable):
    assert _oadr(make_cable, "1995-10-14") == []


def test_oadr_the_day_after_is_an_error_that_names_the_right_day(make_cable):
    [f] = _oadr(make_cable, "1995-10-15")
    assert f.severity == "error"
    assert f.message == "OADR is not allowed after 1995-10-14 (cable dated 1995-10-15)"


def test_oadr_under_eo_12356_is_lawful(make_cable):
    assert _oadr(make_cable, "1990-03-01") == []


def test_oadr_before_eo_12356_is_a_warning(make_cable):
    [f] = _oadr(make_cable, "1980-05-02")
    assert f.severity == "warning"
    assert "E.O. 12356 (1982-08-01)" in f.message and "E.O. 12065" in f.message


def test_oadr_typed_before_its_label_is_oadr(make_cable):
    # 94HAVANA3027: `E.O. 12356:      OADR:DECL`
    text = make_cable("TAGS: PREL CU", reference_id="94HAVANA3027", date="1994-05-12 19:29",
                      eo_line="E.O. 12356:      OADR:DECL")
    assert lint_text(text, select=["declass-invalid"]) == []
