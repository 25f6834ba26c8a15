"""CL701 subject-title-match: its cases on whole, real-looking cables (beyond the examples in its
documentation)."""
from __future__ import annotations


def test_subject_title(header_cable, lint_rule):
    assert lint_rule(header_cable(title="SOMETHING ELSE ENTIRELY"), "subject-title-match")
    assert lint_rule(header_cable(title="TURKEY:"), "subject-title-match") == []          # truncated title
    assert lint_rule(header_cable(title="(S) TURKEY: TALKS ON IRAQ"), "subject-title-match") == []
    f = lint_rule(header_cable(title="SOMETHING ELSE ENTIRELY"), "subject-title-match")
    assert "IRAQ" not in f[0].message and "SOMETHING" not in f[0].message
