"""CL102 banner-above-portions: a portion at the banner's level that the text holds, though not
read as a paragraph, keeps the banner right. Lines from real cables (the id beside; paragraph
texts shortened)."""
from __future__ import annotations

from cablelint.api import lint_text

# 08MEXICO886 (raw/): paragraph 5, the only SECRET one, indented with U+2028 characters
_MEXICO = """S E C R E T MEXICO 000886

SIPDIS

NOFORN  SIPDIS

E.O. 12958: DECL: 03/26/2018
TAGS: PREL PTER KCRM PINR SNAR MX
SUBJECT: THE FARC IN MEXICO

Classified By: POL Officer Frank Penirian. Reasons 1.4 (b) and (d).

 1. (U) Summary. The death of at least four Mexican nationals Text.

  3. (C) Given FARC's historical presence in mexico, Text.

\u2028\u20285. (S/NF) CISEN officials, however, have discounted such links Text.

\u00b66. (C) ICE, ATF and DEA do not have any open cases Text.
"""


def test_a_portion_at_the_banners_level_written_but_not_read_keeps_the_banner():
    assert lint_text(_MEXICO, select=["banner-above-portions"]) == []


def test_a_banner_above_every_portion_is_still_caught():
    text = _MEXICO.replace("(S/NF) CISEN", "(C) CISEN")
    found = lint_text(text, select=["banner-above-portions"])
    assert [f.message for f in found] == [
        "overall SECRET (classification line) is above every portion; the highest portion is (C)"]


def test_a_mark_at_the_banners_level_in_another_place_keeps_the_banner():
    # 09SANJOSE56 (cables/) `1 (S) On January 26`; 09TRIPOLI190 (cables/) `3.(U) INDIGENOUS
    # TERRORISM I. (S/NF) ANTI-AMERICAN …`; 92STATE324006 (era2/) `… IMPERILED.  (S)`
    head = _MEXICO.split("\n 1. (U)")[0]
    for body in ("1 (S) On January 26, we briefed Text.\n\n2. (C) Text.\n",
                 "2. (C) Text.\n\n3.(U) INDIGENOUS TERRORISM I. (S/NF) ANTI-AMERICAN GROUPS: Text.\n",
                 "2. (C) Text.\n\nLABOR'S LOYALTY TO THE PRI MAY BE IMPERILED.  (S)\n"):
        assert lint_text(head + "\n" + body, select=["banner-above-portions"]) == [], body


def test_sbu_portions_do_not_raise_a_confidential_banner_above_portions_if_one_is_c(marking_cable, lint_rule):
    text = marking_cable(paras=("1. (SBU) A.", "2. (C) B."))
    assert not lint_rule(text, "banner-above-portions")
    text = marking_cable(paras=("1. (SBU) A.", "2. (U) B."))
    assert lint_rule(text, "banner-above-portions")[0].severity == "warning"


def test_a_redacted_extract_does_not_judge_the_banner_from_what_survived():
    # 09TALLINN114 (cables/): SECRET, the text redacted up to ¶10, the only portion left (C)
    head = ("S E C R E T SECTION 01 OF 03 TALLINN 000114\n\nSIPDIS\n\nE.O. 12958  DECL: 04/27/2019\n"
            "TAGS: PREL PGOV RS GG EN\nSUBJECT: ESTONIA'S PESSIMISTIC APPROACH TO RUSSIA\n\n"
            "Classified by: CDA Karen Decker for reasons 1.4 (b) and (d).\n\n")
    extract = head + ("XXXXXXXXXXXX\n\nHOMELAND DEFENSE: JUST A LITTLE BIT PARANOID\n\n"
                      "¶10. (C) While Estonia works to temper its political Text.\n")
    assert lint_text(extract, select=["banner-above-portions"]) == []
    # the same paragraph as the whole text is judged
    whole = head + "¶1. (C) While Estonia works to temper its political Text.\n"
    assert [f.name for f in lint_text(whole, select=["banner-above-portions"])] == ["banner-above-portions"]


_MADRID_HEAD = ("C O N F I D E N T I A L MADRID 000087\n\nSIPDIS\n\nE.O. 12958: DECL: 01/26/2020\n"
                "TAGS: PREL PGOV SP\nSUBJECT: SCENESETTER FOR WHA A/S VALENZUELA'S VISIT TO SPAIN\n\n"
                "Classified By: DCM Arnold A. Chacon, for reasons 1.4(b) and (d).\n")


def test_a_record_with_paragraphs_redacted_does_not_judge_the_banner():
    # 10MADRID87 (cables/): CONFIDENTIAL, every paragraph but the (U) ¶5 replaced by XXXXXXXXXXXX
    redacted = _MADRID_HEAD + ("XXXXXXXXXXXX\n//Bilateral Relations//\n\n"
                               "¶5. (U) Spain is an important friend and ally of the U.S. Text.\n\n"
                               "XXXXXXXXXXXX\nSOLOMONT\n")
    assert lint_text(redacted, select=["banner-above-portions"]) == []
    whole = _MADRID_HEAD + "\n¶1. (U) Spain is an important friend and ally of the U.S. Text.\n\nSOLOMONT\n"
    assert [f.name for f in lint_text(whole, select=["banner-above-portions"])] == ["banner-above-portions"]


def test_a_portion_cut_at_dots_does_not_judge_the_banner():
    # 08STATE88216 (cables/): the text stops at `¶1. (U) This is an...`, then the header again
    head = ("C O N F I D E N T I A L STATE 088216\n\nSIPDIS\n\nE.O. 12958: DECL: 08/14/2018\n"
            "TAGS: UNSC PREL GG RU\nSUBJECT: TFGG01 GEORGIA -- GUIDANCE ON FRENCH DRAFT\nRESOLUTION\n\n"
            "Classified By: IO PDAS James Warlick for reason 1.4(b).\n\n")
    cut = head + ("¶1. (U) This is an...\n\nC O N F I D E N T I A L STATE 088216 SIPDIS "
                  "E.O. 12958: DECL: 08/14/2018 TAGS: UNSC PREL GG RU\n")
    assert lint_text(cut, select=["banner-above-portions"]) == []
    whole = head + "¶1. (U) This is an action request. Text.\n"
    assert [f.name for f in lint_text(whole, select=["banner-above-portions"])] == ["banner-above-portions"]


def test_the_highest_portion_is_named_as_the_cable_writes_it():
    # 09STATE74787 (cables/) l.22: `¶1. (C/NF) PRESIDENT FELIPE CALDERON'S …` under a SECRET
    # line, every portion (C/NF) or (U): the message quotes `(C/NF)`, not the canonical `(C//NF)`
    text = _MEXICO.replace("(S/NF) CISEN", "(C/NF) CISEN").replace("3. (C) Given", "3. (C/NF) Given")
    (f,) = lint_text(text, select=["banner-above-portions"])
    assert f.message.endswith("the highest portion is (C/NF)")
