"""CL114 efto-unclassified-only: its cases on whole, real-looking cables (beyond the examples in its
documentation)."""
from __future__ import annotations


def test_efto(header_cable, lint_rule):
    assert lint_rule(header_cable(banner="S E C R E T E F T O ANKARA 000123"), "efto-unclassified-only")
    unclas = header_cable(meta="UNCLASSIFIED", banner="UNCLAS E F T O ANKARA 000123", eo="E.O. 12958: N/A",
                   paragraphs=("1. (U) Text.",))
    assert lint_rule(unclas, "efto-unclassified-only") == []
