"""CL121 portion-mark-vocabulary: a typo suggests the mark the cable's other portions use."""
from __future__ import annotations

from cablelint.api import lint_text


def _noforn_cable(paragraphs: str) -> str:
    # a CONFIDENTIAL//NOFORN cable; `(C/NF)` is how State wrote its portions (04OTTAWA3115)
    return f"""08ANKARA123
TALKS
2008-02-15 09:00
CONFIDENTIAL//NOFORN
Embassy Ankara

C O N F I D E N T I A L ANKARA 000123

NOFORN
SIPDIS

E.O. 12958: DECL: 02/15/2018
TAGS: PREL TU
SUBJECT: TALKS

Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

{paragraphs}
"""


def test_a_slip_from_the_other_portions_marks_suggests_their_mark():
    text = _noforn_cable("1. (C/NF) Text.\n\n2. (C/F) Text.\n\n3. (C/NF) Text.")
    (f,) = lint_text(text, select=["portion-mark-vocabulary"])
    assert "(C/F)" in f.message and "did you mean (C//NF)?" in f.message
    assert "other portions are (C/NF)" in f.message


def test_without_such_portions_the_overall_marking_guides():
    text = _noforn_cable("1. (C) Text.\n\n2. (C/F) Text.")
    (f,) = lint_text(text, select=["portion-mark-vocabulary"])
    assert "probably (C) (guessed from the overall marking)" in f.message
    assert "other portions" not in f.message
