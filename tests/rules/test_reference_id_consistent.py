"""CL402 reference-id-consistent: a serial that differs with the post the same is a slip,
unless the record shows two cables (record-damaged says so once)."""
from __future__ import annotations

from cablelint.api import lint_text

# 05LIMA3609 (cables/): UNCLASSIFIED//FOUO metadata on a CONFIDENTIAL `LIMA 003571` telegram
# (the header re-flowed as published; text replaced)
LIMA_JOINED = """\
05LIMA3609

2005-08-19 18:06
UNCLASSIFIED//FOR OFFICIAL USE ONLY
Embassy Lima
This record is a partial extract of the original cable. The full text of the original cable is not available.

C O N F I D E N T I A L SECTION 01 OF 02 LIMA 003571

SIPDIS

E.O. 12958: DECL: 08/16/2015
TAGS: EMIN ETRD SNAR PTER ECON EINV PGOV PE
SUBJECT: PROTESTS

Classified By: Ambassador J. Curtis Struble. Reason: 1.4 (b,d) 

1. (C) Text.
"""

# 10ASUNCION71 (cables/): another cable's record (`refid: 09ASUNCION13`) under this one's
# metadata and routing (address lines and text replaced)
ASUNCION_REFID = """\
10ASUNCION71
PRESIDENT LUGO DISCUSSES SECURITY AND DEFENSE ISSUES WITH CHARGE
2010-02-11 15:03
CONFIDENTIAL
Embassy Asuncion
O R 111519Z FEB 10
FM AMEMBASSY ASUNCION
TO RUEHC/SECSTATE WASHDC IMMEDIATE 0489

id: 186533
date: 1/9/2009 22:20
refid: 09ASUNCION13
origin: Embassy Asuncion
classification: CONFIDENTIAL
header:
O 092220Z JAN 09
FM AMEMBASSY ASUNCION
TO RUEHC/SECSTATE WASHDC IMMEDIATE 7509
----------------- header ends ----------------
C O N F I D E N T I A L ASUNCION 000013
SIPDIS
E.O. 12958: DECL: 12/31/2034
TAGS: PGOV PREL PA
SUBJECT: PRESIDENT LUGO DISCUSSES SECURITY AND DEFENSE

Classified By: CDA Michael Fitzpatrick, reasons 1.4 (b) and (d)

1. (C) Text.
"""


def _names(text: str) -> list[str]:
    return [f.name for f in lint_text(text, select=["record-damaged", "reference-id-consistent"])]


def test_serial_and_level_both_differing_is_two_cables_said_once():
    found = [f for f in lint_text(LIMA_JOINED, select=["record-damaged", "reference-id-consistent",
                                                       "classification-mismatch",
                                                       "metadata-classification-agrees"])
             if f.name in ("record-damaged", "reference-id-consistent", "classification-mismatch",
                           "metadata-classification-agrees")]
    assert [f.name for f in found] == ["record-damaged"]
    assert "serial 3571, classified" in found[0].message
    assert "serial 3609, unclassified" in found[0].message


def test_a_serial_slip_alone_is_still_reported():
    slip = LIMA_JOINED.replace("UNCLASSIFIED//FOR OFFICIAL USE ONLY", "CONFIDENTIAL")
    names = _names(slip)
    assert "reference-id-consistent" in names and "record-damaged" not in names


def test_another_records_refid_is_two_cables_said_once():
    found = [f for f in lint_text(ASUNCION_REFID, select=["record-damaged",
                                                          "reference-id-consistent"])
             if f.name in ("record-damaged",
                                                                "reference-id-consistent")]
    assert [f.name for f in found] == ["record-damaged"]
    assert "(09ASUNCION13)" in found[0].message and found[0].line == 12


def test_banner_of_another_cable_is_a_joined_record_reported_once(header_cable, lint_rule):
    text = header_cable(banner="C O N F I D E N T I A L SECTION 01 OF 03 BEIJING 002305", meta="CONFIDENTIAL")
    assert lint_rule(text, "reference-id-consistent") == []
    f = lint_rule(text, "record-damaged")
    assert len(f) == 1 and "another cable" in f[0].message and "reference id" in f[0].message


def test_banner_of_another_post_same_serial(header_cable, lint_rule):
    f = lint_rule(header_cable(banner="C O N F I D E N T I A L SECTION 01 OF 03 BEIJING 000123", meta="CONFIDENTIAL"),
              "reference-id-consistent")
    assert [x.key for x in f] == ["post"]
    assert "metadata layer" in f[0].message and "telegram layer" in f[0].message


def test_serial_and_year_mismatch(header_cable, lint_rule):
    f = lint_rule(header_cable(banner="S E C R E T ANKARA 000124", yy="07"), "reference-id-consistent")
    assert sorted(x.key for x in f) == ["serial", "year"]


def test_truncated_serial_and_masked_post(header_cable, lint_rule):
    # a serial the copy cut short (`00167SIPDIS`, 07BUENOSAIRES1673) names the same cable
    assert lint_rule(header_cable(banner="S E C R E T ANKARA 00012"), "reference-id-consistent") == []
    assert lint_rule(header_cable(banner="S E C R E T XXXXXXXXXXXX 000123"), "reference-id-consistent") == []


def test_compound_post_names_match(header_cable, lint_rule):
    text = header_cable(rid="08USUNNEWYORK306", post="USUN NEW YORK", banner="S E C R E T USUN NEW YORK 000306")
    assert lint_rule(text, "reference-id-consistent") == []
