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
