"""CL103 portion-unmarked on older cables: every form of the entire-text notice, and the order
of the day. Notice lines copied from real cables (the id beside each)."""
from __future__ import annotations

import pytest

from cablelint.api import lint_text


def _old_cable(notice: str, *, date: str = "1988-08-23 12:07", eo_line="E.O. 12356: DECL: OADR",
               level: str = "C O N F I D E N T I A L", dtg: str = "R 231207Z AUG 88") -> str:
    return f"""88BAGHDAD4587
TALKS
{date}
CONFIDENTIAL
Embassy Baghdad
{dtg}
FM AMEMBASSY BAGHDAD
TO SECSTATE WASHDC 0001

{level} BAGHDAD 04587

{eo_line}
TAGS: PREL IZ
SUBJECT: TALKS

{notice}

2. THE IRAQIS GO TO GENEVA.

3. THEY HAVE CONCEDED.
"""


@pytest.mark.parametrize("notice,source", [
    ("1.  CONFIDENTIAL - ENTIRE TEXT.", "era2, many posts"),
    ("1. C-ENTIRE TEXT.", "89MOSCOW15118"),
    ("1.  C - ENTIRE TEXT.", "88JERUSALEM3168 (S there)"),
    ("1.  (CONFIDENTIAL - ENTIRE TEXT.)", "87ALEXANDRIA292"),
    ("1. (CONFIDENTIAL - ENTIRE TEXT).", "issue 13 item 5"),
    ("1.  CONFIDENTIAL ENTIRE TEXT.", "91USNATO1505"),
    ("1.  C O N F I D E N T I A L- ENTIRE TEXT.", "88TUNIS11598"),
    ("1. CONFIDENTIAL ENTIRE TEST.", "88BAGHDAD4587"),
    ("1.  CONFIDENTLAL -- ENTIRE TEXT.", "94HAVANA3027"),
    ("1. (C) ENTIRE TEXT.", "issue 13 item 5"),
])
def test_every_form_of_the_entire_text_notice_covers_the_text(notice, source):
    assert not lint_text(_old_cable(notice), select=["portion-unmarked"]), source


def test_the_notice_reads_its_level_and_caveat():
    from cablelint import api
    cable = api.parse(_old_cable("1.  (SECRET/NOFORN - ENTIRE TEXT)", level="S E C R E T"))
    assert cable.portions[0].entire_text.short() == "(S//NF)"  # 86BEIRUT6632


def test_a_paragraph_about_an_entire_text_is_no_notice():
    found = lint_text(_old_cable("1. THE ENTIRE TEXT OF THE LETTER FOLLOWS."),
                      select=["portion-unmarked"])
    assert [f.line for f in found] == [16, 18, 20]


def test_before_eo_12065_unmarked_paragraphs_are_not_judged():
    # 1978 cables carried no portion marks: E.O. 11652's directive asked them only where
    # practicable
    text = _old_cable("1. THE MINISTER CALLED.", date="1978-06-01 10:00",
                      eo_line="E.O. 11652: GDS", dtg="R 011000Z JUN 78")
    assert not lint_text(text, select=["portion-unmarked"])


def test_under_eo_12356_unmarked_paragraphs_are_reported():
    # 89KADUNA1532: no notice, no marks
    found = lint_text(_old_cable("1.  SUMMARY:  DURING A WEEK-LONG TRIP."),
                      select=["portion-unmarked"])
    assert len(found) == 3 and {f.severity for f in found} == {"error"}
