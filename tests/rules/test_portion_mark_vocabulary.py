"""CL121 portion-mark-vocabulary: a typo suggests the mark the cable's other portions use."""
from __future__ import annotations

import pytest

from cablelint.api import lint_text


def _noforn_cable(paragraphs: str) -> str:
    # a CONFIDENTIAL//NOFORN cable; `(C/NF)` is how State wrote its portions (04OTTAWA3115)
    return f"""08ANKARA123
TALKS
2008-02-15 09:00
CONFIDENTIAL//NOFORN
Embassy Ankara

C O N F I D E N T I A L ANKARA 000123

NOFORN
SIPDIS

E.O. 12958: DECL: 02/15/2018
TAGS: PREL TU
SUBJECT: TALKS

Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

{paragraphs}
"""


def test_a_slip_from_the_other_portions_marks_suggests_their_mark():
    text = _noforn_cable("1. (C/NF) Text.\n\n2. (C/F) Text.\n\n3. (C/NF) Text.")
    (f,) = lint_text(text, select=["portion-mark-vocabulary"])
    assert "(C/F)" in f.message and "did you mean (C//NF)?" in f.message
    assert "other portions are (C/NF)" in f.message


def test_the_other_portions_mark_is_named_as_the_cable_writes_it():
    # 10KABUL104 (cables/) l.51: `(/Rel UK)` among eight `(S/Rel UK)` portions
    text = _noforn_cable("1. (S/Rel UK) Text.\n\n2. (S/Rel UK) Text.\n\n8. (/Rel UK) Text.")
    (f,) = lint_text(text, select=["portion-mark-vocabulary"])
    assert f.message == ("portion mark (/Rel UK) in paragraph 8 is not in the marking vocabulary; "
                         "did you mean (S//REL TO UK)? (the cable's other portions are (S/Rel UK))")


def test_without_such_portions_the_overall_marking_guides():
    text = _noforn_cable("1. (C) Text.\n\n2. (C/F) Text.")
    (f,) = lint_text(text, select=["portion-mark-vocabulary"])
    assert "probably (C) (guessed from the overall marking)" in f.message
    assert "other portions" not in f.message


def test_one_bad_mark_in_every_paragraph_is_one_finding_with_its_places(make_cable):
    # 03LAGOS2579: `1. (S N/F) On November 19, ...`, the same mark on every paragraph
    text = make_cable("TAGS: PREL, NI", classification="SECRET//NOFORN",
                      banner="S E C R E T LAGOS 002579\n\nNOFORN",
                      paragraphs="1. (S N/F) Text.\n\n2. (S N/F) Text.\n\n3. (S N/F) Text.")
    (f,) = lint_text(text, select=["portion-mark-vocabulary"])
    assert f.message.startswith("portion mark (S N/F) in paragraph 1 (and 2 more portions)")
    assert [r.line for r in f.related] == [f.line + 2, f.line + 4]


def test_different_bad_marks_are_reported_apart(make_cable):
    # 09CARACAS1443's `(SE)` and 08NAIROBI2290's `(S-NF)` in one cable
    text = make_cable("TAGS: PREL, VE", classification="SECRET", banner="S E C R E T CARACAS 001443",
                      paragraphs="1. (SE) Text.\n\n2. (S-NF) Text.\n\n3. (SE) Text.")
    found = lint_text(text, select=["portion-mark-vocabulary"])
    assert sorted(f.message.split(" in ")[0] for f in found) == [
        "portion mark (S-NF)", "portion mark (SE)"]


@pytest.mark.parametrize("paragraphs,source", [
    ("1. C) Summary.\n\n2. C) Text.", "10ROME1: `C)` on every paragraph"),
    ("4. (C) Text.\n\n5. (C Text.", "07SANJOSE1173: `¶8. (C Zamora estimates`"),
])
def test_a_valid_mark_that_lost_a_parenthesis_is_not_reported(make_cable, paragraphs, source):
    text = make_cable("TAGS: PREL IT", paragraphs=paragraphs)
    assert lint_text(text, select=["portion-mark-vocabulary"]) == [], source


def test_a_nato_portion_mark_is_no_typo(make_cable):
    # 07REYKJAVIK298 (a NATO air-policing cable): `¶2.  (NC) MFA Defense Department Director`
    text = make_cable("TAGS: MARR NATO IC", paragraphs="1. (C) Text.\n\n2.  (NC) Text.")
    assert lint_text(text, select=["portion-mark-vocabulary"]) == []


def test_a_release_mark_run_together_is_not_guessed_to_be_noforn():
    # 04OTTAWA3303: `D. (C/RELCAN) NORAD RENEWAL/TRANSFORMATION.` in a CONFIDENTIAL//NOFORN cable
    text = _noforn_cable("1. (C/NF) Text.\n\n2. (C/RELCAN) Text.")
    (f,) = lint_text(text, select=["portion-mark-vocabulary"])
    assert "(C/RELCAN)" in f.message
    assert f.message.endswith("did you mean (C//REL TO USA, CAN)?")


def _rel_cable(make_cable, tags: str, mark: str, *, year: int = 2009) -> str:
    return make_cable(tags, reference_id=f"{year % 100:02d}STATE123", date=f"{year}-05-13 18:40",
                      classification="SECRET", origin="Secretary of State",
                      banner="S E C R E T STATE 000123", eo_line=f"E.O. 12958: DECL: 05/13/{year + 10}",
                      paragraphs=f"1. (S) Text.\n\n2. {mark} Text.")


def test_a_rel_list_is_suggested_in_the_standard_form(make_cable):
    def message(tags, mark):
        (f,) = lint_text(_rel_cable(make_cable, tags, mark), select=["portion-mark-vocabulary"])
        return f.message
    # 09STATE96222: `(SECRET/REL FRANCE)`; the standard form lists USA first, then trigraphs
    assert message("TAGS: PREL ETTC FR CH", "(SECRET/REL FRANCE)").endswith(
        "did you mean (S//REL TO USA, FRA)?")
    # 08STATE134490: `(Secret/Rel Armenia)`, named as written
    m = message("TAGS: PREL AM", "(Secret/Rel Armenia)")
    assert "portion mark (Secret/Rel Armenia) in paragraph 2" in m
    assert m.endswith("did you mean (S//REL TO USA, ARM)?")


def test_a_release_to_an_organisation_is_suggested_in_the_cables_own_words(make_cable):
    # 09STATE2552 (cables/) l.44: `¶4. (SECRET/rel IAEA)`: IAEA is an organisation, no country
    # with an ISO trigraph and no REL TO tetragraph; only the spelled-out level is the slip
    (f,) = lint_text(_rel_cable(make_cable, "TAGS: PARM KNNP IAEA", "(SECRET/rel IAEA)"),
                     select=["portion-mark-vocabulary"])
    assert f.message == ("portion mark (SECRET/rel IAEA) in paragraph 2 is not in the marking "
                         "vocabulary; did you mean (S/REL IAEA)?")
    # 09STATE67207 (cables/) l.49: `(SECRET//REL AUSTRALIA GROUP)`, the export-control regime
    (f,) = lint_text(_rel_cable(make_cable, "TAGS: PARM AS", "(SECRET//REL AUSTRALIA GROUP)"),
                     select=["portion-mark-vocabulary"])
    assert f.message.endswith("did you mean (S//REL AUSTRALIA GROUP)?")


def test_a_release_mark_in_states_words_before_the_capco_syntax_is_a_form_of_its_time(make_cable):
    # 01STATE61624 (era2/) l.65: `4. (SECRET/REL QATAR)` in a 2001 cable; the REL TO syntax a
    # suggestion would use is the register's of July 2005
    old = _rel_cable(make_cable, "TAGS: PREL MARR QA", "(SECRET/REL QATAR)", year=2001)
    assert lint_text(old, select=["portion-mark-vocabulary"]) == []
    # a spelled-out level without a release is still reported then, and the same mark in 2009 too
    garbled = _rel_cable(make_cable, "TAGS: PREL MARR QA", "(SECRET)", year=2001)
    assert len(lint_text(garbled, select=["portion-mark-vocabulary"])) == 1
    later = _rel_cable(make_cable, "TAGS: PREL MARR QA", "(SECRET/REL QATAR)")
    (f,) = lint_text(later, select=["portion-mark-vocabulary"])
    assert f.message.endswith("did you mean (S//REL TO USA, QAT)?")


def test_c_sbu_is_not_also_a_vocabulary_error(header_cable, lint_rule):
    assert lint_rule(header_cable(paragraphs=("1. (S) Text.", "2. (C/SBU) Text.")), "portion-mark-vocabulary") == []


def test_vocabulary_typos_with_suggestions(header_cable, lint_rule):
    for bad, want in [("(SNF)", "(S//NF)"), ("(S-NF)", "(S//NF)"), ("(CC)", "(C)"), ("(SB)", "(SBU)"),
                      ("(SECRET)", "(S)")]:
        f = lint_rule(header_cable(paragraphs=("1. (S) Text.", f"2. {bad} Text.")), "portion-mark-vocabulary")
        assert len(f) == 1 and want in f[0].message, (bad, f)


def test_unreadable_mark_gets_guess_from_overall(header_cable, lint_rule):
    f = lint_rule(header_cable(paragraphs=("1. (SE) Text.",)), "portion-mark-vocabulary")
    assert f and "probably (S)" in f[0].message


def test_headings_and_variants_are_not_vocabulary_errors(header_cable, lint_rule):
    text = header_cable(paragraphs=("1. (S/NF) Text.", "2. (Iran) Text.", "3. (c) Text."), captions=("NOFORN",),
                 meta="SECRET//NOFORN")
    assert lint_rule(text, "portion-mark-vocabulary") == []


# 85GABORONE501 (era2/): a 1985 cable under E.O. 12356 (the header and ¶4 shortened)
_GABORONE = """O R 051245Z FEB 85
FM AMEMBASSY GABORONE
TO SECSTATE WASHDC IMMEDIATE 2350

S E C R E T GABORONE 0501

NOFORN

E.O. 12356: DECL: OADR
TAGS: PREL, SF, BC
SUBJECT: BOTSWANA CHARGES BOPHUTHATSWANA WITH THREAT TO INVADE

1. (S) TEXT.

4. {mark} COMMENT. WE ARE SEEKING EARLY MEETINGS WITH FOREIGN TEXT.
"""


def test_before_12958_only_a_marks_words_are_judged_not_its_separators():
    def found(text):
        return [f.message for f in lint_text(text, select=["portion-mark-vocabulary"])]
    assert found(_GABORONE.format(mark="(S-NOFORN)")) == []
    assert any("(SNF)" in m for m in found(_GABORONE.format(mark="(SNF)")))
    # the same separator after E.O. 12958 is reported
    later = _GABORONE.format(mark="(S-NOFORN)").replace("FEB 85", "FEB 05").replace(
        "E.O. 12356: DECL: OADR", "E.O. 12958: DECL: 02/05/2015")
    assert any("(S-NOFORN)" in m for m in found(later))


# 09CAIRO1371 (cables/) lines 11-34, the paragraphs shortened: a copy that drops letters inside
# its words (`curent`, `areement`, `commader`, `reresentative`), and ¶5 marked `(SU)`
CAIRO_DROPPED_LETTERS = """\
UNCLAS CAIRO 001371 
 
SENSITIVE 
SIPDIS 
 
E.O. 12958: N/A 
TAGS: EAIR PREL PTER ASEC EG
SUBJECT: UPDATE ON U.S.-EGYPT AIR MARSHALS AGREEMENT 
 
2.(SBU) The USG is seeking to conclude an agreement with the GOE on Air Marshals.

3.(SBU) Atef said he Ministry of Interior is concerned with the curent MOU's language on the requirements for the Ai Marshals. The draft areement calls for the Air Marshals to leave their firearms.

4.(SBU) Egyptair wants to make sure that the agreement only applies to U.S. carriers and the current MOU.

5.(SU) The Civil Aviation Authority is seeking an article stating that the Air Marshals fall under the authority of the aircraft's commader (i.e. the captain), the commander.

6.(SBU) Econoff and the field reresentative, the representative of TSA, are seeking meetings.
"""


def test_a_mark_one_letter_short_in_a_copy_that_drops_letters_is_the_copys():
    assert not [f for f in lint_text(CAIRO_DROPPED_LETTERS) if f.name == "portion-mark-vocabulary"]
    # the same slip in a copy whose words are whole is the drafter's typo
    whole = (CAIRO_DROPPED_LETTERS.replace("curent", "current").replace("areement", "agreement")
             .replace("commader", "commander").replace("reresentative", "representative"))
    (f,) = [f for f in lint_text(whole) if f.name == "portion-mark-vocabulary"]
    assert f.line == 16 and "(SU)" in f.message and "(SBU)" in f.message
    # natural pairs of words (`though` and `through`, `later` and `latter`) are no dropped
    # letters: the slip is still the drafter's
    natural = whole.replace("Egyptair wants", "Though Egyptair went through it, it wants").replace(
        "Econoff and", "Later, the latter and Econoff and")
    (f,) = [f for f in lint_text(natural) if f.name == "portion-mark-vocabulary"]
    assert "(SU)" in f.message
