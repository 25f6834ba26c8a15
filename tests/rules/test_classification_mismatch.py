"""CL104 classification-mismatch and CL125 noforn-portions-unmarked: the metadata's `//NOFORN`
over a SENSITIVE caption is the database's rendering, reported once (by CL113). Header lines
copied from 04BOGOTA4326."""
from __future__ import annotations

from cablelint.api import lint_text

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

RULES = ["classification-mismatch", "noforn-portions-unmarked", "sbu-only-unclassified"]


def test_metadata_noforn_over_a_sensitive_caption_is_one_finding():
    found = lint_text(BOGOTA.format(caption="SENSITIVE"), select=RULES)
    assert [f.name for f in found] == ["sbu-only-unclassified"]


def test_metadata_noforn_without_any_caption_is_still_reported():
    found = lint_text(BOGOTA.format(caption=""), select=RULES)
    assert sorted(f.name for f in found) == ["classification-mismatch", "noforn-portions-unmarked"]


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
    assert lint_text(OTTAWA, select=["classification-mismatch"]) == []


def test_metadata_noforn_over_a_telegram_without_it_is_still_reported():
    text = OTTAWA.replace("CONFIDENTIAL\nEmbassy", "CONFIDENTIAL//NOFORN\nEmbassy").replace(
        "NOFORN\nSIPDIS", "SIPDIS").replace("(C/NF)", "(C)")
    (f,) = lint_text(text, select=["classification-mismatch"])
    assert f.line == 4 and "has NOFORN" in f.message


def test_a_classification_line_of_another_serial_is_not_compared_with_the_metadata():
    # 05LIMA3609 (UNCLASSIFIED//FOR OFFICIAL USE ONLY) holds the text of `LIMA 003571`
    text = OTTAWA.replace("CONFIDENTIAL\nEmbassy", "UNCLASSIFIED\nEmbassy")
    (f,) = lint_text(text, select=["classification-mismatch"])
    assert "metadata classification is UNCLASSIFIED" in f.message and f.line == 4
    other = text.replace("OTTAWA 002961", "OTTAWA 002875")
    assert lint_text(other, select=["classification-mismatch"]) == []


def test_metadata_and_classification_line_disagree(marking_cable, lint_rule):
    # the telegram's own layers disagree (a (S) portion under the CONFIDENTIAL line): an error
    [f] = lint_rule(marking_cable(meta="SECRET", paras=("1. (C) Text.", "2. (S) Text.")),
                    "classification-mismatch")
    assert "metadata" in f.message and f.severity == "error"
    # the telegram CONFIDENTIAL in every layer: the index alone differs, a warning
    [f] = lint_rule(marking_cable(meta="SECRET"), "classification-mismatch")
    assert f.line == 4 and f.severity == "warning"
    [f] = lint_rule(marking_cable(meta="CONFIDENTIAL//NOFORN"), "classification-mismatch")
    assert f.severity == "warning"


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
    (f,) = lint_text(TBILISI, select=["classification-mismatch"])
    assert f.line == 4 and f.severity == "warning"
    assert f.message == ("the record's index and its text disagree: the metadata classification "
                         "is SECRET//NOFORN but the telegram is CONFIDENTIAL in every layer "
                         "(classification line, routing line, portion marks), which the text "
                         "alone cannot settle (an index error or a later upgrade)")


def test_a_telegram_whose_layers_disagree_keeps_the_classification_line_finding():
    # a (S) portion under the CONFIDENTIAL line: the telegram is not consistent
    (f,) = lint_text(TBILISI.replace("2. (C) Text.", "2. (S) Text."),
                     select=["classification-mismatch"])
    assert f.line == 15 and f.message.startswith("classification line says CONFIDENTIAL")
    assert f.severity == "error"


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
    (f,) = lint_text(AMMAN, select=["classification-mismatch"])
    assert (f.line, f.severity) == (4, "warning")
    assert "metadata classification is SECRET//NOFORN" in f.message
    assert "CONFIDENTIAL in every layer (classification line, portion marks)" in f.message
    assert "cannot settle (an index error or a later upgrade)" in f.message


def test_metadata_named_as_written_and_never_its_free_text():
    # the database's long form is named as the record writes it
    text = AMMAN.replace("SECRET//NOFORN\nEmbassy", "UNCLASSIFIED//FOR OFFICIAL USE ONLY\nEmbassy")
    (f,) = lint_text(text, select=["classification-mismatch"])
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
    assert lint_text(ISLAMABAD, select=["classification-mismatch"]) == []
    # the same header without the glued NOFORN: the metadata's NOFORN is still reported
    bare = ISLAMABAD.replace("SIPDISNOFORN SIPDIS", "SIPDIS SIPDIS")
    (f,) = lint_text(bare, select=["classification-mismatch"])
    assert f.line == 4 and "has NOFORN" in f.message


# 10MEXICO614 (raw/): Mexico 614's routing header over the text of Islamabad 416 (header lines
# as in the corpus, the body replaced)
MEXICO_OVER_ISLAMABAD = """\
VZCZCXYZ0003
OO RUEHWEB

DE RUEHME #0614 0501538
ZNR UUUUU ZZH
O R 191538Z FEB 10
FM AMEMBASSY MEXICO
TO RUEHC/SECSTATE WASHDC IMMEDIATE 0530
INFO RUEHME/AMEMBASSY MEXICO

S E C R E T SECTION 01 OF 04 ISLAMABAD 000416 

SIPDIS 

E.O. 12958: DECL: 02/22/2030 
TAGS: PHUM SNAR ASEC MX
SUBJECT: SCENESETTER FOR FBI DIRECTOR MUELLER'S FEBRUARY 24 
VISIT 

Classified By: DCM Gerald M. Feierstein, Reasons 1.4 (b)/(d) 

1. (S) Text.
"""


def _codes(text: str) -> list[str]:
    return [f.name for f in lint_text(text)]


def test_another_telegrams_routing_is_a_join_reported_once():
    assert _codes(MEXICO_OVER_ISLAMABAD) == ["record-damaged"]


def test_the_routing_of_the_same_post_is_still_compared():
    # a serial typed wrong in the routing line keeps its post: one telegram, two layers
    own = MEXICO_OVER_ISLAMABAD.replace("ISLAMABAD 000416", "MEXICO 000416")
    assert _codes(own) == ["classification-mismatch"]
    # the post differs but the serial agrees (a Department cable: `FM SECSTATE WASHDC`)
    same_serial = MEXICO_OVER_ISLAMABAD.replace("ISLAMABAD 000416", "ISLAMABAD 000614")
    assert _codes(same_serial) == ["classification-mismatch"]
