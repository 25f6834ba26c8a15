"""CL125 noforn-portions-unmarked: its cases on whole, real-looking cables (beyond the examples in its
documentation)."""
from __future__ import annotations


def test_noforn_without_nf_portions(header_cable, lint_rule):
    assert lint_rule(header_cable(captions=("NOFORN", "SIPDIS")), "noforn-portions-unmarked")
    assert lint_rule(header_cable(captions=("NOFORN", "SIPDIS"), paragraphs=("1. (S/NF) Text.",)),
                 "noforn-portions-unmarked") == []
