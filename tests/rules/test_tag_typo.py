"""CL604 tag-typo on TAGS lines copied from real cables (the id beside each)."""
from __future__ import annotations

from cablelint.api import lint_text


def _found(text):
    return lint_text(text, select=["tag-typo"])


def test_repeated_token_is_one_finding_at_its_column(make_cable):
    # 03ZAGREB669 repeats IZPREL
    line = ("TAGS: PREL, KAWC, PGOV, MARR, HR, KAWC, PGOV, MARR, HR, KAWC, PGOV, MARR, HR, IZ, "
            "IZPREL, IZPREL")
    (f,) = _found(make_cable(line, reference_id="03ZAGREB669"))
    assert f.column == line.index("IZPREL") + 1 and f.end_column == f.column + len("IZPREL")
    assert "IZ PREL" in f.message


def test_nearest_tag_of_the_same_kind(make_cable):
    # 08REYKJAVIK138: WTRQ is no subject TAG; the organisation TAG one letter away is WTRO
    line = "TAGS: AORC ECON ETRD WTRQ IC"
    (f,) = _found(make_cable(line, reference_id="08REYKJAVIK138"))
    assert "WTRQ is probably a typo for WTRO" in f.message and f.column == line.index("WTRQ") + 1
    assert not lint_text(make_cable(line), select=["subject-tag-category"])


def test_an_acronym_differing_in_its_leading_letters_is_no_typo(make_cable):
    # 04MADRID2730: NSFO is not NAFO
    assert not _found(make_cable("TAGS: TPHY, OTRA, SP, NSFO"))


def test_a_post_s_own_tag_is_no_typo(make_cable):
    # 04HOCHIMINHCITY573: ETMIN, used by the post for four years, is not EMIN misspelt
    assert not _found(make_cable("TAGS: PHUM, VM, HUMANR, RELFREE, ETMIN"))
