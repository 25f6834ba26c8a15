"""Focused tests of the declassification rules (CL311-CL317) on real-looking cables."""
from __future__ import annotations

import pytest

from cablelint import api


@pytest.fixture
def cable(make_telegram):
    """A 2008 Quito telegram (no metadata) with this E.O. line (None: none)."""
    def build(eo_line: str | None, *, dtg="R 150900Z FEB 08", level="C O N F I D E N T I A L",
              mark="(C)", extra_eo: str = "") -> str:
        eo = "\n".join(x for x in (eo_line, extra_eo.rstrip("\n")) if x) or None
        return make_telegram(metadata=False, dtg=dtg, post="QUITO", banner=f"{level} QUITO 000327",
                             eo=eo, tags="TAGS: PREL EC",
                             classified_by="Classified By: Ambassador Linda Jewell, reasons 1.4 (b) and (d).",
                             paragraphs=(f"1. {mark} Text.",))
    return build


def run(text, rule):
    return api.lint_text(text, select=[rule])


def test_eo_line_missing_on_classified_is_error(cable):
    found = run(cable(None), "eo-line-present")
    assert len(found) == 1 and found[0].severity == "error"


def test_eo_line_missing_on_unclassified_is_not_judged(cable):
    # its line would only have said N/A (eo-line-present's docstring)
    text = cable(None, level="UNCLAS", mark="(U)").replace(
        "Classified By: Ambassador Linda Jewell, reasons 1.4 (b) and (d).\n", "")
    assert run(text, "eo-line-present") == []
    assert run(text.replace("UNCLAS QUITO", "C O N F I D E N T I A L QUITO"), "eo-line-present")


def test_eo_label_glued_to_caption_is_still_an_eo_line(cable):
    text = cable(None).replace("SIPDIS\n\nTAGS", "SIPDISE.O. 12958: DECL: 02/15/2018\nTAGS")
    assert not run(text, "eo-line-present")


def test_exemption_with_date(cable):
    found = run(cable("E.O. 12958: DECL: 50X1-HUM 01/15/2035"), "exemption-date-combo")
    assert len(found) == 1 and found[0].severity == "error"
    found = run(cable("E.O. 12958: DECL: X1 06/01/2012", dtg="R 150900Z FEB 02"),
                "exemption-date-combo")
    assert len(found) == 1 and found[0].severity == "warning"
    assert not run(cable("E.O. 12958: DECL: X1, X5", dtg="R 150900Z FEB 02"),
                   "exemption-date-combo")


def test_bare_duration_gives_the_date(cable):
    found = run(cable("E.O. 12958: DECL: TWENTY YEARS"), "declass-event")
    assert len(found) == 1 and "02/15/2028" in found[0].message
    assert not run(cable("E.O. 12958: DECL: TEN YEARS AFTER KOREAN UNIFICATION"), "declass-event")


def test_declass_value_in_portion_mark(cable):
    found = run(cable("E.O. 12958: DECL: 02/15/2018", mark="(C//X6)"), "declass-not-in-banner")
    assert len(found) == 1 and "X6" in found[0].message
    assert not run(cable("E.O. 12958: DECL: 02/15/2018", mark="(C/NF)"), "declass-not-in-banner")


def test_downgrade(cable):
    found = run(cable("E.O. 12958: DNG: CO 01/26/2021"), "downgrade-instruction")
    msgs = " ".join(f.message for f in found)
    assert "no lower level" in msgs and "without a declassification" in msgs
    ok = cable("E.O. 12958: DNG: CO 01/26/2011 DECL: 01/26/2021", level="S E C R E T", mark="(S)")
    assert not run(ok, "downgrade-instruction")
    late = cable("E.O. 12958: DNG: CO 01/26/2031 DECL: 01/26/2021", level="S E C R E T", mark="(S)")
    assert any("not before" in f.message for f in run(late, "downgrade-instruction"))


def test_review_stamp_is_info_and_not_judged(cable):
    text = cable("E.O. 12356: DECL: OADR", dtg="R 111200Z OCT 90",
                 extra_eo="E.O. 12958: DECL: 07/15/2018\n")
    found = run(text, "review-annotation")
    assert len(found) == 1 and found[0].severity == "info"
    assert not run(text, "eo-mismatch") and not run(text, "declass-invalid")
