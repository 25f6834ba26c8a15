"""CL101 banner-below-portion: a `(C)` that is the third item of a lettered list is not a
portion mark (lines copied from 94HAVANA7901); one overall marking too low is one finding, at
the first portion above it, with the others as related places (09MOSCOW1108; paragraph texts
shortened)."""
from __future__ import annotations

from cablelint.api import lint_text

HAVANA = """94HAVANA7901
TERRORISM REPORT
1994-12-20 10:00
UNCLASSIFIED
Interests Section Havana
This record is a partial extract of the original cable. The full text of the original cable is not available.

UNCLAS HAVANA 007901

E.O. 12356: N/A
TAGS: PTER CU
SUBJECT: TERRORISM REPORT

REF:  STATE 286744

1.  AS REQUESTED, BELOW ARE RESPONSES TO THE QUESTIONS
LISTED IN REFTEL PARA 3:

(A)  POST IS NOT AWARE OF ANY PROSECUTIONS INVOLVING
     INTERNATIONAL TERRORISM BY THE CUBAN GOVERNMENT.

(B)  POST HAS NO INFORMATION REGARDING ANY EXTRADITION,
     OR REQUEST FOR EXTRADITION, TO CUBA OF SUSPECTED
     TERRORISTS FOR PROSECUTION BY THE CUBAN GOVERNMENT.

(C)  CLOSE DIPLOMATIC RELATIONS BETWEEN CUBA AND OTHER
     COUNTRIES COULD IMPEDE PROSECUTION.

(D)  POST IS NOT AWARE OF ANY OTHER ACTIONS.
"""


def test_third_item_of_a_lettered_list_is_no_mark():
    assert not lint_text(HAVANA, select=["banner-below-portion"])


def test_a_real_mark_after_a_marked_portion_is_still_one():
    text = HAVANA.replace("(D)  POST IS NOT AWARE", "(U)  POST IS NOT AWARE").replace(
        "(C)  CLOSE", "(U) SOME TEXT.\n\n(C)  CLOSE").replace("(A)  POST", "POST").replace(
        "(B)  POST", "POST")
    found = lint_text(text, select=["banner-below-portion"])
    assert len(found) == 1 and "(C)" in found[0].message


# era2/94KINSHASA6821 l.20-48 (shortened): list letters A)-H) answering the reftel's questions
# open ¶2-9 of an UNCLAS report; `C)` lost no parenthesis
_KINSHASA = """94KINSHASA6821
ZAIRE: 1994 ANNUAL TERRORISM REPORT
1994-11-18 16:04
UNCLASSIFIED
Embassy Kinshasa
R 181604Z NOV 94
FM AMEMBASSY KINSHASA
TO SECSTATE WASHDC 8701

UNCLAS KINSHASA 06821

E.O. 12356:   N/A
TAGS:         PTER, CG
SUBJECT:      ZAIRE:  1994 ANNUAL TERRORISM REPORT

REF:  STATE 286744

1.  THIS IS A NEGATIVE REPORT SINCE THERE ARE ESSENTIALLY NO
INCIDENTS TO REPORT.

2.  A)  THERE WERE NO KNOWN PROSECUTIONS FOR TERRORISM,
DOMESTIC OR INTERNATIONAL, IN ZAIRE IN 1994.

3.  B)  THE ZAIRIAN GOVERNMENT DID NOT EXTRADITE NOR REQUEST
THE EXTRADITION OF SUSPECTED TERRORISTS IN 1994.

4.  C)  THERE WERE NO KNOWN IMPEDIMENTS TO ZAIRIAN
GOVERNMENT PROSECUTION OR EXTRADITION OF SUSPECTED
TERRORISTS IN 1994.

5.  D)  THE ZAIRIAN GOVERNMENT DID NOT MAKE PUBLIC
STATEMENTS REGARDING TERRORISM.
"""


def test_a_list_letter_between_its_neighbours_is_no_mark():
    assert not lint_text(_KINSHASA, select=["banner-below-portion"])


def test_a_list_letter_after_the_letter_before_it_is_no_mark():
    assert not lint_text(_KINSHASA.split("5.  D)")[0], select=["banner-below-portion"])


def test_a_mark_that_lost_its_parenthesis_outside_a_lettered_run_is_still_read():
    text = _KINSHASA.replace("3.  B)  ", "3.  ").replace("5.  D)  ", "5.  ")
    found = lint_text(text, select=["banner-below-portion"])
    assert len(found) == 1 and "(C)" in found[0].message
    assert found[0].line == text.splitlines().index("4.  C)  THERE WERE NO KNOWN IMPEDIMENTS TO ZAIRIAN") + 1


# 09MOSCOW1108 (cables/): metadata CONFIDENTIAL, no classification line, every paragraph (S/NF)
_MOSCOW = """09MOSCOW1108
WAITING AND WATCHING: NORTH KOREA AFTER CURRENCY
2009-04-29 13:01
CONFIDENTIAL
Embassy Moscow

NOFORN 

SIPDIS 

E.O. 12958: DECL: TEN YEARS AFTER KOREAN UNIFICATION 
TAGS: PREL RU UNSC KNNP KN
SUBJECT: WAITING AND WATCHING: NORTH KOREA AFTER CURRENCY 

Classified By: Consul General Stephen B. Wickman. For 
Reasons 1.4 (b) and (d) 

¶1. (S/NF) SUMMARY: On December 15, EAP DAS David Shear met.

¶2. (S/NF) On December 15, EAP DAS David Shear and Consul General met.

¶3. (S/NF) The most important reason for the recent DPRK currency reform.
"""


def test_portions_above_the_overall_marking_are_one_finding():
    found = lint_text(_MOSCOW, select=["banner-below-portion"])
    assert len(found) == 1
    f = found[0]
    assert (f.line, [s.line for s in f.related]) == (18, [20, 22])
    assert f.message == ("portion (S//NF) in paragraph 1 is above the overall CONFIDENTIAL "
                         "(metadata classification) (and 2 more portions above it)")


# lettered lists the model's reading did not catch, from the record's text
_PARIS = """UNCLAS SECTION 01 OF 02 PARIS 000196

E.O. 12958: N/A
TAGS: OPRC, KMDR, FR
SUBJECT: MEDIA REACTION REPORT

(A) SUBJECTS COVERED IN TODAY'S REPORT:

1. MIDDLE EAST - PALESTINIAN ELECTION
2. SUDAN PEACE ACCORD

B) SUMMARY OF COVERAGE:

A VARIETY OF SUBJECTS ARE FEATURED. (SEE PART C)

(C) SUPPORTING TEXT/BLOCK QUOTES:

"TEXT." (LE FIGARO)
"""


def test_a_media_reports_part_c_is_no_mark():
    # 05PARIS196 (era2/): parts `(A)`, `B)`, `(C)` of a media reaction report
    assert lint_text(_PARIS, select=["banner-below-portion"]) == []


def test_the_third_item_of_a_dashed_list_is_no_mark():
    # 85TELAVIV15214 (era2/): `-   (B)  KADDOUMI: …` / `-   (C)  HANI AL-HASSAN: …`
    text = _PARIS.split("(A) SUBJECTS")[0] + (
        "1.  QUOTES:\n\n-   (A)  ABU IYAD:  'TEXT.'\n\n-   (B)  KADDOUMI:  'THE PALESTINIANS MUST\n"
        "REALIZE TEXT.'\n\n-   (C)  HANI AL-HASSAN:  'THE AMMAN AGREEMENT IS\nEXCEEDINGLY "
        "CLEAR.'\n")
    assert lint_text(text, select=["banner-below-portion"]) == []
    # without the `(B)` above it, the `(C)` is a mark, and the finding stands
    lone = text.replace("-   (A)  ABU IYAD:  'TEXT.'\n\n-   (B)  KADDOUMI:  'THE PALESTINIANS MUST\n"
                        "REALIZE TEXT.'\n\n", "")
    assert [f.name for f in lint_text(lone, select=["banner-below-portion"])] == [
        "banner-below-portion"]


def test_a_cancelled_transmission_is_not_judged():
    # 09REYKJAVIK158 (cables/): `ZFR … CANCEL AND FILE MESSAGE WILL BE RESENT` in section 1, then
    # the (C) paragraphs of the text resent under the UNCLAS line
    text = """UNCLAS SECTION 01 OF 02 REYKJAVIK 000158

E.O. 12958: N/A
TAGS: PGOV PREL ECON UNGA NATO IC AF UK NL
SUBJECT: ICELANDIC FOREIGN MINISTER'S MEETING WITH CHARGE

ZFR ZFR ZFR ZFR ZFR ZFR ZFR ZFR ZFR ZFR
CANCEL AND FILE MESSAGE WILL BE RESENT
ZFR ZFR ZFR ZFR ZFR ZFR ZFR ZFR ZFR ZFR

¶6. (C) Skarphedinsson also spoke about defense issues Text.
"""
    assert lint_text(text, select=["banner-below-portion"]) == []
    resent = text.replace("ZFR ZFR ZFR ZFR ZFR ZFR ZFR ZFR ZFR ZFR\nCANCEL AND FILE MESSAGE WILL BE "
                          "RESENT\nZFR ZFR ZFR ZFR ZFR ZFR ZFR ZFR ZFR ZFR\n\n", "")
    assert [f.name for f in lint_text(resent, select=["banner-below-portion"])] == [
        "banner-below-portion"]


def test_portions_of_a_glued_telegram_answer_to_its_own_line():
    # 90KHARTOUM10657 (tests/data/cables): Khartoum's header, then Montevideo's routing,
    # classification line and (C) text; with Khartoum's line lowered to UNCLAS the (C)
    # portions are still under Montevideo's CONFIDENTIAL line
    from pathlib import Path
    text = (Path(__file__).parents[1] / "data" / "cables" / "90KHARTOUM10657.txt").read_text()
    lowered = text.replace("C O N F I D E N T I A L SECTION 01 OF 03 KHARTOUM",
                           "UNCLAS SECTION 01 OF 03 KHARTOUM")
    assert lowered != text
    assert lint_text(lowered, select=["banner-below-portion"]) == []
    # and when Montevideo's line is lowered too, the (C) portions are above it
    both = lowered.replace(",C O N F I D E N T I A L MONTEVIDEO", ",UNCLAS MONTEVIDEO")
    assert [f.name for f in lint_text(both, select=["banner-below-portion"])] == [
        "banner-below-portion"]


def test_unclassified_cable_with_classified_portion_is_the_leak_case(marking_cable, lint_rule):
    text = marking_cable(level="UNCLAS", eo="E.O. 12958: N/A", cb=None, paras=("1. (U) A.", "2. (C) B."))
    [f] = lint_rule(text, "banner-below-portion")
    assert f.line == text.split("\n").index("2. (C) B.") + 1 and "unclassified" in f.message


def test_subject_mark_counts_as_a_portion(marking_cable, lint_rule):
    text = marking_cable(paras=("1. (C) A.",)).replace("SUBJECT: TALKS", "SUBJECT: TALKS (S)")
    assert lint_rule(text, "banner-below-portion")


# 94BEIRUT5863 (era2/): a pun on the subject's first word, `(S)ELECTING`, under an entire-text
# notice; the paragraph text is shortened
_BEIRUT = """C O N F I D E N T I A L BEIRUT 05863

E.O. 12356: DECL:OADR
TAGS: PGOV, PINS, PREL, PHUM, KISL, KPRP, LE
SUBJECT:  (S)ELECTING A LEBANESE PRESIDENT IN 1995: A
CURTAIN-RAISER

1. CONFIDENTIAL - ENTIRE TEXT.

2. SUMMARY:  TEXT.
"""


def test_a_mark_glued_to_the_subject_s_first_word_is_no_mark():
    assert lint_text(_BEIRUT, select=["banner-below-portion"]) == []
    # the same subject with the mark standing apart is a mark, and above the banner
    apart = _BEIRUT.replace("(S)ELECTING", "(S) ELECTING")
    (f,) = lint_text(apart, select=["banner-below-portion"])
    assert "(S) in the subject" in f.message


# 10KABUL102 (cables/): an UNCLASSIFIED SBU cable whose ¶16 runs into garbled letters (line
# 272, `RHTQwsQfjQQQocuments`), then ¶6-7 of another post's cable, marked (C) (lines 262-299,
# paragraph texts shortened)
KABUL_SPLICED = """10KABUL102
Semi-annual Assessment for Badghis Province: July - December 2009
2010-01-12 10:10
UNCLASSIFIED//FOR OFFICIAL USE ONLY
Embassy Kabul

UNCLAS SECTION 01 OF 04 KABUL 000102

SENSITIVE
SIPDIS

E.O. 12958: N/A
TAGS: KDEM PGOV AF
SUBJECT: Semi-annual Assessment for Badghis Province: July -
December 2009

¶15. (SBU) Text.

¶16. (U) USAID's Local Government and Community Development (LGCD)
program began operations in the province in November. These programs will continue
well into this year, with a special emphasis on Muqor and Qades
RHTQwsQfjQQQocuments to al-Hol, and we have advocated for
them to be left alone pending another option like
resettlement, Dubini explained.

¶6. (C) Vice Foreign Minister Faisal al-Miqdad praised the
closure of al-Tanf camp in a January 9 meeting with Staffdel
Marcus (reftel).

¶7. (C) Miqdad stressed the SARG is not interested in another
wave of Palestinian refugees from Iraq.
"""


def test_a_text_spliced_in_after_garbled_letters_is_not_the_cables_portions():
    found = lint_text(KABUL_SPLICED, select=["banner-below-portion", "record-damaged"])
    assert [f.name for f in found] == ["record-damaged"]
    (f,) = found
    assert f.line == 22 and "another text is spliced into the cable at line 22" in f.message
    assert "paragraph 6 after paragraph 16" in f.message


def test_without_garbled_letters_the_classified_portions_are_reported():
    plain = KABUL_SPLICED.replace("RHTQwsQfjQQQocuments", "districts. Others asked")
    (f,) = lint_text(plain, select=["banner-below-portion"])
    assert f.line == 26 and "classified portion (C) in paragraph 6" in f.message
    # a compound name in mixed case is no garbled run (`PolMinCouns`, `RosUkrEnergo`)
    named = KABUL_SPLICED.replace("RHTQwsQfjQQQocuments", "PolMinCouns RosUkrEnergo")
    assert [f.name for f in lint_text(named, select=["banner-below-portion"])] == [
        "banner-below-portion"]


def test_a_splice_before_a_paragraph_that_continues_the_numbering_is_not_read():
    # the numbering goes on (¶17 after ¶16): no sign of another text
    on = KABUL_SPLICED.replace("¶6. (C) Vice", "¶17. (C) Vice").replace("¶7. (C) Miqdad", "¶18. (C) Miqdad")
    (f,) = lint_text(on, select=["banner-below-portion"])
    assert "paragraph 17" in f.message
