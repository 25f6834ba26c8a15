"""CL105 noforn-rollup: its cases on whole, real-looking cables (beyond the examples in its
documentation)."""
from __future__ import annotations


def test_noforn_rollup_judges_the_telegram_layer(marking_cable, lint_rule):
    nf = marking_cable(paras=("1. (C/NF) A.",))
    assert lint_rule(nf, "noforn-rollup")
    assert not lint_rule(marking_cable(paras=("1. (C/NF) A.",), captions=("NOFORN",)), "noforn-rollup")
    # the metadata's //NOFORN does not make up for the caption missing from the telegram
    assert lint_rule(marking_cable(paras=("1. (C/NF) A.",), meta="CONFIDENTIAL//NOFORN"), "noforn-rollup")
    # without a classification line, the metadata is the overall marking
    no_line = marking_cable(paras=("1. (C/NF) A.",), meta="CONFIDENTIAL//NOFORN").replace(
        "C O N F I D E N T I A L ANKARA 000123", "")
    assert not lint_rule(no_line, "noforn-rollup")


def test_a_noforn_caption_counts_where_the_metadata_stands_in(marking_cable, lint_rule):
    # 09MOSCOW1108: `CSE C R E T SECTION 01 OF 02 SHENYANG 000004` is not read as a line, and
    # `NOFORN` stands below it; the metadata says CONFIDENTIAL
    text = marking_cable(level="CSE C R E T", paras=("1. (S/NF) A.",), captions=("NOFORN",),
                         meta="CONFIDENTIAL")
    assert not lint_rule(text, "noforn-rollup")
    without = marking_cable(level="CSE C R E T", paras=("1. (S/NF) A.",), meta="CONFIDENTIAL")
    assert lint_rule(without, "noforn-rollup")
