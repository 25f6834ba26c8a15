"""CL126 rel-to-syntax names the REL TO mark as written: its countries are what a reviewer
needs. Marks copied from real cables (the id beside each)."""
from __future__ import annotations

import pytest

from cablelint.api import lint_text


@pytest.mark.parametrize("paragraph,shown,source", [
    ("8. (S//REL TURKEY) Begin talking points.", "(S//REL TURKEY)", "10STATE15856"),
    ("6. (S/Rel to Belize) For Embassy Belize.", "(S/Rel to Belize)", "08STATE103511"),
    ("7. (C/REL NATO/AUS) Text.", "(C/REL NATO/AUS)", "07KABUL2249"),
])
def test_the_mark_is_named_as_written(make_cable, paragraph, shown, source):
    text = make_cable("TAGS: PREL TU", banner="S E C R E T ANKARA 000123", classification="SECRET",
                      paragraphs=paragraph)
    (f,) = lint_text(text, select=["rel-to-syntax"])
    assert shown in f.message and "not shown" not in f.message, source


def test_free_text_after_rel_is_not_named(make_cable):
    text = make_cable("TAGS: PREL TU", paragraphs="1. (C//REL TO THE MINISTER PLANS TO RESIGN) Text.")
    (f,) = lint_text(text, select=["rel-to-syntax"])
    assert "MINISTER" not in f.message and "not shown" in f.message


def test_rel_to_syntax(header_cable, lint_rule):
    f = lint_rule(header_cable(paragraphs=("1. (S/REL UK) Text.", "2. (S/REL UK) Text.")), "rel-to-syntax")
    assert len(f) == 1 and "REL without TO" in f[0].message and "1 more" in f[0].message
    assert lint_rule(header_cable(paragraphs=("1. (S//REL TO USA, GBR, NATO) Text.",)), "rel-to-syntax") == []
    f = lint_rule(header_cable(paragraphs=("1. (S//REL TO USA, NATO, GBR) Text.",)), "rel-to-syntax")
    assert f and "order" in f[0].message
