"""CL124 noforn-rel-conflict: its cases on whole, real-looking cables (beyond the examples in its
documentation)."""
from __future__ import annotations


def test_noforn_and_rel_in_one_mark(header_cable, lint_rule):
    f = lint_rule(header_cable(paragraphs=("1. (S/NF/REL UK) Text.",), captions=("NOFORN",)), "noforn-rel-conflict")
    assert len(f) == 1
    assert lint_rule(header_cable(paragraphs=("1. (S/NF) Text.", "2. (S//REL TO USA, GBR) Text."), captions=("NOFORN",)),
                 "noforn-rel-conflict") == []
