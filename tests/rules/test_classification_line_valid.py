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


def test_missing_classification_line(header_cable, lint_rule):
    f = lint_rule(header_cable(banner=None, routing=False, metadata=False), "classification-line-valid")
    assert len(f) == 1 and "no classification line" in f[0].message
    # a sent telegram's record had its line: the copy lost it (07LAPAZ3262, 09TELAVIV2502)
    assert lint_rule(header_cable(banner=None), "classification-line-valid") == []
    assert lint_rule(header_cable(banner=None, metadata=False), "classification-line-valid") == []


def test_damaged_designator_is_read_as_present_not_missing(header_cable, lint_rule):
    # a copy's doubled first letter (08TUNIS679) leaves the line there: an independent review
    # judged "no classification line" wrong on such records
    assert lint_rule(header_cable(banner="SS E C R E T ANKARA 000123"), "classification-line-valid") == []


def test_line_run_on_to_addressee_is_not_missing(header_cable, lint_rule):
    text = header_cable(banner=None).replace("IMMEDIATE 1234\n", "IMMEDIATE 1234\tS E C R E T ANKARA 000123\n")
    assert lint_rule(text, "classification-line-valid") == []
