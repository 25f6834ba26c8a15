"""CL315 declass-not-in-banner: its cases on whole, real-looking cables (beyond the examples in its
documentation)."""
from __future__ import annotations


def test_declass_value_in_portion_mark(eo_cable, lint_rule):
    found = lint_rule(eo_cable("E.O. 12958: DECL: 02/15/2018", mark="(C//X6)"), "declass-not-in-banner")
    assert len(found) == 1 and "X6" in found[0].message
    assert not lint_rule(eo_cable("E.O. 12958: DECL: 02/15/2018", mark="(C/NF)"), "declass-not-in-banner")
