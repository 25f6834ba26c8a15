"""classifier-name-and-title (CL211) on Classified By statements from real cables: the office
titles, ranks and office symbols State uses, and the place or portfolio around a title, are
read as a clerk reads them (each line's cable id is given)."""
from __future__ import annotations

import pytest

from cablelint.api import lint_text

HEAD = """04OTTAWA3303
TALKS
2004-12-08 21:56
CONFIDENTIAL
Embassy Ottawa

C O N F I D E N T I A L OTTAWA 003303

E.O. 12958: DECL: 12/08/2014
TAGS: PREL CA
SUBJECT: TALKS

"""


def _found(statement: str) -> list:
    return lint_text(HEAD + statement + "\n\n1. (C) Text.\n", select=["classifier-name-and-title"])


@pytest.mark.parametrize("statement", [
    "CLASSIFIED BY ARSO JULIE STANSFIELD FOR REASONS 1.5 (B/D).",            # 00KINSHASA8514
    "Classified By: POLCOUN D.C. Mccullough, Reason(s): 1.4 (b),(d)",       # 04DHAKA3149
    "CLASSIFIED BY: COL DAVID BRACKETT, DATT, USDAO OTTAWA\nREASON: 1.5(C,D)",  # 04OTTAWA3303
    "Classified By: Cynthia Ruby Tobal, IPO, Reason:  1.5(G)",               # 03SANTODOMINGO4944
    "Classified By: IMO Allen Nicholas for reasons 1.4 (b) and (d).",        # 04DJIBOUTI1293
    "Classified By: Poloff Steven Prohaska and DTRA Fred Carter for reasons 1.4 (b, d).",
    # ^ 07TASHKENT2063: two classifiers, each with a title
    "Classified By: HROff Katharine Read, reasons 1.4 (b) and (d).",         # cf. 03GUATEMALA220
    "Classified By: Political Economic Counselr J. Dean Yap for reasons 1.4\n (b) and (d)",
    # ^ 07VIENNA2687 (cablemap): a title misspelt
    "(U)  CLASSIFIED BY AMBASSAD0R R0BIN L. RAPHEL BASED 0N 1.5 (B)\nAND (D).",  # 99TUNIS2120
    "CLASSIFIED BY DRC MATTHEW GOSHKO FOR REASONS 1.4(B) AND (D)",
    # ^ 04BAGHDAD697 (era2/): Deputy Regional Coordinator (closing review, seed 27763)
    "Classified By: useu/pol: o'hara, reasons 1.4 b/d.",
    # ^ 04BRUSSELS5029 (era2/): a name typed in lower case, with its apostrophe
])
def test_titles_as_written_are_titles(statement):
    assert _found(statement) == []


@pytest.mark.parametrize("statement", [
    "Classified By: Anne W. Patterson, for reasons 1.4 (b)(d)",
    "Classified By: JIM MCDONALD, Reason: 1.4 (d)",
])
def test_a_name_without_title_is_reported(statement):
    found = _found(statement)
    assert len(found) == 1 and "no position title" in found[0].message


def test_a_place_before_the_title_is_not_a_name():
    # 07BAGHDAD2781 (cablemap): `Kirkuk` is where the team leads, not who classified
    found = _found("Classified By: Kirkuk PRT Team Leader, for reason 1.4 (b)\nand(d).")
    assert len(found) == 1 and "no name" in found[0].message


def test_a_section_cited_as_the_classifier_is_no_title(make_cable):
    # 95TELAVIV17504: `1.  CONFIDENTIAL - ENTIRE TEXT.  CLASSIFIED BY SECTION 1.5 (B)` / `AND (D).`
    text = make_cable("TAGS:  PREL, PGOV, IS", date="1995-11-05 10:15",
                      eo_line="E.O.  12958:  DECL: 11/05/05",
                      classified_by="CLASSIFIED BY SECTION 1.5 (B)\nAND (D).")
    assert not lint_text(text, select=["classifier-name-and-title"])


@pytest.mark.parametrize("cb", [
    "Classified By: Anne W. Patterson, for reasons 1.4 (b)(d)",
    "Classified By: JIM MCDONALD, Reason: 1.4 (d)",
])
def test_name_without_title(cb, authority_cable, lint_rule):
    found = lint_rule(authority_cable(cb), "classifier-name-and-title")
    assert len(found) == 1 and "no position title" in found[0].message


@pytest.mark.parametrize("cb", [
    "Classified By: Ambassador, reason 1.4 (b,d)",
    "Classified By: Charge d'Affaires, for reasons 1.4 (b) and (d)",
])
def test_title_without_name(cb, authority_cable, lint_rule):
    found = lint_rule(authority_cable(cb), "classifier-name-and-title")
    assert len(found) == 1 and "no name" in found[0].message


@pytest.mark.parametrize("cb", [
    "Classified By: Ambassador Anne W. Patterson, for reasons 1.4 (b)(d)",
    "Classified By: POL/E Eric Lundberg, Reason 1.4 b/d",            # office shorthand
    "Classified By: ECON LARRY L. MEMMOTT, REASONS 1.4 (B,D)",
    "Classified By: XXXXXXXXXXXX FOR REASONS 1.4 (B),(D)",           # redacted
    "Classified By: Amb. P ...",                                       # cut off in the copy
    "CLASSIFIED BY: Gene A. Cretz, Ambassador, U.S. Embassy Tripoli, Department of State. "
    "REASON: 1.4 (b), (d)",
])
def test_name_and_title_clean(cb, authority_cable, lint_rule):
    assert not lint_rule(authority_cable(cb), "classifier-name-and-title")


def test_neither_name_nor_title_is_left_to_cl202(authority_cable, lint_rule):
    text = authority_cable("Classified By: for reasons 1.4 (b) and (d)")
    assert not lint_rule(text, "classifier-name-and-title")


@pytest.mark.parametrize("statement,source", [
    ("Classified By: ACG ROBYN HINSON-JONES FOR REASON 1.5 (D)", "03LAGOS369"),
    ("Classified By: GSO, Sarah Hall for reason 1. 5 (b)", "03GUATEMALA886"),
])
def test_office_titles_of_the_corpus_are_titles(make_cable, statement, source):
    assert not lint_text(make_cable("TAGS: PREL, NI", classified_by=statement),
                         select=["classifier-name-and-title"]), source
