"""CL123 paragraph-numbering: one finding per cable for its numbering breaks, the others as
related places; none on a record that is not whole. Lines from real cables (the id beside;
paragraph texts shortened to `Text.`)."""
from __future__ import annotations

from cablelint.api import lint_text

# 08PARIS750 (raw/): ¶9 and ¶13 are not in the cable (the numbers as the drafter typed them)
_PARIS = """S E C R E T PARIS 000750 
 
SIPDIS 
 
E.O. 12958: DECL: 04/16/2033 
TAGS: PARM PREL ETTC AS FR RS CBW
SUBJECT: AUSTRALIA GROUP: PLENARY MEETING, PARIS, APRIL 14-18, 2008

7.(SBU) Suspicious Orders: Text.

8.(SBU) Text.

10.(SBU) Consideration of Proposals: Text.

11.(U) Next Steps: Text.

12.(U) Chair's Introduction: Text.

14.(SBU) Opening Statements: Text.

15.(SBU) Text.
"""


def test_numbering_breaks_of_one_cable_are_one_finding():
    found = lint_text(_PARIS, select=["paragraph-numbering"])
    assert len(found) == 1
    f = found[0]
    assert f.line == 13 and [s.line for s in f.related] == [19]
    assert f.message == ("paragraph 10 follows paragraph 8 (no paragraph 9) "
                         "(and 1 more numbering breaks)")


def test_a_redacted_extract_is_not_judged():
    # the shape of 04MADRID4687 (cables/): a redaction line, then the text from ¶7 on
    text = _PARIS.replace("7.(SBU) Suspicious", "XXXXXXXXXXXX\n\n7.(SBU) Suspicious")
    assert lint_text(text, select=["paragraph-numbering"]) == []
    assert [f.name for f in lint_text(text, select=["record-damaged"])] == ["record-damaged"]


# -- the record's text accounts for a number the model did not read as a paragraph's ----------

_RULE = "paragraph-numbering"


def test_a_number_typed_without_its_period_is_no_gap(lint_short):
    # 04DHAKA3149 (era2/): `3 (C)`; 06SANJOSE327 (cables/): `4  An`
    assert lint_short(_RULE, "1. (C) Text.\n\n2. (C) Text.\n\n3 (C) Text.\n\n4. (C) Text.\n") == []
    assert lint_short(_RULE, "¶2. (C) Text.\n\n¶3. (C) Text.\n\n4  An increase in Text.\n\n"
                      "¶5. (C) Text.\n") == []


def test_a_number_typed_with_a_comma_is_no_gap(lint_short):
    # 10DOHA71 (cables/): `8, (C)`
    assert lint_short(_RULE, "¶6. (C) Text.\n\n¶7. (C) Text.\n\n8, (C) Text.\n\n¶9. (C) Text.\n") == []


def test_an_indented_number_is_no_gap(lint_short):
    # 08MEXICO886 (raw/): the paragraph indented with U+2028 characters; 10MEXICO690: spaces
    assert lint_short(_RULE, "¶3. (C) Text.\n\n¶4. (U) Text.\n\n\u2028\u20285. (S/NF) CISEN officials, "
                      "however, Text.\n\n¶6. (C) ICE, ATF Text.\n") == []
    assert lint_short(_RULE, "¶2. (SBU) Text.\n\n¶3. (SBU) Text.\n\n    4. (SBU) The oil sector Text.\n\n"
                      "¶5. (SBU) Text.\n") == []


def test_a_number_glued_after_a_sentence_is_no_gap(lint_short):
    # 05SAOPAULO1076 (cables/): `…broad-based." 6. Pomar`; 08SAOPAULO3 (raw/)
    assert lint_short(_RULE, "¶4. (C) Text.\n\n¶5. (C) Text ended broad-based.\" 6. Pomar said Text.\n\n"
                      "¶7. (C) Text.\n") == []
    assert lint_short(_RULE, "¶4. (C) Text.\n\n¶5. (C) Text\n\nenvironmentally friendly product within "
                      "the WTO. 6. In response Text.\n\n¶7. (C) Text.\n") == []


def test_a_number_alone_on_its_line_is_no_gap(lint_short):
    # 04MADRID2443 (era2/): `3. ` alone, then `4.   NAME: EL FATMI, NOURIDDIN`
    assert lint_short(_RULE, "2. Text.\n\n3. \n4.   NAME: EL FATMI, NOURIDDIN\n") == []


def test_a_number_split_over_two_lines_is_no_break(lint_short):
    # 04BRASILIA1291 (cables/): `PKO/HAITI --------- 1` / `¶0. (C) Zaluar …`
    assert lint_short(_RULE, "¶8. (C) Text.\n\n¶9. (C) Text.\n\nPKO/HAITI --------- 1\n\n"
                      "¶0. (C) Zaluar announced Text.\n\n¶11. (C) Text.\n") == []


def test_a_press_summary_item_is_a_number_written(lint_short):
    # 09TOKYO1441 (raw/): `16) - 125 piracy incidents …` among the numbered headlines
    assert lint_short(_RULE, "¶15. (U) Text.\n\n16) - 125 piracy incidents in waters off Somalia\n\n"
                      "¶17. (U) Text.\n") == []


def test_a_gap_at_a_redaction_or_garbled_text_is_the_records(lint_short):
    # 10BEIJING105 (raw/): a lone XXXXXXXXXXXX where ¶6 stood
    assert lint_short(_RULE, "¶4. (C) Text.\n\n¶5. (C) Text.\n\nBUSINESS COMMUNITY REACTIONS\n"
                      "----------------------------\n\nXXXXXXXXXXXX\n\n¶7. (SBU) Text.\n") == []
    # 08RPODUBAI49 (cables/): the publisher's `[DETAILS REMOVED]` elsewhere in the record
    assert lint_short(_RULE, "¶1. (U) Text.\n\n¶2. (S) Text.\n\n¶4. (C) Text.\n\n"
                      "¶5. (S) [DETAILS REMOVED] With the war underway Text.\n") == []
    # 03VATICAN3387 (era2/): a line of binary noise where ¶5-6 stood
    assert lint_short(_RULE, "4. (C) Text\n    PROIF2FQGQOQL.AGC%QJQY+~XL&#}FQZ^QFI\"QQ/4JQME 4QQQQA9Q&@ENUC"
                      "XQ|I4ZSNWQW `NQXQ{]+\\XQ\"\n\n7. (SBU) Text.\n") == []


def test_a_gap_at_a_line_with_noise_in_its_words_is_the_records(lint_short):
    # 08REYKJAVIK240 (cables/): `is for Gi#zn*Q|Qspite the` where ¶4-5 were lost in copying
    body = ("¶3. (C) The MFA's plan\nis for Gi#zn*Q|Qspite the\noutpouring of bad news Text.\n\n"
            "¶6.  (C) Embassy Comment continued: Text.\n")
    assert lint_short(_RULE, body) == []
    assert lint_short(_RULE, body.replace("Gi#zn*Q|Qspite", "Given the")) != []


def test_a_gap_of_many_numbers_is_lost_text(lint_short):
    # 08BRASILIA351 (cables/): ¶11, then ¶18 (the text between lost in copying)
    assert lint_short(_RULE, "¶10. (C) Text.\n\n¶11. (C) Text.\n\n¶18. (C) General Points: Text.\n") == []


def test_a_numbering_that_starts_again_ends_the_check(lint_short):
    # 04OTTAWA2961 (era2/): the intelligence report's own numbered COMMENTS field
    body = ("4.  (C)  Text.\n\n5.  (U)  Text.\n\nCOMMENTS:  1.  (C)  FIELD COMMENTS.  Text.\n\n"
            "2.  (U)  SOURCE REMAINS AVAILABLE Text.\n\n3.  (U)  Text.\n")
    assert lint_short(_RULE, "1. (C) Text.\n\n2. (C) Text.\n\n3. (C) Text.\n\n" + body) == []


def test_a_run_of_paragraphs_copied_twice_is_not_the_drafters(lint_short):
    # 04VATICAN1164 (era2/): ¶5-8, then ¶5-8 again, word for word
    run = ("5. (C) FOR NOW, Text.\n\n6.  (C) THE AMBASSADOR Text.\n\n"
           "7. (C) DURING THE COURTESY CALL Text.\n\n8.  (C) THE HOLY SEE Text.\n\n")
    assert lint_short(_RULE, "3. (C) Text.\n\n4. (C) Text.\n\n" + run + run) == []


def test_a_number_that_stands_later_is_out_of_order_not_missing(lint_short):
    # 08RIODEJANEIRO171 (cables/): ¶4, ¶6, then ¶5
    found = lint_short(_RULE, "¶3. (C) Text.\n\n¶4. (C) Text.\n\n¶6. (C) Text.\n\n¶5. (C) Text.\n")
    assert [f.message for f in found] == ["paragraph 5 follows paragraph 6 (out of order)"]
    assert found[0].line == 15


def test_a_repeated_number_and_a_clean_gap_are_still_caught(lint_short):
    # 04CARACAS1347 (era2/): `5.  (U) Tal Cual editor …`, then `5.  (C) The GOV has taken …`;
    # 10DOHA60 (cables/): ¶10, then ¶12
    found = lint_short(_RULE, "4.  (U) Text.\n\n5.  (U)  Tal Cual editor Teodoro Petkoff Text.\n\n"
                       "5.  (C) The GOV has taken advantage Text.\n")
    assert [f.message for f in found] == [
        "paragraph 5 follows paragraph 5 (number repeated: one is (U), the other (C))"]
    found = lint_short(_RULE, "¶9. (S) ACCORDING TO AA RECORDS Text.\n\n¶10. (S) BA RECORDS Text.\n\n"
                       "¶12. (S) A SUBSEQUENT FBI INVESTIGATION Text.\n")
    assert [f.message for f in found] == ["paragraph 12 follows paragraph 10 (no paragraph 11)"]


def test_items_numbered_again_in_each_lettered_section_end_the_check(lint_short):
    # 09STATE124636 (cables/): `¶A.  (U)  PRESIDENT CALDERON` / `1)  (C/NF)  HOW DOES …`, then
    # `1)` again under the next letter
    body = ("¶1. (C) Text.\n\n¶A.  (U)  PRESIDENT CALDERON\n\n1)  (C/NF)  HOW DOES HE REACT?\n\n"
            "2)  (C/NF)  WHO ADVISES HIM?\n\n¶B.  (U)  THE CABINET\n\n1)  (C/NF)  WHO LEADS IT?\n")
    assert lint_short(_RULE, body) == []


def test_paragraph_numbering(header_cable, lint_rule):
    assert lint_rule(header_cable(paragraphs=("1. (S) Text.", "3. (C) Text.")), "paragraph-numbering")
    assert lint_rule(header_cable(paragraphs=("1. (S) Text.", "2. (C) Text.", "2. (S) Other text.")), "paragraph-numbering")
    # the same number twice at one level is a slip without a marking consequence
    assert lint_rule(header_cable(paragraphs=("1. (S) Text.", "2. (C) Text.", "2. (C) Other text.")), "paragraph-numbering") == []
    # the same paragraph twice is the record's copy, not the drafter's number
    assert lint_rule(header_cable(paragraphs=("1. (S) Text.", "2. (C) Text.", "2. (C) Text.")), "paragraph-numbering") == []
    # a numbering that restarts (a quoted letter) is not judged
    assert lint_rule(header_cable(paragraphs=("1. (S) Text.", "2. (C) Text.", "1. (C) Text.")), "paragraph-numbering") == []


def test_a_number_repeated_at_one_level_is_not_reported(lint_short):
    # 09ISLAMABAD2185 (raw/), 98CARACAS2912 (era2/): two ¶4 / two ¶5, both at the same level
    # (interim review: "a trivial drafting slip", noise)
    assert lint_short(_RULE, "4.  (C) CHAVEZ SAID Text.\n\n5.  (C) CHAVEZ COMPLAINED Text.\n\n"
                             "5.  (C) CHAVEZ WAS ON HIS BEST BEHAVIOR Text.\n") == []


def test_a_gap_in_a_reflowed_copy_is_not_judged(lint_short):
    # 08ISLAMABAD164 (cables/): the page header run into a line of text; ¶6 lost in the joins
    body = ("5.(C) Commenting on Pakistan's strategy Text.\n\n7.(C) Lieberman then discussed Text.\n\n"
            "8.(C) Kayani said the U.S. would take direct military ISLAMABAD 00000164 002 OF 002 "
            "action in Pakistan. Text.\n")
    assert lint_short(_RULE, body) == []
    assert lint_short(_RULE, body.replace(" ISLAMABAD 00000164 002 OF 002", "")) != []


def test_a_number_before_a_figure_is_a_paragraph_number(lint_short):
    # 02ADANA418 (era2/): `6.  3.5 TONS OF UNPROCESSED HEROIN SEIZED IN` between ¶5 and ¶7
    body = "".join(f"{k}.  HEADLINE\nText.\n\n" for k in range(1, 5))  # the record starts at 1
    body += ("5.  CHOMSKY IN DIYARBAKIR\nText.\n\n6.  3.5 TONS OF UNPROCESSED HEROIN SEIZED IN\n"
            "ELAZIG\nText.\n\n7.  ADANA FOREIGN TRADE CLUB\nText.\n")
    assert lint_short(_RULE, body) == []
    # the figure alone, without a paragraph number before it, still leaves ¶6 missing
    found = lint_short(_RULE, body.replace("6.  3.5", "3.5"))
    assert [f.message for f in found] == ["paragraph 7 follows paragraph 5 (no paragraph 6)"]


def test_a_gap_where_text_was_lost_at_a_section_break_is_the_records(lint_short):
    # 03VATICAN4002 (era2/): section 1 closes with the relay's note, section 2 opens in the
    # middle of a sentence of the lost ¶6
    body = "".join(f"{k}.  (SBU)  Text.\n\n" for k in range(1, 5))
    body += ("5.  (SBU)  CHARGE NOTED THE USG'S COMMITMENT Text\nHOLY SEE'S SATISFACTION WITH THE "
             "OUTCOME.\n\n\nNOTE: NOT PASSED TO ABOVE ADDRESSEE(S)\n\nVATICAN 00004002  002 OF 002\n\n"
             "THAN EUROPE ON THE AGRICULTURAL SUBSIDIES ISSUE.  Text.\n\n"
             "7. (C)  THE HOLY SEE HAS WELCOMED THE PROGRESS MADE IN DOHA Text.\n")
    assert lint_short(_RULE, body) == []
    # a break in the middle of a sentence, the usual case, keeps the gap the drafter's
    cut = body.replace("OUTCOME.\n\n\nNOTE: NOT PASSED TO ABOVE ADDRESSEE(S)\n", "OUTCOME AND\n")
    found = lint_short(_RULE, cut)
    assert [f.message for f in found] == ["paragraph 7 follows paragraph 5 (no paragraph 6)"]


def test_a_gap_in_a_newspapers_copy_is_not_judged(lint_rule):
    # 08NEWDELHI882 (cables/): the press's dateline above the telegram, each paragraph one line;
    # ¶2 runs on into a second topic, the `3.` lost in the joins (interim review 2 UNSURE)
    cable = ("C O N F I D E N T I A L SECTION 01 OF 02 NEW DELHI 000882\nSIPDIS\n"
             "EO 12958 DECL: 03/25/2028\nTAGS PREL, PREF, PHUM, CH, IN\nSUBJECT: TIBET CLAMP DOWN\n"
             "Classified By: Acting Political Counselor Atul Keshap for reasons 1.4 ( b and d)\n"
             "¶1. (SBU) SUMMARY: Tibet remains a front-burner challenge Text.\n"
             "----- Protesters scale perimeter wall at Chinese Embassy -----\n"
             "¶2. (SBU) Five members of a group of Tibetan demonstrators Text.\n"
             "----- Indian Vice-President not to meet with Dalai Lama -----\n"
             "¶4. (SBU) The Indian Express citQsources in a March 22 report Text.\n"
             "¶5. (C) Special Envoy of His Holiness Text.\n")
    assert lint_rule("Wednesday, 26 March 2008, 12:45\n" + cable, _RULE) == []
    found = lint_rule(cable, _RULE)
    assert [f.message for f in found] == ["paragraph 4 follows paragraph 2 (no paragraph 3)"]


def test_a_number_with_doubled_punctuation_is_a_paragraph_number(lint_short):
    # 05PARIS4760 (cables/) `3.. (SBU) All elections`; 03ADANA66 (era2/) `6.)  One final`;
    # 04SANAA2344 (era2/) `17. ...AND A COUNTER-TERRORISM PARTNER`
    for head, k in (("3.. (C) All elections Text.", 3), ("3.)  One final factor Text.", 3),
                    ("3. ...AND A COUNTER-TERRORISM PARTNER: Text.", 3)):
        body = f"1. (C) Text.\n\n2. (C) Text.\n\n{head}\n\n4. (C) Text.\n"
        assert lint_short(_RULE, body) == [], head
    found = lint_short(_RULE, "1. (C) Text.\n\n2. (C) Text.\n\nAll elections Text.\n\n4. (C) Text.\n")
    assert [f.message for f in found] == ["paragraph 4 follows paragraph 2 (no paragraph 3)"]
