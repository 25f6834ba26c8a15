"""CL201 classified-by-missing before E.O. 12958: the signer was the classifier of record."""
from __future__ import annotations

from cablelint.api import lint_text


def test_signed_eo_12356_cable_needs_no_statement(make_cable):
    # 89MOSCOW15118-like: `E.O. 12356: DECL: OADR`, no Classified By, signed
    text = make_cable("TAGS: PREL, UR", date="1989-06-07 15:02", eo_line="E.O. 12356: DECL: OADR",
                      classified_by="", paragraphs="1. C-ENTIRE TEXT.\n\n2. TEXT.\n\nMATLOCK")
    assert not lint_text(text, select=["classified-by-missing"])


def test_eo_12958_cable_still_needs_it(make_cable):
    text = make_cable("TAGS: PREL, TU", date="2004-06-07 15:02", classified_by="")
    assert [f.severity for f in lint_text(text, select=["classified-by-missing"])] == ["error"]


def _missing(text: str) -> list:
    return [f for f in lint_text(text) if f.name == "classified-by-missing"]


# 08MANAMA496 (cables/): the statement glued to the end of SUBJECT (text replaced)
MANAMA_GLUED = """\
S E C R E T SECTION 01 OF 03 MANAMA 000496

SIPDIS

E.O. 12958: DECL: 07/24/2018
TAGS: PREL MARR BA
SUBJECT: SCENESETTER FOR GENERAL PETRAEUS' VISIT TO BAHRAINClassified By: Charge d'Affaires a.i. Christopher Henzel for reasons 1. 4 (b) and (d)

1. (S) Text.
"""

# 09TRIPOLI874 (cables/): `Classified` lost, the statement starts at `BY:` (text replaced)
TRIPOLI_BY = """\
C O N F I D E N T I A L SECTION 01 OF 02 TRIPOLI 000874

SIPDIS

E.O. 12958: DECL: 11/1/2019
TAGS: PREL PGOV LY
SUBJECT: TALKS

BY: Gene A. Cretz, Ambassador, U.S. Embassy Tripoli, Department of State. REASON: 1.4 (b), (d)

1. (C) Text.
"""

# 97NEWDELHI6957 (era2/): the classifier and reason written into paragraph 1 (text replaced)
NEWDELHI_IN_PARAGRAPH = """\
S E C R E T NEW DELHI 006957 

E.O. 12958 DECL: (1.6X1) 
TAGS: KPRP, PINR, PTER, IN, PK 
SUBJECT: JAMMU AND KASHMIR ISLAMIC FRONT 

1. (U) CLASSIFIED SECRET BY NEW DELHI ACTING POLITICAL 
COUNSELOR GORDON HELLWIG. REASON 1.5 (C). 

2. (S) Text.
"""

# 04OTTAWA3111 (era2/): a DoD report, derivatively classified (text replaced)
OTTAWA_DOD = """\
C O N F I D E N T I A L SECTION 01 OF 03 OTTAWA 003111 

SIPDIS 

SUBJECT: IIR 6 815 0010 05/CANADIAN DEFENCE REVIEW (U)

1. (C) Text.

DRV FROM: DO HUMINT SCG SEPTEMBER 2003 
DECL ON: X1
"""

# 95DAMASCUS5515 (era2/): dated after E.O. 12958 took effect but marked under E.O. 12356,
# signed, no statement (text replaced)
DAMASCUS_12356 = """\
R 191200Z OCT 95
FM AMEMBASSY DAMASCUS
TO SECSTATE WASHDC 9787

C O N F I D E N T I A L SECTION 01 OF 03 DAMASCUS 005515 

E.O. 12356: DECL: 10/19/2005 
TAGS: PREL, SY, US, IS, LE 
SUBJECT: SYRIANS SEE PLOTS AND PRESSURE 

1.  CONFIDENTIAL - ENTIRE TEXT. 

2.  TEXT.

ROSS
"""


def test_a_statement_the_reader_cannot_take_apart_is_not_missing():
    for text in (MANAMA_GLUED, TRIPOLI_BY, NEWDELHI_IN_PARAGRAPH, OTTAWA_DOD):
        assert not _missing(text), text.splitlines()[0]


def test_without_any_trace_of_it_the_statement_is_missing():
    stripped = TRIPOLI_BY.replace(
        "BY: Gene A. Cretz, Ambassador, U.S. Embassy Tripoli, Department of State. "
        "REASON: 1.4 (b), (d)\n", "")
    assert len(_missing(stripped)) == 1


def test_a_cable_marked_under_eo_12356_is_judged_by_it():
    assert not _missing(DAMASCUS_12356)
    assert len(_missing(DAMASCUS_12356.replace("E.O. 12356:", "E.O. 12958:"))) == 1


def test_classified_by_missing_is_not_judged_before_eo_12958(marking_cable, lint_rule):
    # E.O. 12356 asked for the classifier only when other than the signer
    text = marking_cable(dtg="R 150900Z FEB 90", eo="E.O. 12356: DECL: OADR", cb=None)
    assert not lint_rule(text, "classified-by-missing")
    [f] = lint_rule(marking_cable(cb=None), "classified-by-missing")
    assert f.severity == "error"


def test_a_header_without_its_eo_line_too_is_not_judged():
    # 05MUMBAI1708 (cables/): TAGS straight after SIPDIS, no E.O. line, no statement: the
    # header lost lines in the copy
    stripped = TRIPOLI_BY.replace(
        "BY: Gene A. Cretz, Ambassador, U.S. Embassy Tripoli, Department of State. "
        "REASON: 1.4 (b), (d)\n", "")
    assert len(_missing(stripped)) == 1
    assert not _missing(stripped.replace("E.O. 12958: DECL: 11/1/2019\n", ""))


# 10BRUSSELS23 (raw/ and cables/): the statement garbled by the copy, its label misspelt past
# reading and its reason cut to a letter (header lines as in the corpus, the body replaced)
BRUSSELS_GARBLED = """\
C O N F I D E N T I A L SECTION 01 OF 02 BRUSSELS 000023 

SIPDIS 

E.O. 12958: DECL: 12/22/2019 
TAGS: PREL, PGOV, CG, BY, RW, SL, BE 
SUBJECT: AMBASSADOR RAPP DISCUSSES COURT FOR SIERRA LEONE 
AND THE DRC WITH BELGIAN MFA
BRUSSELS 00000023 001.2 OF 002

Classiires Richard M. Eason for` (D).

1. (C) Text.
"""


def test_a_statement_garbled_past_its_label_is_not_missing():
    assert not _missing(BRUSSELS_GARBLED)
    # the line is read as a statement for its name and reason fragment, not for `Class…` alone
    for line in ("Classiires Richard M. Eason.", "Classified information follows (D)."):
        assert len(_missing(BRUSSELS_GARBLED.replace("Classiires Richard M. Eason for` (D).",
                                                     line))) == 1, line


def test_a_garbled_line_in_the_body_is_no_statement():
    # past the first paragraph the same line is text, not the header's statement
    moved = BRUSSELS_GARBLED.replace("Classiires Richard M. Eason for` (D).\n\n", "").replace(
        "1. (C) Text.\n", "1. (C) Text.\n\n" + "2. (C) Text.\n\n" * 60
        + "Classiires Richard M. Eason for` (D).\n")
    assert len(_missing(moved)) == 1


# 08LONDON3107 (cables/): a blank metadata title and no SUBJECT line between TAGS and REF, no
# statement (header lines as in the corpus, the body replaced)
LONDON_NO_SUBJECT = """\
08LONDON3107

2008-12-12 15:03
CONFIDENTIAL
Embassy London
P 121503Z DEC 08
FM AMEMBASSY LONDON
TO RUEHC/SECSTATE WASHDC PRIORITY 0831

C O N F I D E N T I A L LONDON 003107 
 
SIPDIS 
 
E.O. 12958: DECL: 12/12/2018 
TAGS: UNSC PREL PHUM PHSA EWWT KCRM SO XA XW UK

REF: A. STATE 130496      B. STATE 129941      C. PARIS 2256  

(C) Text.
TUTTLE
"""


def test_a_record_that_lost_its_subject_too_is_a_warning_that_says_so():
    [f] = _missing(LONDON_NO_SUBJECT)
    assert f.severity == "warning"
    assert "no SUBJECT line either (its metadata title is blank)" in f.message
    # a SUBJECT line, or a title made from one: the header is whole, the statement missing
    with_subject = LONDON_NO_SUBJECT.replace("UK\n", "UK\nSUBJECT: TALKS\n")
    with_title = LONDON_NO_SUBJECT.replace("08LONDON3107\n\n", "08LONDON3107\nTALKS\n")
    for text in (with_subject, with_title):
        [f] = _missing(text)
        assert f.severity == "error" and "SUBJECT" not in f.message


# 06BRASILIA861 (raw/): a bare telegram with no metadata title to consult, whose header has
# no SUBJECT line (its cables/ copy has a blank title): the statement may have gone with it
BRASILIA_NO_SUBJECT = """\
P 031903Z MAY 06
FM AMEMBASSY BRASILIA
TO RUEHC/SECSTATE WASHDC PRIORITY 5274

C O N F I D E N T I A L SECTION 01 OF 04 BRASILIA 000861 

SIPDIS 

E.O. 12958: DECL:05/02/2016 

TAGS: EINV PREL EPET XM BR

REF: A) LA PAZ 1157 
B) BRASILIA 142 

\u00b61. (C) Summary: Text.
"""


def test_a_bare_telegram_without_subject_gets_the_warning_that_says_so():
    found = _missing(BRASILIA_NO_SUBJECT)
    assert [f.severity for f in found] == ["warning"]
    assert "no SUBJECT line either" in found[0].message and "metadata" not in found[0].message


def test_a_bare_telegram_with_its_subject_still_gets_the_error():
    text = BRASILIA_NO_SUBJECT.replace("TAGS: EINV PREL EPET XM BR\n",
                                       "TAGS: EINV PREL EPET XM BR\nSUBJECT: BOLIVIA GAS\n")
    assert [f.severity for f in _missing(text)] == ["error"]
