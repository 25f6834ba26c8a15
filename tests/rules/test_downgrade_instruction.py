"""downgrade-instruction (CL316): the missing declassification instruction is a fault of a
classified cable only."""
from __future__ import annotations

from cablelint.api import lint_text as check_text

# 04BOGOTA12860 (era2/): an unclassified cable with a DNG line and no DECL (text replaced)
UNCLAS_DNG = """\
UNCLAS BOGOTA 012860 
 
SIPDIS 
 
SENSITIVE 
 
E.O. 12958: DNG: UN 12/20/2014 
TAGS: PGOV, CO 
SUBJECT:  NEW DEVELOPMENTS ON REELECTION 
 
1. (SBU) Text.
"""


def messages(text: str) -> list[str]:
    return [f.message for f in check_text(text) if f.name == "downgrade-instruction"]


def test_unclassified_cable_is_not_told_it_lacks_a_declassification_instruction():
    got = messages(UNCLAS_DNG)
    assert not any("without a declassification instruction" in m for m in got)
    assert any("no lower level" in m for m in got)


def test_classified_cable_with_dng_only_still_lacks_its_declassification_instruction():
    text = UNCLAS_DNG.replace("UNCLAS BOGOTA", "S E C R E T BOGOTA").replace(
        "DNG: UN", "DNG: CO").replace("(SBU)", "(S)")
    assert any("without a declassification instruction" in m for m in messages(text))


def test_downgrade(eo_cable, lint_rule):
    found = lint_rule(eo_cable("E.O. 12958: DNG: CO 01/26/2021"), "downgrade-instruction")
    msgs = " ".join(f.message for f in found)
    assert "no lower level" in msgs and "without a declassification" in msgs
    ok = eo_cable("E.O. 12958: DNG: CO 01/26/2011 DECL: 01/26/2021", level="S E C R E T", mark="(S)")
    assert not lint_rule(ok, "downgrade-instruction")
    late = eo_cable("E.O. 12958: DNG: CO 01/26/2031 DECL: 01/26/2021", level="S E C R E T", mark="(S)")
    assert any("not before" in f.message for f in lint_rule(late, "downgrade-instruction"))
