"""CL501 caveat-vocabulary: its cases on whole, real-looking cables (beyond the examples in its
documentation)."""
from __future__ import annotations


def test_caveat_vocabulary(captions_cable, lint_rule):
    assert lint_rule(captions_cable("ORCON\nSIPDIS"), "caveat-vocabulary")
    assert not lint_rule(captions_cable("NOFORN\nSIPDIS", mark="(S//NF)"), "caveat-vocabulary")
