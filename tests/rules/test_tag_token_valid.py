"""CL602 tag-token-valid on TAGS lines copied from real cables (the id beside each)."""
from __future__ import annotations

import pytest

from cablelint import tags
from cablelint.api import lint_text


def _found(text, rule="tag-token-valid"):
    return lint_text(text, select=[rule])


def test_one_finding_a_line_at_the_first_unknown_token(make_cable):
    # 04SANAA396
    line = ("TAGS: PREL, PGOV, MASS, PTER, ETRD, YM, COUNTER TERRORISM, ECON/COM, "
            "DEMOCRATIC REFORM")
    found = _found(make_cable(line, reference_id="04SANAA396"))
    assert len(found) == 1
    f = found[0]
    assert f.column == line.index("COUNTER") + 1 and f.severity == "warning"
    assert "5 tokens" in f.message and "COUNTER, TERRORISM, ECON/COM and 2 more" in f.message


def test_phrase_words_are_not_misspelt_tags(make_cable):
    # 04TELAVIV1765: GAZA is a word of a phrase, not a TAG of no subject category
    text = make_cable("TAGS: PREL, PGOV, PTER, KPAL, IS, GAZA DISENGAGEMENT, "
                      "ISRAELI-PALESTINIAN AFFAIRS")
    assert not _found(text, "subject-tag-category")
    (f,) = _found(text)
    assert "GAZA" in f.message
    # 05BUENOSAIRES496: WITH is no misspelt TAG either
    text = make_cable("TAGS: PGOV PREL AR SNAR OFDA MEETINGS WITH AMBASSADOR")
    assert not _found(text, "subject-tag-category")
    assert "MEETINGS, WITH, AMBASSADOR" in _found(text)[0].message


@pytest.mark.parametrize("line,source", [
    ("TAGS: PREL PGOV INRB GM", "10MUNICH29"),
    ("TAGS: PREL, EUN, USEU", "04BRUSSELS4410"),
    ("TAGS EI, PGOV, PINR, PREL, PTER, UK, EUN, NIPP", "04DUBLIN1101"),
    ("TAGS: CASC PGOV PREL BR TIP", "05RECIFE78"),
    ("TAGS: PARM PREL ETTC SP IR CBW", "04MADRID4887"),
    ("TAGS: PREL PHUM EPET NA NL VZ", "05THEHAGUE2136"),
])
def test_tags_posts_use_consistently_are_not_reported(make_cable, line, source):
    assert not lint_text(make_cable(line, reference_id=source), select=["CL60"]), source


def test_older_tags_on_an_older_cable(make_cable):
    # 90ALEXANDRIA448 carries PINT; a 1990 cable's four-letter tokens are not judged by the
    # lists of the mid-1990s
    text = make_cable("TAGS: PINT, PREL, EG", reference_id="90ALEXANDRIA448",
                      date="1990-03-01 10:00", eo_line="E.O. 12356: DECL: OADR")
    assert not _found(text)
    odd = make_cable("TAGS: PREL, EG, XQRT", date="1990-03-01 10:00",
                     eo_line="E.O. 12356: DECL: OADR")
    assert not _found(odd)
    shapeless = make_cable("TAGS: PREL, EG, QQ", date="1990-03-01 10:00",
                           eo_line="E.O. 12356: DECL: OADR")
    assert [f.severity for f in _found(shapeless)] == ["info"]


def test_unlisted_short_tokens_are_info(make_cable):
    # 06MEXICO6546
    (f,) = _found(make_cable("TAGS: ECON FBI DHS PAS DAO OPAD DCM AID MX"))
    assert f.severity == "info" and "are not in the known TAGS lists" in f.message


def test_unknown_token_is_named(captions_cable, lint_rule):
    found = lint_rule(captions_cable(tags_line="TAGS: PREL QQ TU"), "tag-token-valid")
    assert len(found) == 1 and "QQ" in found[0].message


def test_valid_tags_are_clean(valid_tags_line, captions_cable, lint_rule):
    assert not lint_rule(captions_cable(tags_line=valid_tags_line), "tag-token-valid")


def test_the_tags_vocabulary_loads():
    voc = tags.vocabulary()
    assert "PGOV" in voc.subject and "ECIN" in voc.subject
    assert voc.geographic["CH"] == "China" and voc.iso["RU"].tags_code == "RS"
