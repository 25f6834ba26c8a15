"""CL313 exemption-date-combo: its cases on whole, real-looking cables (beyond the examples in its
documentation)."""
from __future__ import annotations


def test_exemption_with_date(eo_cable, lint_rule):
    found = lint_rule(eo_cable("E.O. 12958: DECL: 50X1-HUM 01/15/2035"), "exemption-date-combo")
    assert len(found) == 1 and found[0].severity == "error"
    found = lint_rule(eo_cable("E.O. 12958: DECL: X1 06/01/2012", dtg="R 150900Z FEB 02"),
                "exemption-date-combo")
    assert len(found) == 1 and found[0].severity == "warning"
    assert not lint_rule(eo_cable("E.O. 12958: DECL: X1, X5", dtg="R 150900Z FEB 02"),
                   "exemption-date-combo")
