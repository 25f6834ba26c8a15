"""CL121 portion-mark-vocabulary: a typo suggests the mark the cable's other portions use."""
from __future__ import annotations

from cablelint.api import lint_text


def _noforn_cable(paragraphs: str) -> str:
    # a CONFIDENTIAL//NOFORN cable; `(C/NF)` is how State wrote its portions (04OTTAWA3115)
    return f"""08ANKARA123
TALKS
2008-02-15 09:00
CONFIDENTIAL//NOFORN
Embassy Ankara

C O N F I D E N T I A L ANKARA 000123

NOFORN
SIPDIS

E.O. 12958: DECL: 02/15/2018
TAGS: PREL TU
SUBJECT: TALKS

Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

{paragraphs}
"""


def test_a_slip_from_the_other_portions_marks_suggests_their_mark():
    text = _noforn_cable("1. (C/NF) Text.\n\n2. (C/F) Text.\n\n3. (C/NF) Text.")
    (f,) = lint_text(text, select=["portion-mark-vocabulary"])
    assert "(C/F)" in f.message and "did you mean (C//NF)?" in f.message
    assert "other portions are (C/NF)" in f.message


def test_without_such_portions_the_overall_marking_guides():
    text = _noforn_cable("1. (C) Text.\n\n2. (C/F) Text.")
    (f,) = lint_text(text, select=["portion-mark-vocabulary"])
    assert "probably (C) (guessed from the overall marking)" in f.message
    assert "other portions" not in f.message


def test_one_bad_mark_in_every_paragraph_is_one_finding_with_its_places(make_cable):
    # 10ROME1: `C)` opens every paragraph, its opening parenthesis lost each time
    text = make_cable("TAGS: PREL IT", paragraphs="1. C) Summary.\n\n2. C) Text.\n\n3. C) Text.")
    (f,) = lint_text(text, select=["portion-mark-vocabulary"])
    assert f.message.startswith("portion mark C) in paragraph 1 (and 2 more portions)")
    assert "did you mean (C)?" in f.message
    assert [r.line for r in f.related] == [f.line + 2, f.line + 4]


def test_different_bad_marks_are_reported_apart(make_cable):
    # 09ROME877 writes both `C)` and `SBU)`
    text = make_cable("TAGS: PREL IT", paragraphs="1. C) Text.\n\n2. SBU) Text.\n\n3. C) Text.")
    found = lint_text(text, select=["portion-mark-vocabulary"])
    assert sorted(f.message.split(" in ")[0] for f in found) == [
        "portion mark C)", "portion mark SBU)"]


def test_a_nato_portion_mark_is_no_typo(make_cable):
    # 07REYKJAVIK298 (a NATO air-policing cable): `¶2.  (NC) MFA Defense Department Director`
    text = make_cable("TAGS: MARR NATO IC", paragraphs="1. (C) Text.\n\n2.  (NC) Text.")
    assert lint_text(text, select=["portion-mark-vocabulary"]) == []


def test_a_release_mark_run_together_is_not_guessed_to_be_noforn():
    # 04OTTAWA3303: `D. (C/RELCAN) NORAD RENEWAL/TRANSFORMATION.` in a CONFIDENTIAL//NOFORN cable
    text = _noforn_cable("1. (C/NF) Text.\n\n2. (C/RELCAN) Text.")
    (f,) = lint_text(text, select=["portion-mark-vocabulary"])
    assert "(C/RELCAN)" in f.message
    assert f.message.endswith("did you mean (C//REL TO CAN)?")


def test_c_sbu_is_not_also_a_vocabulary_error(header_cable, lint_rule):
    assert lint_rule(header_cable(paragraphs=("1. (S) Text.", "2. (C/SBU) Text.")), "portion-mark-vocabulary") == []


def test_vocabulary_typos_with_suggestions(header_cable, lint_rule):
    for bad, want in [("(SNF)", "(S//NF)"), ("(S-NF)", "(S//NF)"), ("(CC)", "(C)"), ("(SB)", "(SBU)"),
                      ("(SECRET)", "(S)")]:
        f = lint_rule(header_cable(paragraphs=("1. (S) Text.", f"2. {bad} Text.")), "portion-mark-vocabulary")
        assert len(f) == 1 and want in f[0].message, (bad, f)


def test_unreadable_mark_gets_guess_from_overall(header_cable, lint_rule):
    f = lint_rule(header_cable(paragraphs=("1. (SE) Text.",)), "portion-mark-vocabulary")
    assert f and "probably (S)" in f[0].message


def test_headings_and_variants_are_not_vocabulary_errors(header_cable, lint_rule):
    text = header_cable(paragraphs=("1. (S/NF) Text.", "2. (Iran) Text.", "3. (c) Text."), captions=("NOFORN",),
                 meta="SECRET//NOFORN")
    assert lint_rule(text, "portion-mark-vocabulary") == []
