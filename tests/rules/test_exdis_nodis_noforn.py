"""CL505 exdis-nodis-noforn: its cases on whole, real-looking cables (beyond the examples in its
documentation)."""
from __future__ import annotations


def test_exdis_without_noforn_is_info(captions_cable, lint_rule):
    found = lint_rule(captions_cable("EXDIS"), "exdis-nodis-noforn")
    assert [f.severity for f in found] == ["info"]
    assert not lint_rule(captions_cable("NOFORN\nEXDIS", mark="(S//NF)"), "exdis-nodis-noforn")


def test_ref_caption_is_not_a_caption(captions_cable, lint_rule):
    text = captions_cable().replace("SUBJECT: TALKS", "SUBJECT: TALKS\n\nREF: ANKARA 1561 (EXDIS)")
    assert not lint_rule(text, "exdis-nodis-noforn")
