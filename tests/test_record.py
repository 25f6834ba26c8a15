"""What kind of record a file is (`lint/record.py`): not a cable, a whole cable, or a damaged
one, and which damage. The texts are a few lines of real cables (the id says which; lines
left out are marked `[…]` in the comments), so each class is pinned on what records look like."""
from __future__ import annotations

import pytest

from cablelint.api import lint_text as check_text, parse as parse_cable


def record(text: str):
    return parse_cable(text, "x.txt").record


def codes(text: str) -> list[str]:
    return [f.name for f in check_text(text)]


# 09CANBERRA1013 (cables/): a telegram cancelled after transmission
CANCELLED = """\
09CANBERRA1013
AND THE LIST GOES ON, U.S. SECURITY DIALOGUES WITH AUSTRALIA
2009-11-18 23:11
UNCLASSIFIED
Embassy Canberra
P 182300Z NOV 09 ZFR CTG RUEHSD 0060 3230357
FM AMEMBASSY CANBERRA
TO RUEHC/SECSTATE WASHDC PRIORITY 2248

UNCLAS CANBERRA 001013 
 
SIPDIS 
 
E.O. 12958: N/A 
TAGS: PM AS
SUBJECT: AND THE LIST GOES ON, U.S. SECURITY DIALOGUES WITH 
AUSTRALIA 
 
--------------------------- 
ZFR ZFR ZFR ZFR ZFR ZFR ZFR 
--------------------------- 
 
PLEASE CANCEL AND DELETE ALL COPIES OF CANBERRA 1013. 
 
CLUNE
"""

# 08LONDON2757 (cables/), cut off after SUBJECT by the publication (level changed to C so
# that the absence rules have something to say)
NO_BODY = """\
C O N F I D E N T I A L LONDON 002757 
 
SIPDIS 
 
E.O. 12958: DECL: 10/27/2018 
TAGS: PREL PGOV UK
SUBJECT: UK POLITICS: TALKS
"""

# 08MOSCOW2759 (cables/): a preview cut at `TA...`, then the publisher's re-flowed copy
COPIES = """\
S E C R E T SECTION 01 OF 03 MOSCOW 002759 
 
SIPDIS 
 
DEPT FOR EUR/RUS, FOR EEB/ESC/IEC GALLOGLY AND WRIGHT 
 
E.O. 12958: DECL: 09/05/2018 
TA...
Secret SECTION 01 OF 03 MOSCOW 002759 SIPDIS DEPT FOR EUR/RUS E.O. 12958: DECL: 09/05/2018 TAGS: EPET ENRG ECON PREL PINR RS

Summary: As Deputy Head of Putin's Presidential Administration, Igor Sechin cloaked himself in secrecy. End summary. 
"""

# 09KABUL3867 (cables/): the E.O. line, TAGS and SUBJECT, `Clas...`, then the whole cable again
COPIES_EO_CUT = """\
C O N F I D E N T I A L SECTION 01 OF 02 KABUL 003867 
 
SIPDIS 
 
E.O. 12958: DECL: 12/...
TAGS: PREL PGOV MOPS NATO AF
SUBJECT: AUSTRALIANS EXPAND AUSAID
 
Clas...
C O N F I D E N T I A L SECTION 01 OF 02 KABUL 003867 

SIPDIS 

E.O. 12958: DECL: 12/02/2019 
TAGS: PREL PGOV MOPS NATO AF
SUBJECT: AUSTRALIANS EXPAND AUSAID

Classified By: Ambassador Karl Eikenberry, reasons 1.4 (b) and (d).

1. (C) Text.
"""

# 08SCTION02OF02SAOPAULO335 (cables/): the record holds the second section only
LATER_SECTION = """\
C O N F I D E N T I A L SECTION 02 OF 02 SAO PAULO 000335 
 
SIPDIS 
 
7. (C) Unlike Delfim Netto's view, the text goes on.
"""

# 04MADRID4687 (cables/): a redacted extract; ¶1-6 withheld by the publisher
REDACTED_EXTRACT = """\
C O N F I D E N T I A L MADRID 004687 
 
SIPDIS 
 
E.O. 12958: DECL: 12/13/2014 
TAGS: PREL SP
SUBJECT: DEPUTY FM LEON ON CUBA, IRAQ, AFGHANISTAN, 
BILATERAL RELATIONS 
 
Classified By: Charge Bob Manzanares; reasons 1.5 (B) and (D) 
 
XXXXXXXXXXXX
//U.S.-SPAIN RELATIONS// 
 
7. (C) Leon said that Spain is politically divided at the 
moment.

9. (C) Text.
"""

# 05MUSCAT679 (cables/): Muscat's metadata joined to a Beijing telegram
JOINED = """\
05MUSCAT679
U.S.-CHINA SECURITY DIALOGUE
2005-04-25 10:10
SECRET
Embassy Muscat
This record is a partial extract of the original cable. The full text of the original cable is not available.

C O N F I D E N T I A L SECTION 01 OF 03 BEIJING 002305

E.O. 12958: DECL: 06/12/2033

TAGS: ETTC PARM PREL IR MU

SUBJECT: U.S.-CHINA SECURITY DIALOGUE

Classified By: Political Minister Counselor Aubrey Carlson. Reasons 1.4 (b) and (d).

1.(C) In a June 5 meeting at the Ministry of National Defense.
"""

# 06KABUL3934 (cables/): cut off in the address lines, ` ...`
CUT_OFF = """\
C O N F I D E N T I A L KABUL 003934 
 
SIPDIS 
 
NSC FOR AHARRIMAN 
OSD FOR BREZINSKI 
 ...
"""

# 04SANAA477 (era2/): the publisher's partial-extract note over a whole text
WHOLE_EXTRACT_NOTE = """\
04SANAA477
NO NEW SECURITY THREAT IN YEMEN; FRENCH NOT CLOSING
2004-03-02 14:36
CONFIDENTIAL
Embassy Sanaa
This record is a partial extract of the original cable. The full text of the original cable is not available.

C O N F I D E N T I A L SANAA 000477 
 
SIPDIS 
 
E.O. 12958: DECL: 03/02/2012 
TAGS: PTER, ASEC, PGOV, FR, YM, COUNTER TERRORISM 
SUBJECT: NO NEW SECURITY THREAT IN YEMEN; FRENCH NOT CLOSING 
 
REF: ROBERTS/MISENHEIMER TELCON 3/1/04 
 
1. (C) SUMMARY.  French DCM told DCM 3/2 that media reports 
of French diplomatic closure in Sanaa due to new local 
security threats are in error.
 
HULL
"""

# 04BAGHDAD4 (cables/): `...` on its own line after the signature: the page's mark, not a cut
DOTS_AFTER_SIGNATURE = """\
C O N F I D E N T I A L BAGHDAD 000004 
 
E.O. 12958: DECL: 01/01/2014 
TAGS: PREL IZ
SUBJECT: TALKS
 
Classified By: CPA Ambassador, reasons 1.5 (b) and (d).

1. (C) UNDERSTANDS THE APPROPRIATE PROCEDURES. END COMMENT.
NEGROPONTE 
...
"""

# 07MANAMA963 (cables/): the body run on to the REF line, not a record without a body
BODY_ON_REF_LINE = """\
UNCLAS MANAMA 000963 
 
SIPDIS 
 
E.O. 12958: N/A 
TAGS: PREL AORC UN UNGA BA
SUBJECT: CANDIDACY FOR UN INDEPENDENT AUDIT ADVISORY COMMITTEE
 
REF: STATE 146857 (U) Pol/Econ Chief delivered reftel points to MFA international organizations (IO) directorate head, who said the Government of Bahrain would consider the candidacy and respond once its review of all the candidates was complete. The text goes on well past a header field.
"""


def test_damage_kinds_read_from_real_records():
    assert record(CANCELLED).damages[0].kind == "cancelled"
    assert record(CANCELLED).damages[0].span.line == 20
    assert [d.kind for d in record(NO_BODY).damages] == ["no-body"]
    assert "SUBJECT" in record(NO_BODY).damages[0].what
    assert [d.kind for d in record(COPIES).damages] == ["copies-cut"]
    assert "again at line 9" in record(COPIES).damages[0].what
    assert "copies" in [d.kind for d in record(COPIES_EO_CUT).damages]
    # the full copy is there: absence rules read it
    assert record(COPIES_EO_CUT).complete and not record(COPIES).complete
    assert [d.kind for d in record(LATER_SECTION).damages] == ["extract"]
    assert "section 2 of 2" in record(LATER_SECTION).damages[0].what
    assert [d.kind for d in record(REDACTED_EXTRACT).damages] == ["extract"]
    assert "paragraph 7" in record(REDACTED_EXTRACT).damages[0].what
    assert [d.kind for d in record(JOINED).damages] == ["joined"]
    assert "cut-off" in [d.kind for d in record(CUT_OFF).damages]


def test_a_cancellation_is_placed_at_its_first_sign():
    # 09CAIRO2168: the routing line says CANCEL TELEGRAM above a line that starts with ZFR
    text = CANCELLED.replace("P 182300Z NOV 09 ZFR CTG RUEHSD 0060 3230357",
                             "O 180843Z NOV 09 ZFR CANCEL TELEGRAM")
    assert record(text).damages[0].kind == "cancelled"
    assert record(text).damages[0].span.line == 6


def test_whole_records_are_not_damaged():
    for text in (WHOLE_EXTRACT_NOTE, DOTS_AFTER_SIGNATURE, BODY_ON_REF_LINE):
        assert record(text).kind == "cable", record(text)


def test_one_record_damaged_finding_with_the_other_places_related():
    found = [f for f in check_text(CANCELLED + "\nZFR ZFR\n") if f.name == "record-damaged"]
    assert len(found) == 1 and found[0].severity == "warning"
    assert found[0].message.startswith("damaged record: the telegram was cancelled (ZFR, line 20)")


def test_absence_rules_stand_down_on_a_damaged_record():
    for text in (NO_BODY, COPIES, LATER_SECTION, CUT_OFF):
        # the off-by-default rules are selected so that their standing down is tested
        names = codes(text) + [f.name for f in check_text(
            text, select=["paragraph-numbering", "tag-mix"])]
        assert "record-damaged" in names
        for rule in ("classified-by-missing", "eo-line-present", "tags-present",
                     "paragraph-numbering", "tag-mix"):
            assert rule not in names, (rule, text[:40])


def test_absence_rules_still_run_on_a_whole_record():
    # the same cut-off record with its body: the missing statement is the drafter's
    whole = NO_BODY + "\n1. (C) Text.\n\nTUTTLE\n"
    assert record(whole).kind == "cable"
    assert "classified-by-missing" in codes(whole)
    assert "classified-by-missing" in codes(WHOLE_EXTRACT_NOTE)


def test_a_cut_off_eo_line_does_not_hide_the_full_copy():
    cable = parse_cable(COPIES_EO_CUT, "x.txt")
    assert cable.eo_lines[0].truncated
    assert cable.eo is not None and not cable.eo.truncated
    assert cable.eo.decl.date is not None and cable.eo.decl.date.year == 2019


def test_joined_cables_are_reported_once_not_as_their_consequences():
    names = codes(JOINED)
    assert names.count("record-damaged") == 1
    # SECRET metadata over a CONFIDENTIAL telegram, and a post and serial of another cable:
    # consequences of the join, not faults of either cable
    assert "classification-mismatch" not in names
    assert not check_text(JOINED, select=["metadata-classification-agrees"])  # (off by default)
    assert not check_text(JOINED, select=["reference-id-consistent"])  # (off by default)


def test_not_a_cable_gets_one_finding_and_no_other():
    for text in ("# Notes\n\nThis folder holds notes for the review.\nRun make.\n",
                 "apple banana cherry\ndelta echo foxtrot\n",
                 "(" * 100_000,
                 "S E C R E T " * 200 + "\n"):
        found = check_text(text)
        assert [(f.code, f.name, f.severity) for f in found] == [("CL005", "not-a-cable", "error")]
        assert "exclude" in found[0].message


def test_a_cable_fragment_with_a_header_field_is_a_cable():
    assert record("E.O. 12958: N/A\nTAGS: PREL\n\n1. (U) Text.\n").kind == "cable"


# 10STATE284 (cables/): the header flattened into one line that ends at TAGS; no SUBJECT,
# REF or Classified By (paragraph text replaced)
STRIPPED_HEADER = """\
10STATE284

2010-01-04 18:06
CONFIDENTIAL
Secretary of State
P R 041820Z JAN 10
FM SECSTATE WASHDC
TO RUEHTRO/AMEMBASSY TRIPOLI PRIORITY 1742

C O N F I D E N T I A L SECTION 01 OF 02 STATE 000284 SIPDIS E.O. 12958: DECL: 01/04/2020 TAGS: MASS MARR MCAP MOPS PARM PGOV

1.(U) Text.

2.(C) Text.
"""

# 09ROME878 (cables/) and 09ROME1048 (raw/): a passing line cut at `...`; the E.O. and TAGS
# lines after it are lost while SUBJECT, REF and Classified By follow (text replaced)
PASSING_LINE_CUT = """\
C O N F I D E N T I A L SECTION 01 OF 03 ROME 001048 
 
NOFORN 
SIPDIS 
 
DOE FOR OFFICE OF NUCLEAR ENERGY DAS MCGINNIS 
DOC FOR ENERGY, ...

SUBJECT: SCENESETTER FOR ITALIAN MINISTER CLAUDIO SCAJOLA'S 
VISIT TO WASHINGTON 
 
REF: A) ROME 878 B) ROME 678
 
Classified By: A/DCM Barbara Leaf for reasons 1.4b and d 
 
1. (C/NF) Text.

2. (C/NF) Text.
"""


def test_a_header_flattened_up_to_tags_is_damage_and_absence_rules_stand_down():
    got = record(STRIPPED_HEADER)
    assert [d.kind for d in got.damages] == ["stripped-header"] and not got.complete
    names = codes(STRIPPED_HEADER)
    assert "classified-by-missing" not in names and names.count("record-damaged") == 1
    # the same line followed by its SUBJECT is a whole header: the absence rule still runs
    whole = STRIPPED_HEADER.replace("PGOV\n", "PGOV\nSUBJECT: PLANS\n")
    assert record(whole).complete and "classified-by-missing" in codes(whole)


def test_a_passing_line_cut_at_dots_loses_the_eo_and_tags_lines():
    got = record(PASSING_LINE_CUT)
    # one copy only: the line is cut, not a preview before another copy (09ROME878)
    assert [d.kind for d in got.damages] == ["cut-line"] and not got.complete
    assert "two copies" not in got.damages[0].what
    assert "no E.O. or TAGS line" in got.damages[0].what
    names = codes(PASSING_LINE_CUT)
    assert "tags-present" not in names and "eo-line-present" not in names
    whole = PASSING_LINE_CUT.replace("DOC FOR ENERGY, ...\n", "E.O. 12958: DECL: 09/11/2019\n")
    assert record(whole).complete and "tags-present" in codes(whole)


# 09LAGOS14 (cables/): the spaced classification line lost its first letter in the copy
# (routing lines and text replaced)
FIRST_LETTER_LOST = """\
O 120608Z JAN 09
FM AMCONSUL LAGOS
TO RUEHC/SECSTATE WASHDC IMMEDIATE 0422

O N F I D E N T I A L SECTION 01 OF 04 LAGOS 000014 
 
SIPDIS 
 
E.O. 12958: DECL: 01/12/2019 
TAGS: PGOV PREL NI
SUBJECT: NIGERIA: REPORT

Classified By: Consul General for reasons 1.4 (b) and (d).

1. (C) Text.
"""

# 10BEIJING207 (cables/): the classification line withheld by a redaction line
REDACTED_BANNER = """\
O 261055Z JAN 10        ZDK
FM AMEMBASSY BEIJING
TO RUEHC/SECSTATE WASHDC IMMEDIATE 7785

XXXXXXXXXXXX

SIPDIS

E.O. 12958: DECL: 01/26/2030
TAGS: ECON PGOV PHUM PREL EINV CH
SUBJECT: GOOGLE UPDATE

Classified By: DCM Robert Goldberg.  Reasons 1.4 (b), (d).

1. (S) Text.
"""


def test_a_damaged_or_withheld_classification_line_is_not_reported_missing():
    for text in (FIRST_LETTER_LOST, FIRST_LETTER_LOST.replace("O N F I D", "CC O N F I D"),
                 FIRST_LETTER_LOST.replace("O N F I D E N T I A L", "SS E C R E T"),
                 REDACTED_BANNER):
        assert "classification-line-valid" not in codes(text), text.split("\n")[4]
    assert [d.kind for d in record(REDACTED_BANNER).damages] == ["redacted"]
    # recall: in a draft (no routing header) with the line simply absent, the rule still
    # reports it; a sent telegram's record had its line, which the copy lost
    for text in (FIRST_LETTER_LOST.replace("O N F I D E N T I A L SECTION 01 OF 04 LAGOS 000014", ""),
                 REDACTED_BANNER.replace("XXXXXXXXXXXX", "")):
        assert "classification-line-valid" not in codes(text)
        draft = "\n".join(text.split("\n")[3:])
        assert "classification-line-valid" in codes(draft)


@pytest.mark.parametrize("text, line, offset", [
    ("a\nbc\n\nd", 1, 0), ("a\nbc\n\nd", 2, 2), ("a\nbc\n\nd", 3, 5), ("a\nbc\n\nd", 4, 6),
    ("a\nbc\n\nd", 5, 7), ("a\nbc\n\nd", 40, 7), ("a\nbc\n", 3, 5), ("", 2, 0), ("abc", 0, 0),
])
def test_where_a_line_starts_in_the_text(text, line, offset):
    from cablelint.record import _offset_of_line
    assert _offset_of_line(text, line) == offset
