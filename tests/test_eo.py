"""Tests for cablelint.eo: the E.O. timeline and the E.O.-line / Classified-By parsers.

Spellings are real ones (cable-format-survey.md §5, §9; marking-rules.md §1,
§2.6, §4.5, §4.6).  Only short marking strings are quoted; where a classifier
name occurs it is the one already quoted in the research notes.
"""

import time
from datetime import date

import pytest

from cablelint.eo import (
    DECL_KINDS, KNOWN_ORDERS, PERIODS, ClassifiedBy, DeclInstruction, Reason,
    likely_typo_of, order_in_force, parse_classified_by, parse_decl, parse_reason,
    period_on,
)


# --------------------------------------------------------------------------
# Timeline
# --------------------------------------------------------------------------

def test_periods_are_contiguous_and_ordered():
    ids = [p.id for p in PERIODS]
    assert ids == ["P-10501", "P-11652", "P-12065", "P-12356",
                   "P-12958a", "P-12958t", "P-12958b", "P-13526"]
    for earlier, later in zip(PERIODS, PERIODS[1:]):
        assert earlier.end is not None
        assert (later.start - earlier.end).days == 1
    assert PERIODS[-1].end is None


@pytest.mark.parametrize("d, pid, order", [
    (date(1966, 12, 28), "P-10501", "10501"),
    (date(1940, 1, 1), "P-10501", "10501"),      # before any order: the oldest
    (date(1972, 6, 1), "P-11652", "11652"),
    (date(1975, 3, 1), "P-11652", "11652"),
    (date(1978, 12, 1), "P-12065", "12065"),
    (date(1982, 7, 31), "P-12065", "12065"),
    (date(1982, 8, 1), "P-12356", "12356"),
    (date(1995, 10, 13), "P-12356", "12356"),
    (date(1995, 10, 14), "P-12958a", "12958"),
    (date(2003, 3, 24), "P-12958a", "12958"),
    (date(2003, 3, 25), "P-12958t", "12958"),
    (date(2003, 9, 21), "P-12958t", "12958"),
    (date(2003, 9, 22), "P-12958b", "12958"),
    (date(2010, 2, 28), "P-12958b", "12958"),    # the last Cablegate cable
    (date(2010, 6, 26), "P-12958b", "12958"),
    (date(2010, 6, 27), "P-13526", "13526"),
])
def test_period_on(d, pid, order):
    assert period_on(d).id == pid
    assert order_in_force(d) == order
    assert period_on(d).contains(d) or d < PERIODS[0].start


def test_period_rules():
    a = period_on(date(1999, 6, 1))
    assert (a.reason_section, a.reason_letters, a.max_years) == ("1.5", "abcdefg", 10)
    assert a.allows_x_codes and not a.allows_oadr and a.x_code_severity() is None
    t = period_on(date(2003, 6, 1))
    assert (t.reason_section, t.reason_letters, t.max_years) == ("1.4", "abcdefgh", 25)
    assert not t.allows_x_codes and t.x_codes_tolerated
    assert t.x_code_severity() == "warning"
    assert t.stale_reason_section == "1.5"
    b = period_on(date(2008, 9, 3))
    assert b.x_code_severity() == "error" and b.max_years == 25
    old = period_on(date(1990, 1, 1))
    assert old.allows_oadr and old.reason_section is None and old.max_years is None
    assert period_on(date(2011, 1, 1)).max_years == 25


def test_known_orders():
    assert set(KNOWN_ORDERS) == {"10501", "11652", "12065", "12356", "12958", "13292", "13526"}
    assert KNOWN_ORDERS["12958"].effective == date(1995, 10, 14)
    assert KNOWN_ORDERS["12356"].effective == date(1982, 8, 1)
    assert KNOWN_ORDERS["13526"].effective == date(2010, 6, 27)
    assert KNOWN_ORDERS["13526"].signed == date(2009, 12, 29)
    assert KNOWN_ORDERS["13292"].cite_as == "12958"   # cite "12958, as amended"
    assert KNOWN_ORDERS["12958"].cite_as is None


@pytest.mark.parametrize("typed", ["12598", "12985", "12928", "19523", "19528"])
def test_likely_typo_of_12958(typed):
    assert likely_typo_of(typed) == "12958"
    assert likely_typo_of(typed, on=date(2009, 3, 1)) == "12958"


@pytest.mark.parametrize("typed", ["12958", "12356", "13292", "13526", "99999", "abc", ""])
def test_likely_typo_of_none(typed):
    assert likely_typo_of(typed) is None


def test_likely_typo_of_ignores_orders_not_yet_signed():
    assert likely_typo_of("13527") == "13526"
    assert likely_typo_of("13527", on=date(2005, 1, 1)) != "13526"


# --------------------------------------------------------------------------
# parse_decl
# --------------------------------------------------------------------------

@pytest.mark.parametrize("text, d, fmt", [
    ("DECL: 09/03/2033", date(2033, 9, 3), "mm/dd/yyyy"),
    ("DECL: 4/4/2012", date(2012, 4, 4), "m/d/yyyy"),
    ("DECL: 2019/12/17", date(2019, 12, 17), "yyyy/mm/dd"),
    ("DECL: 09/21/10", date(2010, 9, 21), "mm/dd/yy"),
    ("DECL:11/2/2019", date(2019, 11, 2), "mm/d/yyyy"),
    ("decl: 04/06/2017", date(2017, 4, 6), "mm/dd/yyyy"),
    ("DECL: 12-29-13", date(2013, 12, 29), "mm-dd-yy"),
    ("DECL: 20331231", date(2033, 12, 31), "yyyymmdd"),
    ("DECL: 2019-02-12", date(2019, 2, 12), "yyyy-mm-dd"),
    ("DECL: 08 OCTOBER 2019", date(2019, 10, 8), "d month yyyy"),
    ("03/24/2019", date(2019, 3, 24), "mm/dd/yyyy"),            # bare date, no DECL
    ("DECLASSIFY 11/29/2027", date(2027, 11, 29), "mm/dd/yyyy"),
    ("Declassify on 8/31/2034", date(2034, 8, 31), "m/dd/yyyy"),
    ("DECL ON: 07/01/2019", date(2019, 7, 1), "mm/dd/yyyy"),
    ("DECL 03/9/2017", date(2017, 3, 9), "mm/d/yyyy"),
    ("DECL: DECL: 06/09/2016", date(2016, 6, 9), "mm/dd/yyyy"),
    ("DECLl: 10/29/2018", date(2018, 10, 29), "mm/dd/yyyy"),
    ("DECL: 10/29/2014 \\", date(2014, 10, 29), "mm/dd/yyyy"),  # database escape
    ("DECL: 05/21/2015TAGS: PREL PGOV", date(2015, 5, 21), "mm/dd/yyyy"),
    ("decl: 01/07/2014 Tags: prel, pgov", date(2014, 1, 7), "mm/dd/yyyy"),
    ("DECL: 05/15/2034 \"TAGS: PINR AR", date(2034, 5, 15), "mm/dd/yyyy"),
    ("DECL: 01/18/2116", date(2116, 1, 18), "mm/dd/yyyy"),     # a typo, but a real date
    ("DECL: 12/31/75", date(1975, 12, 31), "mm/dd/yy"),         # 2-digit year > 50
    ("1.4 (B) 1.4(D) DECLASSIFY 11/07/2018", date(2018, 11, 7), "mm/dd/yyyy"),
])
def test_decl_dates(text, d, fmt):
    r = parse_decl(text)
    assert (r.kind, r.date, r.date_format, r.valid_calendar_date) == ("date", d, fmt, True)
    assert r.date_text is not None and not r.review


def test_decl_labels():
    assert parse_decl("DECL: 09/03/2033").label == "DECL"
    assert parse_decl("03/24/2019").label is None
    assert parse_decl("DECLASSIFY 11/29/2027").label == "DECLASSIFY"
    assert parse_decl("DECL: DECL: 06/09/2016").label == "DECL DECL"
    assert parse_decl("DECLl: 10/29/2018").label == "DECLL"


def test_decl_impossible_date():
    r = parse_decl("DECL: 02/30/2018")
    assert r.kind == "date"
    assert r.date is None and not r.valid_calendar_date
    assert (r.date_text, r.date_format) == ("02/30/2018", "mm/dd/yyyy")


@pytest.mark.parametrize("text", ["N/A", "n/a", "N/A \\", "NA", "DECL: N/A",
                                  "N/A TAGS: SENV EAGR", "N/A AGS: PREL, OVIP"])
def test_decl_na(text):
    assert parse_decl(text).kind == "na"


@pytest.mark.parametrize("text, kind, codes", [
    ("DECL: OADR", "oadr", ()),
    ("DECL:OADR", "oadr", ()),
    ("DECL:  OADR", "oadr", ()),
    ("DECL: X1, X5", "x-code", ("X1", "X5")),     # 02ROME3067
    ("DECL: (X1)", "x-code", ("X1",)),            # 06NAIROBI1114
    ("DECL: 1.6X6", "x-code", ("X6",)),
    ("DECL: 25X1", "25x", ("25X1",)),
    ("DECL: 25X1-HUMAN", "25x", ("25X1-HUMAN",)),
    ("DECL: 25X1- HUMAN", "25x", ("25X1-HUMAN",)),  # 10BOGOTA93
    ("DECL: 50X1-HUM", "50x", ("50X1-HUM",)),
    ("DECL: 50X2-WMD", "50x", ("50X2-WMD",)),
    ("DECL: MR", "mr", ("MR",)),
    ("GDS", "gds", ("GDS",)),
    ("XGDS-2", "gds", ("XGDS-2",)),
])
def test_decl_codes(text, kind, codes):
    r = parse_decl(text)
    assert (r.kind, r.codes) == (kind, codes)


def test_decl_gds_with_date():
    r = parse_decl("GDS 8/12/85 (TOMSETH, VICTOR L.) OR-P")   # 79TEHRAN8980
    assert (r.kind, r.codes, r.date) == ("gds", ("GDS",), date(1985, 8, 12))


@pytest.mark.parametrize("text, years", [
    ("DECL: TWENTY YEARS", 20), ("DECL: TEN YEARS", 10),
    ("DECL: 25 YEARS", 25), ("DECL: TWENTY-FIVE YEARS", 25),
])
def test_decl_duration(text, years):
    r = parse_decl(text)
    assert (r.kind, r.years, r.date) == ("duration", years, None)


@pytest.mark.parametrize("text, event, years", [
    ("DECL: TEN YEARS AFTER KOREAN UNIFICATION", "TEN YEARS AFTER KOREAN UNIFICATION", 10),
    ("DECL: CLOSURE OF ICTY", "CLOSURE OF ICTY", None),
    ("DECL: FIVE YEARS AFTER ICTY CLOSURE", "FIVE YEARS AFTER ICTY CLOSURE", 5),
    ("DECL: 1.6 FIVE YEARS AFTER CLOSURE OF ICTY", "FIVE YEARS AFTER CLOSURE OF ICTY", 5),
])
def test_decl_event(text, event, years):
    r = parse_decl(text)
    assert (r.kind, r.event, r.years) == ("event", event, years)


def test_decl_downgrade():
    r = parse_decl("DNG: CO 01/26/2021")                       # 06CARACAS219
    assert (r.kind, r.downgrade_to, r.downgrade_date) == ("downgrade", "C", date(2021, 1, 26))
    both = parse_decl("DECL: 12/31/2030 DNG: CO 12/31/2020")
    assert (both.kind, both.date, both.downgrade_to) == ("date", date(2030, 12, 31), "C")
    assert both.downgrade_date == date(2020, 12, 31)


@pytest.mark.parametrize("text, d", [
    ("DECL: DECLASSIFIED BY NARA 09/02/2009", date(2009, 9, 2)),    # 66BUENOSAIRES2481
    ("AS AMENDED; DECLASSIFIED JUNE 21, 2006", date(2006, 6, 21)),  # 72TEHRAN1164
])
def test_decl_review(text, d):
    r = parse_decl(text)
    assert (r.kind, r.review, r.date) == ("review", True, d)


@pytest.mark.parametrize("text, kind", [
    ("", "empty"), ("   ", "empty"), ("DECL:", "empty"),
    ("DECL: 08...", "unknown"), ("DECL...", "unknown"), ("DE...", "unknown"),
    ("DECL: (##)", "unknown"), ("XXXXXXXXXXXXX", "unknown"),
])
def test_decl_empty_and_unknown(text, kind):
    assert parse_decl(text).kind == kind


def test_decl_strips_eo_prefix():
    assert parse_decl("E.O. 12958: DECL: 09/03/2033").date == date(2033, 9, 3)
    assert parse_decl("EO 12958 DECL: 09/21/10").date == date(2010, 9, 21)


def test_decl_kinds_are_declared():
    for text in ("DECL: 09/03/2033", "N/A", "DECL: OADR", "DECL: X1", "DECL: 25X1",
                 "DECL: 50X1-HUM", "DECL: MR", "GDS", "DECL: TEN YEARS",
                 "DECL: CLOSURE OF ICTY", "DNG: CO 01/26/2021", "", "DECL: (##)",
                 "AS AMENDED; DECLASSIFIED JUNE 21, 2006"):
        assert parse_decl(text).kind in DECL_KINDS
    assert isinstance(parse_decl("N/A"), DeclInstruction)


# --------------------------------------------------------------------------
# parse_reason
# --------------------------------------------------------------------------

@pytest.mark.parametrize("text, section, letters", [
    ("Reasons 1.4 (b), (c) and (d).", "1.4", ("b", "c", "d")),
    ("for reasons 1.4 b and d", "1.4", ("b", "d")),
    ("REASON: 1.4(B), (D)", "1.4", ("b", "d")),
    ("Reason(s): 1.4 (B/D).", "1.4", ("b", "d")),
    ("reasons 1.4 (b,d)", "1.4", ("b", "d")),
    ("1.4(b),(d)", "1.4", ("b", "d")),
    ("1.5 (B,D)", "1.5", ("b", "d")),
    ("1.4 b/d", "1.4", ("b", "d")),
    ("REASON: 1.4(D)", "1.4", ("d",)),
    ("1.4 (b)(d)", "1.4", ("b", "d")),
    ("1.4 (b) (d)", "1.4", ("b", "d")),
    ("1.4 (b &\nd)", "1.4", ("b", "d")),
    ("1.5 (b and\nd)", "1.5", ("b", "d")),
    ("reasons: E.O. 12958 1.4 (b,d).", "1.4", ("b", "d")),
    ("1.4.b", "1.4", ("b",)),
    ("1.5M", "1.5", ("m",)),                         # 09KABUL1874, letter beyond g
    ("reasons 1.5, b/d.", "1.5", ("b", "d")),        # 03ANKARA4230
    ("Reason 1.5(b) a \nnd (d)", "1.5", ("b", "d")),  # "and" broken by the wrap
    ("REASONS 1.5 (B) A \nND (D).", "1.5", ("b", "d")),
    ("Reasons 1.4 b.d.", "1.4", ("b", "d")),
    ("reasons 1.4 \\\n(b) and (d) \\", "1.4", ("b", "d")),
    ("1.4 (B) 1.4(D)", "1.4", ("b", "d")),
    ("1.4 (a), (b), (d \n), (e)", "1.4", ("a", "b", "d", "e")),
    ("1.4 (b), (b) and (d)", "1.4", ("b", "d")),      # duplicates removed
    ("reasons 1.4 (b) and (i).", "1.4", ("b", "i")),  # kept, so a rule can flag it
    ("FOR REA \nSONS 1.5 (B AND D)", "1.5", ("b", "d")),
    ("REASONS 1 \n.4 (B AND D)", "1.4", ("b", "d")),
])
def test_reason_section_and_letters(text, section, letters):
    r = parse_reason(text)
    assert (r.section, r.letters, r.raw_ok) == (section, letters, True)


@pytest.mark.parametrize("text, section, letters", [
    ("for reasons b, d.", None, ("b", "d")),          # 07BUENOSAIRES1888
    ("for reasons (B) and (D).", None, ("b", "d")),   # 08BUENOSAIRES129
    ("FOR REASONS 1(B) AND (D)", None, ("b", "d")),
    ("Reason: 1/4 (B), (D), (E), and (G)", "1.4", ("b", "d", "e", "g")),
    ("Reasons 1:4 b,d", "1.4", ("b", "d")),
    ("reasons 14 (b) and (d).", "1.4", ("b", "d")),
])
def test_reason_irregular_shapes(text, section, letters):
    r = parse_reason(text)
    assert (r.section, r.letters, r.raw_ok) == (section, letters, False)


def test_reason_section_without_letters():
    r = parse_reason("Reason: 1.4")                   # 09BRASILIA1038
    assert (r.section, r.letters, r.raw_ok) == ("1.4", (), False)


def test_reason_exemption_codes():
    r = parse_reason("(b, d, X6)")
    assert (r.section, r.letters, r.exemption_codes) == (None, ("b", "d"), ("X6",))
    r = parse_reason("Reasons: 1.5 (b, d, X6).")      # 03ANKARA2521
    assert (r.section, r.letters, r.exemption_codes) == ("1.5", ("b", "d"), ("X6",))
    r = parse_reason("Reason: 1.6X6")
    assert (r.section, r.exemption_codes) == (None, ("X6",))
    assert parse_reason("Reason: 25X1").exemption_codes == ("25X1",)


def test_reason_in_words():
    r = parse_reason("Reason: foreign relations")
    assert (r.section, r.letters, r.words) == (None, (), "foreign relations")


@pytest.mark.parametrize("text, letters", [
    ("Ambassador W.R. Pearson; reasons: 1.5 (b,d).", ("b", "d")),
    ("Ambassador Clark T. Randt, Jr. Reasons 1.4 (b), (c) and (d).", ("b", "c", "d")),
    ("Reason 1.4 (d), T. Randt", ("d",)),
    ("1.4 (d), W.R. Pearson", ("d",)),
    ("1.4 b. A. Smith", ("b",)),
])
def test_reason_names_give_no_letters(text, letters):
    assert parse_reason(text).letters == letters


@pytest.mark.parametrize("text, letters", [
    ("REASON: 1.4 (b), (d) (S) Ambassador telephoned", ("b", "d")),
    ("REASON: 1.4(B), (D)\n(S//NF) Summary", ("b", "d")),
    ("reason 1.4 (c)  (S/NF) HMG agrees", ("c",)),
    ("reasons 1.4 (b) and (d) (C)", ("b", "d")),
    ("reasons 1.4 b and d (C)", ("b", "d")),
])
def test_reason_stops_at_next_portion_mark(text, letters):
    assert parse_reason(text).letters == letters


@pytest.mark.parametrize("text", [
    "", "Ambassador Glyn T. Davies", "ELISSA G. PITTERLE, DIRECTOR, INR/OPS",
    "E.O. 12958", "(U) Classified by X",
])
def test_reason_absent(text):
    assert parse_reason(text) is None


def test_reason_eo_number_is_not_a_section():
    r = parse_reason("Reason: E.O. 12958")
    assert r is None or r.section is None


# --------------------------------------------------------------------------
# parse_classified_by
# --------------------------------------------------------------------------

@pytest.mark.parametrize("text, has_name, has_title, section, letters", [
    ("Ambassador Clark T. Randt, Jr. Reasons 1.4 (b), (c) and (d).", True, True, "1.4", "bcd"),
    ("Ambassador Glyn T. Davies for reasons 1.4 b and d", True, True, "1.4", "bd"),
    ("Rose E. Gottemoeller, Assistant Secretary, Department of State, VCI; "
     "REASON: 1.4(B), (D)", True, True, "1.4", "bd"),
    ("AIT Director Douglas Paal, Reason(s): 1.4 (B/D).", True, True, "1.4", "bd"),
    ("(U) CDA Nancy McEldowney; E.O. 12958, reasons 1.4 (b,d)", True, True, "1.4", "bd"),
    ("Classified by DCM Liz Dibble for reasons 1.4 (b) and (d)", True, True, "1.4", "bd"),
    ("CLASSIFIED BY POLITICAL MINISTER COUNSELOR SHARON WIENER", True, True, None, ""),
    ("CHARGE ROBERT BEECROFT; REASON 1.5 (D).", True, True, "1.5", "d"),
    ("Political Counselor F. Daniel Sainz for Reasons 1.4 (b) and (d)", True, True, "1.4", "bd"),
    ("Charge d'Affaires, a.i., Lisa Kubiske, reasons 1.4 (b) a \nnd (d)", True, True, "1.4", "bd"),
    ("Charge d\u2019affaires D. Brent Hardt for reasons 1.5 (b and d).", True, True, "1.5", "bd"),
    ("CDA, A.I. RON MCMULLEN FOR REASON 1.5 (A/C).", True, True, "1.5", "ac"),
    ("P/E  D. Mccullough, Reason(s): 1.5 (b),(d)", True, True, "1.5", "bd"),
    ("Deputy Chief of Mission Philip Chicola, reasons\n1.4 (b &\nd)", True, True, "1.4", "bd"),
    ("A/DCM V. Wunder, for Reasons 1.4 (c,d)", True, True, "1.4", "cd"),
    ("POL/C ALEXIS LUDWIG FOR REASONS 1.4 (B)", True, True, "1.4", "b"),
    ("PolMinCouns Scott Bellard, reasons 1.4 (b) and (d)", True, True, "1.4", "bd"),
    ("EconOff W.Brafman for reasons 1.4 b/d/e.", True, True, "1.4", "bde"),
    ("Gene A. Cretz, Ambassador, U.S. Embassy Tripoli, Department of State. "
     "REASON: 1.4 (b), (d)", True, True, "1.4", "bd"),
    ("com jonathan farrar for reasons 1.4 (b) & (d)", True, True, "1.4", "bd"),
    ("XXXXXXXXXXXXXXXXXXXX, reasons 1.4 (B) and (D).", True, False, "1.4", "bd"),
    ("Anne W. Patterson, for reasons 1.4 (b)(d)", True, False, "1.4", "bd"),
    ("AMBASSADOR. REASON 1.5(B,D).", False, True, "1.5", "bd"),
    ("DCM", False, True, None, ""),
    ("Ambassador Richard L. Baltimore, III.", True, True, None, ""),
])
def test_classified_by(text, has_name, has_title, section, letters):
    cb = parse_classified_by(text)
    assert isinstance(cb, ClassifiedBy)
    assert (cb.has_name, cb.has_title) == (has_name, has_title)
    assert cb.has_name == (cb.classifier is not None)
    assert cb.has_title == (cb.title is not None)
    if section is None and not letters:
        assert cb.reason is None
    else:
        assert cb.reason.section == section
        assert "".join(cb.reason.letters) == letters


def test_classified_by_pieces():
    cb = parse_classified_by("Ambassador Clark T. Randt, Jr. Reasons 1.4 (b), (c) and (d).")
    assert cb.title == "Ambassador"
    assert "Randt" in cb.classifier and "Ambassador" not in cb.classifier
    cb = parse_classified_by("ELISSA G. PITTERLE, DIRECTOR, INR/OPS")
    assert cb.title == "DIRECTOR" and "INR/OPS" not in cb.classifier
    cb = parse_classified_by("Gene A. Cretz, Ambassador, U.S. Embassy Tripoli, Department of "
                             "State. REASON: 1.4 (b), (d)")
    assert "Tripoli" not in cb.classifier


def test_classified_by_derived():
    cb = parse_classified_by("Derived from Multiple Sources")
    assert cb.derived_from == "Multiple Sources"
    assert not cb.has_name and cb.reason is None
    cb = parse_classified_by("MULTIPLE SOURCES")
    assert cb.derived_from == "MULTIPLE SOURCES"
    cb = parse_classified_by("Derived from DSCG 05-01, b and d")
    assert cb.derived_from.startswith("DSCG 05-01")


def test_classified_by_empty():
    cb = parse_classified_by("")
    assert cb == ClassifiedBy(None, None, False, False, None, None)


def test_reason_dataclass_defaults():
    assert Reason("1.4") == Reason("1.4", (), None, (), False)


# --------------------------------------------------------------------------
# Hostile input
# --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "reasons 1.4 " + "(b) and " * 100000,
    "r e a s o n " * 100000,
    "(" * 200000 + "b",
    "(a,a,a," * 50000,
    "Ambassador W.R. Pearson " * 50000,
    "DECL: " * 100000,
    "12/12/12/12/" * 50000,
    "TWENTY " * 100000 + "YEARS",
    "X1, " * 100000,
    "ambassadorrrr" * 50000,
])
def test_hostile_input_is_fast(text):
    t0 = time.perf_counter()
    parse_reason(text)
    parse_classified_by(text)
    parse_decl(text)
    assert time.perf_counter() - t0 < 0.5
