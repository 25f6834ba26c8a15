"""CL113 sbu-only-unclassified: its cases on whole, real-looking cables (beyond the examples in its
documentation)."""
from __future__ import annotations


def test_sbu_with_classified_level_and_sensitive_caption(header_cable, lint_rule):
    f = lint_rule(header_cable(paragraphs=("1. (S) Text.", "2. (C/SBU) Text.")), "sbu-only-unclassified")
    assert [x.severity for x in f] == ["error"]
    f = lint_rule(header_cable(captions=("SIPDIS", "SENSITIVE")), "sbu-only-unclassified")
    assert [x.severity for x in f] == ["warning"]
    assert lint_rule(header_cable(paragraphs=("1. (S) Text.", "2. (SBU) Text.")), "sbu-only-unclassified") == []
