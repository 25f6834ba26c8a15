"""Damaged but present is not missing (issue 13, item 2): an element typed with a slip is read
as that element, so no rule reports it missing. Lines from real cables (cable id beside each)."""
from __future__ import annotations

import pytest

from cablelint.api import lint_text, parse

HEAD = """95BEIRUT2749
AMAL
1995-07-12 10:00
CONFIDENTIAL
Embassy Beirut

C O N F I D E N T I A L BEIRUT 002749

"""
BODY = "SUBJECT: AMAL PERSPECTIVES\n\n{cb}\n\n1. (C) Text.\n"
CB = "CLASSIFIED BY: AMBASSADOR MARK HAMBLEY. REASON: 1.5 (D)."


@pytest.mark.parametrize("eo_line, order", [
    ("E.0.12356:DECL:07/12/00", "12356"),       # 95BEIRUT2749: a zero typed for the O
    ("E.0. 12958:  N/A", "12958"),              # 09CAIRO302
])
def test_an_eo_label_typed_with_a_zero_is_the_eo_line(eo_line, order):
    text = HEAD + eo_line + "\nTAGS: PGOV, PTER, LE\n" + BODY.format(cb=CB)
    assert parse(text).eo.order == order
    assert lint_text(text, select=["eo-line-present"]) == []


@pytest.mark.parametrize("line", [
    "SOURCE: DISKETTE.013569",                  # 00STATE229699: a file name, not an E.O. line
    "SAN JOSE 000525",                          # a post and serial: `E 000525` is no label
])
def test_a_zero_after_an_e_is_not_a_label_unless_written_e_dot_zero_dot(line):
    text = HEAD + "E.O. 12356: DECL: OADR\n" + line + "\nTAGS: PGOV\n" + BODY.format(cb=CB)
    assert [e.order for e in parse(text).eo_lines] == ["12356"]


@pytest.mark.parametrize("statement", [
    "Classfied By: Charge Richard Miles, reasons 1.4 (b) and (d).",   # 09ASHGABAT757
    "Classifed by CDA Christopher Henzel for reasons 1.4 (b) and (d).",  # cf. 08MANAMA410
])
def test_a_misspelt_classified_by_label_is_the_statement(statement):
    text = HEAD + "E.O. 12958: DECL: 06/15/2019\nTAGS: PGOV\n" + BODY.format(cb=statement)
    cable = parse(text)
    assert cable.classified_by_block is not None and cable.classified_by_block.info.has_name
    assert lint_text(text, select=["classified-by-missing"]) == []
