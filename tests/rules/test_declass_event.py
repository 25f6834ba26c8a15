"""CL314 declass-event: its cases on whole, real-looking cables (beyond the examples in its
documentation)."""
from __future__ import annotations


def test_bare_duration_gives_the_date(eo_cable, lint_rule):
    found = lint_rule(eo_cable("E.O. 12958: DECL: TWENTY YEARS"), "declass-event")
    assert len(found) == 1 and "02/15/2028" in found[0].message
    assert not lint_rule(eo_cable("E.O. 12958: DECL: TEN YEARS AFTER KOREAN UNIFICATION"), "declass-event")
