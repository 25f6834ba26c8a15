"""CL506 noforn-needs-classified-or-sbu: its cases on whole, real-looking cables (beyond the examples in its
documentation)."""
from __future__ import annotations


def test_noforn_on_plain_unclas(captions_cable, lint_rule):
    text = captions_cable("NOFORN\nSIPDIS", level="UNCLAS", mark="(U)").replace("SECRET\n", "UNCLASSIFIED\n", 1)
    assert lint_rule(text, "noforn-needs-classified-or-sbu")
    sbu = captions_cable("NOFORN\nSIPDIS\nSENSITIVE", level="UNCLAS", mark="(SBU/NF)")
    assert not lint_rule(sbu, "noforn-needs-classified-or-sbu")
