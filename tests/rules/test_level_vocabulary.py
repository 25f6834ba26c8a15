"""CL111 level-vocabulary: its cases on whole, real-looking cables (beyond the examples in its
documentation)."""
from __future__ import annotations


def test_secret_sensitive_qualifier(header_cable, lint_rule):
    f = lint_rule(header_cable(banner="SECRET SENSITIVE ANKARA 000123"), "level-vocabulary")
    assert f and "SENSITIVE" in f[0].message
    assert lint_rule(header_cable(banner="S E C R E T NOFORN ANKARA 000123"), "level-vocabulary") == []
