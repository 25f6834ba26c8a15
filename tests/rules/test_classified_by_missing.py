"""CL201 classified-by-missing before E.O. 12958: the signer was the classifier of record."""
from __future__ import annotations

from cablelint.api import lint_text


def test_signed_eo_12356_cable_needs_no_statement(make_cable):
    # 89MOSCOW15118-like: `E.O. 12356: DECL: OADR`, no Classified By, signed
    text = make_cable("TAGS: PREL, UR", date="1989-06-07 15:02", eo_line="E.O. 12356: DECL: OADR",
                      classified_by="", paragraphs="1. C-ENTIRE TEXT.\n\n2. TEXT.\n\nMATLOCK")
    assert not lint_text(text, select=["classified-by-missing"])


def test_eo_12958_cable_still_needs_it(make_cable):
    text = make_cable("TAGS: PREL, TU", date="2004-06-07 15:02", classified_by="")
    assert [f.severity for f in lint_text(text, select=["classified-by-missing"])] == ["error"]
