"""CL504 sipdis-excluded-traffic: its cases on whole, real-looking cables (beyond the examples in its
documentation)."""
from __future__ import annotations


def test_sipdis_on_nodis_and_exdis_traffic(captions_cable, lint_rule):
    found = lint_rule(captions_cable("NODIS\nEXDIS\nSIPDIS"), "sipdis-excluded-traffic")
    assert {f.severity for f in found} == {"error"} and len(found) == 2
    early = captions_cable("EXDIS\nSIPDIS", dtg="R 150900Z FEB 05")
    assert [f.severity for f in lint_rule(early, "sipdis-excluded-traffic")] == ["warning"]


def test_ref_caption_is_not_a_caption(captions_cable, lint_rule):
    text = captions_cable().replace("SUBJECT: TALKS", "SUBJECT: TALKS\n\nREF: ANKARA 1561 (EXDIS)")
    assert not lint_rule(text, "sipdis-excluded-traffic")
