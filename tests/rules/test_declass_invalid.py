"""declass-invalid (CL302): the OADR boundaries come from the E.O. timeline (lint/eo.py)."""
from __future__ import annotations

import pytest

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



# 10STATE369 (cables/): 25X1-HUMAN, the prescribed marking for human-source information
# under E.O. 12958 as amended (until ISOO Notice 2012-02) (routing and text replaced)
HUMAN_SOURCE = """\
10STATE369

2010-01-05 10:00
SECRET
Secretary of State
O 051000Z JAN 10
FM SECSTATE WASHDC
TO RUEHTRO/AMEMBASSY TRIPOLI IMMEDIATE 1742

S E C R E T STATE 000369 
 
E.O. 12958: DECL: 25X1-HUMAN 
TAGS: PREL PTER
SUBJECT: TALKS
 
Classified By: Ambassador John Doe, reasons 1.4 (c).
 
1. (S) Text.
"""


def _exemption_findings(text: str) -> list:
    from cablelint.api import lint_text
    return [f for f in lint_text(text) if f.name == "declass-invalid" and "25X" in f.message]


def test_25x1_human_is_not_called_improper_before_isoo_notice_2012_02():
    assert _exemption_findings(HUMAN_SOURCE) == []
    # another 25X exemption on a new cable is still reported
    assert _exemption_findings(HUMAN_SOURCE.replace("25X1-HUMAN", "25X6"))


@pytest.mark.parametrize("dtg,decl,level,expected", [
    ("R 150900Z FEB 08", "N/A", "C O N F I D E N T I A L", "error"),
    ("R 150900Z FEB 08", "DECL: 02/15/2018", "UNCLAS", "error"),
    ("R 150900Z FEB 98", "DECL: OADR", "C O N F I D E N T I A L", "error"),
    ("R 150900Z FEB 01", "DECL: X1, X5", "C O N F I D E N T I A L", None),
    ("R 150900Z MAY 03", "DECL: X6", "C O N F I D E N T I A L", "warning"),
    ("R 150900Z FEB 08", "DECL: X6", "C O N F I D E N T I A L", "error"),
    ("R 150900Z FEB 08", "DECL: MR", "C O N F I D E N T I A L", "error"),
    ("R 150900Z FEB 08", "DECL: 02/30/2018", "C O N F I D E N T I A L", "error"),
    ("R 150900Z FEB 08", "DECL: 02/15/2008", "C O N F I D E N T I A L", "error"),
    ("R 150900Z FEB 01", "DECL: 02/15/2016", "C O N F I D E N T I A L", "error"),   # >10 y then
    ("R 150900Z FEB 01", "DECL: 12/31/2011", "C O N F I D E N T I A L", None),      # rounding
    ("R 150900Z FEB 08", "DECL: 02/15/2033", "C O N F I D E N T I A L", None),      # 25 y
    ("R 150900Z FEB 08", "DECL: 25X1-HUMAN", "S E C R E T", None),  # prescribed until ISOO Notice 2012-02
    ("R 150900Z FEB 08", "DECL: 25X6", "S E C R E T", "warning"),
    ("R 150900Z FEB 08", "DECL: 50X1-HUM", "S E C R E T", "error"),
])
def test_declassification_instruction_by_era(dtg, decl, level, expected, marking_cable, lint_rule):
    paras = ("1. (U) Text.",) if level == "UNCLAS" else ("1. (C) Text.",)
    text = marking_cable(dtg=dtg, level=level, eo=f"E.O. 12958: {decl}", paras=paras,
                 cb=None if level == "UNCLAS" else "Classified By: Ambassador Ross Wilson, reasons 1.5 (b).")
    got = lint_rule(text, "declass-invalid")
    assert [f.severity for f in got] == ([] if expected is None else [expected]), got
    for f in got:
        assert "Text" not in f.message
