"""The headline rules on real-looking cables, beyond their documentation examples: the era
boundaries, the layers, and the warning/error split the research asks for."""
from __future__ import annotations

import pytest

from cablelint.api import lint_text


@pytest.fixture
def cable(make_telegram):
    """A 2008 Ankara telegram, with metadata lines only when `meta` (their classification)."""
    def build(dtg="R 150900Z FEB 08", level="C O N F I D E N T I A L",
              eo="E.O. 12958: DECL: 02/15/2018",
              cb="Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).",
              paras=("1. (C) Text.",), captions=(), meta=None):
        return make_telegram(metadata=meta is not None, classification=meta or "", dtg=dtg,
                             banner=f"{level} ANKARA 000123", captions=tuple(captions), eo=eo,
                             classified_by=cb or None, paragraphs=tuple(paras))
    return build


def findings(text, rule):
    return [f for f in lint_text(text, select=[rule])]


# -- banner against portions ------------------------------------------------------------------

def test_unclassified_cable_with_classified_portion_is_the_leak_case(cable):
    text = cable(level="UNCLAS", eo="E.O. 12958: N/A", cb=None, paras=("1. (U) A.", "2. (C) B."))
    [f] = findings(text, "banner-below-portion")
    assert f.line == text.split("\n").index("2. (C) B.") + 1 and "unclassified" in f.message


def test_subject_mark_counts_as_a_portion(cable):
    text = cable(paras=("1. (C) A.",)).replace("SUBJECT: TALKS", "SUBJECT: TALKS (S)")
    assert findings(text, "banner-below-portion")


def test_sbu_portions_do_not_raise_a_confidential_banner_above_portions_if_one_is_c(cable):
    text = cable(paras=("1. (SBU) A.", "2. (C) B."))
    assert not findings(text, "banner-above-portions")
    text = cable(paras=("1. (SBU) A.", "2. (U) B."))
    assert findings(text, "banner-above-portions")[0].severity == "warning"


def test_noforn_rollup_judges_the_telegram_layer(cable):
    nf = cable(paras=("1. (C/NF) A.",))
    assert findings(nf, "noforn-rollup")
    assert not findings(cable(paras=("1. (C/NF) A.",), captions=("NOFORN",)), "noforn-rollup")
    # the metadata's //NOFORN does not make up for the caption missing from the telegram
    assert findings(cable(paras=("1. (C/NF) A.",), meta="CONFIDENTIAL//NOFORN"), "noforn-rollup")
    # without a classification line, the metadata is the overall marking
    no_line = cable(paras=("1. (C/NF) A.",), meta="CONFIDENTIAL//NOFORN").replace(
        "C O N F I D E N T I A L ANKARA 000123", "")
    assert not findings(no_line, "noforn-rollup")


def test_metadata_and_classification_line_disagree(cable):
    [f] = findings(cable(meta="SECRET"), "classification-mismatch")
    assert "metadata" in f.message and f.severity == "error"
    [f] = findings(cable(meta="CONFIDENTIAL//NOFORN"), "classification-mismatch")
    assert f.severity == "warning"


def test_portion_unmarked_ignores_quoted_numbering_inside_a_marked_paragraph(cable):
    text = cable(paras=("1. (C) Begin text of the letter:", "1. The first point.", "2. The second.",
                        "2. (C) Comment."))
    assert not findings(text, "portion-unmarked")
    text = cable(paras=("1. (C) A.", "2. B."))
    assert len(findings(text, "portion-unmarked")) == 1


# -- classification authority --------------------------------------------------------------------

def test_classified_by_missing_is_not_judged_before_eo_12958(cable):
    # E.O. 12356 asked for the classifier only when other than the signer
    text = cable(dtg="R 150900Z FEB 90", eo="E.O. 12356: DECL: OADR", cb=None)
    assert not findings(text, "classified-by-missing")
    [f] = findings(cable(cb=None), "classified-by-missing")
    assert f.severity == "error"


@pytest.mark.parametrize("dtg,reason,expected", [
    ("R 150900Z FEB 01", "1.5 (b) and (d)", None),          # E.O. 12958 as issued
    ("R 150900Z FEB 01", "1.4 (b) and (d)", "error"),       # 1.4 before the 2003 amendment
    ("R 150900Z FEB 08", "1.5 (b) and (d)", None),          # stale but handbook-sanctioned
    ("R 150900Z MAY 03", "1.5 (b) and (d)", None),          # transition: old directive still in force
    ("R 150900Z FEB 01", "1.5 (h)", "error"),               # no (h) under 1.5
    ("R 150900Z FEB 08", "1.4 (h)", None),                  # (h) added in 2003
    ("R 150900Z FEB 08", "1.4 b & k", "error"),             # an unparenthesised bad letter
])
def test_reason_section_and_letters_by_era(dtg, reason, expected, cable):
    eo = "E.O. 12958: DECL: 02/15/2011"
    text = cable(dtg=dtg, eo=eo, cb=f"Classified By: Ambassador Ross Wilson, reasons {reason}.")
    got = findings(text, "reason-invalid")
    assert [f.severity for f in got] == ([] if expected is None else [expected])


# -- Executive Order and declassification ------------------------------------------------------

@pytest.mark.parametrize("dtg,eo_line,expected", [
    ("R 150900Z FEB 08", "E.O. 12598: DECL: 02/15/2018", "error"),   # typo of 12958
    ("R 150900Z FEB 08", "E.O. 13292: DECL: 02/15/2018", "warning"), # cite 12958 as amended
    ("R 150900Z FEB 95", "E.O. 12958: DECL: 02/15/2005", "error"),   # not yet in force
    ("R 150900Z NOV 95", "E.O. 12356: DECL: OADR", "warning"),        # superseded within 6 months
    ("R 150900Z FEB 90", "E.O. 12356: DECL: OADR", None),
])
def test_eo_mismatch(dtg, eo_line, expected, cable):
    got = findings(cable(dtg=dtg, eo=eo_line), "eo-mismatch")
    assert [f.severity for f in got] == ([] if expected is None else [expected])


@pytest.mark.parametrize("dtg,decl,level,expected", [
    ("R 150900Z FEB 08", "N/A", "C O N F I D E N T I A L", "error"),
    ("R 150900Z FEB 08", "DECL: 02/15/2018", "UNCLAS", "error"),
    ("R 150900Z FEB 98", "DECL: OADR", "C O N F I D E N T I A L", "error"),
    ("R 150900Z FEB 01", "DECL: X1, X5", "C O N F I D E N T I A L", None),
    ("R 150900Z MAY 03", "DECL: X6", "C O N F I D E N T I A L", "warning"),
    ("R 150900Z FEB 08", "DECL: X6", "C O N F I D E N T I A L", "error"),
    ("R 150900Z FEB 08", "DECL: MR", "C O N F I D E N T I A L", "error"),
    ("R 150900Z FEB 08", "DECL: 02/30/2018", "C O N F I D E N T I A L", "error"),
    ("R 150900Z FEB 08", "DECL: 02/15/2008", "C O N F I D E N T I A L", "error"),
    ("R 150900Z FEB 01", "DECL: 02/15/2016", "C O N F I D E N T I A L", "error"),   # >10 y then
    ("R 150900Z FEB 01", "DECL: 12/31/2011", "C O N F I D E N T I A L", None),      # rounding
    ("R 150900Z FEB 08", "DECL: 02/15/2033", "C O N F I D E N T I A L", None),      # 25 y
    ("R 150900Z FEB 08", "DECL: 25X1-HUMAN", "S E C R E T", None),  # prescribed until ISOO Notice 2012-02
    ("R 150900Z FEB 08", "DECL: 25X6", "S E C R E T", "warning"),
    ("R 150900Z FEB 08", "DECL: 50X1-HUM", "S E C R E T", "error"),
])
def test_declassification_instruction_by_era(dtg, decl, level, expected, cable):
    paras = ("1. (U) Text.",) if level == "UNCLAS" else ("1. (C) Text.",)
    text = cable(dtg=dtg, level=level, eo=f"E.O. 12958: {decl}", paras=paras,
                 cb=None if level == "UNCLAS" else "Classified By: Ambassador Ross Wilson, reasons 1.5 (b).")
    got = findings(text, "declass-invalid")
    assert [f.severity for f in got] == ([] if expected is None else [expected]), got
    for f in got:
        assert "Text" not in f.message


def test_portion_mark_position_after_heading_and_before_number(cable):
    text = cable(paras=("1. Summary: (C) A.", "(U) 2. B.", "3. (C) C."))
    got = findings(text, "portion-mark-position")
    # one finding for the cable's habit, the other place related
    assert [(f.line, "heading" in f.message, "and 1 more" in f.message) for f in got] == [
        (text.split("\n").index("1. Summary: (C) A.") + 1, True, True)]
    assert [s.line for s in got[0].related] == [text.split("\n").index("(U) 2. B.") + 1]
    assert not findings(text, "portion-unmarked")
