"""CL317 review-annotation: its cases on whole, real-looking cables (beyond the examples in its
documentation)."""
from __future__ import annotations


def test_review_stamp_is_info_and_not_judged(eo_cable, lint_rule):
    text = eo_cable("E.O. 12356: DECL: OADR", dtg="R 111200Z OCT 90",
                 extra_eo="E.O. 12958: DECL: 07/15/2018\n")
    found = lint_rule(text, "review-annotation")
    assert len(found) == 1 and found[0].severity == "info"
    assert not lint_rule(text, "eo-mismatch") and not lint_rule(text, "declass-invalid")
