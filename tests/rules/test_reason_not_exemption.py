"""CL213 reason-not-exemption: its cases on whole, real-looking cables (beyond the examples in its
documentation)."""
from __future__ import annotations


def test_exemption_code_on_reason_line(authority_cable, lint_rule):
    text = authority_cable("(U) Classified by Ambassador W.R. Pearson.  Reasons: 1.5 (b, d, X6).")
    found = lint_rule(text, "reason-not-exemption")
    assert len(found) == 1 and "X6" in found[0].message


def test_duration_as_reason(authority_cable, lint_rule):
    text = authority_cable("Classified By: Ambassador Anne W. Patterson. Reason: ten years")
    assert lint_rule(text, "reason-not-exemption")
