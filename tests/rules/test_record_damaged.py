"""record-damaged (CL407): one warning per damaged record, at the first damage, with the other
damages as related places. (The record classes themselves: tests/test_record.py.)"""
from __future__ import annotations

from cablelint.api import lint_text as check_text

# 09CAIRO1639 (cables/): cancelled (`ZFR`), and the record stops after the E.O. line glued
# to the last ZFR line
CAIRO_CANCELLED = """\
UNCLAS CAIRO 001639 
 
SENSITIVE 
SIPDIS 
 
DEPT FOR AIAG (AMBASSADOR LOTFIS AND DAVID WINN), NEA/ELA 
 
ZFR --- ZFR --- ZFR --- ZFR --- ZFR --- ZFR 
 
 
Please cancel this message. Cable was sent in error. 
 
 
ZFR --- ZFR --- ZFR --- ZFR --- ZFR --- ZFR E.O. 12958: N/A TAGS: TBIO KFLU KSTH PGOV EG
"""


def test_two_damages_are_one_finding_with_a_related_place():
    found = [f for f in check_text(CAIRO_CANCELLED) if f.name == "record-damaged"]
    assert len(found) == 1
    f = found[0]
    assert (f.code, f.severity, f.line) == ("CL407", "warning", 8)
    assert "cancelled" in f.message and "stops after" in f.message
    assert [s.line for s in f.related] == [14]
    assert "stand down" in f.message


def test_a_whole_cable_gets_none():
    text = ("UNCLAS CAIRO 001639\n\nE.O. 12958: N/A\nTAGS: TBIO EG\nSUBJECT: BIRD FLU\n\n"
            "1. (SBU) Text.\n\nSCOBEY\n")
    assert not [f for f in check_text(text) if f.name == "record-damaged"]
