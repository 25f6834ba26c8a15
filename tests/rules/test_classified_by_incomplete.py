"""CL202 classified-by-incomplete: the reason's section named as the order in force on the
cable's date numbered it; a statement glued into a flattened header line, whose end the copy
dropped (closing review, seed 27763). Header lines copied from real cables (the id beside each);
paragraph text replaced."""
from __future__ import annotations

import pytest

from cablelint.api import lint_text, parse

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


_RULE = "classified-by-incomplete"

# 09CAIRO2166 (cables/): SUBJECT, REF and the statement glued on line 5; the copy stops the line
# after the classifier's name, and paragraph 1 opens the next line
_CAIRO = """\
C O N F I D E N T I A L SECTION 01 OF 04 CAIRO 002166

E.O. 12958: DECL: 11/12/2019
TAGS: PREL PGOV KDEM EG
SUBJECT: EGYPT: NDP READY TO RUN ON A "FOR YOU" PLATFORM REF: 2008 CAIRO 2310 {statement}
1.(C) Key Points: Text.

2.(C) Text.
"""
_BLOME = "Classified By: Minister-Counselor for Economic and Political Affairs Donald A. Blome"
# 09CAIRO209 (cables/): REF and the statement glued on one line
_CAIRO_REF = """\
C O N F I D E N T I A L SECTION 01 OF 02 CAIRO 000209

E.O. 12958: DECL: 02/02/2019
TAGS: ENRG EPET PREL EG
SUBJECT: POWER TRIP: RESTRUCTURING THE PETROLEUM
BUREAUCRACY IN EGYPT

REF: 2008 CAIRO 959 Classified By: MINISTER COUNSELOR FOR ECONOMIC AND POLITICAL AFFAIRS WI LLIAM R. STEWART
1.(C) SUMMARY: Text.
"""


@pytest.mark.parametrize("text,source", [(_CAIRO.format(statement=_BLOME), "09CAIRO2166"),
                                         (_CAIRO_REF, "09CAIRO209")])
def test_a_statement_cut_at_the_end_of_a_flattened_header_line_is_not_judged(text, source):
    assert lint_text(text, select=[_RULE]) == [], source
    block = parse(text).classified_by[0]
    assert block.truncated and block.cut_at_line_end, source
    # the statement is there: nothing is missing
    assert lint_text(text, select=["classified-by-missing"]) == [], source


def test_a_glued_statement_with_its_reason_is_read_whole():
    text = _CAIRO.format(statement=_BLOME + " for reasons 1.4 (b) and (d)")
    block = parse(text).classified_by[0]
    assert not block.truncated and block.reason.section == "1.4"


def test_a_glued_statement_the_drafter_closed_without_a_reason_is_reported():
    # a full stop ends the statement: the drafter gave no reason, the copy cut nothing
    found = lint_text(_CAIRO.format(statement=_BLOME + "."), select=[_RULE])
    assert [(f.line, f.message) for f in found] == [
        (5, "Classified By gives no reason (a classification category)")]


def test_a_statement_on_its_own_line_without_a_reason_is_reported():
    # 04WELLINGTON647 (cables/): `Classified By: DCM David R. Burnett` alone on its line
    text = _CAIRO.replace(' REF: 2008 CAIRO 2310 {statement}', "\n\nClassified By: DCM David R. Burnett\n")
    found = lint_text(text, select=[_RULE])
    assert [f.line for f in found] == [7]
