"""CL124 noforn-rel-conflict: its cases on whole, real-looking cables (beyond the examples in its
documentation)."""
from __future__ import annotations


def test_noforn_and_rel_in_one_mark(header_cable, lint_rule):
    f = lint_rule(header_cable(paragraphs=("1. (S/NF/REL UK) Text.",), captions=("NOFORN",)), "noforn-rel-conflict")
    assert len(f) == 1
    assert lint_rule(header_cable(paragraphs=("1. (S/NF) Text.", "2. (S//REL TO USA, GBR) Text."), captions=("NOFORN",)),
                 "noforn-rel-conflict") == []


def test_the_conflicting_mark_is_named_as_the_cable_writes_it(header_cable, lint_rule):
    # 03SANAA1546 (era2/) l.40: `2.  (S/NF rel Yemen)  Begin text:`
    text = header_cable(paragraphs=("1. (S/NF) Text.", "2.  (S/NF rel Yemen)  Begin text:"),
                        captions=("NOFORN",))
    (f,) = lint_rule(text, "noforn-rel-conflict")
    assert f.message == "portion (S/NF rel Yemen) in paragraph 2 is both NOFORN and REL TO"
