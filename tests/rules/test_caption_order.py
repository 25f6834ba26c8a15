"""CL503 caption-order: the SBU caption's place, judged only where it has one. Caption lines
copied from real cables (the id beside each)."""
from __future__ import annotations

from cablelint.api import lint_text


def _unclas(captions: str, post: str = "LONDON") -> str:
    return f"""UNCLAS E F T O {post} 002240

{captions}

E.O. 12958: N/A
TAGS: PREL UK
SUBJECT: TALKS

1. (SBU/NF) Text.
"""


def test_sensitive_before_noforn_is_the_sbu_noforn_pair_in_either_order():
    # 09EFTOLONDON2240: SENSITIVE / NOFORN / SIPDIS, one a line (reviewers: noise, both orders
    # are common); 10REYKJAVIK10 the same with SIPDIS first
    assert not lint_text(_unclas("SENSITIVE\nNOFORN\nSIPDIS"), select=["caption-order"])
    assert not lint_text(_unclas("SIPDIS\nSENSITIVE\nNOFORN", "REYKJAVIK"), select=["caption-order"])
    assert not lint_text(_unclas("NOFORN\nSENSITIVE"), select=["caption-order"])


def test_sensitive_before_a_distribution_caption_is_reported():
    (f,) = lint_text(_unclas("SENSITIVE\nNOFORN\nEXDIS"), select=["caption-order"])
    assert f.line == 3 and "EXDIS" in f.message


def test_sensitive_noforn_on_one_line_is_one_caption():
    # 04RANGOON158: `SENSITIVE NOFORN` is the SBU NOFORN caption
    assert not lint_text(_unclas("SIPDIS\n\nSENSITIVE NOFORN", "RANGOON"), select=["caption-order"])


def test_classified_cable_sensitive_is_reported_once_by_cl113():
    # 10NAIROBI181: S E C R E T / SENSITIVE / SIPDIS / NOFORN
    text = """S E C R E T NAIROBI 000181

SENSITIVE
SIPDIS
NOFORN

E.O. 12958: DECL: 02/05/2020
TAGS: PREL KE
SUBJECT: TALKS

Classified By: Ambassador Michael Ranneberger for reasons 1.4 (b) and (d).

1. (S/NF) Text.
"""
    found = lint_text(text, select=["caption-order", "sbu-only-unclassified"])
    assert [f.name for f in found] == ["sbu-only-unclassified"]


def test_caption_order(captions_cable, lint_rule):
    assert lint_rule(captions_cable("EXDIS\nNODIS"), "caption-order")
    assert lint_rule(captions_cable("SENSITIVE\nLIMDIS", level="UNCLAS", mark="(SBU)"), "caption-order")
    assert not lint_rule(captions_cable("SENSITIVE\nNOFORN", level="UNCLAS", mark="(SBU/NF)"), "caption-order")
    assert not lint_rule(captions_cable("SENSITIVE\nSIPDIS", level="UNCLAS", mark="(SBU)"), "caption-order")
