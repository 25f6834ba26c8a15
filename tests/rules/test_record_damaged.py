"""record-damaged (CL407): one warning per damaged record, at the first damage, with the other
damages as related places. (The record classes themselves: tests/test_record.py.)"""
from __future__ import annotations

from cablelint.api import lint_text as check_text

# 09CAIRO1639 (cables/): cancelled (`ZFR`), and the record stops after the E.O. line glued
# to the last ZFR line
CAIRO_CANCELLED = """\
UNCLAS CAIRO 001639 
 
SENSITIVE 
SIPDIS 
 
DEPT FOR AIAG (AMBASSADOR LOTFIS AND DAVID WINN), NEA/ELA 
 
ZFR --- ZFR --- ZFR --- ZFR --- ZFR --- ZFR 
 
 
Please cancel this message. Cable was sent in error. 
 
 
ZFR --- ZFR --- ZFR --- ZFR --- ZFR --- ZFR E.O. 12958: N/A TAGS: TBIO KFLU KSTH PGOV EG
"""


def test_two_damages_are_one_finding_with_a_related_place():
    found = [f for f in check_text(CAIRO_CANCELLED) if f.name == "record-damaged"]
    assert len(found) == 1
    f = found[0]
    assert (f.code, f.severity, f.line) == ("CL407", "warning", 8)
    assert "cancelled" in f.message and "stops after" in f.message
    assert [s.line for s in f.related] == [14]
    assert "stand down" in f.message


def test_a_whole_cable_gets_none():
    text = ("UNCLAS CAIRO 001639\n\nE.O. 12958: N/A\nTAGS: TBIO EG\nSUBJECT: BIRD FLU\n\n"
            "1. (SBU) Text.\n\nSCOBEY\n")
    assert not [f for f in check_text(text) if f.name == "record-damaged"]


def _damage(text: str) -> list:
    return [f for f in check_text(text) if f.name == "record-damaged"]


# 08HAVANA811 (cables/): the Classified By statement cut at `REA...`, the body once after it
# (paragraph text replaced): one copy with a cut line, not two copies
HAVANA_CUT_STATEMENT = """\
C O N F I D E N T I A L SECTION 01 OF 02 HAVANA 000811 
 
SIPDIS 
 
E.O. 12958: DECL: 10/15/2018 
TAGS: PHUM EAID PGOV KDEM CU
SUBJECT: PATIENCE IS A VIRTUE: THOUGHTS ON THE CATHOLIC 
CHURCH IN CUBA 
 
Classified By: COM JONATHAN FARRAR FOR REA...

1.  (C)  Text.

2.  (C)  Text.

FARRAR
"""


def test_a_cut_line_in_the_only_copy_is_not_two_copies():
    [f] = _damage(HAVANA_CUT_STATEMENT)
    assert "two copies" not in f.message
    assert "the Classified By statement is cut off at '...' (line 10)" in f.message
    assert f.line == 10


# 04RANGOON1504 (era2/): a SUBJECT that ends in the drafter's own `...` (body replaced)
RANGOON_SUBJECT_ELLIPSIS = """\
C O N F I D E N T I A L RANGOON 001504 
 
SIPDIS 
 
E.O. 12958: DECL: 11/23/2014 
TAGS: PGOV, PHUM, PREL, KDEM, BM
SUBJECT: BURMA PRISONER RELEASES: BEFORE YOU GET TOO 
EXCITED... 
 
Classified By: COM Carmen Martinez for Reasons 1.4 (B,D) 
 
1. (C) Text.

2. (C) Text.

MARTINEZ
"""


def test_a_subject_ending_in_an_ellipsis_is_not_damage():
    assert not _damage(RANGOON_SUBJECT_ELLIPSIS)


# 06SAOPAULO532 (cables/): E.O. and TAGS on one line, REF after it, no SUBJECT; unclassified
# (address lines and text replaced)
SAOPAULO_FLATTENED = """\
UNCLAS SECTION 01 OF 04 SAO PAULO 000532 
 
SIPDIS 
 
DEPARTMENT FOR DS/IP/WHA, DS/ICI/PII 

E.O. 12958: N/A TAGS: PGOV PHUM KCRM SOCI SNAR ASEC BR

REF: (A) Sao Paulo 526; 
(B) Sao Paulo 319; 

1. (SBU) Text.

2. (SBU) Text.
"""


def test_a_flattened_header_names_only_what_is_lost():
    [f] = _damage(SAOPAULO_FLATTENED)
    # only the E.O. line and TAGS share the line: the header is not said to be one line
    assert "the E.O. line and TAGS are run together on line 7, and no SUBJECT line follows it" \
        in f.message
    assert "REF" not in f.message and "Classified By" not in f.message and "lost" not in f.message


# 08TOKYO2993 (raw/): the classification line, captions, E.O. and TAGS on one line (text
# replaced)
TOKYO_ONE_LINE = """\
Cable dated:2008-10-27T08:20:00C O N F I D E N T I A L TOKYO 002993SIPDISE.O. 12958: \
DECL: 10/24/2018TAGS: PARM ENRG JA

Classified By: Ambassador J. Thomas Schieffer; reasons 1.4 (b) and (d)
1. (C) Text.
"""


def test_a_header_run_into_one_line_is_said_to_be_flattened():
    [f] = _damage(TOKYO_ONE_LINE)
    assert "the header is flattened into one line that ends at TAGS (line 1), and no SUBJECT " \
           "line follows it" in f.message


# 09TRIPOLI362 (cables/): the whole header, then a flattened copy of it where the Classified
# By statement would stand (text replaced)
TRIPOLI_FLAT_COPY = """\
C O N F I D E N T I A L TRIPOLI 000362

SIPDIS

E.O. 12958: DECL:  5/2/2019
TAGS: PREL PHUM PTER LY SU CD
SUBJECT: MUSA KUSA SEEKS COOPERATION ON AFRICA

TRIPOLI 000362 SIPDIS E.O. 12958: DECL: 5/2/2019 TAGS: PREL PHUM PTER LY SU CD

1.(C) Text.
"""


def test_a_flattened_copy_under_a_whole_header_is_said_to_be_a_copy():
    [f] = _damage(TRIPOLI_FLAT_COPY)
    assert "a flattened copy of the header that ends at TAGS (line 9) follows the header " \
           "(SUBJECT at line 7), and no Classified By statement follows it" in f.message
    assert "the header is flattened" not in f.message


# 09DJIBOUTI1425 (cables/): a SECRET cable whose header stops at TAGS, the body right after;
# no SUBJECT and no Classified By anywhere, the metadata title empty (text replaced)
DJIBOUTI_HEADER_CUT = """\
09DJIBOUTI1425

2009-12-27 12:12
SECRET
Embassy Djibouti
O 271200Z DEC 09
FM AMEMBASSY DJIBOUTI
TO RUEHC/SECSTATE WASHDC IMMEDIATE 1234

S E C R E T SECTION 01 OF 04 DJIBOUTI 001425 
 
SIPDIS 
STATE FOR AF, AF/E, AND AF/RSA 
 
E.O. 12958: DECL: 12/27/2019 
TAGS: PREL PTER MOPS SO DJ
 
1. (S) Text.

2. (S) Text.
"""


def test_a_header_that_stops_before_subject_is_damage_and_the_statement_is_not_missing():
    found = check_text(DJIBOUTI_HEADER_CUT)
    [f] = [f for f in found if f.name == "record-damaged"]
    assert "no SUBJECT line and no Classified By statement" in f.message
    assert "TAGS, line 16" in f.message
    assert "classified-by-missing" not in {f.name for f in found}
    # with its SUBJECT the header is whole, and the missing statement is the drafter's
    whole = DJIBOUTI_HEADER_CUT.replace("DJ\n", "DJ\nSUBJECT: TALKS\n")
    names = {f.name for f in check_text(whole)}
    assert "classified-by-missing" in names and "record-damaged" not in names


# 09CAIRO189 (cables/): a publication row of another cable (09CAIRO184) glued after the text
# (text replaced)
CAIRO_GLUED = """\
09CAIRO189
NUCLEAR NONPROLIFERATION TREATY (NPT) CONTACTS
2009-02-03 08:08
UNCLASSIFIED
Embassy Cairo
R 030808Z FEB 09
FM AMEMBASSY CAIRO
TO RUEHC/SECSTATE WASHDC 1234

UNCLAS CAIRO 000189 
 
SIPDIS 
 
E.O. 12958: N/A 
TAGS: AORC KNNP PARM EG
SUBJECT: NUCLEAR NONPROLIFERATION TREATY (NPT) CONTACTS

1. (U) Text.

189949 2/2/2009 14:15 09CAIRO184 Embassy Cairo UNCLASSIFIED 09STATE7606 VZCZCXRO0860
UNCLAS CAIRO 000184 SIPDIS E.O. 12958: N/A TAGS: AORC KNNP EG
"""


def test_another_cables_publication_row_glued_on_is_two_cables():
    [f] = _damage(CAIRO_GLUED)
    assert "another cable's record (09CAIRO184)" in f.message and f.line == 20


# 90KHARTOUM10657 (cables/): Khartoum's header cut at `...`, then Montevideo's telegram
# (`DE RUEHMN #0404/01`, `MONTEVIDEO 000404`) (address lines and text replaced)
KHARTOUM_MONTEVIDEO = """\
90KHARTOUM10657
GOS COUNCIL REPUTEDLY SUPPORTS DISMANTLING RELIEF, USE OF ...
1990-10-11 10:10
CONFIDENTIAL
Embassy Khartoum
P 111046Z OCT 90
FM AMEMBASSY KHARTOUM
TO SECSTATE WASHDC PRIORITY 6949

C O N F I D E N T I A L SECTION 01 OF 03 KHARTOUM 10657 
 
E.O. 12356:  DECL:OADR 
TAGS: PGOV PINR PINS MARR EAID PHUM PREL EG IZ SU
SUBJECT:  GOS COUNCIL REPUTEDLY SUPPORTS DISMANTLING 
RELIEF, USE OF ...

PP RUEHWEB

DE RUEHMN #0404/01 1971651
ZNY CCCCC ZZH

C O N F I D E N T I A L SECTION 01 OF 02 MONTEVIDEO 000404 
 
E.O. 12958: DECL: 07/15/2019 
TAGS: PREL PHUM UY

1. (C) Text.

3. (SBU) Text.
"""


def test_a_second_telegram_after_the_header_is_two_cables():
    found = check_text(KHARTOUM_MONTEVIDEO)
    [f] = [f for f in found if f.name == "record-damaged"]
    assert "another telegram" in f.message and "serial 404" in f.message and f.line == 19
    assert "lou-sbu-era" not in {f.name for f in found}


# 05DUBAI181 (era2/): a received telegram: the post's distribution block under its own
# classification line, then the telegram's (routing shortened, text replaced)
DUBAI_RECEIVED = """\
UNCLAS        DUBAI 00181
SIPDIS
CXABU:
    ACTION: ECON
    INFO:   AMB DCM POL P/M
DISSEMINATION: ECON
CHARGE: PROG
VZCZCADO441
PP RUEHAD
DE RUEHDE #0181 0121349
ZNR UUUUU ZZH
P 121349Z JAN 05
FM AMCONSUL DUBAI
TO RUEHC/SECSTATE WASHDC PRIORITY 0887
UNCLAS DUBAI 000181 
SIPDIS 

E.O. 12958: N/A
TAGS: ELAB PHUM AE
SUBJECT: LABOR

1. Text.

HEMINGWAY
"""

# 09STATE127892 (cables/): a repeat telegram quoting the cable it repeats (text replaced)
STATE_REPEAT = """\
S E C R E T STATE 127892

NOFORN

FOLLOWING STATE 127892 DATED 150910Z DEC 09 SENT ACTION RIGA,
TALLINN, VILNIUS IS BEING REPEATED FOR YOUR ACTION.
QUOTE:

S E C R E T STATE 127892

SIPDIS
NOFORN

E.O. 12958: DECL: 12/14/2034
TAGS: PREL MARR NATO
SUBJECT: DEMARCHE

Classified By: EUR A/S Philip H. Gordon, reasons 1.4 (b) and (d)

1. (S/NF) Text.

CLINTON
"""


def test_a_classification_line_over_one_text_twice_is_not_two_copies():
    assert not _damage(DUBAI_RECEIVED)
    assert not _damage(STATE_REPEAT)
    # the first copy's header fields before the line again: a second copy
    two = DUBAI_RECEIVED.replace("CXABU:", "E.O. 12958: N/A\nTAGS: ELAB AE\nSUBJECT: LABOR...\nCXABU:")
    assert "two copies" in _damage(two)[0].message


# 09MADRID673 (raw/): the publisher's remnant cut at `...` after the signature (text replaced)
MADRID_AFTER_SIGNATURE = """\
UNCLAS MADRID 000673 

E.O. 12958: N/A
TAGS: PREL SP
SUBJECT: DHS VISIT

1. (U) Text.

11. (SBU) The DHS delegation has cleared this cable.
CHACON ...
"""


def test_a_cut_after_the_signature_loses_nothing():
    assert not _damage(MADRID_AFTER_SIGNATURE)
    cut = MADRID_AFTER_SIGNATURE.replace("cleared this cable.\nCHACON ...", "cleared th...")
    assert "cut off" in _damage(cut)[0].message


# 09BRASILIA1320 (cables/): the last paragraph re-flowed onto one line with the signature, then
# the CSV field's closing quote and debris cut at `...` (text shortened)
BRASILIA_CSV_DEBRIS = """\
C O N F I D E N T I A L BRASILIA 001320

E.O. 12958: DECL: 11/16/2019
TAGS: PREL PARM KNNP BR
SUBJECT: AMB. SUSAN BURK MEETS WITH BRAZILIANS

1. (C) Text.

19. (U) The conference concluded with a keynote address by Amb. Burk. The positive and \
encouraging message she delivered was well-received. KUBISKE" D'...
"""


def test_csv_debris_after_the_signature_is_not_a_cut():
    assert not _damage(BRASILIA_CSV_DEBRIS)
    # the same debris after a sentence cut short, with no signature, is a cut
    cut = BRASILIA_CSV_DEBRIS.replace('was well-received. KUBISKE" D\'...', 'was well-re" D\'...')
    assert "cut off" in _damage(cut)[0].message


# 07TRIPOLI979 (cables/) line 61: the last paragraph runs on past `End comment. STEVENS` into
# the publisher's database row (count, date, number, TAGS codes), the title and an abstract
# that ends in `...` (paragraph and abstract text shortened)
TRIPOLI_ABSTRACT = """\
UNCLAS SECTION 01 OF 03 TRIPOLI 000979

SIPDIS

E.O. 12958: N/A
TAGS: ECON EINV EPET ENRG LY
SUBJECT: LIBYAN MARKET TESTS INTERNATIONAL OIL AND GAS COMPANIES

1. (SBU) Text.

9.(SBU) Comment: Libya's oil and gas sector is in many respects the bellwether for the rest of \
its emerging economy. End comment. STEVENS 0 11/21/2007 11229 ECON,EINV,EPET,ENRG,LY LIBYAN \
MARKET TESTS INTERNATIONAL OIL AND GAS COMPANIES Although an alluring market for the oil and \
gas industry, Libya is an exceptionally difficult place in which to operate. The situation is \
likely to worsen in coming years, even at the expense of the nation's lifeblood...
"""


def test_an_abstract_cut_at_dots_after_the_signed_end_is_not_a_cut():
    assert not _damage(TRIPOLI_ABSTRACT)
    # the row after a sentence cut short: the cable's own text was cut
    cut = TRIPOLI_ABSTRACT.replace("emerging economy. End comment. STEVENS 0", "emerging econ 0")
    assert "cut off" in _damage(cut)[0].message
    # no database row: the abstract's `...` is the cable's own cut
    bare = TRIPOLI_ABSTRACT.replace(" 0 11/21/2007 11229 ECON,EINV,EPET,ENRG,LY", " Although")
    assert "cut off" in _damage(bare)[0].message


# 06THEHAGUE2515 (cables/): a line cut at `...` and then given whole; 09ROME1144: a page header
# cut at `...` (text replaced)
HAGUE_SAID_AGAIN = """\
UNCLAS THE HAGUE 002515 

SENSITIVE 

E.O. 12958:  N/A 
TAGS: SCUL SOCI KPAO NL
SUBJECT: EMBASSY HOSTS DUTCH-U.S. MUSLIM DIALOGUE 

THIS MESS...

THIS MESSAGE IS SENSITIVE BUT UNCLASSIFIED. 
PLEASE HANDLE ACCORDINGLY. 

1. (U) Text.
"""

ROME_PAGE_HEADER = """\
C O N F I D E N T I A L SECTION 01 OF 03 ROME 001144 

E.O. 12958: DECL: 10/07/2019 
TAGS: PGOV PREL IT
SUBJECT: ITALY: CONSTITUTIONAL COURT 
 
ROME 00001144  001.2 OF 00...
 
Classified By: CDA Elizabeth L. Dibble for reasons 1.4 (b) and (d). 

1. (C) Text.
"""


def test_a_cut_line_given_whole_after_or_a_cut_page_header_loses_nothing():
    assert not _damage(HAGUE_SAID_AGAIN)
    assert not _damage(ROME_PAGE_HEADER)
    # cut and not given again, with every marking element whole: nothing to report (08ROME681)
    lost = HAGUE_SAID_AGAIN.replace("THIS MESSAGE IS SENSITIVE BUT UNCLASSIFIED. \n", "")
    assert not _damage(lost)
    # the same cut before the E.O. and TAGS lines, which are lost with it (09ROME878)
    lost = lost.replace("E.O. 12958:  N/A \nTAGS: SCUL SOCI KPAO NL\n", "")
    lost = lost.replace("THIS MESS...", "").replace("UNCLAS THE HAGUE 002515 \n",
                                                     "UNCLAS THE HAGUE 002515 \nTHIS MESS...\n")
    assert "no E.O. or TAGS line" in _damage(lost)[0].message


# 06SANJOSE1848 (raw/): a whole cable whose body is one unnumbered sentence
SANJOSE_ONE_SENTENCE = """\
C O N F I D E N T I A L SAN JOSE 001848 

SIPDIS 

E.O. 12958: DECL: 08/14/2016 
TAGS: PREL CS
SUBJECT: NOMINATIONS 

REF: SECSTATE 135332 

Classified By: CDA Russell Frisbie for reasons 1.4 (b) and (d) 

Post has no nominations. 
FRISBIE
"""


def test_a_one_sentence_body_is_a_body():
    assert not _damage(SANJOSE_ONE_SENTENCE)
    assert "with no body" in _damage(SANJOSE_ONE_SENTENCE.replace("Post has no nominations. \n",
                                                                  ""))[0].message


# 08ALGIERS1328 (cables/): ZFR lines between backslashes; 09CAIRO1759: the notice run on to
# SUBJECT and a page header (text replaced)
ALGIERS_CANCELLED = """\
C O N F I D E N T I A L ALGIERS 001328 

E.O. 12958: DECL: 12/12/2018 
TAGS: PREL AG
SUBJECT: TALKS

\\\\\\\\ZFR IMI ZFR\\\\\\\\\\\\ 

PLEASE CANCEL - DUPLICATE OF ALGIERS 1327 

1. (C) Text.
"""

CAIRO_CANCELLED_GLUED = """\
C O N F I D E N T I A L SECTION 01 OF 03 CAIRO 001759 

E.O. 12958: DECL: 09/06/2019 
TAGS: PREL SU SO EG
SUBJECT: TALKS CAIRO 00001759 001.2 OF 003 ///////// ZFR ///////////// CABLE CANCELED -WILL BE RESENT UNDER NEW NUMBERS
6.(C) Text.
"""


def test_cancellations_in_other_forms_are_read():
    for text in (ALGIERS_CANCELLED, CAIRO_CANCELLED_GLUED):
        [f] = _damage(text)
        assert "the telegram was cancelled" in f.message


# 73TEHRAN2077 (cables/): a 1973 Tehran header cut at `...`, then the publisher's row of
# 06THEHAGUE131 with that cable's classification line and its (C) paragraphs (text replaced)
TEHRAN_JOINED = """\
73TEHRAN2077
AUDIENCE WITH SHAH APRIL 5 ...
1973-04-02 08:08
SECRET
Embassy Tehran
P 020834Z APR 73
FM AMEMBASSY TEHRAN
TO SECSTATE WASHDC PRIORITY 1692

S E C R E T TEHRAN 2077

E. O. 11652: GDS
TAGS: PFOR IR PK XF
SUBJECT: AUDIENCE WITH SHAH APRIL 5
 ...


50133  2006-01-19  06THEHAGUE131  Embassy The Hague  CONFIDENTIAL    C O N F I D E N T I A L \
THE HAGUE 000131   SIPDIS   SIPDIS

TAGS: PFOR IR PK XF

SUBJECT: NETHERLANDS/ISAF: PARLIAMENTARY TRIP CANCELED

Classified By: Charge D'Affaires Chat Blakeman,  reasons 1.4 (b,d)

1. (C) Text.

2. (C) Text.
"""


def test_a_row_of_another_cable_under_an_old_header_is_a_joined_record():
    found = check_text(TEHRAN_JOINED)
    [f] = [f for f in found if f.name == "record-damaged"]
    assert "another cable's record (06THEHAGUE131) is joined to this one (73TEHRAN2077)" \
        in f.message
    # the (C) portions are the other cable's: no level finding against the SECRET line
    assert not [f for f in found if f.name in ("banner-above-portions", "classification-mismatch")]


# 09VILNIUS84 (cables/): a CONFIDENTIAL Vilnius header over a State demarche that tasks Embassy
# Sanaa, its portions (S) and (S//NF) (paragraph text replaced but the tasking sentence's start)
VILNIUS_JOINED = """\
C O N F I D E N T I A L VILNIUS 000084

SIPDIS

E.O. 12958: DECL: 02/10/2019
TAGS: MARR MOPS PREL LH
SUBJECT: AMBASSADOR AND DEFENSE MINISTER PLAN FOR SECRETARY
GATES MEETING

Classified By: Senior Adviser Stephen Mull for REASONS 1.4 (B), (C) and (D).

1. (U) Text.

2. (S) Text.

3. (S//NF) Text.

4. (S/REL ROYG) Action Request: Embassy Sanaa is requested to approach ROYG.
"""


def test_a_text_tasking_another_post_above_the_header_level_is_a_joined_record():
    found = check_text(VILNIUS_JOINED)
    [f] = [f for f in found if f.name == "record-damaged"]
    assert "tasks another post at line 18" in f.message and "Sanaa" not in f.message
    assert not [f for f in found if f.name in ("banner-below-portion", "noforn-rollup")]


def test_a_post_tasking_another_post_within_its_level_is_not_joined():
    # the same tasking under a SECRET line: the portions fit the header, nothing is joined
    text = VILNIUS_JOINED.replace("C O N F I D E N T I A L VILNIUS", "S E C R E T VILNIUS")
    text = text.replace("3. (S//NF) Text.", "3. (S) Text.")
    assert not _damage(text)


# 04ISTANBUL194 (era2/): a whole cable whose body is unnumbered lines after the REF line, signed
ISTANBUL_UNNUMBERED = """\
UNCLAS ISTANBUL 000194 

E.O.12958:N/A 
TAGS: ENRG, APER, Istanbul 
SUBJECT: ENERGY REPORTING OFFICER INFORMATION 


REF: STATE 9446 


Following information on post's energy reporting 
officer is provided in accordance with reftel: 


Name:  Smith, Stuart M. 
Fax: (90212)335-9118 
ARNETT
"""


def test_an_unnumbered_body_after_the_ref_line_is_a_body():
    assert not _damage(ISTANBUL_UNNUMBERED)
    no_body = ISTANBUL_UNNUMBERED.split("\n\n\nFollowing")[0] + "\n\n\nARNETT\n"
    assert "stops after REF" in _damage(no_body)[0].message



# 03THEHAGUE1865 (cables/) lines 8-49: a preview cut at `...`, the publisher's row, then the
# whole cable again (body text replaced)
HAGUE_COPIES = """\
C O N F I D E N T I A L SECTION 01 OF 02 THE HAGUE 001865 
 
SIPDIS 
 
OSD FOR DASD IAN BRZEZINSKI 
 
E.O. 12958: DECL: 07/14/2013 
TAGS: ECON EFIN ETRD IZ NL PREL NATO
SUBJECT: A/S JONES VISIT TO THE HAGUE:  MIDDLE EAST AND 
TRANSATLANTIC IS...




9608

2003-07-23

03THEHAGUE1865

Embassy The Hague

CONFIDENTIAL



C O N F I D E N T I A L SECTION 01 OF 02 THE HAGUE 001865 

SIPDIS 

OSD FOR DASD IAN BRZEZINSKI 

E.O. 12958: DECL: 07/14/2013 
TAGS: ECON EFIN ETRD IZ NL PREL NATO
SUBJECT: A/S JONES VISIT TO THE HAGUE: MIDDLE EAST AND 
TRANSATLANTIC ISSUES 


Classified By: CLASSIFIED BY CHARGE D'AFFAIRES DANNY R. RUSSEL FOR REAS 
ONS 1.5 (B AND D) 

(C) 1. Text.
"""

# 00TASHKENT4223 (cables/) lines 15-25: the header cut at `...`, then a second copy run into
# one lower-case line (body text replaced)
TASHKENT_COPY_CUT = """\
C O N F I D E N T I A L SECTION 01 OF 03 TASHKENT 004223 
 
E.O. 12958: DECL: 11/02/10 
TAGS: PREL PTER RU AF UZ
SUBJECT:  KARIMOV URGES CLOSER COOPERATION WITH U.S., COMMITS TO 
FRANK AIRING OF DIFFERENCES 
 
CLASSIFIED BY AMB JOHN E. HERBST,...

C o n f i d e n t i a l section 01 of 03 tashkent 004223 e.o. 12958: decl: 11/02/10 tags: prel, pter
\xb61. (c) summary: Text.
\xb62. (c) Text.
"""


def _damaged(text: str):
    (f,) = [f for f in check_text(text) if f.name == "record-damaged"]
    return f


def test_stand_down_is_said_only_where_the_absence_rules_stand_down(mexico_over_islamabad):
    # two whole copies: the absence rules run on the text, so the message does not say they
    # stand down
    f = _damaged(HAGUE_COPIES)
    assert f.message == ("damaged record: the record holds two copies of the cable (a preview "
                         "cut at '...' at line 10, then the classification line again at line "
                         "27); the rules read both, and a redaction must cover both")
    # another telegram's routing header over a whole cable (10MEXICO614): the same
    f = _damaged(mexico_over_islamabad)
    assert "routing header" in f.message and "stand down" not in f.message
    # the later copy a re-flowed remnant: the cable's text is not all there
    f = _damaged(TASHKENT_COPY_CUT)
    assert "two copies of the cable" in f.message
    assert f.message.endswith("; rules that would report what the record lacks stand down")



# 02VATICAN1176 (era2/): a corrected copy (`C O R R E C T E D COPY`), then the original
# telegram's page 1 and 2 again after its routing lines (the routing and distribution lines
# between the copies left out, `[…]`); paragraphs marked alike in both copies
VATICAN_GIVEN_TWICE = """\
C O N F I D E N T I A L VATICAN 001176 
 
SIPDIS 
 
C O R R E C T E D COPY (SIGNATURE LINE CHANGE) 
 
DEPT FOR EUR/WE (D.MENUTTI) 
 
E.O. 12958: DECL: 03/05/2012 
TAGS: IS, IT, PREL, SP, IT, PREL, SP, VT, VTIS 
SUBJECT: ANDORRA TO OPEN EMBASSY TO THE VATICAN 
 
 
CLASSIFIED BY: AMBASSADOR JIM NICHOLSON FOR REASONS 1.5 (A) AND (D), 
 
1.(C) ANDORRAN FOREIGN MINISTER JOLI MINOVES INVITED DCM TO 
LUNCH FRIDAY, MARCH 1. MINOVES SAID EARLIER THAT DAY HE HAD 
MET WITH BOTH VATICAN FOREIGN MINISTER TAURAN AND PRIME 
MINISTER SODANO.  MINOVES SAID THAT THE ONLY OUTSTANDING 
BILATERAL ISSUE, THE SUCCESSION OF THE ARCHBISHOP OF URGELL 
AND THUS THE CO-PRINCE OF ANDORRA, WAS RESOLVED WITH THE 
                       CONFIDENTIAL 
 
PAGE 02        VATICA  01176  061554Z 
APPOINTMENT OF BISHOP VIVES SICILIA AS COADJUTOR WITH RIGHT 
OF SUCCESSION. 
 
2.(C) MINOVES VOLUNTEERED THAT ANDORRA PLANNED TO OPEN AN 
EMBASSY TO THE VATICAN (AND CO-LOCATE IT WITH ONE TO ROME) 
WITHIN THE NEXT YEAR.  THIS WILL BE ANDORRA'S EIGHTH (AND 
NINTH) OVERSEAS EMBASSY.   NICHOLSON 
 
                       CONFIDENTIAL 
 
PAGE 01        VATICA  01176  061428Z 
TAGS: IS, IT, PREL, SP, VT 
SUBJECT: ANDORRA TO OPEN EMBASSY TO THE VATICAN 
 
CLASSIFIED BY: AMBASSADOR JIM NICHOLSON FOR REASONS 1.5 (A) AND (D), 
 
1.(C) ANDORRAN FOREIGN MINISTER JOLI MINOVES INVITED DCM TO 
LUNCH FRIDAY, MARCH 1. MINOVES SAID EARLIER THAT DAY HE HAD 
MET WITH BOTH VATICAN FOREIGN MINISTER TAURAN AND PRIME 
MINISTER SODANO.  MINOVES SAID THAT THE ONLY OUTSTANDING 
BILATERAL ISSUE, THE SUCCESSION OF THE ARCHBISHOP OF URGELL 
AND THUS THE CO-PRINCE OF ANDORRA, WAS RESOLVED WITH THE 
APPOINTMENT OF BISHOP VIVES SICILIA AS COADJUTOR WITH RIGHT 
OF SUCCESSION. 
 
                       CONFIDENTIAL 
 
PAGE 02        VATICA  01176  061428Z 
2.(C) MINOVES VOLUNTEERED THAT ANDORRA PLANNED TO OPEN AN 
EMBASSY TO THE VATICAN (AND CO-LOCATE IT WITH ONE TO ROME) 
WITHIN THE NEXT YEAR.  THIS WILL BE ANDORRA'S EIGHTH (AND 
NINTH) OVERSEAS EMBASSY.   NICHOLSON 
"""


def _last_replaced(text: str, old: str, new: str) -> str:
    """`text` with its last `old` replaced (in the later copy)."""
    head, sep, tail = text.rpartition(old)
    assert sep, old
    return head + new + tail


def test_paragraphs_given_twice_and_marked_alike_are_one_damage():
    [f] = _damage(VATICAN_GIVEN_TWICE)
    assert f.line == 41
    assert f.message == ("damaged record: the record holds paragraphs 1 and 2 twice (again from "
                         "line 41); a redaction must cover each copy")
    # the text is all there: the rules that report an absence keep running
    assert "stand down" not in f.message


def test_a_quoted_text_that_numbers_again_is_not_a_copy():
    # the same paragraphs after `BEGIN TEXT:`: a cable giving a text whole, numbered its own way
    quoted = _last_replaced(VATICAN_GIVEN_TWICE, "CLASSIFIED BY: AMBASSADOR JIM NICHOLSON FOR "
                            "REASONS 1.5 (A) AND (D), \n \n1.(C)", "BEGIN TEXT: \n \n1.(C)")
    assert not _damage(quoted)


def test_copies_whose_marks_differ_are_not_said_to_be_marked_alike():
    # the later ¶2 marked (S): not one text given twice, whatever its words
    assert not _damage(_last_replaced(VATICAN_GIVEN_TWICE, "2.(C)", "2.(S)"))


def test_a_paragraph_of_the_number_with_other_words_means_no_copy():
    # 10CAIRO209's shape: sections each numbered from 1, the same boilerplate in ¶1 of each,
    # other words in ¶2
    assert not _damage(_last_replaced(VATICAN_GIVEN_TWICE, "PLANNED TO OPEN AN",
                                      "HAD NO PLANS FOR AN"))


# 06LIMA748 (cables/): the publisher's preview of the header and ¶1, cut at `...`, then the
# record lines and the full telegram (routing lines left out, `[…]`; the body after ¶2's
# first lines left out)
LIMA_PREVIEW = """\
UNCLAS LIMA 000748 
 
SIPDIS 
 
SENSITIVE 
SIPDIS 
 
E.O. 12958: N/A 
TAGS: PGOV KJUS PE
SUBJECT: MONTESINOS LEGAL REQUEST FOR EMBASSY FILES 
 
Sensitive but Unclassified.  Please handle accordingly. 
 
¶1. (U) This is an action request. Please se...

id: 54459
date: 2/27/2006 13:14
refid: 06LIMA748
origin: Embassy Lima
classification: UNCLASSIFIED//FOR OFFICIAL USE ONLY
destination: 
header:
VZCZCXYZ0001

----------------- header ends ----------------

UNCLAS LIMA 000748 

SIPDIS 

SENSITIVE 
SIPDIS 

E.O. 12958: N/A 
TAGS: PGOV KJUS PE
SUBJECT: MONTESINOS LEGAL REQUEST FOR EMBASSY FILES 

Sensitive but Unclassified.  Please handle accordingly. 

¶1. (U) This is an action request. Please see para 5. 

¶2. (U) SUMMARY:  Post has received a four-inch thick legal 
assistance request from the lawyer representing Vladimiro 
"""


def test_a_preview_cut_in_the_first_paragraph_then_the_full_text_is_one_damage():
    [f] = _damage(LIMA_PREVIEW)
    assert f.line == 40
    assert f.message == ("damaged record: the record holds paragraph 1 twice (a preview cut at "
                         "'...' at line 14, then again from line 40); a redaction must cover "
                         "each copy")


def test_one_short_paragraph_given_twice_without_a_cut_is_not_a_copy():
    # without the cut, one short paragraph of the same words twice says too little
    whole = LIMA_PREVIEW.replace("Please se...", "Please see para 5.")
    assert not _damage(whole)


# 08MANAMA306 (cables/): the publisher's database row runs on after ¶5 into another copy of
# ¶2 (re-flowed, one paragraph a line; the lines cut after their first words, `[…]`)
MANAMA_ROW_THEN_COPY = """\
C O N F I D E N T I A L MANAMA 000306 

SIPDIS 

E.O. 12958: DECL: 05/15/2018 
TAGS: ENRG EPET PREL IR BA
SUBJECT: OIL MINISTER ON NUCLEAR ENERGY AND NATURAL GAS 

Classified By: CDA Christopher Henzel for reasons 1.4(b) and (d).

1.(C) Summary. Bahrain is in the early stages of mapping out a nuclear energy strategy for the longer term, according to a key minister.

2.(C) Minister of Oil and Gas Affairs Dr. Abdul Hussein Ali Mirza told CDA May 7 that the Bahraini government is selecting the membership of an inter-ministerial committee that will convene this summer to deliberate over the GOB's nuclear energy policy.

3.(C) Mirza said that while Bahraini officials wished to explore the feasibility of developing nuclear energy, there had so far been "no decision on the part of the Government to build a nuclear reactor in Bahrain."

0 05/15/2008 3797 ENRG,EPET,PREL,IR,BA OIL MINISTER ON NUCLEAR ENERGY AND NATURAL GAS Bahrain is in the early stages of mapping out a nuclear energy strategy for the longer term
2.(C) Minister of Oil and Gas Affairs Dr. Abdul Hussein Ali Mirza told CDA May 7 that the Bahraini government is selecting the membership of an inter-ministerial committee that will convene this summer to deliberate over the GOB's nuclear energy policy.
"""


def test_one_long_paragraph_given_again_after_a_database_row_is_a_copy():
    [f] = _damage(MANAMA_ROW_THEN_COPY)
    assert f.line == 18
    assert f.message == ("damaged record: the record holds paragraph 2 twice (again from line "
                         "18); a redaction must cover each copy")


# 10CAIRO209 (cables/): a questionnaire answered section by section, each numbered from 1;
# ¶1 and ¶3 of Section III repeat Section II's first lines, ¶2 does not (the answers after
# ¶3's first lines and ¶4-13 left out, `[…]`)
CAIRO_SECTIONS = """\
UNCLAS CAIRO 000209 
 
SIPDIS 
 
E.O. 12958: N/A 
TAGS: ELAB ECON PGOV PHUM KTIP
SUBJECT: INFORMATION ON CHILD LABOR AND FORCED LABOR FOR DOL 
CONGRESSIONAL REPORTING REQUIREMENTS 
 
Section II: Commercial Sexual Exploitation of Children 
 
¶1. (U) Egypt's Ministry of Interior, in coordination with the MSFP 
and Public Prosecutor,  enforce laws and regulations prohibiting 
child trafficking - including commercial sexual exploitation. 
 
¶2. (U) Official data on agency funding levels regarding the 
commercial sexual exploitation of children is not available. 
 
¶3. (U) There is not a designated hotline to combat commercial 
sexual exploitation of children, but the MSFP hotline has received 
complaints regarding "summer marriages," which have resulted in 
 
Section III: Use of Children in Illicit Activities 
 
 
¶1. (U) Egypt's Ministry of Interior, in coordination with the MSFP 
and Public Prosecutor,  enforce laws and regulations prohibiting 
child trafficking - including commercial sexual exploitation. 
 
¶2. (U) Official data on agency funding levels regarding the use of 
children in illicit activities is not available. 
 
¶3. (U) There is not a designated hotline to combat commercial 
sexual exploitation of children, but the MSFP hotline has received 
complaints regarding "summer marriages (short-term marriages of 
"""


def test_sections_each_numbered_from_1_with_the_same_boilerplate_are_not_copies():
    assert not _damage(CAIRO_SECTIONS)
    # (with ¶2 of Section III as Section II's, all three come again: that is a copy)
    copied = CAIRO_SECTIONS.replace("regarding the use of \nchildren in illicit activities",
                                    "regarding the \ncommercial sexual exploitation of children")
    [f] = _damage(copied)
    assert "paragraphs 1-3 twice (again from line 26)" in f.message


# 09MOSCOW1108 (cables/): Moscow's metadata and routing over Shenyang's text, whose
# classification line lost its form in the copy (`CSE C R E T`), so the grammar reads it as
# header text; its post and serial still name another cable than the reference id
MOSCOW_OVER_SHENYANG = """\
09MOSCOW1108
WAITING AND WATCHING: NORTH KOREA AFTER CURRENCY
2009-04-29 13:01
CONFIDENTIAL
Embassy Moscow
O 291330Z APR 09
FM AMEMBASSY MOSCOW
TO RUEHC/SECSTATE WASHDC IMMEDIATE 3084

CSE C R E T SECTION 01 OF 02 SHENYANG 000004 

NOFORN 

SIPDIS 

E.O. 12958: DECL: TEN YEARS AFTER KOREAN UNIFICATION 
TAGS: PREL RU UNSC KNNP KN
SUBJECT: WAITING AND WATCHING: NORTH KOREA AFTER CURRENCY 

REF: 09 SHENYANG 167 

Classified By: Consul General Stephen B. Wickman. For 
Reasons 1.4 (b) and (d) 

\u00b61. (S/NF) SUMMARY: Text.

\u00b62. (S/NF) Text.
"""


def test_a_damaged_classification_line_naming_another_cable_is_a_joined_record():
    found = check_text(MOSCOW_OVER_SHENYANG)
    damaged = [f for f in found if f.name == "record-damaged"]
    assert [(f.line, f.severity) for f in damaged] == [(10, "warning")]
    assert "names another cable" in damaged[0].message and "serial 4)" in damaged[0].message
    # its consequence, Shenyang's (S/NF) under Moscow's CONFIDENTIAL metadata, is not reported
    assert not [f for f in found if f.name == "banner-below-portion"]


def test_a_damaged_classification_line_of_the_same_cable_is_no_joined_record():
    text = MOSCOW_OVER_SHENYANG.replace("SHENYANG 000004", "MOSCOW 001108")
    assert not [f for f in check_text(text) if f.name == "record-damaged"]


# 08USNATO281 (cables/) lines 24-43: a preview cut at `U...` in its REF block, then the
# publisher's re-flowed copy: the header up to TAGS on the classification line, SUBJECT, REF
# and the statement on one line, the paragraphs run together on one line (text replaced)
USNATO_REFLOWED_WHOLE = """\
S E C R E T USNATO 000281 
 
NOFORN 
SIPDIS 
 
E.O. 12958: DECL: 08/08/2018 
TAGS: PREL MARR NATO MOPS PINR GG RS
SUBJECT: NATO ALLIES LACK COHESION DURING FIRST MEETING ON 
GEORGIA CRISIS 
 
REF: A. STATE 85678 
     \xb6B. USNATO 279 
     \xb6C. U...

S E C R E T USNATO 000281 NOFORN SIPDIS E.O. 12958: DECL: 08/08/2018 TAGS: PREL MARR NATO MOPS PINR GG RS

SUBJECT: NATO ALLIES LACK COHESION DURING FIRST MEETING ON GEORGIA CRISIS REF: A. STATE 85678 B. USNATO 279 C. USNATO 278 Classified By: Acting DCM Walter S. Reid III for reasons 1.4 (b) and (d) 

\xb61. (C) SUMMARY: Text. 2. (C) Text. 3. (C) Text. WEINROD
"""

# 07MOSCOW3012 (cables/) lines 11-29: the preview cut at `Classifie...`, then a re-flowed copy
# that goes from TAGS straight to its paragraphs: SUBJECT and the statement were dropped
MOSCOW_REFLOWED_LOST_STATEMENT = """\
C O N F I D E N T I A L SECTION 01 OF 02 MOSCOW 003012 
 
SIPDIS 
 
E.O. 12958: DECL: 06/20/2017 
TAGS: PGOV KDEM PHUM PINR RS
SUBJECT: AMBASSADOR'S INTRODUCTORY MEETING WITH CENTRAL 
ELECTION COMMISSION CHAIRMAN CHUROV 
 
 
Classifie...

C O N F I D E N T I A L SECTION 01 OF 02 MOSCOW 003012 SIPDIS SIPDIS E.O. 12958: DECL: 06/20/2017 TAGS: PGOV KDEM PHUM PINR RS
Summary
\xb61. (C) Text.
\xb62. (C) Text.
"""


def test_a_whole_later_copy_is_read_and_its_faults_reported():
    # the re-flowed copy gives E.O. (glued to its classification line), SUBJECT, the statement
    # and the paragraphs: nothing is lost, and a fault of the cable (a SECRET cable whose
    # portions are all (C)) is reported, not stood down
    found = check_text(USNATO_REFLOWED_WHOLE)
    (f,) = [f for f in found if f.name == "record-damaged"]
    assert f.message == ("damaged record: the record holds two copies of the cable (a preview "
                         "cut at '...' at line 13, then the classification line again at line "
                         "15); the rules read both, and a redaction must cover both")
    assert [f.line for f in found if f.name == "banner-above-portions"] == [1]


def test_what_neither_copy_holds_is_named_and_not_reported_missing():
    found = check_text(MOSCOW_REFLOWED_LOST_STATEMENT)
    (f,) = [f for f in found if f.name == "record-damaged"]
    assert f.message == ("damaged record: the record holds two copies of the cable (a preview "
                         "cut at '...' at line 11, then the classification line again at line "
                         "13), and neither copy holds "
                         "the Classified By statement whole; rules that would report what the "
                         "record lacks stand down")
    assert not [f for f in found if f.name == "classified-by-missing"]
    # the same copies with the statement in the re-flowed one: nothing lost
    whole = MOSCOW_REFLOWED_LOST_STATEMENT.replace(
        "Summary\n", "Classified By: Ambassador William J. Burns, reasons 1.4 (b) and (d)\n")
    f = _damaged(whole)
    assert "stand down" not in f.message and "neither copy" not in f.message


def test_a_first_copy_that_reached_its_paragraphs_shows_the_statement_was_never_there():
    # 07MOSCOW3399 (cables/): the preview runs SUBJECT straight into ¶1, cut at `n...`; the
    # re-flowed copy has neither: the cable lacks the statement, and that is reported
    text = MOSCOW_REFLOWED_LOST_STATEMENT.replace(
        " \n \nClassifie...\n", " \n\xb61. (C) Summary: Other Russia's second annual conference was \nn...\n")
    found = check_text(text)
    assert not [f for f in found if f.name == "record-damaged" and "stand down" in f.message]
    assert [f.line for f in found if f.name == "classified-by-missing"] == [1]


# 08TALLINN279 (cables/) lines 18-31: the preview cut at `Classified by: ...`, then a re-flowed
# copy that is one header line and nothing else
TALLINN_COPY_ONE_LINE = """\
C O N F I D E N T I A L SECTION 01 OF 02 TALLINN 000279 
 
SIPDIS 
 
FOR EUR/NB MIGUEL RODRIGUEZ 
 
E.O. 12958:  DECL: 08/12/2018 
TAGS: PREL PGOV RS GG AM EN
SUBJECT: TFGGO1: ESTONIA SUPPORTS STRONG NAC STATEMENT 
 
Classified by: ...

C O N F I D E N T I A L SECTION 01 OF 02 TALLINN 000279 SIPDIS FOR EUR/NB MIGUEL RODRIGUEZ E.O. 12958: DECL: 08/12/2018 TAGS: PREL PGOV RS GG AM EN
"""

# 10BERLIN138 (cables/) lines 40-54: the later copy's paragraphs are marked but not numbered
BERLIN_UNNUMBERED_COPY = """\
C O N F I D E N T I A L SECTION 01 OF 02 BERLIN 000138 
 
E.O. 12958: DECL: 01/29/2020 
TAGS: PREL MARR MOPS NATO GM AF
SUBJECT: MAXIMIZING GERMANY'S CONTRIBUTION TO THE TRAINING 
OF AFGHAN NATIONAL SECURITY FORCES 
 
Classified By: AMBASSADOR PHILIP D. MURPHY. REASONS: 1.4 (B) AND (D). 
 
Dear Madam Secretary, 
 
------ 
C O N F I D E N T I A L SECTION 01 OF 02 BERLIN 000138
SIPDIS FOR SECRETARY CLINTON
E.O. 12958: DECL: 01/29/2020

TAGS: PREL MARR MOPS NATO GM AF

SUBJECT: MAXIMIZING GERMANY'S CONTRIBUTION TO THE TRAINING OF AFGHAN NATIONAL SECURITY FORCES
Classified By: AMBASSADOR PHILIP D. MURPHY. REASONS: 1.4 (B) AND (D).

Dear Madam Secretary,
(SBU) Text.
(C) Text.
"""


def test_a_later_copy_that_is_one_header_line_is_said_once():
    # the copy's clause does not also say the later copy holds no paragraph: the record
    # stopping after that line says it
    f = _damaged(TALLINN_COPY_ONE_LINE)
    assert f.message == ("damaged record: the record holds two copies of the cable (a preview "
                         "cut at '...' at line 11, then the classification line again at line "
                         "13); the record stops after the classification line (line 13) with no "
                         "body; rules that would report what the record lacks stand down")


def test_a_later_copy_of_marked_unnumbered_paragraphs_is_whole():
    f = _damaged(BERLIN_UNNUMBERED_COPY)
    assert f.message.endswith("; the rules read both, and a redaction must cover both")
    # the same copy with its text unmarked: it is said to hold no paragraph the rules can
    # judge, and they stand down
    unmarked = "I have just returned from a five-day trip to northern\nAfghanistan and Kabul.\n"
    f = _damaged(BERLIN_UNNUMBERED_COPY.replace("(SBU) Text.\n(C) Text.\n", unmarked))
    assert ", and the later copy holds no marked or numbered paragraph; rules that would " \
           "report what the record lacks stand down" in f.message


# 03VATICAN700 (era2/) lines 8-32 and 120-148 (the letter's text left out): a corrected copy
# that removed the paragraph marks, then the telegram it corrects, whose ¶2 is marked (C)
VATICAN_CORRECTED_THEN_ORIGINAL = """\
UNCLAS VATICAN 000700 
 
SIPDIS 
 
C O R R E C T E D  C O P Y (REMOVED PARA MARKING) 
 
DEPT FOR EUR/WE (MENNUTI), NEA 
 
E.O. 12958: N/A 
TAGS: OPDC, PREL, PREL, VT, VTOPDC 
SUBJECT: JOINT LETTER TO PRESIDENT BUSH FROM PRESIDENT OF 
THE PONTIFICAL COUNCIL FOR INTER-RELIGIOUS DIALOGUE AND 
PRESIDENT OF ISLAMIC FORUM FOR DIALOGUE 
 
 
1. PLEASE DELIVER THE FOLLOWING MESSAGE TO PRESIDENT BUSH 
FROM ARCHBISHOP MICHAEL L. FITZGERALD. 
 
2. BEGIN TEXT: 
 
                           UNCLASSIFIED     PTO0665 
 
PAGE 01        VATICA  00700  210646Z 
O 210557Z FEB 03 
FM AMEMBASSY VATICAN 
TO SECSTATE WASHDC IMMEDIATE 
 
UNCLAS VATICAN 000700 
 
SIPDIS 
 
DEPT FOR EUR/WE (MENNUTI), NEA 
 
E.O. 12958: N/A 
TAGS: OPDC, PREL, VT 
SUBJECT: JOINT LETTER TO PRESIDENT BUSH FROM PRESIDENT OF 
THE PONTIFICAL COUNCIL FOR INTER-RELIGIOUS DIALOGUE AND 
PRESIDENT OF ISLAMIC FORUM FOR DIALOGUE 
 
1. (U) PLEASE DELIVER THE FOLLOWING MESSAGE TO PRESIDENT BUSH 
FROM ARCHBISHOP MICHAEL L. FITZGERALD. 
 
2. (C) BEGIN TEXT: 
"""


def test_the_telegram_a_corrected_copy_corrects_is_not_read_for_its_marks():
    found = check_text(VATICAN_CORRECTED_THEN_ORIGINAL)
    (f,) = [f for f in found if f.name == "record-damaged"]
    assert f.line == 5 and f.message == (
        "damaged record: the record holds the corrected copy (line 5) and then the telegram it "
        "corrects (the classification line again at line 28): the corrected copy's marks are "
        "read, and a redaction must cover both")
    assert not [f for f in found if f.name == "banner-below-portion"]
    # without the corrected copy's notice the two texts are one telegram's: its (C) is reported
    plain = VATICAN_CORRECTED_THEN_ORIGINAL.replace(
        "C O R R E C T E D  C O P Y (REMOVED PARA MARKING)", "")
    assert [f.line for f in check_text(plain) if f.name == "banner-below-portion"] == [43]


# 08LIMA480 (cables/) lines 1-8, 22-31 and 35-37 (routing, REF and text shortened): the E.O.
# line and TAGS run together, no SUBJECT after them, and the publisher's title line empty
LIMA_NO_SUBJECT = """\
08LIMA480

2008-03-17 22:10
SECRET//NOFORN
Embassy Lima
P 172240Z MAR 08
FM AMEMBASSY LIMA
TO RUEHC/SECSTATE WASHDC PRIORITY 8226

S E C R E T LIMA 000480      

SIPDIS      

NOFORN   
SIPDIS      

E.O. 12958:DECL: 03/18/2018   TAGS: PGOV PREL PINR PE

Classified By: POL/C ALEXIS LUDWIG FOR REASONS 1.4 (B)      

\xb61. (C) Text.
"""


def test_an_empty_title_is_named_as_the_sign_that_the_copy_lost_subject():
    f = _damaged(LIMA_NO_SUBJECT)
    assert ("the E.O. line and TAGS are run together on line 17, and no SUBJECT line follows "
            "it (the record's title, which the publisher takes from SUBJECT, is empty too)"
            in f.message)
    # a title in the record lines: the message does not claim it is empty
    titled = LIMA_NO_SUBJECT.replace("08LIMA480\n\n", "08LIMA480\nPERU: TALKS\n", 1)
    assert "title" not in _damaged(titled).message
