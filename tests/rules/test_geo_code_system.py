"""CL605 geo-code-system on TAGS lines copied from real cables (the id beside each)."""
from __future__ import annotations

from cablelint.api import lint_text


def _found(text):
    return lint_text(text, select=["geo-code-system"])


def test_codes_posts_used_for_years_are_no_iso_slip(make_cable):
    # 05THEHAGUE2136 (NA: Netherlands Antilles), 04SANAA823 (YE from Sanaa)
    assert not _found(make_cable("TAGS: PREL PHUM EPET NA NL VZ", origin="Embassy The Hague",
                                 banner="C O N F I D E N T I A L THE HAGUE 002136"))
    assert not _found(make_cable("TAGS: BEXP, ETRD, ETTC, YE", origin="Embassy Sanaa",
                                 banner="C O N F I D E N T I A L SANAA 000823"))


def test_iso_code_at_its_column(make_cable):
    # 09MOSCOW1108
    line = "TAGS: PREL RU UNSC KNNP KN"
    (f,) = _found(make_cable(line))
    assert f.column == line.index("RU") + 1 and "RS" in f.message


def test_na_from_namibia_is_still_judged(make_cable):
    text = make_cable("TAGS: PREL PGOV NA", origin="Embassy Windhoek",
                      banner="C O N F I D E N T I A L WINDHOEK 000123")
    (f,) = _found(text)
    assert "WA" in f.message


def test_iso_lookalike_in_context(captions_cable, lint_rule):
    text = captions_cable(tags_line="TAGS: PREL AU", post="CANBERRA", origin="Embassy Canberra")
    found = lint_rule(text, "geo-code-system")
    assert len(found) == 1 and "AS" in found[0].message


def test_iso_code_gets_the_tags_code(captions_cable, lint_rule):
    found = lint_rule(captions_cable(tags_line="TAGS: PREL TU RU"), "geo-code-system")
    assert len(found) == 1 and "RS" in found[0].message


def test_valid_tags_are_clean(valid_tags_line, captions_cable, lint_rule):
    assert not lint_rule(captions_cable(tags_line=valid_tags_line), "geo-code-system")


def test_a_code_judged_by_the_cable_s_date(make_cable):
    # 88BONN31258 (`TAGS:  PTER, PHUM, GE, TU`): GE was West Germany's code until unification
    bonn = make_cable("TAGS:  PTER, PHUM, GE, TU", reference_id="88BONN31258",
                      date="1988-10-12 10:00", origin="Embassy Bonn",
                      banner="C O N F I D E N T I A L BONN 31258",
                      eo_line="E.O. 12356: DECL: OADR")
    assert not _found(bonn)
    # 89PRAGUE8144: CZ, Czechoslovakia
    prague = make_cable("TAGS: PREL, CZ", reference_id="89PRAGUE8144", date="1989-11-20 10:00",
                        origin="Embassy Prague", banner="C O N F I D E N T I A L PRAGUE 08144",
                        eo_line="E.O. 12356: DECL: OADR")
    assert not _found(prague)
    # 08PARIS1561: GE beside GG in 2008 is Georgia's ISO code
    found = _found(make_cable("TAGS: UNSC PGOV PREL PBTS EUN FR GE RU GG", date="2008-07-02 10:00"))
    assert any("GE is not a TAGS country code" in f.message for f in found)


def test_the_hint_names_the_readings_and_asserts_none(make_cable):
    # 05KABUL5181 (`TAGS: PREL PGOV AF GE`): after 1990 GE was written for Germany (GM) as
    # well as for Georgia (GG); the hint gives the old meaning and the ISO reading
    (f,) = _found(make_cable("TAGS: PREL PGOV AF GE", date="2005-12-01 10:00"))
    assert "West Germany" in f.message and "GG" in f.message
    assert "if Georgia" not in f.message
    # 07LAPAZ3262 (`TAGS: ASEC PREL PGOV PINL VN CU BL`): VN meant Venezuela (VE) there; the
    # hint gives the ISO reading without saying it is the one meant
    (f,) = _found(make_cable("TAGS: ASEC PREL PGOV PINL VN CU BL", date="2007-12-01 10:00"))
    assert "as an ISO code it is Vietnam" in f.message and "country meant" in f.message


# 08TBILISI1348 (cables/) l.11-24: the header, a preview cut at `AMBASS...`, and the header
# again flattened into one line that ends at TAGS (interim review 70411, items 103 and 160)
_TWO_COPIES = """08TBILISI1348
GEORGIA: SOUTH OSSETIA SITREP 4
2008-08-09 17:05
CONFIDENTIAL
Embassy Tbilisi
P 091715Z AUG 08
FM AMEMBASSY TBILISI
TO RUEHC/SECSTATE WASHDC PRIORITY 9876

C O N F I D E N T I A L TBILISI 001348

SIPDIS

DEPT FOR EUR/CARC

E.O. 12958: DECL: 08/09/2018
TAGS: PREL PGOV RU GG
SUBJECT: GEORGIA:  SOUTH OSSETIA SITREP 4: GEORGIANS
DECLARE MARTIAL LAW, CLOSE BATUMI AIRPORT

Classified By: AMBASS...

C O N F I D E N T I A L TBILISI 001348 SIPDIS DEPT FOR EUR/CARC E.O. 12958: DECL: 08/09/2018 TAGS: PREL PGOV RU GG

1. (C) Text.
"""


def test_a_tag_of_a_record_with_two_copies_is_reported_once_at_the_first():
    (f,) = _found(_TWO_COPIES)
    assert (f.line, f.column) == (17, 17) and "TAGS RU" in f.message


def test_a_flattened_second_copy_is_still_known_to_the_record():
    from cablelint import api
    cable = api.parse(_TWO_COPIES)
    assert cable.tags.span.line == 17 and cable.tags.last_span.line == 23
    # a later TAGS line with other tokens (another cable's) is read as before
    other = api.parse(_TWO_COPIES.replace("TAGS: PREL PGOV RU GG\n\n1.", "TAGS: PREL RS\n\n1."))
    assert other.tags.span.line == 23 and other.tags.again is None


def test_one_tags_line_is_judged_for_each_post(make_cable):
    # a TAGS line's reading is shared between cables that write the same line from the same
    # post, never between posts: NA is Namibia's ISO code only in a cable from Windhoek
    line = "TAGS: PREL PGOV NA"
    hague = make_cable(line, origin="Embassy The Hague",
                       banner="C O N F I D E N T I A L THE HAGUE 002136")
    windhoek = make_cable(line, origin="Embassy Windhoek",
                          banner="C O N F I D E N T I A L WINDHOEK 000123")
    for _ in range(2):
        assert not _found(hague)
        assert len(_found(windhoek)) == 1
        assert not _found(hague)


def test_a_code_one_misread_letter_from_another_gives_both_readings(make_cable):
    # 85NOFORNMOGADISHU1643 (era2/, re-keyed: `T0 SOVIETS`): SD is ISO Sudan, or SO (Somalia)
    # with D read for O
    (f,) = _found(make_cable("TAGS:  PREL, SD, UR, US", origin="Embassy Mogadishu",
                             banner="S E C R E T N O F O R N MOGADISHU 01643"))
    assert "Sudan" in f.message and "misread in copying it would be SO (Somalia)" in f.message
    # RU reads as no other code with one letter misread: the message stays as it was
    (f,) = _found(make_cable("TAGS: PREL RU UNSC KNNP KN"))
    assert "misread" not in f.message
