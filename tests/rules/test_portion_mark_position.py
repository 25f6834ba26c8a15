"""CL127 portion-mark-position: a drafter's habit is one finding at its first place, the
others related. Lines from a real cable (the id beside; paragraph texts shortened)."""
from __future__ import annotations

from cablelint.api import lint_text

# 03THEHAGUE1865 (cables/): every mark before its paragraph number
_HAGUE = """C O N F I D E N T I A L SECTION 01 OF 02 THE HAGUE 001865 
 
SIPDIS 
 
E.O. 12958: DECL: 07/14/2013 
TAGS: ECON EFIN ETRD IZ NL PREL NATO
SUBJECT: TALKS

Classified By: CHARGE D'AFFAIRES DANNY R. RUSSEL FOR REASONS 1.5 (B AND D) 

(C) 1. In a visit to The Hague, July 15-16, A/S

(C) 2. MFA Deputy Political Director Schaper raised

(C) 3. Schaper also noted the effect Iraq has had
"""


def test_every_mark_before_its_number_is_one_finding():
    found = lint_text(_HAGUE, select=["portion-mark-position"])
    assert len(found) == 1
    f = found[0]
    assert (f.line, [s.line for s in f.related]) == (11, [13, 15])
    assert "before" in f.message and f.message.endswith("(and 2 more paragraphs)")


def test_portion_mark_position_after_heading_and_before_number(marking_cable, lint_rule):
    text = marking_cable(paras=("1. Summary: (C) A.", "(U) 2. B.", "3. (C) C."))
    got = lint_rule(text, "portion-mark-position")
    # one finding for the cable's habit, the other place related
    assert [(f.line, "heading" in f.message, "and 1 more" in f.message) for f in got] == [
        (text.split("\n").index("1. Summary: (C) A.") + 1, True, True)]
    assert [s.line for s in got[0].related] == [text.split("\n").index("(U) 2. B.") + 1]
    assert not lint_rule(text, "portion-unmarked")
