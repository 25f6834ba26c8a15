"""CL502 nodis-exdis-exclusive: its cases on whole, real-looking cables (beyond the examples in its
documentation)."""
from __future__ import annotations


def test_nodis_and_exdis_together(captions_cable, lint_rule):
    assert len(lint_rule(captions_cable("NODIS\nEXDIS\nSIPDIS"), "nodis-exdis-exclusive")) == 1
