"""Tests for cablelint.marking: levels, Marking, roll-up and the marking parsers.

All spellings are real ones from the corpus or the research notes
(cable-format-survey.md §1, §3, §10; marking-rules.md §4.2-§4.7).
"""

import pytest

from cablelint.marking import (
    CAPTIONS, EFTO, FGI, FOUO, LOU, NOFORN, REL, SBU, Level, Marking, PortionMark,
    osa_distance, parse_level_word, parse_metadata_classification, parse_portion_mark,
    parse_zn_line, rollup,
)

U, C, S, TS = Level.U, Level.C, Level.S, Level.TS


def M(level, *controls, rel_to=()):
    return Marking(level, frozenset(controls), tuple(rel_to))


# --------------------------------------------------------------------------
# Level and Marking
# --------------------------------------------------------------------------

def test_level_order_and_names():
    assert U < C < S < TS
    assert max([C, TS, S]) is TS
    assert [lv.word for lv in Level] == ["UNCLASSIFIED", "CONFIDENTIAL", "SECRET", "TOP SECRET"]
    assert [lv.abbrev for lv in Level] == ["U", "C", "S", "TS"]


@pytest.mark.parametrize("marking, text, short", [
    (M(S, NOFORN), "SECRET//NOFORN", "(S//NF)"),
    (M(C), "CONFIDENTIAL", "(C)"),
    (M(U), "UNCLASSIFIED", "(U)"),
    (M(TS), "TOP SECRET", "(TS)"),
    (M(U, SBU), "UNCLASSIFIED//SBU", "(SBU)"),
    (M(U, SBU, NOFORN), "UNCLASSIFIED//SBU NOFORN", "(SBU-NF)"),
    (M(U, LOU), "UNCLASSIFIED//LOU", "(LOU)"),
    (M(U, FOUO), "UNCLASSIFIED//FOUO", "(U//FOUO)"),
    (M(S, FGI, NOFORN), "SECRET//FGI//NOFORN", "(S//FGI//NF)"),
    (M(S, REL, rel_to=("USA", "FVEY")), "SECRET//REL TO USA, FVEY", "(S//REL TO USA, FVEY)"),
    (M(U, EFTO), "UNCLASSIFIED//EFTO", "(U//EFTO)"),
])
def test_marking_str_and_short(marking, text, short):
    assert str(marking) == text
    assert marking.short() == short


def test_marking_properties():
    assert M(S, NOFORN).noforn
    assert not M(S).noforn
    assert M(C).classified and not M(U, SBU).classified
    assert M(S, NOFORN) == Marking(S, frozenset({"NOFORN"}))  # value semantics
    with pytest.raises(Exception):
        M(S).level = C  # frozen


# --------------------------------------------------------------------------
# Roll-up
# --------------------------------------------------------------------------

def test_rollup_empty_and_none():
    assert rollup([]) is None
    assert rollup([None, None]) is None


def test_rollup_highest_level():
    assert rollup([M(C), M(U), M(S), M(U, SBU)]) == M(S)


def test_rollup_noforn_if_any_portion():
    assert rollup([M(C), M(S, NOFORN), M(U)]) == M(S, NOFORN)


def test_rollup_sbu_dropped_when_classified():
    # CAPCO: SBU is not in the banner of a classified document.
    assert rollup([M(C), M(U, SBU)]) == M(C)
    assert rollup([M(C), M(U, FOUO)]) == M(C)
    assert rollup([M(C), M(U, LOU)]) == M(C)


def test_rollup_sbu_kept_when_unclassified():
    assert rollup([M(U), M(U, SBU)]) == M(U, SBU)


def test_rollup_sbu_noforn_carries_noforn_into_classified_banner():
    # 04WELLINGTON599: (SBU/NF) paragraphs in a CONFIDENTIAL cable.
    assert rollup([M(C), M(U, SBU, NOFORN)]) == M(C, NOFORN)


def test_rollup_rel_to_intersection():
    a = M(S, REL, rel_to=("USA", "GBR", "AUS"))
    b = M(C, REL, rel_to=("USA", "AUS"))
    assert rollup([a, b]) == M(S, REL, rel_to=("USA", "AUS"))


def test_rollup_rel_to_empty_intersection_is_noforn():
    a = M(S, REL, rel_to=("USA", "GBR"))
    b = M(S, REL, rel_to=("USA", "AUS"))
    assert rollup([a, b]) == M(S, NOFORN)


def test_rollup_noforn_wins_over_rel():
    assert rollup([M(S, REL, rel_to=("USA", "GBR")), M(C, NOFORN)]) == M(S, NOFORN)


def test_rollup_rel_needs_every_classified_portion():
    # An unmarked classified portion has no release decision to inherit.
    assert rollup([M(S, REL, rel_to=("USA", "GBR")), M(C), M(U)]) == M(S)


def test_rollup_usa_first():
    a = M(C, REL, rel_to=("GBR", "USA"))
    assert rollup([a]).rel_to == ("USA", "GBR")


# --------------------------------------------------------------------------
# Portion marks
# --------------------------------------------------------------------------

@pytest.mark.parametrize("text, marking", [
    ("(S//NF)", M(S, NOFORN)),
    ("(C//NF)", M(C, NOFORN)),
    ("(C)", M(C)),
    ("(U)", M(U)),
    ("(S)", M(S)),
    ("(SBU)", M(U, SBU)),
    ("(TS)", M(TS)),
    ("(LOU)", M(U, LOU)),
    ("(SBU-NF)", M(U, SBU, NOFORN)),   # CAPCO's hyphenated portion form
])
def test_portion_valid(text, marking):
    pm = parse_portion_mark(text)
    assert pm == PortionMark(text, marking, "valid", None)


@pytest.mark.parametrize("text, marking, suggestion", [
    ("(S/NF)", M(S, NOFORN), "(S//NF)"),                 # State's usual single slash
    ("(C/NF)", M(C, NOFORN), "(C//NF)"),
    ("(SBU/NF)", M(U, SBU, NOFORN), "(SBU-NF)"),
    ("(S/NOFORN)", M(S, NOFORN), "(S//NF)"),
    ("(S/Noforn)", M(S, NOFORN), "(S//NF)"),
    ("(S//NOFORN)", M(S, NOFORN), "(S//NF)"),
    ("(S NF)", M(S, NOFORN), "(S//NF)"),
    ("(S/REL UK)", M(S, REL, rel_to=("UK",)), "(S//REL TO UK)"),
    ("(C/REL ISAF)", M(C, REL, rel_to=("ISAF",)), "(C//REL TO ISAF)"),
    ("(S//REL TO USA, FVEY)", M(S, REL, rel_to=("USA", "FVEY")), None),
    ("(S/REL TO NATO/AUS)", M(S, REL, rel_to=("NATO", "AUS")), "(S//REL TO NATO, AUS)"),
    ("(C//REL TO USA, KEN, GBR//)", M(C, REL, rel_to=("USA", "KEN", "GBR")),
     "(C//REL TO USA, KEN, GBR)"),
    ("(S//Rel NATO, ISAF)", M(S, REL, rel_to=("NATO", "ISAF")), "(S//REL TO NATO, ISAF)"),
    ("(S/REL to Pakistan)", M(S, REL, rel_to=("PAKISTAN",)), "(S//REL TO PAKISTAN)"),
    ("(C/REL UK, CANADA, AUSTRALIA)", M(C, REL, rel_to=("UK", "CANADA", "AUSTRALIA")),
     "(C//REL TO UK, CANADA, AUSTRALIA)"),
    ("(S//REL MLT, GBR, AND GER)", M(S, REL, rel_to=("MLT", "GBR", "GER")),
     "(S//REL TO MLT, GBR, GER)"),
    ("(C/REL EU MEMBER STATES)", M(C, REL, rel_to=("EU MEMBER STATES",)),
     "(C//REL TO EU MEMBER STATES)"),
    ("(S//FGI//NF)", M(S, FGI, NOFORN), None),
    ("(U//FOUO)", M(U, FOUO), None),
    ("(s)", M(S), "(S)"),
    ("(c)", M(C), "(C)"),
    ("(sbu)", M(U, SBU), "(SBU)"),
    ("( C )", M(C), "(C)"),
    ("(C )", M(C), "(C)"),
    ("(C - ENTIRE TEXT)", M(C), "(C)"),                   # legacy blanket notice
    ("(CONFIDENTIAL -- ENTIRE PARAGRAPH)", M(C), "(C)"),
])
def test_portion_variant(text, marking, suggestion):
    pm = parse_portion_mark(text)
    assert (pm.status, pm.marking, pm.suggestion) == ("variant", marking, suggestion)


def test_portion_variant_keeps_noforn_and_rel_conflict():
    # (S/NF/rel Panama): both are read; POR-06 judges the conflict.
    pm = parse_portion_mark("(S/NF/rel Panama)")
    assert pm.status == "variant"
    assert pm.marking.noforn and REL in pm.marking.controls
    assert pm.marking.rel_to == ("PANAMA",)


@pytest.mark.parametrize("text, marking, suggestion", [
    ("(SE)", None, None),                                # 09CARACAS1443: ambiguous
    ("(NC)", None, None),                                # 07REYKJAVIK298
    ("(CS)", None, None),
    ("(CNF)", M(C, NOFORN), "(C//NF)"),
    ("(SNF)", M(S, NOFORN), "(S//NF)"),                  # 09TRIPOLI1025
    ("(S-NF)", M(S, NOFORN), "(S//NF)"),                 # 08NAIROBI2290
    ("(N/SF)", M(S, NOFORN), "(S//NF)"),                 # 09KABUL1892
    ("(SB)", M(U, SBU), "(SBU)"),                        # 09CAIRO1215
    ("(SU)", M(U, SBU), "(SBU)"),                        # 09CAIRO1371
    ("(CONF)", M(C), "(C)"),
    ("(SECRET)", M(S), "(S)"),
    ("(Confidential)", M(C), "(C)"),
    ("(Secret/Rel Armenia)", M(S, REL, rel_to=("ARMENIA",)), "(S//REL TO ARMENIA)"),
    ("(S/)", M(S), "(S)"),
    ("(C/SBU)", M(C), "(C)"),                            # classified level + SBU
    ("(/Rel UK)", None, None),                           # no level at all
    ("(NF)", None, None),
])
def test_portion_typo(text, marking, suggestion):
    pm = parse_portion_mark(text)
    assert (pm.status, pm.marking, pm.suggestion) == ("typo", marking, suggestion)


def test_portion_typo_with_unknown_control_has_no_suggestion():
    pm = parse_portion_mark("(S/XYZ)")
    assert (pm.status, pm.marking, pm.suggestion) == ("typo", M(S), None)


@pytest.mark.parametrize("text", [
    "(AFGHANISTAN)", "(Afghanistan)", "(IRAN)", "(Mideast)", "(A)", "(B)", "(N)",
    "(CORRECTED COPY)", "(C-CT5-00623)", "(C-CN5-00054)", "(1)", "(3)", "(U.S.)",
    "(UN)", "(EU)", "(Reftel)", "(TF/Embassy Tbilisi telcon)", "()", "(",
    "(" + "A" * 500 + ")",
])
def test_portion_not_a_mark(text):
    pm = parse_portion_mark(text)
    assert (pm.status, pm.marking, pm.suggestion) == ("not-a-mark", None, None)


def test_portion_keeps_text_and_is_cached():
    a = parse_portion_mark("(S/NF)")
    assert a.text == "(S/NF)"
    assert parse_portion_mark("(S/NF)") is a


def test_portion_hostile_input_is_fast():
    import time
    nasty = "(" + "S/" * 5000 + ")"
    t0 = time.perf_counter()
    parse_portion_mark(nasty)
    parse_portion_mark("(" + "REL TO " + "A, " * 5000 + ")")
    parse_portion_mark("(" + "C " * 5000 + "- ENTIRE TEXT)")
    assert time.perf_counter() - t0 < 0.5


# --------------------------------------------------------------------------
# Banner / classification-line level word
# --------------------------------------------------------------------------

@pytest.mark.parametrize("text, marking", [
    ("S E C R E T", M(S)),
    ("SECRET", M(S)),
    ("C O N F I D E N T I A L", M(C)),
    ("CONFIDENTIAL", M(C)),
    ("CO N F I D E N T I A L", M(C)),          # 06BOGOTA5603, broken spacing
    ("C o n f i d e n t i a l", M(C)),         # 04ANKARA348, mixed case
    ("S e c r e t", M(S)),
    ("SE C R E T", M(S)),                      # 10SHENYANG4
    ("T O P S E C R E T", M(TS)),
    ("TOP SECRET", M(TS)),
    ("UNCLAS", M(U)),
    ("UNCLASSIFIED", M(U)),
    ("Unclas", M(U)),                          # 10NAIROBI165
    ("UNCLAS E F T O", M(U, EFTO)),
    ("UNCLAS EFTO", M(U, EFTO)),
    ("LIMITED OFFICIAL USE", M(U, LOU)),
])
def test_level_word_lawful(text, marking):
    assert parse_level_word(text) == (marking, True)


@pytest.mark.parametrize("text, marking", [
    ("CONF", M(C)),
    ("S E C R T", M(S)),                       # HDR-01's bad example
    ("E C R E T", M(S)),                       # 07BAGHDAD146, first letter lost
    ("O N F I D E N T I A L", M(C)),
    ("SBU", M(U, SBU)),
])
def test_level_word_recognised_but_irregular(text, marking):
    assert parse_level_word(text) == (marking, False)


@pytest.mark.parametrize("text", ["", "SIPDIS", "Friday", "SECRETARY", "S", "X" * 1000])
def test_level_word_unknown(text):
    assert parse_level_word(text) == (None, False)


# --------------------------------------------------------------------------
# WikiLeaks metadata line
# --------------------------------------------------------------------------

@pytest.mark.parametrize("text, marking", [
    ("UNCLASSIFIED", M(U)),
    ("UNCLASSIFIED//FOR OFFICIAL USE ONLY", M(U, SBU)),   # WikiLeaks' rendering of SBU
    ("CONFIDENTIAL", M(C)),
    ("CONFIDENTIAL//NOFORN", M(C, NOFORN)),
    ("SECRET", M(S)),
    ("SECRET//NOFORN", M(S, NOFORN)),
    ("TOP SECRET", M(TS)),
    ("TOP SECRET//NOFORN", M(TS, NOFORN)),
    ("LIMITED OFFICIAL USE", M(U, LOU)),
    ("  SECRET//NOFORN \n", M(S, NOFORN)),
])
def test_metadata_classification(text, marking):
    assert parse_metadata_classification(text) == marking


@pytest.mark.parametrize("text", ["", "BOGUS", "SECRET//WHATEVER"])
def test_metadata_classification_unreadable(text):
    assert parse_metadata_classification(text) is None


# --------------------------------------------------------------------------
# ZN routing line
# --------------------------------------------------------------------------

@pytest.mark.parametrize("text, marking", [
    ("ZNY CCCCC ZZH", M(C)),
    ("ZNY SSSSS ZZH", M(S)),
    ("ZNR UUUUU ZZH", M(U)),
    ("ZNY EEEEE ZZH", M(U, EFTO)),
    ("ZNY TTTTT", M(TS)),
    ("ZNY SSSAA ZZH", M(S)),                   # damaged group, first letters agree
    ("ZNR UUUAA ZZH", M(U)),
    ("ZNY CCCC ZZH", M(C)),
    ("ZNY CCCCC ZH", M(C)),
    ("ZNR UUUUU", M(U)),
    ("ZNY CCCCC ZZH (CCY ADXD604CA MSI1461 640A)", M(C)),
    ("ZNY SSSSS ZZH ZUI ZDK RUEHZC SVC 4078", M(S)),
])
def test_zn_line(text, marking):
    assert parse_zn_line(text) == marking


@pytest.mark.parametrize("text", ["ZNY CSCSC ZZH", "ZNY XXXXX ZZH", "DE RUEHAH #0086", ""])
def test_zn_line_unreadable(text):
    assert parse_zn_line(text) is None


# --------------------------------------------------------------------------
# Captions and helpers
# --------------------------------------------------------------------------

def test_captions_vocabulary():
    for word in ("NOFORN", "SIPDIS", "SENSITIVE", "EXDIS", "NODIS", "LIMDIS", "STADIS",
                 "ROGER", "CHEROKEE", "DISSENT CHANNEL", "SPECAT", "SPECAT EXCLUSIVE",
                 "NIACT", "EFTO", "AGRMENT", "NOT FOR INTERNET DISTRIBUTION",
                 "ORCON", "PROPIN"):
        assert CAPTIONS[word]
    with pytest.raises(TypeError):
        CAPTIONS["NEW"] = "x"  # read-only


@pytest.mark.parametrize("a, b, d", [
    ("12958", "12958", 0), ("12598", "12958", 1), ("12985", "12958", 1),
    ("12928", "12958", 1), ("SECRT", "SECRET", 1), ("", "ABC", 3),
])
def test_osa_distance(a, b, d):
    assert osa_distance(a, b) == d


def test_osa_distance_with_a_limit_is_exact_up_to_the_limit():
    # the limit only lets the function give up early on pairs farther apart than the limit
    words = ["", "A", "AB", "BA", "ABC", "ACB", "CAB", "ABCD", "ABDC", "XYZ", "AMBASSADOR",
             "AMBASADOR", "MBASSADOR", "AMBASSADRO", "WASHINGTON", "12958", "19528", "PGOV",
             "POGOV", "PREL"]
    for a in words:
        for b in words:
            exact = osa_distance(a, b)
            for limit in range(4):
                got = osa_distance(a, b, limit)
                assert got == exact if exact <= limit else got > limit, (a, b, limit)
