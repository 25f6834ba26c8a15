"""CL603 subject-tag-category: its cases on whole, real-looking cables (beyond the examples in its
documentation)."""
from __future__ import annotations


def test_token_with_no_category_letter(captions_cable, lint_rule):
    found = lint_rule(captions_cable(tags_line="TAGS: PREL DHRF TU"), "subject-tag-category")
    assert len(found) == 1 and "DHRF" in found[0].message


def test_valid_tags_are_clean(valid_tags_line, captions_cable, lint_rule):
    assert not lint_rule(captions_cable(tags_line=valid_tags_line), "subject-tag-category")
