"""CL123 paragraph-numbering: one finding per cable for its numbering breaks, the others as
related places; none on a record that is not whole. Lines from real cables (the id beside;
paragraph texts shortened to `Text.`)."""
from __future__ import annotations

from cablelint.api import lint_text

# 08PARIS750 (raw/): ¶9 and ¶13 are not in the cable (the numbers as the drafter typed them)
_PARIS = """S E C R E T PARIS 000750 
 
SIPDIS 
 
E.O. 12958: DECL: 04/16/2033 
TAGS: PARM PREL ETTC AS FR RS CBW
SUBJECT: AUSTRALIA GROUP: PLENARY MEETING, PARIS, APRIL 14-18, 2008

7.(SBU) Suspicious Orders: Text.

8.(SBU) Text.

10.(SBU) Consideration of Proposals: Text.

11.(U) Next Steps: Text.

12.(U) Chair's Introduction: Text.

14.(SBU) Opening Statements: Text.

15.(SBU) Text.
"""


def test_numbering_breaks_of_one_cable_are_one_finding():
    found = lint_text(_PARIS, select=["paragraph-numbering"])
    assert len(found) == 1
    f = found[0]
    assert f.line == 13 and [s.line for s in f.related] == [19]
    assert f.message == ("paragraph 10 follows paragraph 8 (no paragraph 9) "
                         "(and 1 more numbering breaks)")


def test_a_redacted_extract_is_not_judged():
    # the shape of 04MADRID4687 (cables/): a redaction line, then the text from ¶7 on
    text = _PARIS.replace("7.(SBU) Suspicious", "XXXXXXXXXXXX\n\n7.(SBU) Suspicious")
    assert lint_text(text, select=["paragraph-numbering"]) == []
    assert [f.name for f in lint_text(text, select=["record-damaged"])] == ["record-damaged"]
