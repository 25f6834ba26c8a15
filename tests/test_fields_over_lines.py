"""Fields written over several lines are read whole (issue 13, item 3): the TAGS field goes on
over the next line after a trailing comma, or when the next line holds only TAG codes, and each
token keeps its own place; it never runs into the next field or caption. Lines from real cables
(cable id beside each)."""
from __future__ import annotations

import pytest

from cablelint.api import parse

HEAD = "C O N F I D E N T I A L ANKARA 000226\n\nSIPDIS\n\nE.O. 12958: DECL: 02/20/2019\n"


def tags_of(lines: str):
    return parse(HEAD + lines + "\nSUBJECT: TALKS\n\n1. (C) Text.\n").tags


def test_tags_go_on_after_a_trailing_comma():
    # 09ANKARA226
    tags = tags_of("TAGS CASC, PGOV, PHUM, PINS, PREL, SCUL, SNAR, SOCI, IR, \nTU, IQ ")
    assert tags.tokens[-3:] == ["IR", "TU", "IQ"]
    # the tokens of the second line stand on it, at their own columns
    assert [(s.line, s.column) for s in tags.token_spans[-2:]] == [(7, 1), (7, 5)]


def test_tags_go_on_over_a_line_of_codes():
    # 08MADRID757: no comma, the next line holds only TAG codes
    tags = tags_of("TAGS: ECON EFIN EINVETC ETTC ETRD KTFN PREL PARM\nPTERS, SP")
    assert tags.tokens[-2:] == ["PTERS", "SP"]
    assert tags.span.end_line == tags.span.line + 1


def test_tags_go_on_up_to_a_subject_on_the_same_line():
    # 09LONDON2499: the continuation line runs on into SUBJECT
    cable = parse(HEAD + "TAGS: PREL PGOV KPAL ETRD KNNP PARM SENV MARR MNUC\n"
                  "ECON, PHUM, RS, IS, IR, GG, AF, UK SUBJECT: MILIBAND'S RUSSIA TRIP\n\n"
                  "1. (C) Text.\n")
    assert cable.tags.tokens[-2:] == ["AF", "UK"] and cable.subject is not None


def test_a_person_tag_over_two_lines_is_one_tag():
    # 04MADRID2625: a person TAG with its aliases, wrapped after a comma
    from cablelint.tags import classify
    tags = tags_of("TAGS: CVIS, KVPR, PTER, ASEC, CMGT, PINR, PREL, (OUALI, \n"
                   "FILALI AKA: ABDORRAHMAN, AKA: ABD AL-OUALI ET AL) ")
    items = classify(tags.tokens)
    assert [i.kind for i in items][-1] == "person" and len(items) == 8


@pytest.mark.parametrize("after", [
    "SIPDIS",                       # a caption line
    "NOFORN",
    "REF: STATE 12345",
    "E.O. 12958: DECL: 02/20/2019",
    "Classified By: DCM John Smith, reasons 1.4 (b) and (d).",
    "PASS TO EMBASSY KABUL",        # words, not codes
    "DEPT FOR EUR",                 # a routing instruction
])
def test_tags_do_not_run_into_the_next_line(after):
    tags = tags_of("TAGS: PREL, PGOV, TU\n" + after)
    assert tags.tokens == ["PREL", "PGOV", "TU"]


def test_tags_stop_at_a_blank_line_even_after_a_comma():
    tags = tags_of("TAGS: PREL, PGOV, TU,\n\nKDEM")
    assert tags.tokens == ["PREL", "PGOV", "TU"]
