"""CL311 eo-line-present: a line there in another form is not missing; unclassified cables,
whose line would say `N/A`, are not judged."""
from __future__ import annotations

from cablelint.api import lint_text


def _eo(text: str) -> list:
    return [f for f in lint_text(text) if f.name == "eo-line-present"]


# 04YEREVAN1893 (era2/): `E.O. 12958; N/A` with a semicolon (text replaced)
YEREVAN_SEMICOLON = """\
UNCLAS YEREVAN 001893 
 
SIPDIS 
 
E.O. 12958; N/A 
TAGS: PREL AM
SUBJECT: NEW PEACE CORPS VOLUNTEERS SWORN IN 
 
1. Text.
"""

# 95KHARTOUM2625 (era2/): the order left out, `E.O. DECL.: 05/29/2000` (text replaced)
KHARTOUM_NO_ORDER = """\
R 291255Z MAY 95
FM AMEMBASSY KHARTOUM
TO SECSTATE WASHDC 1455

C O N F I D E N T I A L SECTION 01 OF 02 KHARTOUM 002625 
 
E.O. DECL.: 05/29/2000 
TAGS:  PREL, SU, US 
SUBJECT:  A CONVERSATION WITH BASHIR 
 
1.  CONFIDENTIAL - ENTIRE TEXT. 
 
2.  TEXT.
"""

# 04OTTAWA3001 (era2/): a DoD report relayed as a cable; its derivative instruction stands at
# the end in the E.O. line's place (text replaced)
OTTAWA_DOD = """\
C O N F I D E N T I A L SECTION 01 OF 02 OTTAWA 003001 
 
SIPDIS 
 
CONFIDENTIAL NOFORN 
 
SUBJECT: IIR 6 815 0004 05/CANADIAN ARMY RESERVE UNITS (U)

1. (C) Text.

DRV FROM: DO HUMINT SCG SEP 2003 
DECL ON:  X1
"""


def test_an_unclassified_cable_is_not_judged():
    assert not _eo(YEREVAN_SEMICOLON)
    assert not _eo(YEREVAN_SEMICOLON.replace("E.O. 12958; N/A \n", ""))


def test_a_line_without_its_order_is_not_missing():
    assert not _eo(KHARTOUM_NO_ORDER)
    assert [f.line for f in _eo(KHARTOUM_NO_ORDER.replace("E.O. DECL.: 05/29/2000 \n", ""))] == [5]


def test_a_derivative_instruction_stands_in_for_the_line():
    assert not _eo(OTTAWA_DOD)
    stripped = OTTAWA_DOD.replace("DRV FROM: DO HUMINT SCG SEP 2003 \nDECL ON:  X1\n", "")
    assert len(_eo(stripped)) == 1


def test_eo_line_missing_on_classified_is_error(eo_cable, lint_rule):
    found = lint_rule(eo_cable(None), "eo-line-present")
    assert len(found) == 1 and found[0].severity == "error"


def test_eo_line_missing_on_unclassified_is_not_judged(eo_cable, lint_rule):
    # its line would only have said N/A (eo-line-present's docstring)
    text = eo_cable(None, level="UNCLAS", mark="(U)").replace(
        "Classified By: Ambassador Linda Jewell, reasons 1.4 (b) and (d).\n", "")
    assert lint_rule(text, "eo-line-present") == []
    classified = eo_cable(None, level="UNCLAS", mark="(U)").replace(
        "UNCLAS QUITO", "C O N F I D E N T I A L QUITO")
    assert lint_rule(classified, "eo-line-present")
    # without its statement as well, the header lost lines in the copy (05MUMBAI1708)
    assert lint_rule(text.replace("UNCLAS QUITO", "C O N F I D E N T I A L QUITO"),
                     "eo-line-present") == []


def test_eo_label_glued_to_caption_is_still_an_eo_line(eo_cable, lint_rule):
    text = eo_cable(None).replace("SIPDIS\n\nTAGS", "SIPDISE.O. 12958: DECL: 02/15/2018\nTAGS")
    assert not lint_rule(text, "eo-line-present")
