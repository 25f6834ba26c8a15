"""CL106 metadata-classification-agrees and CL125 noforn-portions-unmarked: the metadata's `//NOFORN`
over a SENSITIVE caption is the database's rendering, reported once (by CL113). Header lines
copied from 04BOGOTA4326."""
from __future__ import annotations

from cablelint.api import lint_text, parse

BOGOTA = """04BOGOTA4326
ANDEAN FTA ANALYSIS
2004-04-29 14:54
CONFIDENTIAL//NOFORN
Embassy Bogota
This record is a partial extract of the original cable. The full text of the original cable is not available.

C O N F I D E N T I A L SECTION 01 OF 04 BOGOTA 004326

SIPDIS

{caption}

E.O. 12958: DECL: 04/29/2014
TAGS: EAGR, ECON, ETRD, CO, FTA
SUBJECT: ANDEAN FTA ANALYSIS

Classified By: Ambassador William B. Wood for reasons 1.5 (b and d)

1. (C) Text.

2. (C) Text.
"""

RULES = ["metadata-classification-agrees", "noforn-portions-unmarked", "sbu-only-unclassified"]


def test_metadata_noforn_over_a_sensitive_caption_is_one_finding():
    found = lint_text(BOGOTA.format(caption="SENSITIVE"), select=RULES)
    assert [f.name for f in found] == ["sbu-only-unclassified"]


def test_metadata_noforn_without_any_caption_is_still_reported():
    found = lint_text(BOGOTA.format(caption=""), select=RULES)
    assert sorted(f.name for f in found) == ["metadata-classification-agrees",
                                             "noforn-portions-unmarked"]


OTTAWA = """04OTTAWA2961
NORAD TALKS
2004-11-04 16:52
CONFIDENTIAL
Embassy Ottawa
This record is a partial extract of the original cable. The full text of the original cable is not available.

C O N F I D E N T I A L OTTAWA 002961

NOFORN
SIPDIS

E.O. 12958: DECL: 11/04/2014
TAGS: PREL, MARR, CA
SUBJECT: NORAD TALKS

Classified By: Ambassador Paul Cellucci for reasons 1.4 (b) and (d)

1. (C/NF) Text.
"""


def test_a_telegram_marked_noforn_under_metadata_without_it_is_not_reported():
    # 04OTTAWA2961: the telegram's NOFORN caption is there; the publisher's field lacks it
    assert lint_text(OTTAWA, select=["metadata-classification-agrees"]) == []


def test_metadata_noforn_over_a_telegram_without_it_is_still_reported():
    text = OTTAWA.replace("CONFIDENTIAL\nEmbassy", "CONFIDENTIAL//NOFORN\nEmbassy").replace(
        "NOFORN\nSIPDIS", "SIPDIS").replace("(C/NF)", "(C)")
    (f,) = lint_text(text, select=["metadata-classification-agrees"])
    assert f.line == 4 and "has NOFORN" in f.message


def test_a_classification_line_of_another_serial_is_not_compared_with_the_metadata():
    # 05LIMA3609 (UNCLASSIFIED//FOR OFFICIAL USE ONLY) holds the text of `LIMA 003571`
    text = OTTAWA.replace("CONFIDENTIAL\nEmbassy", "UNCLASSIFIED\nEmbassy")
    (f,) = lint_text(text, select=["metadata-classification-agrees"])
    assert "metadata classification is UNCLASSIFIED" in f.message and f.line == 4
    other = text.replace("OTTAWA 002961", "OTTAWA 002875")
    assert lint_text(other, select=["metadata-classification-agrees"]) == []


def test_metadata_and_classification_line_disagree(marking_cable, lint_rule):
    # the telegram's own layers disagree (a (S) portion under the CONFIDENTIAL line): the
    # metadata's level is still only the index's, a warning at its field
    text = marking_cable(meta="SECRET", paras=("1. (C) Text.", "2. (S) Text."))
    [f] = lint_rule(text, "metadata-classification-agrees")
    assert (f.line, f.severity) == (4, "warning")
    assert f.message == ("the metadata classification is SECRET but the telegram's "
                         "classification line says CONFIDENTIAL")
    # the telegram's own disagreement is banner-below-portion's, and no CL104 finding
    assert [g.name for g in lint_text(text, select=["CL1"])] == ["banner-below-portion"]
    # the telegram CONFIDENTIAL in every layer: the index alone differs, a warning
    [f] = lint_rule(marking_cable(meta="SECRET"), "metadata-classification-agrees")
    assert f.line == 4 and f.severity == "warning"
    [f] = lint_rule(marking_cable(meta="CONFIDENTIAL//NOFORN"), "metadata-classification-agrees")
    assert f.severity == "warning"


def test_off_by_default(marking_cable):
    assert "metadata-classification-agrees" not in [
        f.name for f in lint_text(marking_cable(meta="SECRET"))]
    found = lint_text(marking_cable(meta="SECRET"), select=["metadata-classification-agrees"])
    assert [f.code for f in found] == ["CL106"]


# 09TBILISI1123 (cables/): SECRET//NOFORN metadata over a telegram CONFIDENTIAL in every layer
# (the raw copy's routing line reads ZNY CCCCC; body text replaced)
TBILISI = """09TBILISI1123
IMPORTANCE OF CONTINUED MILITARY ENGAGEMENT WITH GEORGIA
2009-06-18 12:12
SECRET//NOFORN
Embassy Tbilisi
VZCZCXYZ0000
OO RUEHWEB

DE RUEHSI #1123/01 1691201
ZNY CCCCC ZZH
O 181201Z JUN 09
FM AMEMBASSY TBILISI
TO RUEHC/SECSTATE WASHDC IMMEDIATE 1755

C O N F I D E N T I A L SECTION 01 OF 04 TBILISI 001123

SIPDIS

E.O. 12958: DECL: 06/18/2019
TAGS: PREL PGOV MARR MOPS PBTS RS GG
SUBJECT: IMPORTANCE OF CONTINUED MILITARY ENGAGEMENT WITH GEORGIA

Classified By: Ambassador John F. Tefft for Reasons 1.4(b) and (d).

1. (C) Text.

2. (C) Text.
"""


def test_metadata_over_a_telegram_consistent_at_its_own_level_points_at_the_metadata():
    (f,) = lint_text(TBILISI, select=["metadata-classification-agrees"])
    assert f.line == 4 and f.severity == "warning"
    assert f.message == ("the record's index and its text disagree: the metadata classification "
                         "is SECRET//NOFORN but the telegram is CONFIDENTIAL in every layer "
                         "(classification line, routing line, portion marks), which the text "
                         "alone cannot settle (an index error or a later upgrade)")


def test_a_telegram_whose_layers_disagree_names_its_classification_line():
    # a (S) portion under the CONFIDENTIAL line: the telegram is not consistent
    (f,) = lint_text(TBILISI.replace("2. (C) Text.", "2. (S) Text."),
                     select=["metadata-classification-agrees"])
    assert (f.line, f.severity) == (4, "warning")
    assert f.message == ("the metadata classification is SECRET//NOFORN but the telegram's "
                         "classification line says CONFIDENTIAL")


# 10AMMAN91 (cables/): metadata SECRET//NOFORN, the telegram CONFIDENTIAL in its classification
# line and every portion mark (header lines as in the record; body text replaced)
AMMAN = """10AMMAN91
JORDAN: REGIONAL SECURITY SUPPORT - AFGHANISTAN
2010-01-07 13:01
SECRET//NOFORN
Embassy Amman
R 071356Z JAN 10
FM AMEMBASSY AMMAN
TO RHEHNSC/NSC WASHDC 0419
RUEHC/SECSTATE WASHDC 6641

C O N F I D E N T I A L AMMAN 000091

SIPDIS

E.O. 12958: DECL: 01/07/2020
TAGS: PREL MARR AF JO
SUBJECT: JORDAN: REGIONAL SECURITY SUPPORT - AFGHANISTAN

Classified By: Ambassador R. Stephen Beecroft for reasons 1.4 (b) and (d)

1. (C) Text.

2. (C) Text.
"""


def test_metadata_only_disagreement_is_a_warning_naming_the_metadata_marking_in_full():
    (f,) = lint_text(AMMAN, select=["metadata-classification-agrees"])
    assert (f.line, f.severity) == (4, "warning")
    assert "metadata classification is SECRET//NOFORN" in f.message
    assert "CONFIDENTIAL in every layer (classification line, portion marks)" in f.message
    assert "cannot settle (an index error or a later upgrade)" in f.message


def test_metadata_named_as_written_and_never_its_free_text():
    # the database's long form is named as the record writes it
    text = AMMAN.replace("SECRET//NOFORN\nEmbassy", "UNCLASSIFIED//FOR OFFICIAL USE ONLY\nEmbassy")
    (f,) = lint_text(text, select=["metadata-classification-agrees"])
    assert "metadata classification is UNCLASSIFIED//FOR OFFICIAL USE ONLY" in f.message
    assert "later downgrade" in f.message


# 06ISLAMABAD22025 (cables/) line 34: the header run together, NOFORN glued between two SIPDIS
ISLAMABAD = """06ISLAMABAD22025
INTERIOR MINISTER SHERPAO ON HIGH PROFILE TERROR CASES, IPR AND MISSING AMCITREF:
2006-11-16 12:12
CONFIDENTIAL//NOFORN
Embassy Islamabad
O 161200Z NOV 06
FM AMEMBASSY ISLAMABAD
TO RUEHC/SECSTATE WASHDC IMMEDIATE 5074

C O N F I D E N T I A L SECTION 01 OF 03 ISLAMABAD 022025SIPDISNOFORN SIPDISE.O. 12958: DECL: 11/14/2016

TAGS: CASC ECON KCRM PGOV PK PREL PTER

SUBJECT: INTERIOR MINISTER SHERPAO ON HIGH PROFILE TERROR CASES, IPR AND MISSING AMCITREF:

1. (C) Text.
"""


def test_noforn_glued_into_a_run_together_header_is_the_telegrams_noforn():
    assert lint_text(ISLAMABAD, select=["metadata-classification-agrees"]) == []
    # the same header without the glued NOFORN: the metadata's NOFORN is still reported
    bare = ISLAMABAD.replace("SIPDISNOFORN SIPDIS", "SIPDIS SIPDIS")
    (f,) = lint_text(bare, select=["metadata-classification-agrees"])
    assert f.line == 4 and "has NOFORN" in f.message




# 08LONDON3215 (cables/) lines 1-25: CONFIDENTIAL//NOFORN metadata over a telegram with the
# caption `RELEASABLE TO UK` and every portion (C/REL UK) (body text replaced)
LONDON = """08LONDON3215
IRAN: READOUT FROM UK LEGISLATORS AND FROM XXXXXXXXXXXX REP ON MEK RECONCILIATION
2008-12-24 11:11
CONFIDENTIAL//NOFORN
Embassy London
P 241144Z DEC 08
FM AMEMBASSY LONDON
TO RUEHC/SECSTATE WASHDC PRIORITY 0784
INFO RUCNIRA/IRAN COLLECTIVE PRIORITY

C O N F I D E N T I A L SECTION 01 OF 03 LONDON 003215 
 
SIPDIS 
 	
RELEASABLE TO UK 
 
E.O. 12958: DECL: 12/24/2018 
TAGS: KPRP PGOV PHUM PREL IS IA IR LE UK
SUBJECT: IRAN: READOUT FROM UK LEGISLATORS AND FROM  XXXXXXXXXXXX REP ON MEK RECONCILIATION  

REF: LONDON 3182  

Classified By: Political Minister-Counselor Greg Berry for reasons 1.4 (b) and (d)  

\xb61. (C/REL UK) Text.

\xb62. (C/REL UK) Text.
"""


def test_metadata_noforn_over_a_telegram_released_to_a_country_says_the_conflict():
    (f,) = lint_text(LONDON, select=["metadata-classification-agrees"])
    assert (f.line, f.severity) == (4, "warning")
    assert f.message == ("the metadata classification CONFIDENTIAL//NOFORN says NOFORN but the "
                         "telegram's own marks release it to UK (REL TO; the caption RELEASABLE "
                         "TO UK at line 15): the index and the telegram record opposite release "
                         "decisions")
    # without the REL portions the caption alone releases the cable
    (f,) = lint_text(LONDON.replace("(C/REL UK)", "(C)"), select=["metadata-classification-agrees"])
    assert "release it to UK (REL TO; the caption RELEASABLE TO UK at line 15)" in f.message
    # without the caption either, the plain NOFORN message stands
    plain = LONDON.replace("(C/REL UK)", "(C)").replace("RELEASABLE TO UK \n \n", "")
    (f,) = lint_text(plain, select=["metadata-classification-agrees"])
    assert "has NOFORN but the telegram's classification line and captions do not" in f.message
    # the index is no marking on the cable: the default rules say nothing
    assert [g for g in lint_text(LONDON) if g.name in ("classification-mismatch",
                                                         "metadata-classification-agrees")] == []


# 09BRASILIA1321 (cables/) lines 1-26: CONFIDENTIAL//NOFORN metadata over an UNCLAS telegram
# with `E.O. 12958: N/A` and no portion marks (body text replaced)
BRASILIA = """09BRASILIA1321
SCENESETTER FOR THE U.S.-BRAZIL JOINT COMMISSION MEETING ON SCIENCE AND H1966TECHNOLOGY, WASHINGTON, NOVEMBER 19-20
2009-11-16 14:02
CONFIDENTIAL//NOFORN
Embassy Brasilia
R 161428Z NOV 09 ZDK CTG#6223
FM AMEMBASSY BRASILIA
TO RUEHC/SECSTATE WASHDC 5363
INFO RUEHSO/AMCONSUL SAO PAULO 0068

UNCLAS SECTION 01 OF 07 BRASILIA 001321 
 
SIPDIS 
 
DEPT FOR OES, WHA, EEB, S/P 
 
E.O. 12958: N/A 
TAGS: KSCA EAGR EAID SENV TBIO NSF BR
SUBJECT: SCENESETTER FOR THE U.S.-BRAZIL JOINT COMMISSION MEETING ON SCIENCE AND H1966TECHNOLOGY, WASHINGTON, NOVEMBER 19-20 

\xb61. SUMMARY: Text.

\xb62. Text.
"""


def test_an_unclassified_telegram_under_a_classified_index_is_the_metadata_rule():
    # no layer of the telegram disagrees with another: the difference is the index's alone
    assert [f.name for f in lint_text(BRASILIA, select=["CL1"])] == []
    (f,) = lint_text(BRASILIA, select=["metadata-classification-agrees"])
    assert (f.line, f.severity) == (4, "warning")
    assert f.message == ("the metadata classification is CONFIDENTIAL//NOFORN but the "
                         "telegram's classification line says UNCLASSIFIED")


def test_the_routing_line_of_a_telegram_without_a_classification_line_is_compared():
    text = TBILISI.replace("C O N F I D E N T I A L SECTION 01 OF 04 TBILISI 001123\n", "")
    (f,) = lint_text(text, select=["metadata-classification-agrees"])
    assert f.line == 4 and f.message == ("the metadata classification is SECRET//NOFORN but "
                                         "the telegram's routing line says CONFIDENTIAL")
    assert [g for g in lint_text(text, select=["classification-mismatch"])] == []



def test_the_release_caption_is_read_in_the_model():
    caption = parse(LONDON, "x.txt").release_caption
    assert caption is not None and caption.to == ("UK",)
    assert (caption.span.line, caption.span.column, caption.span.end_column) == (15, 1, 17)
    # 06KABUL2862 (cables/): `RELEASABLE TO NATO/AUST/NZ/ISAF` after `SENSITIVE` / `SIPDIS`
    kabul = LONDON.replace("RELEASABLE TO UK", "RELEASABLE TO NATO/AUST/NZ/ISAF")
    assert parse(kabul, "x.txt").release_caption.to == ("NATO", "AUST", "NZ", "ISAF")


def test_release_words_outside_the_captions_are_no_release_caption():
    # 93STATE377793 (era2/): `RELEASABLE TO RTG:` opens a text given in a paragraph
    body = LONDON.replace("RELEASABLE TO UK \n", "") + \
        "\n3. (U) BEGIN TEXT OF WHITE PAPER ON LIBYA'S CW PROGRAM\nRELEASABLE TO RTG:\n"
    assert parse(body, "x.txt").release_caption is None
    # after the E.O. line, TAGS and SUBJECT a `RELEASABLE TO` line is not among the captions
    late = LONDON.replace("RELEASABLE TO UK \n \n", "").replace("REF: LONDON 3182  \n",
                                                                  "RELEASABLE TO UK\n")
    assert "RELEASABLE TO UK" in late and parse(late, "x.txt").release_caption is None
    # 04OTTAWA2961 (era2/): `… C O N F I D E N T I A L/NOT` / `RELEASABLE TO FOREIGN NATIONALS.`
    foreign = LONDON.replace("RELEASABLE TO UK", "RELEASABLE TO FOREIGN NATIONALS.")
    assert parse(foreign, "x.txt").release_caption is None
