"""CL406 section-numbering: only what the sending wrote is judged, not how the record was
assembled. Classification lines from real cables (the id beside)."""
from __future__ import annotations

from cablelint.api import lint_text

_BODY = """
E.O. 12958: DECL: 01/05/2018
TAGS: PREL HR
SUBJECT: TALKS

Classified By: Ambassador Ralph Frank, reasons 1.4 (b) and (d).

1. (C) Text.

{second}

2. (C) Text.
"""


def _sections(first: str, second: str) -> list:
    return lint_text(first + "\n" + _BODY.format(second=second), select=["section-numbering"])


def test_a_record_that_starts_at_a_later_section_is_not_judged():
    # 03ZAGREB167 (era2/): the record holds section 4 of 4 only
    assert _sections("C O N F I D E N T I A L SECTION 04 OF 04 ZAGREB 000167", "") == []


def test_sections_joined_out_of_order_or_twice_are_the_records():
    # 03ZAGREB450 (era2/): section 2, then section 1; 95ZAGREB2986 (era2/): section 1 twice
    assert _sections("C O N F I D E N T I A L SECTION 02 OF 02 ZAGREB 000450",
                     "C O N F I D E N T I A L SECTION 01 OF 02 ZAGREB 000450") == []
    assert _sections("C O N F I D E N T I A L SECTION 01 OF 05 ZAGREB 002986",
                     "C O N F I D E N T I A L SECTION 01 OF 05  ZAGREB 002986") == []


def test_an_impossible_section_or_a_changed_total_is_caught():
    found = _sections("C O N F I D E N T I A L SECTION 02 OF 01 ZAGREB 000450", "")
    assert [f.key for f in found] == ["impossible"]
    found = _sections("C O N F I D E N T I A L SECTION 01 OF 02 ZAGREB 000450",
                      "C O N F I D E N T I A L SECTION 02 OF 03 ZAGREB 000450")
    assert [f.message for f in found] == [
        "section 2 says the telegram has 3 sections; the first classification line says 2"]


def test_section_impossible_and_consistent(header_cable, lint_rule):
    assert lint_rule(header_cable(banner="S E C R E T SECTION 02 OF 01 ANKARA 000123"), "section-numbering")
    assert lint_rule(header_cable(banner="S E C R E T SECTION 01 OF 02 ANKARA 000123"), "section-numbering") == []


def test_later_section_with_other_total_or_serial(header_cable, lint_rule):
    text = header_cable(banner="S E C R E T SECTION 01 OF 02 ANKARA 000123",
                 paragraphs=("1. (S) Text.", "S E C R E T SECTION 02 OF 03 ANKARA 000123", "2. (C) Text."))
    keys = sorted(f.key for f in lint_rule(text, "section-numbering"))
    assert keys == ["total"]
    # a section of another serial is another telegram joined in the record: not judged here
    assert lint_rule(text.replace("03 ANKARA 000123", "03 ANKARA 000124"), "section-numbering") == []


def test_repeated_identical_line_is_not_a_section(header_cable, lint_rule):
    text = header_cable(banner="S E C R E T SECTION 01 OF 02 ANKARA 000123",
                 paragraphs=("1. (S) Text.", "S E C R E T SECTION 01 OF 02 ANKARA 000123", "2. (C) Text."))
    assert lint_rule(text, "section-numbering") == []
