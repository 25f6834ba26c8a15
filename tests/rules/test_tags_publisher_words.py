"""CL607 tags-publisher-words, and the other TAGS rules leaving the publisher's words alone.
TAGS lines are copied from real cables (the id beside each)."""
from __future__ import annotations

from cablelint.api import lint_text

TAGS_RULES = ["CL602", "CL603", "CL604", "CL605", "CL606", "CL607"]


def _codes(text):
    return [(f.code, f.column, f.message) for f in lint_text(text, select=TAGS_RULES)]


def test_press_summaries_and_post_name_are_one_finding(make_cable):
    # 02ADANA386
    line = "TAGS: PREL, PINS, PGOV, PHUM, TU, IZ, Press Summaries, ADANA"
    text = make_cable(line, reference_id="02ADANA386", origin="Consulate Adana",
                      banner="C O N F I D E N T I A L ADANA 000386")
    found = _codes(text)
    assert [c for c, _, _ in found] == ["CL607"]
    code, column, message = found[0]
    assert column == line.index("Press") + 1
    assert "`Press Summaries` and 1 more" in message and "cables.csv" in message


def test_post_name_alone_at_the_end(make_cable):
    # era2 ISTANBUL cables: `TAGS: ASEC, PGOV, PHUM, TU, Istanbul`
    text = make_cable("TAGS: ASEC, PGOV, PHUM, TU, Istanbul", origin="Consulate Istanbul",
                      banner="C O N F I D E N T I A L ISTANBUL 000123")
    assert [c for c, _, _ in _codes(text)] == ["CL607"]


def test_capitals_post_name_only_as_its_own_last_group(make_cable):
    # 03ADANA54 ends `..., Press Summaries, ADANA`; a post name inside the TAGS is no addition
    text = make_cable("TAGS: PREL, PHUM, TU, ADANA", origin="Consulate Adana",
                      banner="C O N F I D E N T I A L ADANA 000123")
    assert [c for c, _, _ in _codes(text)] == ["CL607"]
    elsewhere = make_cable("TAGS: PREL, PHUM, TU, ADANA")  # from Ankara: not its own name
    assert [c for c, _, _ in _codes(elsewhere)] == ["CL602"]


def test_lower_case_tags_are_tags(make_cable):
    assert _codes(make_cable("Tags: prel, pgov, tu")) == []


def test_multi_word_group_keeps_its_first_three_words(make_cable):
    # 04MADRID1870: `American - Spanish Relations`; the message names one group and counts the rest
    text = make_cable("TAGS: PREL, SP, American - Spanish Relations, Bilateral Relations with the US")
    (code, _, message), = _codes(text)
    assert code == "CL607" and "2 word groups" in message and "and 1 more" in message
    assert "Bilateral" not in message
