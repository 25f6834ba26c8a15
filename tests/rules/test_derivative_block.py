"""CL214 derivative-block: its cases on whole, real-looking cables (beyond the examples in its
documentation)."""
from __future__ import annotations


def test_derivative_with_reason_is_info(authority_cable, lint_rule):
    text = authority_cable("Classified By: Derived from Multiple Sources, reasons 1.4 (b) and (d).")
    found = lint_rule(text, "derivative-block")
    assert len(found) == 1 and found[0].severity == "info"
    assert not lint_rule(authority_cable("Classified By: Derived from Multiple Sources"), "derivative-block")
