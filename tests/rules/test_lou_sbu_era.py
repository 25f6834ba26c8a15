"""CL112 lou-sbu-era: its cases on whole, real-looking cables (beyond the examples in its
documentation)."""
from __future__ import annotations


def test_lou_after_1995_and_sbu_before(header_cable, lint_rule):
    text = header_cable(rid="99ROME4321", date="1999-03-01", meta="UNCLASSIFIED", post="ROME", dtg="011000Z",
                 mon="MAR", yy="99", banner="LIMITED OFFICIAL USE ROME 004321", captions=(),
                 eo="E.O. 12958: N/A", paragraphs=("1. (LOU) Text.",))
    f = lint_rule(text, "lou-sbu-era")
    assert {x.key for x in f} >= {"LOU-line", "LOU-portion"}
    old = text.replace("MAR 99", "MAR 93").replace("1999-03-01", "1993-03-01").replace(
        "LIMITED OFFICIAL USE ROME", "UNCLAS ROME").replace("(LOU)", "(SBU)").replace("99ROME", "93ROME")
    f = lint_rule(old, "lou-sbu-era")
    assert [x.severity for x in f] == ["warning"]
