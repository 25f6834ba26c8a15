"""CL202 classified-by-incomplete: the reason's section named as the order in force on the
cable's date numbered it."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("date,dtg,eo_line,section", [
    # 02VATICAN4444 (era2/) l.13-23: `CLASSIFIED BY: CHARGE D'AFFAIRES, D. BRENT HARDT`, no
    # reason, in 2002: E.O. 12958 as issued listed the categories in section 1.5
    ("2002-09-13 04:55", "R 130455Z SEP 02", "E.O. 12958: DECL: 09/12/2012", "1.5"),
    # the same statement after E.O. 13292 (2003-03-25) moved them to section 1.4
    ("2004-03-11 12:00", "R 111200Z MAR 04", "E.O. 12958: DECL: 03/11/2014", "1.4"),
])
def test_a_missing_reason_names_the_section_of_the_order_in_force(
        make_telegram, lint_rule, date, dtg, eo_line, section):
    text = make_telegram(reference_id="02VATICAN4444", date=date, classification="CONFIDENTIAL",
                         origin="Embassy Vatican", dtg=dtg, post="VATICAN",
                         banner="C O N F I D E N T I A L VATICAN 004444", eo=eo_line,
                         tags="TAGS: IZ, KPAO, OPRC, PREL, VT",
                         classified_by="CLASSIFIED BY: CHARGE D'AFFAIRES, D. BRENT HARDT",
                         paragraphs=("1. (C) SUMMARY:  THE HOLY SEE PRESENTS CHALLENGES.",))
    (f,) = lint_rule(text, "classified-by-incomplete")
    assert f.message == f"Classified By gives no reason (a section {section} category)"
