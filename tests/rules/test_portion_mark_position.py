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
