"""CL103 portion-unmarked on older cables: every form of the entire-text notice, and the order
of the day. Notice lines copied from real cables (the id beside each)."""
from __future__ import annotations

import pytest

from cablelint.api import lint_text


def _old_cable(notice: str, *, date: str = "1988-08-23 12:07", eo_line="E.O. 12356: DECL: OADR",
               level: str = "C O N F I D E N T I A L", dtg: str = "R 231207Z AUG 88") -> str:
    return f"""88BAGHDAD4587
TALKS
{date}
CONFIDENTIAL
Embassy Baghdad
{dtg}
FM AMEMBASSY BAGHDAD
TO SECSTATE WASHDC 0001

{level} BAGHDAD 04587

{eo_line}
TAGS: PREL IZ
SUBJECT: TALKS

{notice}

2. THE IRAQIS GO TO GENEVA.

3. THEY HAVE CONCEDED.
"""


@pytest.mark.parametrize("notice,source", [
    ("1.  CONFIDENTIAL - ENTIRE TEXT.", "era2, many posts"),
    ("1. C-ENTIRE TEXT.", "89MOSCOW15118"),
    ("1.  C - ENTIRE TEXT.", "88JERUSALEM3168 (S there)"),
    ("1.  (CONFIDENTIAL - ENTIRE TEXT.)", "87ALEXANDRIA292"),
    ("1. (CONFIDENTIAL - ENTIRE TEXT).", "issue 13 item 5"),
    ("1.  CONFIDENTIAL ENTIRE TEXT.", "91USNATO1505"),
    ("1.  C O N F I D E N T I A L- ENTIRE TEXT.", "88TUNIS11598"),
    ("1. CONFIDENTIAL ENTIRE TEST.", "88BAGHDAD4587"),
    ("1.  CONFIDENTLAL -- ENTIRE TEXT.", "94HAVANA3027"),
    ("1. (C) ENTIRE TEXT.", "issue 13 item 5"),
])
def test_every_form_of_the_entire_text_notice_covers_the_text(notice, source):
    assert not lint_text(_old_cable(notice), select=["portion-unmarked"]), source


def test_the_notice_reads_its_level_and_caveat():
    from cablelint import api
    cable = api.parse(_old_cable("1.  (SECRET/NOFORN - ENTIRE TEXT)", level="S E C R E T"))
    assert cable.portions[0].entire_text.short() == "(S//NF)"  # 86BEIRUT6632


def test_a_paragraph_about_an_entire_text_is_no_notice():
    found = lint_text(_old_cable("1. THE ENTIRE TEXT OF THE LETTER FOLLOWS."),
                      select=["portion-unmarked"])
    assert [(f.line, [s.line for s in f.related]) for f in found] == [(16, [18, 20])]


def test_before_eo_12065_unmarked_paragraphs_are_not_judged():
    # 1978 cables carried no portion marks: E.O. 11652's directive asked them only where
    # practicable
    text = _old_cable("1. THE MINISTER CALLED.", date="1978-06-01 10:00",
                      eo_line="E.O. 11652: GDS", dtg="R 011000Z JUN 78")
    assert not lint_text(text, select=["portion-unmarked"])


def test_under_eo_12356_unmarked_paragraphs_are_reported():
    # 89KADUNA1532: no notice, no marks
    found = lint_text(_old_cable("1.  SUMMARY:  DURING A WEEK-LONG TRIP."),
                      select=["portion-unmarked"])
    assert len(found) == 1 and {f.severity for f in found} == {"error"}
    assert "3 paragraphs" in found[0].message and len(found[0].related) == 2


# ---- one fault, one finding; redactions; repeated numbers (issue 13 items 5 and 6) ----------

# 08LONDON2242 (cables/): a CONFIDENTIAL country-clearance cable whose paragraphs carry no mark
_LONDON = """C O N F I D E N T I A L LONDON 002242 

SIPDIS E.O. 12958: DECL: 09/02/2018 TAGS: OTRA UK

 SUBJECT: UK COUNTRY CLEARANCE IS GRANTED TO NATIONAL DRUG CONTROL POLICY DIRECTOR

Classified By: JIM MCDONALD, Reason: 1.4 (d)

¶1. Embassy London is pleased to grant country clearance.

¶3. Confirmed reservations are held for Walters and staff.

¶4. Hotel Check-In: Please note that the check-in time at all London hotels is 1400.

¶5. Changes/Cancellation of Reservations: Any changes MUST be made 48 hours in advance.
"""


def test_unmarked_paragraphs_of_one_cable_are_one_finding_with_their_places():
    found = lint_text(_LONDON, select=["portion-unmarked"])
    assert len(found) == 1
    f = found[0]
    assert f.line == 9 and [s.line for s in f.related] == [11, 13, 15]
    assert f.message.startswith("4 paragraphs have no portion mark in a CONFIDENTIAL cable")
    assert f.message.endswith("paragraphs 1, 3, 4, 5")


# 08CAIRO2027 (cables/): paragraphs that are nothing but the publisher's redaction
_CAIRO_REDACTED = """C O N F I D E N T I A L SECTION 01 OF 03 CAIRO 002027

E.O. 12958: DECL: 08/07/2018
TAGS: PGOV KCOR EG
SUBJECT: TALKS

Classified By: DCM Stuart Jones for reason 1.4 (d).

¶5. (U) While other recent criminal cases and investigations went on.

¶6. XXXXXXXXXXXX. XXXXXXXXXXXX

¶7. XXXXXXXXXXXX
"""

# 09TRIPOLI208 (cables/): a paragraph that opens with a redaction and goes on with text
_TRIPOLI_REDACTED_START = """S E C R E T TRIPOLI 000208

E.O. 12958: DECL: 03/10/2019
TAGS: PGOV PREL LY
SUBJECT: TALKS

Classified By: CDA Joan A. Polaschik, reasons 1.4 (b) and (d).

¶4. (S/NF) Text.

¶5. XXXXXXXXXXXX have told us that Aisha played a strong role in urging a hardline position.
"""


def test_a_redaction_only_paragraph_is_not_judged():
    assert lint_text(_CAIRO_REDACTED, select=["portion-unmarked"]) == []


def test_a_paragraph_opening_with_a_redaction_is_not_judged():
    # interim review: the redaction often swallows the mark (09RABAT607, 10BEIJING105)
    assert lint_text(_TRIPOLI_REDACTED_START, select=["portion-unmarked"]) == []
    # an unmarked paragraph beside it is still reported
    text = _TRIPOLI_REDACTED_START + "\n¶6. The talks went on.\n"
    found = lint_text(text, select=["portion-unmarked"])
    assert [(f.line, f.message.split(" has")[0]) for f in found] == [(13, "paragraph 6")]


# 95KHARTOUM4189 (era2/): the drafter typed 5. twice; the marks of ¶4 and the first ¶5 are
# added here (the cable itself carries none) to show that the repeat does not hide the second
_KHARTOUM_REPEATED = """C O N F I D E N T I A L KHARTOUM 004189

E.O. 12958: DECL: 10/05/2005
TAGS: PGOV PREL SU
SUBJECT: TALKS

Classified By: Ambassador Timothy Carney, reason 1.5 (d).

4.  (C) COMMENT: COL. MARTIN HAS MAINTAINED EXCELLENT CONTACTS.

5.  (C) SINCE THE WHOLESALE LEADERSHIP CHANGES IN THE SECURITY SERVICES.

5.  WE CANNOT, OF COURSE, BE CERTAIN WHAT PROMPTED BASHIR TO ACT.
"""

# 04CARACAS3432 (era2/): a date number wrapped to a line start inside ¶3 is no paragraph
_CARACAS_WRAPPED = """C O N F I D E N T I A L CARACAS 003432

E.O. 12958: DECL: 11/03/2014
TAGS: PGOV VE
SUBJECT: TALKS

Classified By: Ambassador William Brownfield, reasons 1.4 (b) and (d).

3. (C) Miranda State Governor Enrique Mendoza conceded his defeat November
3.  Mendoza's aides told poloff November 2 their own tabulation.
"""


def test_a_repeated_number_does_not_hide_an_unmarked_paragraph():
    found = lint_text(_KHARTOUM_REPEATED, select=["portion-unmarked"])
    assert [(f.line, f.message.split(" has")[0]) for f in found] == [(13, "paragraph 5")]
    assert lint_text(_CARACAS_WRAPPED, select=["portion-unmarked"]) == []


# -- a paragraph the text shows marked, redacted or not a paragraph at all --------------------

_RULE = "portion-unmarked"


def test_a_mark_written_wrong_or_cut_is_not_missing(lint_short):
    # 05PARIS7195 (cables/) `(4)`; 04GABORONE2017 (era2/) `(C>`; 03SANAA1675 (era2/) `(SN/F)`;
    # 09KYIV1991 (cables/) a preview cut at `(C...`
    # 09LIMA1191 (cables/) a preview cut at `¶1. ...`
    for head in ("¶3. (4) Text.", "1. (C>  SUMMARY:  Text.", "2. (SN/F) Turning to Text.",
                 "¶1.  (C...", "¶1. ..."):
        assert lint_short(_RULE, f"¶2. (C) Text.\n\n{head}\n") == [], head


def test_a_lowercase_or_bracketed_redaction_is_redaction_only(lint_short):
    # 09STATE4134 (cables/) `¶6. xxxxxxxxxxxx`; 08RPODUBAI49 (cables/) `¶7. [DETAILS REMOVED]`
    assert lint_short(_RULE, "¶5. (C) Text.\n\n¶6. xxxxxxxxxxxx\n\n¶7. (C) Text.\n") == []
    assert lint_short(_RULE, "¶6. (C) Text.\n\n¶7. [DETAILS REMOVED]\n\n¶8. (C) Text.\n") == []
    # 09RABAT607 (cables/): a redaction right after the number took the mark with the name
    assert lint_short(_RULE, "¶3. (C) Text.\n\n¶4.  XXXXXXXXXXXXX, confirmed the accusations.\n"
                             "\n¶5. (C) Text.\n") == []


def test_a_redaction_only_paragraph_before_the_next_heading_is_redaction_only(lint_short):
    # 09BERLIN1108 (cables/) l.84-98: `¶3. xxxxxxxxxxxx`, a blank line, the heading of ¶4, and
    # `¶7. xxxxxxxxxxxx` before the heading `Comment`
    body = ("¶2. (C) Text.\n\n¶3. xxxxxxxxxxxx\n\nMod: jung's initial approach was wrong\n\n"
            "¶4. xxxxxxxxxxxx\n\n¶7. xxxxxxxxxxxx\n\nComment\n\n¶8. (C) With only three weeks.\n")
    assert lint_short(_RULE, body) == []


def test_a_redaction_only_paragraph_before_the_posts_closing_footer_is_redaction_only(lint_short):
    # 07LONDON3175 (cables/) l.184-190: `¶7. xxxxxxxxxxxx`, a blank line, the embassy's footer
    # `Visit London's Classified Website:`, its address and the signature `tuttle`
    body = ("¶6. (C) Text.\n\nBiographical Background\n------------------------\n"
            "¶7. xxxxxxxxxxxx\n\nVisit London's Classified Website:\n"
            "http://www.state.sgov.gov/p/eur/london/index. cfm\ntuttle\n")
    assert lint_short(_RULE, body) == []
    # a sentence between the redaction and the footer is still the paragraph's: it needs its mark
    said = body.replace("xxxxxxxxxxxx\n", "xxxxxxxxxxxx said the ministry had erred.\n")
    assert [f.line for f in lint_short(_RULE, said)] == [13]


def test_a_redaction_followed_by_text_still_needs_its_mark(lint_short):
    # issue 13 item 5: only a paragraph that is nothing but a redaction is exempt; sentences
    # after it (not a heading: they end with a full stop or run on) are the paragraph's
    for rest in ("He said the ministry had erred.", "Mod: jung's initial approach was wrong\n"
                 "and the minister said so in the Bundestag today, which"):
        body = f"¶2. (C) Text.\n\n¶3. xxxxxxxxxxxx\n\n{rest}\n\n¶4. (C) Text.\n"
        found = lint_short(_RULE, body)
        assert [f.line for f in found] == [11], rest


def test_a_date_wrapped_to_a_line_start_is_not_a_paragraph(lint_short):
    # 04ACCRA317 (era2/): `… on February` / `4.  …`; 09BERLIN1271 (raw/): `October` / `5.`
    body = ("3. (C) The minister met the Ambassador on February\n4. During the meeting he "
            "said Text.\n\n5. (C) Text.\n")
    assert lint_short(_RULE, body) == []
    body = ("¶2. (C) The talks are set for October\n¶5. and will go on Text.\n\n¶3. (C) Text.\n")
    assert lint_short(_RULE, body) == []


def test_a_heading_whose_mark_follows_on_its_own_line_is_marked(lint_short):
    # 07USNATO115 (cables/): `¶2. Afghanistan` / `-----` / `(C) The SYG …`
    body = ("¶1. (C) Text.\n\n¶2. Afghanistan\n--------------\n(C) The SYG expressed Text.\n\n"
            "¶3. (C) Text.\n")
    assert lint_short(_RULE, body) == []


def test_an_unmarked_paragraph_is_still_caught(lint_short):
    # 07USNATO115 (cables/): ¶11 and ¶12 after headings, no marks
    body = ("¶10. (SBU) There was no substantive discussion.\n\nNATO Cooperation with UN and EU\n"
            "-------------------------------\n¶11. UK PermRep Eldon urged NATO Text.\n\n"
            "IBAN Annual Activities Report for 2005\n--------------------------------------\n"
            "¶12. The IBAN report to Council Text.\n")
    found = lint_short(_RULE, body)
    assert [f.message for f in found] == [
        "2 paragraphs have no portion mark in a CONFIDENTIAL cable (classification line): "
        "paragraphs 11, 12"]


def test_an_entire_text_notice_in_another_form_covers_the_cable(lint_short):
    # 92USUNNEWYORK5825 (era2/) `1.  CONFIDENTIAL: ENTIRE TEXT`; 94STATE328961 (era2/)
    # `1.  CONFIDENTIAL NOFORN - ENTIRE TEXT.`
    for notice in ("1.  CONFIDENTIAL: ENTIRE TEXT", "1.  CONFIDENTIAL NOFORN - ENTIRE TEXT."):
        assert lint_short(_RULE, f"{notice}\n\n2.  THE UN WOULD LIKE TO CONSULT.\n") == [], notice


def test_a_mark_behind_a_stray_character_a_second_number_or_a_note_is_there(lint_short):
    # 01VATICAN5095 (era2/) `1.Q(U)`; 04KINSHASA1291 (era2/) `3. (SBU (Unclas unless otherwise
    # indicated))`; 08STATE86603 (cables/) `¶13. (TF/Embassy Tbilisi telcon) 13. (SBU)`
    for head in ("1.Q(U) REFTEL OUTLINES Text.", "3. (SBU (Unclas unless otherwise indicated)) Text.",
                 "¶13. (TF/Embassy Tbilisi telcon) 13. (SBU) UNHCR will Text."):
        assert lint_short(_RULE, f"¶2. (C) Text.\n\n{head}\n") == [], head


def test_an_end_of_summary_line_is_no_portion(lint_short):
    # 08LONDON2185 (cables/): `¶4. End Summary.` after the marked summary
    assert lint_short(_RULE, "¶2. (C) Summary. Text.\n\n¶4. End Summary.\n\n¶5. (C) Text.\n") == []


def test_portion_unmarked_ignores_quoted_numbering_inside_a_marked_paragraph(marking_cable, lint_rule):
    text = marking_cable(paras=("1. (C) Begin text of the letter:", "1. The first point.", "2. The second.",
                        "2. (C) Comment."))
    assert not lint_rule(text, "portion-unmarked")
    text = marking_cable(paras=("1. (C) A.", "2. B."))
    assert len(lint_rule(text, "portion-unmarked")) == 1


def test_a_number_that_ends_a_wrapped_sentence_across_a_blank_line_is_not_a_paragraph(lint_short):
    # 09STATE67207 (cables/): the copy set the wrapped ends of ¶1 and ¶3 apart as `¶4.` and `¶5.`
    body = ("¶1. (U) This is an action request. All addressees please see paragraphs 3 and\n\n"
            "¶4. (For information on previous action requests Text.\n\n"
            "¶2. (SBU) SUMMARY: Text.\n\n"
            "¶3. (SBU) ACTION REQUEST: Text in addition to those provided in paragraph\n\n"
            "¶5. Embassy Canberra should indicate Text.\n\n"
            "¶4. (U) Embassies should report Text.\n")
    assert lint_short(_RULE, body) == []
    # a heading or a sentence without its period before the blank line does not run on
    # (89STATE406844, era2/: `END TEXT OF RESOLUTION` / `` / `4. A BRIEF SUMMARY …`)
    for end in ("END TEXT OF RESOLUTION", "Text of the action request"):
        found = lint_short(_RULE, body.replace("please see paragraphs 3 and", end))
        assert [f.message for f in found] == [
            "paragraph 4 has no portion mark in a CONFIDENTIAL cable (classification line)"], end


def test_a_mark_left_in_part_after_the_number_is_not_missing(lint_short):
    # 09TRIPOLI134 (cables/): `¶8. )  At a February 10 mass "welcome home" ceremony …`
    body = "¶7. (C) Text.\n\n¶8. )  At a February 10 mass ceremony Text.\n\n¶9. (C) Text.\n"
    assert lint_short(_RULE, body) == []


def test_a_mark_alone_on_the_line_above_the_number_is_misplaced_not_missing(lint_short):
    # 07PARAMARIBO510 (cables/): a heading, its rule, `(SBU)` alone, then `¶4. Issue 1: …`
    body = ("¶3. (C) Text.\n\nIssue 1: Strengthen the Partnership\n-----------------------\n\n"
            "(SBU)\n\n¶4. Issue 1: Despite biases to the contrary, Text.\n")
    assert lint_short(_RULE, body) == []
    # still reported without the mark above
    found = lint_short(_RULE, body.replace("(SBU)\n\n", ""))
    assert [f.line for f in found] == [14]


def test_the_end_of_a_wrapped_reason_list_is_no_mark_above(lint_short):
    # 04DUBLIN1450 (era2/): the reason list of the Classified By line wraps to `and (D)`; a
    # letter on its own line there ends that list, it does not mark paragraph 1
    body = "reasons 1.4 (b) and\n(C)\n\n1.  On September 28, Post delivered Text.\n\n2. (C) Text.\n"
    found = lint_short(_RULE, body)
    assert [f.message for f in found] == [
        "paragraph 1 has no portion mark in a CONFIDENTIAL cable (classification line)"]


@pytest.mark.parametrize("line,source", [
    # renumbered to follow ¶2 (a number out of sequence would be set aside for that alone)
    ("¶3. MINIMIZE CONSIDERED ", "09ROME755 (cables/) ¶11"),
    ("¶3. MINIMIZED CONSIDERED", "10LONDON450 (cables/) ¶4"),
    ("3.  MINIMIZE CONSIDERED. ", "03SANAA154 (era2/) 11."),
    ("3.  Minimized Considered. ", "04BRUSSELS1151 (era2/) 9."),
    ("3. BAGHDAD MINIMIZE CONSIDERED. ", "05PRAGUE64 (era2/) 6."),
])
def test_the_administrative_minimize_line_is_no_portion(line, source, lint_short):
    body = f"¶1. (C) Text.\n\n¶2. (C) Text.\n\n{line}\n\nDIBBLE\n"
    assert lint_short(_RULE, body) == [], source
    # the same place with text is an unmarked portion (the test can fail)
    assert len(lint_short(_RULE, body.replace("MINIMIZ", "Text MINIMIZ").replace(
        "Minimiz", "Text Minimiz"))) == 1, source


def test_a_paragraph_about_minimize_is_still_a_portion(lint_short):
    # the notation alone is administrative; a sentence that goes on is the text's
    body = "¶1. (C) Text.\n\n¶2. Minimize considered, the visit will go ahead Text.\n"
    assert len(lint_short(_RULE, body)) == 1


# -- a mark opening the first line below a lead-in paragraph (closing review, seed 27763) ------

@pytest.mark.parametrize("lead,mark_line,source", [
    ("5. BEGIN TALKING POINTS/NONPAPER: ", "(S - REL CHINA) ", "03STATE115323 (era2/) l.77-79"),
    ("5. Violent Protests: ", "(U) Various opposition street protests broke out on the ",
     "04CARACAS552 (era2/) l.89-91"),
])
def test_a_mark_below_a_lead_in_marks_its_paragraph(lead, mark_line, source, lint_short, parse_short):
    body = (f"4. (C) ACTION REQUEST: REQUEST POST IMMEDIATELY CONVEY THE \nPOINTS IN PARAGRAPH 5. \n"
            f"\n{lead}\n \n{mark_line}\n\n-- IN THE SPIRIT OF OUR NONPROLIFERATION COOPERATION. \n"
            f"\n6. (U) MINIMIZE CONSIDERED.\n")
    assert lint_short(_RULE, body) == [], source
    from cablelint.elements import MarkPosition
    portions = parse_short(body).portions
    para = [p for p in portions if p.number == 5][0]
    assert para.marking is not None and para.mark.text == mark_line[:mark_line.index(")") + 1]
    assert para.mark_position == MarkPosition.BELOW_LEAD_IN
    assert para.mark_span.line == para.span.line + 2 and para.span.end_line > para.mark_span.line
    # the mark is the paragraph's, not a portion of its own
    assert [p.kind for p in portions].count("portion") == 0


def test_a_paragraph_that_is_a_sentence_does_not_take_the_mark_below(lint_short):
    # a paragraph of its own, then an unnumbered marked portion: the paragraph is unmarked
    body = "4. (C) Text.\n\n5. The minister agreed to the proposal.\n\n(C) Text.\n"
    assert [f.line for f in lint_short(_RULE, body)] == [11]


def test_a_mark_alone_above_the_next_number_stays_that_paragraphs(parse_short):
    # `(SBU)` / `¶4. Issue 1: …` (07PARAMARIBO510): the mark belongs below, not to the heading
    cable = parse_short("1. (C) Text.\n\n2. Issues:\n\n(SBU)\n3. Text.\n")
    assert [(p.number, p.marking is not None) for p in cable.portions] == [
        (1, True), (2, False), (3, False)]


def test_a_mark_without_parentheses_inside_a_lead_in_marks_its_paragraph(lint_short, parse_short):
    # 08STATE83144 (cables/) l.44-50: `¶5. BEGIN NON-PAPER S//REL CHINA:` then unmarked bullets;
    # the mark is there, misplaced and without parentheses (portion-mark-position's question)
    body = ("¶4. (S) Text.\n\n-----------------------\nBACKGROUND AND NONPAPER\n"
            "-----------------------\n\n¶5. BEGIN NON-PAPER S//REL CHINA: \n\n"
            "-- Iran has failed to suspend its uranium enrichment. \n\n¶6. (U) Text.\n")
    assert lint_short(_RULE, body) == []
    from cablelint.elements import MarkPosition
    para = [p for p in parse_short(body).portions if p.number == 5][0]
    assert para.mark.text == "S//REL CHINA" and para.marking.rel_to == ("CHINA",)
    assert para.mark_position == MarkPosition.AFTER_HEADING and para.mark_span.column == 21
    assert lint_short("portion-mark-position", body)[0].column == 21
    # a lead-in that names a marking in its words, or a sentence with a slash, is no mark
    for text in ("¶5. BEGIN TEXT OF S/RES/1737: ", "¶5. The C/NF paragraphs follow. "):
        other = body.replace("¶5. BEGIN NON-PAPER S//REL CHINA: ", text)
        assert [f.line for f in lint_short(_RULE, other)] == [15], text


# 03ZAGREB2259 (era2/): the record holds page 1 twice, ¶1-2 unmarked in the first copy (lines
# 25, 45) and marked (C) in the second (lines 117, 137), after the page header `ZAGREB 00002259
# 001.2 OF 003` (lines copied, paragraph texts cut after their first lines)
ZAGREB_TWICE = """03ZAGREB2259
CROATIA'S PARLIAMENT DISSOLVES - WHAT NEXT? ELECTION PRIMER CHAPTER III
2003-10-20 14:33
CONFIDENTIAL
Embassy Zagreb

C O N F I D E N T I A L SECTION 01 OF 03 ZAGREB 002259

SIPDIS

E.O. 12958: DECL: 10/20/2013
TAGS: PGOV, PHUM, HR, Political Parties/Elections
SUBJECT: CROATIA'S PARLIAMENT DISSOLVES - WHAT NEXT?
ELECTION PRIMER CHAPTER III

CLASSIFIED BY: POLOFF A.F.GODFREY FOR REASONS 1.5 (B,D)

    1.  SUMMARY:  THE CROATIAN PARLIAMENT DISSOLVED ON OCTOBER
17, THE FIRST FORMAL STEP IN A SERIES OF EVENTS WHICH WILL
LEAD TO ELECTIONS ON NOVEMBER 23.

2.  AFTER A FRENZY OF PASSING LAST-MINUTE LEGISLATION
FOLLOWED BY A SERIES OF FORMAL SPEECHES OF FOND RECOLLECTION.

3.  (U) NOW THAT PRESIDENT MESIC HAS OFFICIALLY FIRED THE
STARTING GUN, THE REST OF CROATIA'S ELECTORAL SCHEDULE IS SET.

ZAGREB 00002259  001.2 OF 003

A.F.GODFREY FOR REASONS 1.5 (B,D)

1. (C) SUMMARY:  THE CROATIAN PARLIAMENT DISSOLVED ON OCTOBER
17, THE FIRST FORMAL STEP IN A SERIES OF EVENTS WHICH WILL
LEAD TO ELECTIONS ON NOVEMBER 23.

2. (C) AFTER A FRENZY OF PASSING LAST-MINUTE LEGISLATION
FOLLOWED BY A SERIES OF FORMAL SPEECHES OF FOND RECOLLECTION.

3.  (U) NOW THAT PRESIDENT MESIC HAS OFFICIALLY FIRED THE
STARTING GUN, THE REST OF CROATIA'S ELECTORAL SCHEDULE IS SET.

4.  (C) CROATIA'S ELECTORAL LAW WAS CRITICIZED BY THE OSCE'S
OFFICE FOR DEMOCRATIC INSTITUTIONS AND HUMAN RIGHTS (ODIHR).
"""


def test_a_page_given_twice_is_read_in_its_marked_copy():
    found = lint_text(ZAGREB_TWICE, select=["portion-unmarked", "record-damaged"])
    assert [f.name for f in found] == ["record-damaged"]
    (f,) = found
    assert f.line == 32 and "twice (again from line 32)" in f.message
    assert "paragraphs 1, 2 carry portion marks in one copy and none in the other" in f.message


def test_a_second_text_with_other_openings_leaves_the_unmarked_paragraphs_reported():
    # the later ¶1-2 open with other words: not the same page, so the first ¶1-2 are unmarked
    other = ZAGREB_TWICE.replace("1. (C) SUMMARY:  THE CROATIAN", "1. (C) COMMENT:  A CROATIAN") \
        .replace("2. (C) AFTER A FRENZY", "2. (C) BEFORE THE FRENZY")
    (f,) = lint_text(other, select=["portion-unmarked"])
    assert f.line == 18 and f.message.startswith("2 paragraphs have no portion mark")


# 98ISLAMABAD6509 (era2/) lines 30-50, the body cut short: ¶2's `(C) DA` of `(C) DANGERS` lost
# to a transmission error's `Q`, as `DIFFQHAD` in its ¶5
ISLAMABAD_GARBLED = """\
C O N F I D E N T I A L ISLAMABAD 006509 
 
E.O. 12958:  DECL:  8/29/03 
TAGS:  PGOV, PREL, MOPS, PK 
SUBJECT:  PAKISTAN:  A CONVERSATION WITH BENAZIR BHUTTO 
 
(U) CLASSIFIED BY JOHN R. SCHMIDT, POLITICAL COUNSELOR. 
REASON 1.5(D). 
 
1.   (C)  SUMMARY:  WITH HER RIVAL NAWAZ SHARIF IN DEEP POLITICAL 
TROUBLE.  END SUMMARY 
 
2.   QNGERS FROM THE RELIGIOUS RIGHT.  ALTHOUGH NO 
FRIEND OF NAWAZ SHARIF, BENAZIR EXPRESSED DEEP CONCERN. 
 
3.   (C)  TEXT. 
"""


def test_a_paragraph_whose_first_word_was_garbled_is_not_blamed():
    assert not [f for f in lint_text(ISLAMABAD_GARBLED) if f.name == "portion-unmarked"]
    # a name in capitals that the cable gives again is no garble: the paragraph is unmarked
    named = ISLAMABAD_GARBLED.replace("QNGERS FROM", "QTEISHAT FROM").replace(
        "3.   (C)  TEXT.", "3.   (C)  QTEISHAT SAID SO.")
    (f,) = [f for f in lint_text(named) if f.name == "portion-unmarked"]
    assert f.line == 13
    # nor is a word that starts with Q and a vowel
    (f,) = [f for f in lint_text(ISLAMABAD_GARBLED.replace("QNGERS", "QATARI"))
            if f.name == "portion-unmarked"]
    assert f.line == 13
