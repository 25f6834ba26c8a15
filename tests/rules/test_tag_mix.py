"""CL606 tag-mix: its cases on whole, real-looking cables (beyond the examples in its
documentation)."""
from __future__ import annotations


def test_no_geographic_tag(captions_cable, lint_rule):
    found = lint_rule(captions_cable(tags_line="TAGS: PREL PGOV"), "tag-mix")
    assert len(found) == 1 and "geographic" in found[0].message


def test_valid_tags_are_clean(valid_tags_line, captions_cable, lint_rule):
    assert not lint_rule(captions_cable(tags_line=valid_tags_line), "tag-mix")
