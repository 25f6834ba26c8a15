"""Focused tests for the header/structure (CL4xx), vocabulary (CL11x), portion-mark (CL12x) and
cross-check (CL7xx) rules, on real-looking cables."""
from __future__ import annotations

import pytest

from cablelint.api import lint_text


@pytest.fixture
def cable(make_telegram):
    """A 2008 Ankara cable, every header part replaceable."""
    def build(*, rid="08ANKARA123", title="TURKEY: TALKS ON IRAQ", date="2008-09-03", meta="SECRET",
              post="ANKARA", prosign="O", dtg="031007Z", mon="SEP", yy="08", prec="IMMEDIATE ",
              banner="S E C R E T ANKARA 000123", captions=("SIPDIS",),
              eo="E.O. 12958: DECL: 09/03/2018", subject="TURKEY: TALKS ON IRAQ",
              paragraphs=("1. (S) Text.", "2. (C) Text."), routing=True, metadata=True):
        return make_telegram(metadata=metadata, reference_id=rid, title=title, date=f"{date} 10:00",
                             classification=meta, origin=f"Embassy {post.title()}",
                             dtg=f"{prosign} {dtg} {mon} {yy}" if routing else None, post=post,
                             to=f"RUEHC/SECSTATE WASHDC {prec}1234", banner=banner,
                             captions=tuple(captions), eo=eo, tags="TAGS: PREL PGOV TU IZ",
                             subject=subject, paragraphs=tuple(paragraphs))
    return build


def names(text, rule):
    return [f for f in lint_text(text, select=[rule])]


def test_clean_cable_is_clean_for_all_new_rules(cable):
    text = cable()
    for rule in ["CL4", "CL11", "CL12", "CL7"]:
        assert [f for f in names(text, rule) if f.name != "subject-marked"] == [], rule


# ---- CL401 classification-line-valid ---------------------------------------------------------

def test_missing_classification_line(cable):
    f = names(cable(banner=None, routing=False, metadata=False), "classification-line-valid")
    assert len(f) == 1 and "no classification line" in f[0].message
    # a sent telegram's record had its line: the copy lost it (07LAPAZ3262, 09TELAVIV2502)
    assert names(cable(banner=None), "classification-line-valid") == []
    assert names(cable(banner=None, metadata=False), "classification-line-valid") == []


def test_damaged_designator_is_read_as_present_not_missing(cable):
    # a copy's doubled first letter (08TUNIS679) leaves the line there: an independent review
    # judged "no classification line" wrong on such records
    assert names(cable(banner="SS E C R E T ANKARA 000123"), "classification-line-valid") == []


def test_line_run_on_to_addressee_is_not_missing(cable):
    text = cable(banner=None).replace("IMMEDIATE 1234\n", "IMMEDIATE 1234\tS E C R E T ANKARA 000123\n")
    assert names(text, "classification-line-valid") == []


# ---- CL402 reference-id-consistent -----------------------------------------------------------

def test_banner_of_another_cable_is_a_joined_record_reported_once(cable):
    text = cable(banner="C O N F I D E N T I A L SECTION 01 OF 03 BEIJING 002305", meta="CONFIDENTIAL")
    assert names(text, "reference-id-consistent") == []
    f = names(text, "record-damaged")
    assert len(f) == 1 and "another cable" in f[0].message and "reference id" in f[0].message


def test_banner_of_another_post_same_serial(cable):
    f = names(cable(banner="C O N F I D E N T I A L SECTION 01 OF 03 BEIJING 000123", meta="CONFIDENTIAL"),
              "reference-id-consistent")
    assert [x.key for x in f] == ["post"]
    assert "metadata layer" in f[0].message and "telegram layer" in f[0].message


def test_serial_and_year_mismatch(cable):
    f = names(cable(banner="S E C R E T ANKARA 000124", yy="07"), "reference-id-consistent")
    assert sorted(x.key for x in f) == ["serial", "year"]


def test_truncated_serial_and_masked_post(cable):
    assert [x.key for x in names(cable(banner="S E C R E T ANKARA 00012"), "reference-id-consistent")] \
        == ["serial-truncated"]
    assert names(cable(banner="S E C R E T XXXXXXXXXXXX 000123"), "reference-id-consistent") == []


def test_compound_post_names_match(cable):
    text = cable(rid="08USUNNEWYORK306", post="USUN NEW YORK", banner="S E C R E T USUN NEW YORK 000306")
    assert names(text, "reference-id-consistent") == []


# ---- CL403 dtg-format / CL404 precedence-consistent ------------------------------------------

def test_dtg_impossible_day_hour_and_missing_z(cable):
    assert names(cable(dtg="321007Z"), "dtg-format")
    assert names(cable(dtg="032507Z"), "dtg-format")
    assert names(cable(dtg="031007"), "dtg-format")
    assert names(cable(dtg="031007Z", mon="FEB", date="2008-02-03"), "dtg-format") == []


def test_dtg_far_from_metadata_date(cable):
    f = names(cable(date="2008-09-10"), "dtg-format")
    assert [x.key for x in f] == ["date"]


def test_precedence(cable):
    assert names(cable(prosign="R"), "precedence-consistent")
    assert names(cable(prosign="O"), "precedence-consistent") == []
    assert names(cable(prosign="R", prec=""), "precedence-consistent") == []
    assert names(cable(prosign="P", prec="NIACT IMMEDIATE "), "precedence-consistent")
    assert names(cable(prosign="R O"), "precedence-consistent")


def test_partial_extract_skips_routing_rules(cable):
    text = cable(routing=False, dtg="321007Z").replace(
        "SECRET\nEmbassy Ankara\n",
        "SECRET\nEmbassy Ankara\nThis record is a partial extract of the original cable. "
        "The full text of the original cable is not available.\n")
    assert names(text, "dtg-format") == [] and names(text, "precedence-consistent") == []


# ---- CL406 section-numbering -----------------------------------------------------------------

def test_section_impossible_and_consistent(cable):
    assert names(cable(banner="S E C R E T SECTION 02 OF 01 ANKARA 000123"), "section-numbering")
    assert names(cable(banner="S E C R E T SECTION 01 OF 02 ANKARA 000123"), "section-numbering") == []


def test_later_section_with_other_total_or_serial(cable):
    text = cable(banner="S E C R E T SECTION 01 OF 02 ANKARA 000123",
                 paragraphs=("1. (S) Text.", "S E C R E T SECTION 02 OF 03 ANKARA 000123", "2. (C) Text."))
    keys = sorted(f.key for f in names(text, "section-numbering"))
    assert keys == ["total"]
    # a section of another serial is another telegram joined in the record: not judged here
    assert names(text.replace("03 ANKARA 000123", "03 ANKARA 000124"), "section-numbering") == []


def test_repeated_identical_line_is_not_a_section(cable):
    text = cable(banner="S E C R E T SECTION 01 OF 02 ANKARA 000123",
                 paragraphs=("1. (S) Text.", "S E C R E T SECTION 01 OF 02 ANKARA 000123", "2. (C) Text."))
    assert names(text, "section-numbering") == []


# ---- CL11x vocabulary ------------------------------------------------------------------------

def test_secret_sensitive_qualifier(cable):
    f = names(cable(banner="SECRET SENSITIVE ANKARA 000123"), "level-vocabulary")
    assert f and "SENSITIVE" in f[0].message
    assert names(cable(banner="S E C R E T NOFORN ANKARA 000123"), "level-vocabulary") == []


def test_lou_after_1995_and_sbu_before(cable):
    text = cable(rid="99ROME4321", date="1999-03-01", meta="UNCLASSIFIED", post="ROME", dtg="011000Z",
                 mon="MAR", yy="99", banner="LIMITED OFFICIAL USE ROME 004321", captions=(),
                 eo="E.O. 12958: N/A", paragraphs=("1. (LOU) Text.",))
    f = names(text, "lou-sbu-era")
    assert {x.key for x in f} >= {"LOU-line", "LOU-portion"}
    old = text.replace("MAR 99", "MAR 93").replace("1999-03-01", "1993-03-01").replace(
        "LIMITED OFFICIAL USE ROME", "UNCLAS ROME").replace("(LOU)", "(SBU)").replace("99ROME", "93ROME")
    f = names(old, "lou-sbu-era")
    assert [x.severity for x in f] == ["warning"]


def test_sbu_with_classified_level_and_sensitive_caption(cable):
    f = names(cable(paragraphs=("1. (S) Text.", "2. (C/SBU) Text.")), "sbu-only-unclassified")
    assert [x.severity for x in f] == ["error"]
    f = names(cable(captions=("SIPDIS", "SENSITIVE")), "sbu-only-unclassified")
    assert [x.severity for x in f] == ["warning"]
    assert names(cable(paragraphs=("1. (S) Text.", "2. (SBU) Text.")), "sbu-only-unclassified") == []


def test_c_sbu_is_not_also_a_vocabulary_error(cable):
    assert names(cable(paragraphs=("1. (S) Text.", "2. (C/SBU) Text.")), "portion-mark-vocabulary") == []


def test_efto(cable):
    assert names(cable(banner="S E C R E T E F T O ANKARA 000123"), "efto-unclassified-only")
    unclas = cable(meta="UNCLASSIFIED", banner="UNCLAS E F T O ANKARA 000123", eo="E.O. 12958: N/A",
                   paragraphs=("1. (U) Text.",))
    assert names(unclas, "efto-unclassified-only") == []


# ---- CL12x portion marks ---------------------------------------------------------------------

def test_vocabulary_typos_with_suggestions(cable):
    for bad, want in [("(SNF)", "(S//NF)"), ("(S-NF)", "(S//NF)"), ("(CC)", "(C)"), ("(SB)", "(SBU)"),
                      ("(SECRET)", "(S)")]:
        f = names(cable(paragraphs=("1. (S) Text.", f"2. {bad} Text.")), "portion-mark-vocabulary")
        assert len(f) == 1 and want in f[0].message, (bad, f)


def test_unreadable_mark_gets_guess_from_overall(cable):
    f = names(cable(paragraphs=("1. (SE) Text.",)), "portion-mark-vocabulary")
    assert f and "probably (S)" in f[0].message


def test_headings_and_variants_are_not_vocabulary_errors(cable):
    text = cable(paragraphs=("1. (S/NF) Text.", "2. (Iran) Text.", "3. (c) Text."), captions=("NOFORN",),
                 meta="SECRET//NOFORN")
    assert names(text, "portion-mark-vocabulary") == []


def test_subject_marked_is_off_by_default(cable):
    assert not any(f.name == "subject-marked" for f in lint_text(cable()))
    assert names(cable(), "subject-marked")
    assert names(cable(subject="(S) TURKEY: TALKS ON IRAQ", title="(S) TURKEY: TALKS ON IRAQ"),
                 "subject-marked") == []


def test_paragraph_numbering(cable):
    assert names(cable(paragraphs=("1. (S) Text.", "3. (C) Text.")), "paragraph-numbering")
    assert names(cable(paragraphs=("1. (S) Text.", "2. (C) Text.", "2. (C) Other text.")), "paragraph-numbering")
    # the same paragraph twice is the record's copy, not the drafter's number
    assert names(cable(paragraphs=("1. (S) Text.", "2. (C) Text.", "2. (C) Text.")), "paragraph-numbering") == []
    # a numbering that restarts (a quoted letter) is not judged
    assert names(cable(paragraphs=("1. (S) Text.", "2. (C) Text.", "1. (C) Text.")), "paragraph-numbering") == []


def test_noforn_and_rel_in_one_mark(cable):
    f = names(cable(paragraphs=("1. (S/NF/REL UK) Text.",), captions=("NOFORN",)), "noforn-rel-conflict")
    assert len(f) == 1
    assert names(cable(paragraphs=("1. (S/NF) Text.", "2. (S//REL TO USA, GBR) Text."), captions=("NOFORN",)),
                 "noforn-rel-conflict") == []


def test_noforn_without_nf_portions(cable):
    assert names(cable(captions=("NOFORN", "SIPDIS")), "noforn-portions-unmarked")
    assert names(cable(captions=("NOFORN", "SIPDIS"), paragraphs=("1. (S/NF) Text.",)),
                 "noforn-portions-unmarked") == []


def test_rel_to_syntax(cable):
    f = names(cable(paragraphs=("1. (S/REL UK) Text.", "2. (S/REL UK) Text.")), "rel-to-syntax")
    assert len(f) == 1 and "REL without TO" in f[0].message and "1 more" in f[0].message
    assert names(cable(paragraphs=("1. (S//REL TO USA, GBR, NATO) Text.",)), "rel-to-syntax") == []
    f = names(cable(paragraphs=("1. (S//REL TO USA, NATO, GBR) Text.",)), "rel-to-syntax")
    assert f and "order" in f[0].message


# ---- CL701 subject-title-match ---------------------------------------------------------------

def test_subject_title(cable):
    assert names(cable(title="SOMETHING ELSE ENTIRELY"), "subject-title-match")
    assert names(cable(title="TURKEY:"), "subject-title-match") == []          # truncated title
    assert names(cable(title="(S) TURKEY: TALKS ON IRAQ"), "subject-title-match") == []
    f = names(cable(title="SOMETHING ELSE ENTIRELY"), "subject-title-match")
    assert "IRAQ" not in f[0].message and "SOMETHING" not in f[0].message
