"""The grammar and the document model on real cables: what the parser must understand."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cablelint.marking import Level
from cablelint.runner import parse_cable

DATA = Path(__file__).parent / "data"
SEEDS = Path(__file__).parent.parent / "seeds"


def load(path: Path):
    return parse_cable(path.read_text(encoding="utf-8"), str(path))


def test_seed_cable_is_understood():
    c = load(SEEDS / "08BEIJING3400.txt")
    assert c.metadata.reference_id == "08BEIJING3400"
    assert c.date == dt.date(2008, 9, 3)
    # the classification line is glued onto the TO line in this cable
    b = c.banner
    assert (b.marking.level, b.post, b.serial) == (Level.S, "BEIJING", "003400")
    assert b.level_span.line == 8 and b.level_span.column == 34
    assert c.eo.order == "12958" and c.eo.decl.kind == "date"
    assert c.eo.decl.date == dt.date(2033, 9, 3)
    # TAGS share the E.O. line
    assert c.tags.tokens[:3] == ["PARM", "PREL", "PTER"] and c.tags.span.line == c.eo.span.line
    assert c.subject.mark.marking.level == Level.S and c.subject.mark_position == "end"
    cb = c.classified_by_block
    assert cb.reason.section == "1.4" and cb.reason.letters == ("b", "c", "d")
    assert [p.number for p in c.portions] == [1, 2, 3]
    assert all(p.marking.level == Level.S for p in c.portions)


def test_run_together_header_fields_are_separated():
    # NOFORN SIPDIS DEPT FOR … E.O. on one line; SUBJECT … REF … page line … CLASSIFIED BY on one
    c = load(DATA / "cables" / "09TRIPOLI883.txt")
    words = [x.word for x in c.header_captions]
    assert "NOFORN" in words and "SIPDIS" in words
    assert c.eo is not None and c.eo.decl.date == dt.date(2019, 11, 2)
    assert c.subject is not None and c.references
    assert c.classified_by_block.reason.letters == ("b", "d")
    assert c.portions[0].number == 1 and c.portions[0].marking.noforn
    assert c.overall.marking.noforn and c.overall.marking.level == Level.S


def test_raw_telegram_routing_and_page_lines():
    c = load(DATA / "raw" / "05NEWDELHI9127.txt")
    assert c.metadata is None
    assert c.routing.zn_marking.level == Level.C
    assert c.routing.dtg.date == dt.date(2005, 12, 2)
    assert c.banner.section == (1, 6) and c.banner.post == "NEW DELHI"
    # `NEW DELHI 00009127 001.2 OF 006` is a page line, never a paragraph or a banner
    assert c.page_lines
    assert len(c.banners) == 1
    assert all(p.marking is not None for p in c.portions if p.kind == "paragraph")


def test_paragraph_starting_mid_line_is_found():
    text = ("C O N F I D E N T I A L ANKARA 000123\n\nE.O. 12958: DECL: 01/05/2018\n"
            "TAGS: PREL TU\nSUBJECT: TALKS\n\n"
            "1. (C) First paragraph ends here. 2. (S) Second starts mid-line.\n")
    c = parse_cable(text, "x")
    assert [(p.number, p.marking.level) for p in c.portions] == [(1, Level.C), (2, Level.S)]


def test_ref_captions_are_not_cable_captions():
    text = ("C O N F I D E N T I A L ANKARA 000123\n\nSIPDIS\n\nE.O. 12958: DECL: 01/05/2018\n"
            "TAGS: PREL TU\nSUBJECT: TALKS\n\nREF: A. ANKARA 1561 (EXDIS)\n     B. STATE 1234 (NODIS)\n\n"
            "1. (C) Text.\n")
    c = parse_cable(text, "x")
    assert [x.word for x in c.captions] == ["SIPDIS"]


def test_unclassified_portion_paragraphs_and_na():
    text = "UNCLAS STATE 000001\n\nSENSITIVE\nSIPDIS\n\nE.O. 12958: N/A\nTAGS: PREL\nSUBJECT: X\n\n1. (SBU) Text.\n"
    c = parse_cable(text, "x")
    assert c.overall.marking.level == Level.U
    assert c.eo.decl.kind == "na"
    assert {x.word for x in c.captions} == {"SENSITIVE", "SIPDIS"}


def test_old_style_classified_by_inside_paragraph_one():
    text = ("C O N F I D E N T I A L VATICAN 003507\n\nE.O. 12958: DECL: 05/31/11\nTAGS: PREL\n"
            "SUBJECT: X\n\n1. (U) CLASSIFIED BY CDA JOSEPH MERANTE FOR REASONS 1.5 (B) AND (D).\n\n"
            "2. (C) Text.\n")
    c = parse_cable(text, "x")
    assert c.classified_by_block is not None and c.classified_by_block.in_paragraph
    assert c.classified_by_block.reason.section == "1.5"


@pytest.mark.parametrize("path", sorted((DATA / "cables").glob("*.txt")) + sorted((DATA / "raw").glob("*.txt")),
                         ids=lambda p: p.name)
def test_every_shipped_real_cable_parses(path):
    c = load(path)
    assert c.portions or c.text_items  # something was read


def test_the_builder_reads_only_rules_the_grammar_has():
    from cablelint import builder

    grammar = builder._grammar_rules()
    builder._check_handlers(grammar)  # the shipped grammar: every reader's rule exists
    with pytest.raises(ImportError, match="eo_line"):
        builder._check_handlers(grammar - {"eo_line"})
    # every grammar rule that makes an element has a reader (only the start and Lark's helper
    # rules have none)
    assert {r for r in grammar if r not in builder._HANDLERS} <= {"start"} | {
        r for r in grammar if r.startswith("__")}


# 75TEHRAN2069 (cables/) with its classification line in the 1970s form issue 13 names, the
# year before the post and a four-digit serial (`CONFIDENTIAL 1975 TEHRAN 2069`)
_TEHRAN_1975 = """R 041125Z MAR 75
FM AMEMBASSY TEHRAN
TO SECSTATE WASHDC 475

{banner}

E.O. 11652: GDS
TAGS: PINT IR
SUBJECT: IRANIAN RESURGENCE PARTY CREATED BY SHAH

1. CREATION OF IRANIAN RESURGENCE PARTY ANNOUNCED BY SHAH
MARCH 2 IS MOVE TO SEEK BROADER SUPPORT FOR MONARCHY.
{later}"""


@pytest.mark.parametrize("banner", ["CONFIDENTIAL 1975 TEHRAN 2069",
                                    "C O N F I D E N T I A L 1975 TEHRAN 2069",
                                    "CONFIDENTIAL SECTION 1 OF 2 1975 TEHRAN 2069"])
def test_a_1970s_classification_line_with_the_year_before_the_post(banner):
    c = parse_cable(_TEHRAN_1975.format(banner=banner, later=""), "75TEHRAN2069.txt")
    (b,) = c.banners
    assert (b.marking.level, b.post, b.serial, b.span.line) == (Level.C, "TEHRAN", "2069", 5)
    assert c.overall.layer == "classification line" and c.date == dt.date(1975, 3, 4)


def test_the_1970s_form_is_read_after_text_and_as_a_later_section():
    # the line right after a text line (no blank between), and a second section's line in the body
    text = _TEHRAN_1975.format(banner="DECLASSIFIED/RELEASED US DEPARTMENT OF STATE EO REVIEW\n"
                                      "CONFIDENTIAL 1975 TEHRAN 2069",
                               later="CONFIDENTIAL SECTION 2 OF 2 1975 TEHRAN 2069\n\n2. TEXT.\n")
    c = parse_cable(text, "75TEHRAN2069.txt")
    assert [(b.post, b.serial, b.span.line, b.zone) for b in c.banners] == [
        ("TEHRAN", "2069", 6, "header"), ("TEHRAN", "2069", 14, "body")]
    assert [p.number for p in c.portions] == [1, 2]
