"""CL401 classification-line-valid: a sent telegram's record had its line, post and serial;
where the copy lost them the rule does not blame the drafter. Judged in drafts."""
from __future__ import annotations

from cablelint.api import lint_text

# 06TELAVIV4032 (cables/): the serial cut off the line in this copy (address lines shortened,
# text replaced)
TELAVIV_NO_SERIAL = """\
O 120905Z OCT 06
FM AMEMBASSY TEL AVIV
TO RUEHC/SECSTATE WASHDC IMMEDIATE 6902

C O N F I D E N T I A L SECTION 01 OF 02 TEL AVIV 

SIPDIS

E.O. 12958: DECL: 10/12/2011
TAGS: PREL PBTS KPAL KWBG MASS PINR EG JO IS
SUBJECT: TALKS

Classified By: Ambassador Richard H. Jones, reasons 1.4 (b) and (d).

1. (C) Text.
"""

# 07LAPAZ3262 (cables/): the address lines, then SIPDIS: the classification line is not in
# the copy (address lines shortened, text replaced)
LAPAZ_NO_LINE = """\
O 142321Z DEC 07
FM AMEMBASSY LA PAZ
TO RUEHC/SECSTATE WASHDC IMMEDIATE 5974

SIPDIS

E.O. 12958: DECL: 12/14/2017
TAGS: PGOV PREL BL
SUBJECT: MILITARY STANDDOWN

Classified By: Ambassador Philip S. Goldberg, reasons 1.4 (b) and (d).

1. (S) Text.
"""


def _valid(text: str) -> list:
    return [f for f in lint_text(text) if f.name == "classification-line-valid"]


def _draft(text: str) -> str:
    return "\n".join(text.split("\n")[4:])


def test_a_sent_telegrams_lost_serial_or_line_is_not_reported():
    assert not _valid(TELAVIV_NO_SERIAL)
    assert not _valid(LAPAZ_NO_LINE)


def test_a_draft_without_them_is_reported():
    assert [f.key for f in _valid(_draft(TELAVIV_NO_SERIAL))] == ["post-serial"]
    assert [f.key for f in _valid(_draft(LAPAZ_NO_LINE))] == ["missing"]
