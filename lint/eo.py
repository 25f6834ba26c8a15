"""Executive-Order timeline and the parsers of the E.O. line and Classified-By block.

Data first: which order (and which sub-period of it) governed a cable on a
given date, with the reason section, the valid reason letters, the longest
declassification horizon and the legality of OADR and X-codes in that period
(``shared/research/marking-rules.md`` §1.1, §1.2, §2.6).  Then three parsers:

* :func:`parse_decl` — the declassification instruction after ``E.O. 12958:``;
* :func:`parse_reason` — the ``1.4 (b) and (d)`` reason in a Classified-By block;
* :func:`parse_classified_by` — classifier name, title, ``Derived from`` and reason.

All spellings handled here occur in the corpus (``cable-format-survey.md`` §5,
§9).  The parsers never raise and never print what they read: the name of a
classifier is returned for the linter's own checks only.  Regular expressions
avoid nested quantifiers over the same characters (hostile input).
"""

from __future__ import annotations

import functools
import re
from datetime import date
from types import MappingProxyType
from typing import Iterator, Mapping, NamedTuple

from .lazyre import LazyPattern
from .marking import osa_distance
from .words import Words

__all__ = [
    "Period", "PERIODS", "period_on", "order_in_force", "superseded",
    "ExecutiveOrder", "KNOWN_ORDERS", "likely_typo_of",
    "EO_12356_EFFECTIVE", "EO_12958_EFFECTIVE", "EO_13526_EFFECTIVE", "OADR_ACCEPTED_UNTIL",
    "X_CODES_FROM", "X_CODES_UNTIL", "ISOO_DIRECTIVE_2010", "LOU_ABOLISHED",
    "CAPTIONED_HEADER_SINCE", "SIPDIS_GUIDANCE", "CAPCO_SYNTAX_SINCE", "SHIPPED_TAG_LISTS_FROM",
    "DECL_KINDS", "DeclInstruction", "DeclKind", "parse_decl",
    "Reason", "parse_reason",
    "ClassifiedBy", "parse_classified_by",
]


# ==========================================================================
# Timeline
# ==========================================================================

class Period(NamedTuple):
    """A span of dates during which one set of marking rules applied.

    ``x_codes_tolerated`` marks the 2003 transition (P-12958t): the amended
    order no longer had X1–X8 but the old ISOO directive, which did, stayed in
    force until 2003-09-22 — so an X-code then is a warning, not an error.
    ``stale_reason_section`` is a section that is out of date but still seen
    (State's 2004 drafting handbook kept printing ``1.5``): warn, don't fail.
    """

    id: str
    order: str
    start: date
    end: date | None            # inclusive; None = still in force
    reason_section: str | None  # "1.5" / "1.4" / None (no reason element)
    reason_letters: str         # valid category letters, "" if none
    max_years: int | None       # longest declassification horizon, None = no cap
    allows_oadr: bool
    allows_x_codes: bool
    confidence: str             # S / K / I / E, as in marking-rules.md §0
    x_codes_tolerated: bool = False
    stale_reason_section: str | None = None

    def contains(self, d: date) -> bool:
        return self.start <= d and (self.end is None or d <= self.end)

    def x_code_severity(self) -> str | None:
        """``None`` when X1–X8 are lawful, ``"warning"`` in the transition, else ``"error"``."""
        if self.allows_x_codes:
            return None
        return "warning" if self.x_codes_tolerated else "error"


#: The periods in date order, without gaps (marking-rules.md §1.1, §1.2, §2.6).
PERIODS: tuple[Period, ...] = (
    # E.O. 10501 effective 1953-12-15 [K]; before it, treat as 10501 too.
    Period("P-10501", "10501", date(1953, 12, 15), date(1972, 5, 31),
           None, "", None, False, False, "K"),
    # E.O. 11652: start date still open (§8) [K]; GDS/XGDS schedules.
    Period("P-11652", "11652", date(1972, 6, 1), date(1978, 11, 30),
           None, "", None, False, False, "K"),
    # E.O. 12065 effective 1978-12-01 [S] (CIA implementation memo).
    Period("P-12065", "12065", date(1978, 12, 1), date(1982, 7, 31),
           None, "", None, False, False, "S"),
    # E.O. 12356 effective 1982-08-01 [S]; no reason element, OADR lawful.
    Period("P-12356", "12356", date(1982, 8, 1), date(1995, 10, 13),
           None, "", None, True, False, "S"),
    # E.O. 12958 as issued, effective 1995-10-14 [S]: reason 1.5 (a)-(g),
    # 10-year default and ceiling, X1-X8 exemptions.
    Period("P-12958a", "12958", date(1995, 10, 14), date(2003, 3, 24),
           "1.5", "abcdefg", 10, False, True, "S"),
    # E.O. 13292 signed 2003-03-25; whether it took effect that day is open
    # (§8) [K].  Order text: 1.4 (a)-(h), 25 years; old directive still in force.
    Period("P-12958t", "12958", date(2003, 3, 25), date(2003, 9, 21),
           "1.4", "abcdefgh", 25, False, False, "K",
           x_codes_tolerated=True, stale_reason_section="1.5"),
    # Revised ISOO directive effective 2003-09-22 [S]: X1-X8 abolished.
    Period("P-12958b", "12958", date(2003, 9, 22), date(2010, 6, 26),
           "1.4", "abcdefgh", 25, False, False, "S",
           stale_reason_section="1.5"),
    # E.O. 13526 effective 2010-06-27 (180 days after signature) [S].
    Period("P-13526", "13526", date(2010, 6, 27), None,
           "1.4", "abcdefgh", 25, False, False, "S"),
)


def period_on(d: date) -> Period:
    """The period governing a cable dated ``d`` (dates before 1953 → P-10501)."""
    for p in reversed(PERIODS):
        if d >= p.start:
            return p
    return PERIODS[0]


def order_in_force(d: date) -> str:
    """The E.O. number a cable dated ``d`` should cite (``"12958"`` for 1995-2010)."""
    return period_on(d).order


def superseded(order: str) -> tuple[str, date] | None:
    """The order that replaced ``order`` and the day it took effect (``None`` if still in force)."""
    seen = False
    for p in PERIODS:
        if p.order == order:
            seen = True
        elif seen:
            return p.order, p.start
    return None


class ExecutiveOrder(NamedTuple):
    """An order a cable may cite.  ``cite_as`` is set when the number should
    not itself be cited (13292: ISOO says to cite "E.O. 12958, as amended")."""

    number: str
    signed: date
    effective: date
    cite_as: str | None = None
    confidence: str = "S"


#: Orders a cable may cite, by number (marking-rules.md §1.1).
KNOWN_ORDERS: Mapping[str, ExecutiveOrder] = MappingProxyType({
    "10501": ExecutiveOrder("10501", date(1953, 11, 5), date(1953, 12, 15), confidence="K"),
    "11652": ExecutiveOrder("11652", date(1972, 3, 8), date(1972, 6, 1), confidence="K"),
    "12065": ExecutiveOrder("12065", date(1978, 6, 28), date(1978, 12, 1)),
    "12356": ExecutiveOrder("12356", date(1982, 4, 2), date(1982, 8, 1)),
    "12958": ExecutiveOrder("12958", date(1995, 4, 17), date(1995, 10, 14)),
    # Effective date of 13292 is an open question (§8): signature date used.
    "13292": ExecutiveOrder("13292", date(2003, 3, 25), date(2003, 3, 25),
                            cite_as="12958", confidence="K"),
    "13526": ExecutiveOrder("13526", date(2009, 12, 29), date(2010, 6, 27)),
})

# --------------------------------------------------------------------------
# Era dates the rules compare against.  Every date a rule needs is named
# here (a test fails on a date literal in rules/), so the rules agree with
# the table above and with each other.
# --------------------------------------------------------------------------

#: Effective dates of the orders whose start changes what a cable must carry.
EO_12356_EFFECTIVE = KNOWN_ORDERS["12356"].effective   # 1982-08-01 [S]
EO_12958_EFFECTIVE = KNOWN_ORDERS["12958"].effective   # 1995-10-14 [S]
EO_13526_EFFECTIVE = KNOWN_ORDERS["13526"].effective   # 2010-06-27 [S]

#: The last cable date on which ``OADR`` is accepted: CAPCO's legacy table
#: takes it on sources dated on or before 1995-10-14, the first day of
#: E.O. 12958 (marking-rules.md §2.2 and DECL-04) [S].
OADR_ACCEPTED_UNTIL = date(1995, 10, 14)

#: First and last cable dates on which X1-X8 are lawful or tolerated (the
#: 2003 transition included), from the periods above.
X_CODES_FROM = min(p.start for p in PERIODS if p.allows_x_codes or p.x_codes_tolerated)
X_CODES_UNTIL = max(p.end for p in PERIODS if (p.allows_x_codes or p.x_codes_tolerated) and p.end)

#: 32 CFR 2001 (2010), the ISOO directive under E.O. 13526, took effect two
#: days before the order: YYYYMMDD dates, "1.4" + letters (75 FR 37254;
#: marking-rules.md §3.1) [S].
ISOO_DIRECTIVE_2010 = date(2010, 6, 25)

#: State abolished Limited Official Use and replaced it by SBU (2000 STATE
#: 018029 para 1, marking-rules.md §4.3) [S].
LOU_ABOLISHED = date(1995, 10, 1)

#: State telegrams carry an E.O. line and a TAGS line from 1973 on (observed
#: in the corpus, marking-rules.md DECL-01) [E].
CAPTIONED_HEADER_SINCE = date(1973, 1, 1)

#: State's guidance that a SIPDIS cable may carry no NODIS, EXDIS or other
#: caption limiting distribution: 05 STATE 226504 para 2b, December 2005
#: (marking-rules.md CAV-04) [S].
SIPDIS_GUIDANCE = date(2005, 12, 1)

#: The register's syntax for dissemination controls (one `/` between entries;
#: `REL TO` lists as CAPCO writes them, `REL TO USA, GBR`), from July 2005
#: (marking-rules.md §3.3) [S]: a release mark of an older cable in State's own
#: words (`(SECRET/REL QATAR)`, 2001) is a form of its time, not a slip from it.
CAPCO_SYNTAX_SINCE = date(2005, 7, 1)

#: The TAG lists shipped in lint/data describe TAGS from 1995 on; older TAGS
#: (PINT, EGEN) are not in them, so TAGS of older cables are not judged
#: against them.
SHIPPED_TAG_LISTS_FROM = date(1995, 1, 1)


# When a typo is equally close to two orders, prefer the one nearly every
# cable cites.
_TYPO_PREFERENCE = ("12958", "12356", "13526", "12065", "11652", "13292", "10501")


def _typo_distance(a: str, b: str) -> int:
    """Edit distance that also counts moving one digit as a single edit.

    Typists slip a digit to another place (``19528`` for 12958: the 2 moved
    two places right), which plain edit distance scores as 2-3.
    """
    best = osa_distance(a, b)
    if best <= 1:
        return best
    for i in range(len(a)):
        rest = a[:i] + a[i + 1:]
        for j in range(len(rest) + 1):
            if j != i:
                best = min(best, 1 + osa_distance(rest[:j] + a[i] + rest[j:], b))
    return best


@functools.lru_cache(maxsize=256)  # the same mistyped numbers recur from cable to cable
def likely_typo_of(order: str, on: date | None = None) -> str | None:
    """The known order an unknown E.O. number is most likely a typo of.

    ``12598``/``12985``/``12928`` are one edit (or one adjacent swap) from
    12958; ``19528`` is one digit moved and ``19523`` a move plus a change.
    With ``on`` (the cable date), orders not yet in force are not
    candidates.  ``None`` for known numbers and for numbers more than two
    edits from every candidate.  Ties go to the order nearly every cable
    cites (12958).
    """
    order = order.strip()
    if order in KNOWN_ORDERS or not order.isdigit():
        return None
    scored = [(_typo_distance(order, known), _TYPO_PREFERENCE.index(known), known)
              for known, eo in KNOWN_ORDERS.items()
              if on is None or eo.signed <= on]
    if not scored:
        return None
    best = min(scored)
    return best[2] if best[0] <= 2 else None


# ==========================================================================
# Dates
# ==========================================================================

_MONTHS = {m: i for i, m in enumerate(
    ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"), 1)}
_MONTH_ALT = r"(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*\.?"

# Every real date shape; _find_date tries them all and keeps the leftmost hit.
_DATE_YMD_RE = re.compile(r"(?<!\d)(\d{4})([/-])(\d{1,2})\2(\d{1,2})(?!\d)")
_DATE_MDY_RE = re.compile(r"(?<!\d)(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?!\d)")
_DATE_COMPACT_RE = re.compile(r"(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)")
_DATE_MONTH_FIRST_RE = re.compile(r"(?<![A-Z])" + _MONTH_ALT + r" (\d{1,2}),? (\d{4})(?!\d)")
_DATE_DAY_FIRST_RE = re.compile(r"(?<!\d)(\d{1,2}) " + _MONTH_ALT + r",? (\d{4})(?!\d)")


class _DateHit(NamedTuple):
    start: int
    end: int
    text: str
    fmt: str
    value: date | None


def _year(text: str) -> int:
    """Four digits as written; two digits → 20yy, or 19yy above 50."""
    y = int(text)
    if len(text) == 2:
        y += 1900 if y > 50 else 2000
    return y


def _make_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _find_date(text: str) -> _DateHit | None:
    """The first date in ``text`` (upper-cased, single blanks), in any real format."""
    hits: list[_DateHit] = []
    # each shape is looked for only where the text holds what it cannot match without: its
    # separators, or a letter for a month's name
    m = _DATE_YMD_RE.search(text) if "/" in text or "-" in text else None
    if m:
        y, sep, mo, d = m.groups()
        fmt = f"yyyy{sep}{'m' * len(mo)}{sep}{'d' * len(d)}"
        hits.append(_DateHit(m.start(), m.end(), m.group(0), fmt,
                             _make_date(int(y), int(mo), int(d))))
    m = _DATE_MDY_RE.search(text) if "/" in text or "-" in text or "." in text else None
    if m:
        mo, sep, d, y = m.groups()
        fmt = f"{'m' * len(mo)}{sep}{'d' * len(d)}{sep}{'y' * len(y)}"
        hits.append(_DateHit(m.start(), m.end(), m.group(0), fmt,
                             _make_date(_year(y), int(mo), int(d))))
    m = _DATE_COMPACT_RE.search(text)
    if m:
        y, mo, d = m.groups()
        hits.append(_DateHit(m.start(), m.end(), m.group(0), "yyyymmdd",
                             _make_date(int(y), int(mo), int(d))))
    named = text.lower() != text
    m = _DATE_MONTH_FIRST_RE.search(text) if named else None
    if m:
        mon, d, y = m.groups()
        hits.append(_DateHit(m.start(), m.end(), m.group(0), "month d, yyyy",
                             _make_date(int(y), _MONTHS[mon], int(d))))
    m = _DATE_DAY_FIRST_RE.search(text) if named else None
    if m:
        d, mon, y = m.groups()
        hits.append(_DateHit(m.start(), m.end(), m.group(0), "d month yyyy",
                             _make_date(int(y), _MONTHS[mon], int(d))))
    return min(hits, key=lambda h: h.start) if hits else None


# ==========================================================================
# The declassification instruction (E.O. line)
# ==========================================================================

class DeclKind(Words):
    """What a declassification instruction is (`DeclInstruction.kind`)."""

    DATE = "date"  # a declassification date
    EVENT = "event"  # an event (`TEN YEARS AFTER KOREAN UNIFICATION`)
    DURATION = "duration"  # a bare duration (`TWENTY YEARS`)
    OADR = "oadr"  # originating agency's determination required
    NA = "na"  # `N/A`: an unclassified cable's
    X_CODE = "x-code"  # the exemptions X1-X8 of E.O. 12958 as issued
    X25 = "25x"  # a 25X exemption
    X50 = "50x"  # a 50X exemption (E.O. 13526)
    MR = "mr"  # manual review (never authorised)
    GDS = "gds"  # the General Declassification Schedule (E.O. 11652, 12065)
    REVIEW = "review"  # a later review stamp, not the cable's own instruction
    EMPTY = "empty"  # the label without an instruction
    DOWNGRADE = "downgrade"  # a downgrade instruction alone
    UNKNOWN = "unknown"  # text that cannot be read


DECL_KINDS = frozenset(DeclKind)


class DeclInstruction(NamedTuple):
    """What the E.O. line says about declassification.

    ``date`` is the declassification date (for ``kind == "review"`` the date
    of the review stamp; for ``gds`` the GDS date).  An impossible date
    (``02/30/2018``) keeps ``date_text`` and ``date_format`` with ``date``
    None and ``valid_calendar_date`` False.  ``years`` is a bare duration
    (``TEN YEARS``) or the offset of an event (``TEN YEARS AFTER …``).
    ``label`` is the DECL label as written (``"DECL"``, ``"DECLASSIFY"``,
    ``"DECLL"``, ``"DECL DECL"``; None if absent) and ``text`` the cleaned
    input, so that rules can judge irregular spellings.
    """

    kind: DeclKind
    date: date | None = None
    codes: tuple[str, ...] = ()
    event: str | None = None
    years: int | None = None
    downgrade_to: str | None = None
    downgrade_date: date | None = None
    date_text: str | None = None
    date_format: str | None = None
    valid_calendar_date: bool = False
    review: bool = False
    label: str | None = None
    text: str = ""


# Real E.O. lines are under 100 characters and Classified-By blocks under 500;
# longer input is not a marking, and the caps bound the work on hostile text.
_MAX_EO_TEXT = 400
_MAX_BLOCK_TEXT = 2000
_EO_PREFIX_RE = re.compile(r"E\.? ?O\.? ?\d{5} ?:? ?")
# Fields the grammar normally cuts off; "AGS:" is a TAGS label that lost its T.
_TRAILER_RE = re.compile(r"T?AGS? ?:|(?<![A-Z])TAGS? |(?<![A-Z])SUBJECT ?:")
_OADR_DECL_RE = re.compile(r" ?OADR ?: ?DECL ?[.:]?")
_DECL_LABEL_RE = re.compile(r"(DECL(?:ASSIFY|L)?)(?![A-Z])( ?ON(?![A-Z]))? ?:? ?")
_REVIEW_RE = re.compile(r"(?<![A-Z])DECLASSIFIED(?![A-Z])")
_DNG_RE = re.compile(r"(?<![A-Z])DNG ?:? ?([A-Z]{1,2})(?![A-Z]) ?")
_DNG_LEVELS = {"CO": "C", "C": "C", "SE": "S", "S": "S", "UN": "U", "U": "U", "TS": "TS"}
_NA_RE = re.compile(r"N ?/ ?A|NA|NONE")
_OADR_RE = re.compile(r"\(?OADR\)?")
_MR_RE = re.compile(r"MR|MANUAL REVIEW")
_GDS_RE = re.compile(r"(XGDS|GDS|RDS|XDS)(?: ?- ?(\d))?(?![A-Z])")
_CODE_50X_RE = re.compile(r"50X(\d)(?: ?- ?(HUM|WMD)[A-Z]*)?")
_CODE_25X_RE = re.compile(r"25X(\d)(?: ?- ?(HUMAN|EO-12951)(?![A-Z]))?")
_CODE_X_RE = re.compile(r"(?<![A-Z0-9])(?:1\.6 ?)?X ?([1-9])(?!\d)")
_CODE_LIST_LEFTOVER_RE = LazyPattern(r"[\s(),;/&.]|AND")
_EVENT_PREFIX_RE = LazyPattern(r"1\.6 +")
_YEARS_RE = LazyPattern(r"(\d{1,2}|[A-Z]+(?:[- ][A-Z]+)?) YEARS?(?![A-Z])")
_EVENT_WORD_RE = LazyPattern(r"[A-Z]{2,}")

_NUMBER_WORDS = {
    "ONE": 1, "TWO": 2, "THREE": 3, "FOUR": 4, "FIVE": 5, "SIX": 6, "SEVEN": 7,
    "EIGHT": 8, "NINE": 9, "TEN": 10, "ELEVEN": 11, "TWELVE": 12, "THIRTEEN": 13,
    "FOURTEEN": 14, "FIFTEEN": 15, "SIXTEEN": 16, "SEVENTEEN": 17,
    "EIGHTEEN": 18, "NINETEEN": 19, "TWENTY": 20, "THIRTY": 30, "FORTY": 40,
    "FIFTY": 50, "SEVENTY": 70, "SEVENTY-FIVE": 75,
}


def _number(text: str) -> int | None:
    """``"10"``, ``"TEN"``, ``"TWENTY-FIVE"``, ``"TWENTY FIVE"`` → int."""
    if text.isdigit():
        return int(text)
    words = text.replace("-", " ").split()
    if not words or any(w not in _NUMBER_WORDS for w in words):
        return None
    return sum(_NUMBER_WORDS[w] for w in words)


def _clean_eo_text(text: str) -> str:
    """Single blanks, upper case, no E.O. prefix, no TAGS/SUBJECT trailer,
    no database escapes (trailing ``\\``) or stray quotes."""
    t = " ".join(text[:_MAX_EO_TEXT].split()).upper()
    m = _EO_PREFIX_RE.match(t)
    if m:
        t = t[m.end():]
    cut = _TRAILER_RE.search(t) if "AG" in t or "SUBJECT" in t else None
    if cut:
        t = t[:cut.start()]
    return t.strip(" \\\"'")


def _date_fields(hit: _DateHit | None) -> dict:
    if hit is None:
        return {}
    return {"date": hit.value, "date_text": hit.text, "date_format": hit.fmt,
            "valid_calendar_date": hit.value is not None}


# Cached (the result is immutable): a corpus repeats its E.O. lines, the same dates and N/As.
@functools.lru_cache(maxsize=4096)
def parse_decl(text: str) -> DeclInstruction:
    """Read the declassification part of an E.O. line (after ``E.O. 12958:``).

    Never raises; text it cannot read gives ``kind="unknown"``.
    """
    t = _clean_eo_text(text)
    if not t:
        return DeclInstruction(DeclKind.EMPTY, text=t)

    # Review stamps added when the cable was released decades later (REV-01).
    # (each expression below is tried only where the text holds the word it cannot match without)
    review = _REVIEW_RE.search(t) if "DECLASSIFIED" in t else None
    if review:
        hit = _find_date(t[review.end():])
        return DeclInstruction(DeclKind.REVIEW, review=True, text=t, **_date_fields(hit))

    if t.endswith("...") or t.endswith("\u2026"):
        # Cut off in the source ("DECL: 08...").
        return DeclInstruction(DeclKind.UNKNOWN, text=t)

    # Downgrade instruction ("DNG: CO 01/26/2021"), alone or with a DECL.
    downgrade_to = downgrade_date = None
    dng = _DNG_RE.search(t) if "DNG" in t else None
    if dng:
        downgrade_to = _DNG_LEVELS.get(dng.group(1), dng.group(1))
        rest = t[dng.end():]
        hit = _find_date(rest)
        downgrade_date = hit.value if hit else None
        t_main = (t[:dng.start()] + " " + (rest[hit.end:] if hit else rest)).strip()
    else:
        t_main = t
    extra = {"downgrade_to": downgrade_to, "downgrade_date": downgrade_date, "text": t}
    if "OADR" in t_main and _OADR_DECL_RE.fullmatch(t_main):
        # `E.O. 12356: OADR: DECL`: the label typed after its value, as some posts did
        return DeclInstruction(DeclKind.OADR, label="DECL", **extra)

    # DECL label(s): "DECL:", "DECL ON:", "DECLASSIFY", "DECLl:", "DECL: DECL:".
    # Anything before the first label (a stray reason cite) is ignored.
    labels: list[str] = []
    body = t_main
    first = _DECL_LABEL_RE.search(body) if "DECL" in body else None
    if first:
        pos = first.start()
        while True:
            m = _DECL_LABEL_RE.match(body, pos)
            if not m:
                break
            labels.append(m.group(1) + (" ON" if m.group(2) else ""))
            pos = m.end()
        body = body[pos:]
    label = " ".join(labels) or None
    body = body.strip(" .;,:")
    if not body:
        kind = DeclKind.DOWNGRADE if dng else DeclKind.EMPTY
        return DeclInstruction(kind, label=label, **extra)
    return _classify_body(body, label, extra)


def _classify_body(body: str, label: str | None, extra: dict) -> DeclInstruction:
    """Classify the value after the DECL label."""
    if _NA_RE.fullmatch(body):
        return DeclInstruction(DeclKind.NA, label=label, **extra)
    if "OADR" in body and _OADR_RE.fullmatch(body):
        return DeclInstruction(DeclKind.OADR, label=label, **extra)
    if _MR_RE.fullmatch(body):
        return DeclInstruction(DeclKind.MR, codes=("MR",), label=label, **extra)

    gds = _GDS_RE.match(body) if "DS" in body else None
    if gds:
        code = gds.group(1) + (f"-{gds.group(2)}" if gds.group(2) else "")
        hit = _find_date(body[gds.end():])
        return DeclInstruction(DeclKind.GDS, codes=(code,), label=label, **extra,
                               **_date_fields(hit))

    codes50 = [f"50X{n}" + (f"-{s[:3]}" if s else "") for n, s in _CODE_50X_RE.findall(body)] \
        if "50X" in body else []
    if codes50:
        return DeclInstruction(DeclKind.X50, codes=tuple(codes50), label=label, **extra,
                               **_date_fields(_find_date(body)))
    codes25 = [f"25X{n}" + (f"-{s}" if s else "") for n, s in _CODE_25X_RE.findall(body)] \
        if "25X" in body else []
    if codes25:
        return DeclInstruction(DeclKind.X25, codes=tuple(codes25), label=label, **extra,
                               **_date_fields(_find_date(body)))
    xcodes = _CODE_X_RE.findall(body) if "X" in body else []
    if xcodes and not _CODE_LIST_LEFTOVER_RE.sub("", _CODE_X_RE.sub("", body)):
        return DeclInstruction(DeclKind.X_CODE, codes=tuple(f"X{n}" for n in xcodes),
                               label=label, **extra)

    hit = _find_date(body)
    if hit is not None and hit.start == 0:
        return DeclInstruction(DeclKind.DATE, label=label, **extra, **_date_fields(hit))

    years = _YEARS_RE.match(body)
    n = _number(years.group(1)) if years else None
    if years and n is not None and years.end() == len(body):
        return DeclInstruction(DeclKind.DURATION, years=n, label=label, **extra)

    event = _EVENT_PREFIX_RE.sub("", body, count=1)
    if len(_EVENT_WORD_RE.findall(event)) >= 2:
        ev_years = _YEARS_RE.match(event)
        return DeclInstruction(
            DeclKind.EVENT, event=event, codes=tuple(f"X{c}" for c in xcodes),
            years=_number(ev_years.group(1)) if ev_years else None,
            label=label, **extra, **_date_fields(hit))
    if hit is not None:
        # A date after some unreadable prefix (or after X-codes: "X1 05/05/2010").
        return DeclInstruction(DeclKind.DATE, codes=tuple(f"X{c}" for c in xcodes), label=label,
                               **extra, **_date_fields(hit))
    return DeclInstruction(DeclKind.UNKNOWN, label=label, **extra)


# ==========================================================================
# Reason (Classified-By block)
# ==========================================================================

class Reason(NamedTuple):
    """The classification reason.

    ``section`` is ``"1.4"``/``"1.5"`` as cited (None when only letters or
    words are given); ``letters`` lower-case, in order, without duplicates;
    ``words`` a reason given only in words; ``exemption_codes`` X-/25X-codes
    that (wrongly) sit on the reason line.  ``raw_ok`` is True when the reason
    has the regular shape "section + at least one letter", read without
    guessing.
    """

    section: str | None
    letters: tuple[str, ...] = ()
    words: str | None = None
    exemption_codes: tuple[str, ...] = ()
    raw_ok: bool = False


# "reasons", "Reason(s):", and the keyword broken by a line wrap ("REA SONS").
_REASON_KW_RE = re.compile(r"(?i)(?<![a-z])r ?e ?a ?s ?o ?n ?s?(?: ?\( ?s ?\))?(?![a-z])[ :]*")
# "1.4", "1. 5"; not the "1.6" of an exemption code "1.6X6", not part of 12958.
_SECTION_RE = re.compile(r"(?<![\d.])1 ?\. ?([0-9])(?!\d| ?X\d)", re.IGNORECASE)
# A bare parenthesised list "(b, d, X6)" when no keyword or section is given.
_BARE_LIST_RE = LazyPattern(
    r"\( ?((?:[a-h]|X\d) ?(?:(?:,|/|&|and) ?(?:[a-h]|X\d) ?)+)\)", re.IGNORECASE)
_EO_CITE_RE = re.compile(r"(?i)^(?:E\.? ?O\.? ?)?\d{5},?\s*")
# Tokens of a letter list.  Order matters: codes before words, a repeated
# section ("1.4 (B) 1.4(D)") before digits.
_REASON_TOKEN_RE = re.compile(
    r"(?P<ws>\s+)|(?P<open>\()|(?P<close>\))|(?P<sep>[,/&;+])|(?P<dot>\.)"
    r"|(?P<code>(?:1\.6 ?)?(?:25|50)?X\d(?:-(?:HUMAN|HUM|WMD))?)(?![A-Za-z0-9])"
    r"|(?P<section>1 ?\. ?[4-6])(?!\d)"
    r"|(?P<word>[A-Za-z][A-Za-z'’]*)|(?P<other>.)",
    re.IGNORECASE)
_MAX_REASON_SCAN = 160
_DB_ESCAPE_RE = re.compile(r"\\(?=\s|$)")   # "\\" line ends of database copies
# Right after the keyword only: "1/4", "1:4", "1,4", "14", or a bare "1" before "(".
_GARBLED_SECTION_RE = LazyPattern(r"1 ?[/:,]? ?([4-6])(?!\d)|1(?= ?\()")


def _letters_after(text: str, pos: int, *,
                   first_attached: bool) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Read a letter list starting at ``pos``: ``(b), (c) and (d)``, ``b/d``,
    ``(b,d)``, ``(b &\\nd)``, ``.b``, ``M``, ``(b, d, X6)``.

    Returns (letters, exemption codes).  The list stops at the first word,
    digit or sentence end, so a name after the reason yields nothing.  A bare
    letter that looks like an initial (``W.R.``, ``T. Randt``) or, after the
    first, lies beyond ``h`` ends the list too.
    """
    return _letters_in(text[pos:pos + _MAX_REASON_SCAN], first_attached)


# Cached (the result is immutable): the words after the section repeat from cable to cable
# (`(B) AND (D).`) while the statements around them differ.
@functools.lru_cache(maxsize=1024)
def _letters_in(window: str, first_attached: bool) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """`_letters_after` on the text from the list's start."""
    letters: list[str] = []
    codes: list[str] = []
    tokens = [(m.lastgroup, m.group()) for m in _REASON_TOKEN_RE.finditer(window)]
    depth = 0
    explicit_sep = False                        # a comma, slash, "and" seen between letters
    i = 0
    if first_attached and tokens and tokens[0][0] == "dot":
        i = 1                                   # "1.4.b"
    while i < len(tokens):
        kind, tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else (None, "")
        if kind in ("ws", "sep", "section"):
            explicit_sep = explicit_sep or (kind == "sep" and bool(letters))
        elif kind == "open":
            if letters and _is_portion_mark(tokens, i, explicit_sep):
                break                           # "(d) (S//NF) Summary": next portion
            depth += 1
        elif kind == "close":
            depth = max(0, depth - 1)
        elif kind == "code":
            codes.append(re.sub(r"^1\.6 ?", "", tok.upper()))
        elif kind == "dot":
            glued = i + 2 < len(tokens) and nxt[0] == "word" and len(nxt[1]) == 1 \
                and tokens[i + 2][0] in ("dot", "ws", "sep", "close")
            if depth == 0 and not (letters and glued):
                break                           # sentence end; "b.d." goes on
        elif kind == "word" and tok.lower() in ("and", "or"):
            explicit_sep = explicit_sep or bool(letters)
        elif kind == "word" and tok.lower() == "a" and _next_word(tokens, i) == "nd":
            i = _skip_to_word(tokens, i) + 1    # "a\nnd": a wrapped "and"
            continue
        elif kind == "word" and len(tok) == 1:
            low = tok.lower()
            bare = depth == 0
            if bare and letters and low > "h" \
                    and not (_sep_before(tokens, i) and nxt[0] in (None, "ws", "sep", "dot", "close")):
                break                           # "b Ambassador": a word, not a letter;
                                                # but "b & k", "b and k" keep (and flag) k
            if bare and letters and nxt[0] == "dot" and _looks_initial(tokens, i):
                break
            letters.append(low)
        elif kind == "other" and tok.isdigit() and not letters and nxt[0] == "open" \
                and tokens[i - 1][0] == "ws":
            pass                                # "1.4 9(b) AND (d)": a stray key before "("
        else:
            break                               # a word, digit, other punctuation
        i += 1
    return tuple(letters), tuple(codes)


_LIST_TOKENS = frozenset({"ws", "sep", "code", "dot"})


def _is_portion_mark(tokens: list[tuple[str, str]], i: int, explicit_sep: bool) -> bool:
    """Whether the group opening at ``tokens[i]`` is the portion mark of the
    next (unnumbered) portion rather than more reason letters.

    ``(S//NF)``: the group holds something other than letters and separators.
    ``(b) and (d) (C)``: a single letter after a blank only, in a list that
    used commas or "and" so far — or followed by a capitalised word
    (``(d) (S) Ambassador …``).  ``(b) (d)`` alone stays a letter list.
    """
    j = i + 1
    inner: list[tuple[str, str]] = []
    while j < len(tokens) and tokens[j][0] != "close":
        inner.append(tokens[j])
        j += 1
    if j >= len(tokens):
        return False                            # unclosed: truncated source text
    for kind, tok in inner:
        if kind == "word" and len(tok) > 1 and tok.lower() not in ("and", "or"):
            return True
        if kind not in _LIST_TOKENS and kind != "word":
            return True
    if any(tok == "/" for _, tok in inner) and sum(1 for k, t in inner if k == "sep" and t == "/") > 1:
        return True                             # "(S//...)"
    words = [tok for kind, tok in inner if kind == "word"]
    if len(words) != 1 or words[0].upper() not in ("C", "S", "U"):
        return False                            # only (C), (S), (U) can open a portion
    k = i - 1
    while k >= 0 and tokens[k][0] == "ws":
        k -= 1
    after_blank_only = k >= 0 and k < i - 1 and (
        tokens[k][0] == "close"
        or (tokens[k][0] == "word" and tokens[k][1].lower() not in ("and", "or")))
    nxt = _skip_to_word(tokens, j)
    follows_word = nxt < len(tokens) and tokens[nxt][0] == "word" and len(tokens[nxt][1]) > 1 \
        and tokens[nxt][1][0].isupper() and tokens[nxt][1].lower() not in ("and", "or")
    return after_blank_only and (follows_word or explicit_sep)


def _sep_before(tokens: list[tuple[str, str]], i: int) -> bool:
    """Whether a separator (``,``, ``/``, "and", "or") comes before ``tokens[i]``, blanks aside."""
    k = i - 1
    while k >= 0 and tokens[k][0] == "ws":
        k -= 1
    return k >= 0 and (tokens[k][0] == "sep" or tokens[k][1].lower() in ("and", "or"))


def _next_word(tokens: list[tuple[str, str]], i: int) -> str | None:
    j = _skip_to_word(tokens, i)
    return tokens[j][1].lower() if j < len(tokens) else None


def _skip_to_word(tokens: list[tuple[str, str]], i: int) -> int:
    """Index of the next token after ``i`` that is not whitespace."""
    j = i + 1
    while j < len(tokens) and tokens[j][0] == "ws":
        j += 1
    return j


def _looks_initial(tokens: list[tuple[str, str]], i: int) -> bool:
    """``W.R.`` or ``T. Randt``: letter, dot, then a letter or a capitalised word."""
    if i + 2 >= len(tokens):
        return False
    after = tokens[i + 2]
    if after[0] == "word":                      # "W.R": no blank after the dot
        return True
    if after[0] == "ws" and i + 3 < len(tokens):
        word = tokens[i + 3]
        return word[0] == "word" and len(word[1]) > 1 and word[1][0].isupper() \
            and word[1][1:].islower()
    return False


def _dedupe(items: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def _plausible_letters(letters: list[str]) -> bool:
    """Without a section, accept only a list of category letters (a–h)."""
    return bool(letters) and all("a" <= c <= "h" for c in letters)


def parse_reason(text: str) -> Reason | None:
    """Find the classification reason in a Classified-By block.

    Looks for a ``1.x`` section (preferably after a ``reason`` keyword) and
    the letter list after it; without a section, for letters right after the
    keyword (``for reasons b, d.``); failing that, a reason in words.  The
    E.O. number (``reasons: E.O. 12958 1.4``) is skipped, never read as a
    section.  ``None`` if there is no reason at all.
    """
    text = text[:_MAX_BLOCK_TEXT]
    flat = " ".join((_DB_ESCAPE_RE.sub(" ", text) if "\\" in text else text).split())
    kw = _REASON_KW_RE.search(flat)
    start = kw.end() if kw else 0
    after = flat[start:]
    eo = _EO_CITE_RE.match(after)
    if eo and kw:
        start += eo.end()
    sec = _SECTION_RE.search(flat, start) if kw else None
    if sec is None or (kw and sec.start() - start > 40):
        # No section near the keyword: the first 1.x anywhere (e.g. "per 1.4 (d)").
        sec = _SECTION_RE.search(flat)
    if sec:
        section = f"1.{sec.group(1)}"
        letters, codes = _letters_after(flat, sec.end(), first_attached=True)
        letters_t = _dedupe(letters)
        return Reason(section, letters_t, None, _dedupe(codes), raw_ok=bool(letters_t))
    garbled = _GARBLED_SECTION_RE.match(flat, start) if kw else None
    if garbled:
        # "1/4 (B)", "1:4 b,d", "14 (b)", "1(B)": clearly the reason cite, badly typed.
        section = f"1.{garbled.group(1)}" if garbled.group(1) else None
        letters, codes = _letters_after(flat, garbled.end(), first_attached=False)
        if letters:
            return Reason(section, _dedupe(letters), None, _dedupe(codes), raw_ok=False)
    if not kw:
        bare = _BARE_LIST_RE.search(flat)
        if not bare:
            return None
        letters, codes = _letters_after(flat, bare.start(), first_attached=False)
        return Reason(None, _dedupe(letters), None, _dedupe(codes), raw_ok=False)
    letters, codes = _letters_after(flat, start, first_attached=False)
    if _plausible_letters(letters) or codes:
        return Reason(None, _dedupe(letters), None, _dedupe(codes), raw_ok=False)
    words = flat[start:].split(".")[0].strip(" ,;:()")
    return Reason(None, (), words or None, (), raw_ok=False)


# ==========================================================================
# Classified-By block
# ==========================================================================

class ClassifiedBy(NamedTuple):
    """The parts of a ``Classified By:`` block.

    ``classifier`` and ``title`` are text pieces for the linter's own checks
    (CAB-03: name *and* position); they are never echoed in findings.  A
    redaction mask (``XXXXXXXX``) counts as a name: the name was there and
    was redacted for publication.  ``names`` holds each classifier's name
    (two classifiers in one statement are two names); ``classifier`` is
    them joined by ``; ``.
    """

    classifier: str | None
    title: str | None
    has_name: bool
    has_title: bool
    derived_from: str | None
    reason: Reason | None
    names: tuple[str, ...] = ()


_LEAD_LABEL_RE = re.compile(
    r"(?i)^(?:(?:\((?:U|C|S|SBU)\)|\d{1,2}\s?[.)])\s*)*"
    r"(?:(?:this\s+message\s+(?:is\s+)?)?class?i?fi?e?d\s+by\s*:?\s*(?:\((?:U|C|S|SBU)\)\s*)?)*")
# A label repeated further on (`Classified By: ADANA 222 … Classified by DCM …`, a REF list
# caught before the statement): the statement starts at the last one.
_INNER_LABEL_RE = LazyPattern(r"(?i)(?<![a-z])class?i?fi?e?d\s+by(?![a-z])\s*:?")
_MULTIPLE_SOURCES_RE = re.compile(r"(?i)multiple\s+sources")
_DERIVED_RE = re.compile(r"(?i)(?<![a-z])derived\s+from\s*:?\s*")
# A received copy's page header between name and reason (`CONFIDENTIAL PAGE 02 HARARE 03759
# 01 OF 03 111533Z`): not part of the statement.
_PAGE_HEADER_RE = LazyPattern(
    r"(?:(?:UNCLASSIFIED|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE)\s+)?PAGE\s+\d{2}\s+"
    r"[A-Z][A-Z .'\-]{0,30}?\s+\d{3,7}\s+(?:\d{2}\s+OF\s+\d{2}\s+)?\d{6}Z")
# `Charge d'Affaires a. i.`, `(AI)`, `ai.`: the "ad interim" of the title, not initials.
_AD_INTERIM_RE = LazyPattern(r"(?i)(aff?ai?r[ie]?s?[\s,]*)\(?a\.?\s?i\.?\)?(?![a-z])")
# Where the classifier part ends: the reason keyword as typed (`reasons`, `Reason(s)`, `reaons`,
# `Resons`, `RASONS`, `REAS0N`, a wrap `Re asons`, `Reas (b)`), with what leads into it (`for`,
# `FR`, `F0R`, `f or`, `per`, `based on`, `under Section`, `due to`), a section, or E.O.
# (The lookahead names the letters a match can start with.)
_CLASSIFIER_END_RE = re.compile(
    r"(?i)(?=[fpre1bdus])"
    r"(?:(?<![a-z])sec(?:tion|t?\.)?\s*(?=1 ?\. ?[4-6](?!\d))|"
    r"(?:(?:(?<![a-z])(?:f ?[o0] ?r|fr|per)\s+(?:for\s+)?)?(?<![a-z])"
    r"(?:r ?(?:e ?a|e|a) ?(?:s ?[o0] ?n|[o0] ?n) ?s?(?: ?\( ?s ?\))?(?![a-z])|reas(?= ?\())"
    r"|(?<![a-z])(?:p ?e ?r|under)\s+(?:se ?ction\s+|para\s+)?1(?= ?[.,])"
    r"|(?<![a-z])based\s+(?:up)?[o0]n(?![a-z])|(?<![a-z])due\s+to(?![a-z])"
    r"|(?<![\d.])1 ?[.,] ?[0-9](?!\d)(?= ?\(? ?[a-h](?![a-z]))|(?<![\d.])1 ?\. ?[4-6](?!\d)"
    r"|(?<![a-z])E\.? ?O\.? ?\d|(?<![\d])12958(?!\d)))")

# Position titles.  Head words make a title on their own; qualifier words only
# refine one and are never part of a name.  Matching is case-insensitive.  `drc`: Deputy
# Regional Coordinator, Embassy Baghdad's regional offices in 2004 (`CLASSIFIED BY DRC MATTHEW
# GOSHKO`, era2/04BAGHDAD697; closing review, seed 27763).
_TITLE_HEADS = frozenset("""
ambassador amb ambassador-at-large charge charg chargé cda chg com dcm adcm a/dcm counselor
counsellor couns pol/econ p/e e/p pol/mil sci/c officer pao rso arso dpo ipo oms cg consul
consul-general director dir secretary a/s u/s das pdas asd minister minister-counselor mc m/c
m-c min emin ecmin econmin polmin chief cief head leader coordinator envoy attache attaché
legatt principal acting a.i. a.i ai representative commissioner administrator advisor adviser
polad manager specialist deputy chairman chair delegate member counsel conoff poloff econoff
ltc col maj capt cdr lt gen coun off polcoun econcoun datt imo acg gso drc
""".split())
# Compact State abbreviations are built from an office prefix and one of
# these endings: PolCouns, PolMinCouns, ESTHOFF, EconOff, PolEcon-Chief.
_TITLE_HEAD_SUFFIXES = ("couns", "counselor", "counsellor", "couselor", "councelor",
                        "counseor", "mincons", "officer", "chief", "director", "mc")
# `…Off` abbreviations: only after an office prefix (names end in -off too: Nemroff, Wycoff)
_OFF_PREFIXES = frozenset("""
pol econ con cons esth est ec eco mgt mgmt pd pa rs pm polec poleco polecon econpol ecpol ecopol
polmil pub labor pe ep admin gso io sci env ag fcs pao prm rmas dao mil sec ict
""".split())
# Title words as they are misspelt in real statements (`Counselr`, `Counsleor`, `Direcotr`,
# `Councilor`, `REPRESENATIVE`, `Ambassaor`): a word this close to one of them is that title.
_FUZZY_HEADS = ("ambassador", "counselor", "counsellor", "director", "secretary",
                "representative", "coordinator", "minister", "officer", "attache")
# Last part of a slash abbreviation that makes it a title: POL/C, Pol M/C, A/CG, IO/DAS.
_SLASH_HEAD_PARTS = frozenset({"c", "mc", "dcm", "cg", "das", "min", "couns", "dir", "asd"})
_TITLE_QUALIFIERS = frozenset("""
political economic econ pol commercial consular public affairs management regional security
section general assistant under executive special senior interim ait science labor defense
military legal press information environment environmental health narcotics refugee staff
desk country team pm isn inr vci nea eur wha af sca eap io oes eeb drl pas prt ecpo useu usun
political-military political/economic politico-military global unit office program
programs resource watch d'affaires d’affaires pol-mil econ-pol dos dept exec nas tdy ca
permanent usdel congen ecopol polmil classification guide arms control
""".split())
#: Words that make a comma-separated piece an organisation ("U.S. Embassy
#: Tripoli", "Department of State"), unless it also holds a title.
_ORG_WORDS = frozenset("""
embassy department consulate mission bureau usun usnato usoecd usmission usg u.s. us
government state agency amembassy amconsul amcongen ae liaison
""".split())
_STOP_WORDS = frozenset({"for", "of", "the", "and", "on", "by", "at", "in", "to", "a", "an",
                         "or"})
# prepositions after a title that introduce its portfolio or place (`Ambassador to Sudan`,
# `Special Representative for Afghanistan and Pakistan`): what follows is not yet the name
_PORTFOLIO_WORDS = frozenset({"for", "of", "to"})
_TITLE_PHRASES = (
    "charge d'affaires", "charge d\u2019affaires", "chargé d'affaires", "chargé d\u2019affaires",
    "charge d' affaires", "deputy chief of mission", "chief of mission", "consul general",
    "principal officer", "assistant secretary", "under secretary", "office director",
    "deputy director", "minister counselor", "political counselor", "economic counselor",
    "ait director",
)
_MASK_RE = re.compile(r"X{4,}", re.IGNORECASE)
# "Randt", "O'Brien", "T.", "W.R.", "L.Carter" (initial glued to the surname), "B0HLEN" (a zero
# typed for an O).
_NAME_TOKEN_RE = re.compile(r"(?:[A-Z0]\.)*[A-Z][A-Za-z0'\u2019\-]*\.?")
_CONNECTORS = frozenset({"de", "del", "van", "von", "der", "la", "le", "bin", "al", "da", "di",
                         "jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# "A.", "W.R.", and "0." (an initial O typed with a zero: `LEE 0. COLDREN`)
_INITIALS_RE = re.compile(r"(?:[A-Z0]\.)+")
_PHRASE_GLUE = "\x00"
_ANY_TITLE_PHRASE_RE = re.compile("|".join(re.escape(p) for p in _TITLE_PHRASES))
# `d'Affaires`, `D\'AFFAIRES`, `d,Affaires`, `de'Affairs`, `d'Afairs`, `Affaries`, `Affiars`
_AFFAIRES_RE = LazyPattern(r"(?:de?['\u2019,\\]*)?a[f]{1,2}(?:ai|ia|a)r[ie]{0,2}s?")


# Cached (the result is immutable): the same officers sign many cables with the same words.
@functools.lru_cache(maxsize=4096)
def parse_classified_by(text: str) -> ClassifiedBy:
    """Split the text after ``Classified By:`` into classifier, title,
    ``Derived from`` source and reason.

    Read as a careful clerk reads it: a doubled or misspelt label
    (``Classified By: Classified by DCM …``, ``Classfied By:``), a leading
    ``(U)``, a page header between name and reason, a reason keyword
    misspelt or broken by a line wrap. Name detection is heuristic:
    capitalised words that are not title words, organisation words or office
    symbols, and not the place or portfolio a title names.
    """
    flat = " ".join(text[:_MAX_BLOCK_TEXT].split())
    if "PAGE" in flat:
        flat = _PAGE_HEADER_RE.sub(" ", flat)
    flat = flat[_LEAD_LABEL_RE.match(flat).end():]
    # an expression below is tried only where the text holds a word it cannot match without
    # (looked for in lower case where that is exact: a text in ASCII)
    low = flat.lower() if flat.isascii() else None

    derived_from = None
    derived = _DERIVED_RE.search(flat) if low is None or "derived" in low else None
    if derived:
        source = flat[derived.end():]
        cut = _CLASSIFIER_END_RE.search(source)
        source = source[:cut.start()] if cut else source
        derived_from = source.strip(" .;,") or None
        head = flat[:derived.start()]
    else:
        head = flat
    cut = _CLASSIFIER_END_RE.search(head)
    classifier_part = head[:cut.start()] if cut else head
    inner = None
    if low is None or "clas" in low:
        for inner in _INNER_LABEL_RE.finditer(classifier_part):
            pass
    if inner is not None:
        classifier_part = classifier_part[inner.end():]
    reason = parse_reason(flat)
    if derived_from is None and (low is None or "multiple" in low) \
            and _MULTIPLE_SOURCES_RE.fullmatch(classifier_part.strip(" .")):
        derived_from, classifier_part = classifier_part.strip(" ."), ""

    names, title = _split_name_title(classifier_part)
    return ClassifiedBy(
        classifier="; ".join(names) if names else None, title=title,
        has_name=bool(names), has_title=title is not None,
        derived_from=derived_from, reason=reason, names=names)


def _is_title_head(bare: str) -> bool:
    """A position title word or State abbreviation (``PolMinCouns``, ``A/DCM``)."""
    if bare in _TITLE_HEADS or bare.endswith(_TITLE_HEAD_SUFFIXES):
        return True
    if bare.endswith(("off", "offs")):
        prefix = bare[:-4] if bare.endswith("offs") else bare[:-3]
        return prefix.rstrip("/ -") in _OFF_PREFIXES
    if "/" in bare:
        parts = bare.split("/")
        # A/… and D/… are "acting …" and "deputy …": always a position.
        return parts[0] in ("a", "d") or parts[-1] in _SLASH_HEAD_PARTS \
            or any(_is_title_head(p) for p in parts if p)
    if "-" in bare:
        # `Minister-Counselour`, `Pol-Mil`
        return any(_is_title_head(p) for p in bare.split("-") if p)
    if "0" in bare:
        # `AMBASSAD0R`, `COUNSEL0R`: a zero typed for an O
        return _is_title_head(bare.replace("0", "o"))
    # Misspelt `Ambasador`, `Counselr`, `Direcotr`, `Councilor`, `REPRESENATIVE`.
    if len(bare) >= 7 and bare.isalpha():
        limit = 1 if len(bare) == 7 else 2
        first = bare[0]
        return any(h[0] == first and abs(len(bare) - len(h)) <= limit
                   and osa_distance(bare, h, limit) <= limit for h in _FUZZY_HEADS)
    return False


# the same names and titles sign cable after cable: each distinct token is judged once
@functools.lru_cache(maxsize=4096)
def _token_kind(token: str) -> str:
    """``mask`` / ``head`` / ``qual`` / ``org`` / ``conn`` / ``stop`` / ``name`` / ``lower`` /
    ``other`` (``lower``: a word typed in lower case, a name only in a statement typed all in
    lower case)."""
    if token[:1] == "(" and token[-1:] == ")":
        inner = _token_kind(token[1:-1])
        return "qual" if inner in ("name", "other") else inner
    low = token.lower()
    bare = low.rstrip(".,'’;:")
    if _PHRASE_GLUE in token:
        return "head"
    if _MASK_RE.fullmatch(token.strip(".,")):
        return "mask"
    if _is_title_head(bare) or token.rstrip(".,").endswith(("Off", "Offs")):
        return "head"                           # (`HROff`, `EconOff`: CamelCase office titles)
    if _INITIALS_RE.fullmatch(token.rstrip(",")) or (len(token) == 1 and token.isupper()):
        return "name"                           # "A.", "W.R.", "A" (not the stop word "a")
    if bare in _TITLE_QUALIFIERS or ("/" in token and bare not in _ORG_WORDS) \
            or _AFFAIRES_RE.fullmatch(bare):
        return "qual"                           # office symbols "INR/OPS" too
    if low in _ORG_WORDS or bare in _ORG_WORDS:
        return "org"
    if bare in _CONNECTORS:
        return "conn"
    if bare in _STOP_WORDS:
        return "stop"
    if _NAME_TOKEN_RE.fullmatch(token.rstrip(",")):
        return "name"
    if bare == token.rstrip(".,") and len(bare) > 1 and (
            bare.isalpha() or bare.replace("'", "").replace("\u2019", "").isalpha()):
        return "lower"                          # (`o'hara`: a name typed in lower case)
    return "other"


def _tokens(segment: str) -> list[str]:
    """The words of a piece of the statement; `DCM/Ted` (a name glued to its title by a
    slash) is two."""
    out = []
    for t in segment.split():
        if t[:1] == "(" and t[-1:] == ")" and t[1:-1].isupper():
            out.append(t)                       # `(T)`, `(CDA)`: an office symbol or title
            continue
        t = t.strip("()\"")
        if not t:
            continue
        if "/" in t:
            first, _, last = t.rpartition("/")
            if first and len(last) > 1 and last[0].isupper() and any(ch.islower() for ch in last) \
                    and _token_kind(first) == "head":
                out.extend((first, last))
                continue
        out.append(t)
    return out


def _name_of(run: list[str], after_portfolio: bool) -> str | None:
    """The name in a run of name words; after a portfolio (`to Sudan Timothy Carney`,
    `for Central Asia George Krol`) only its last words are the name: from the given name
    before the first initial, else the last two."""
    if after_portfolio and len(run) > 2:
        initial = next((i for i, t in enumerate(run) if _INITIALS_RE.fullmatch(t.rstrip(","))), None)
        run = run[max(0, initial - 1):] if initial is not None and initial > 0 else run[-2:]
    real = [t for t in run if len(t.rstrip(".,")) > 1 and t.lower().rstrip(".,") not in _CONNECTORS]
    if not real:
        return None                             # a lone initial or connector is not a name
    words = [t.rstrip(",") for t in run]
    last = words[-1]
    if last.endswith(".") and not _INITIALS_RE.fullmatch(last) \
            and last.lower().rstrip(".") not in ("jr", "sr"):
        words[-1] = last.rstrip(".")            # the sentence's full stop, not an abbreviation
    return " ".join(words)


# lower-case words that may follow a name in a statement and are no part of it
_PROSE_WORDS = frozenset({"per", "with", "from", "said", "also", "who", "was", "is", "as"})


def _glue_fragments(tokens: list[str], kinds: list[str]) -> None:
    """`Hoyt Y ee`, `Blah a`, `Richa rd`: a name broken by the publication's line wrap, the
    lower-case rest of the word standing alone after it. Rejoined in place."""
    i = 1
    while i < len(tokens):
        token = tokens[i]
        if token.islower() and kinds[i - 1] == "name":
            frag = token.rstrip(".,")
            limit = 5 if len(tokens[i - 1]) == 1 else 4
            if (kinds[i] in ("lower", "stop") or len(frag) == 1) and len(frag) <= limit \
                    and (frag == "a" or frag not in _STOP_WORDS) and frag not in _PROSE_WORDS \
                    and frag.isalpha() and not tokens[i - 1].endswith((".", ",")):
                tokens[i - 1] += token
                del tokens[i], kinds[i]
                continue
        i += 1


_INITIAL_COMMA_RE = LazyPattern(r",(?<=\s[A-Z],)(?=\s+[A-Z][a-z])")
_APOSTROPHE_COMMA_RE = LazyPattern(r",(?<=\s[DO],)(?=[A-Z][a-z])")


# the same officers sign cable after cable, each statement with its own reason: their names and
# titles are read once
@functools.lru_cache(maxsize=4096)
def _split_name_title(part: str) -> tuple[tuple[str, ...], str | None]:
    """Separate the classifiers' names from the position title in ``part``.

    In each comma-separated piece the name is what follows the last title word (`Kirkuk PRT
    Team Leader Howard Keegan`: the words before a title are its place or office), else what
    precedes the first (`ROBERT P. FINN, DEPUTY CHIEF OF MISSION`); a piece that is only
    `JR.` or `III` belongs to the name before it.
    """
    text = part.strip(" ;,:-()")
    if not text.lower().endswith((" jr.", " sr.", ",jr.", ",sr.")):
        text = text.rstrip(" .;,:-()")
    if not text:
        return (), None
    if "ff" in text or "FF" in text or "i." in text.lower():
        text = _AD_INTERIM_RE.sub(r"\1a.i. ", text)
    # Glue multi-word titles into one token so they are not split apart.
    lowered = text.lower()
    if _ANY_TITLE_PHRASE_RE.search(lowered):  # (any of the phrases: most statements hold none)
        for phrase in _TITLE_PHRASES:
            # (`in` first: most phrases are absent, and the test costs less than a call)
            idx = lowered.find(phrase) if phrase in lowered else -1
            while idx >= 0:
                glued = text[idx:idx + len(phrase)].replace(" ", _PHRASE_GLUE)
                text = text[:idx] + glued + text[idx + len(phrase):]
                lowered = text.lower()
                idx = lowered.find(phrase, idx + len(phrase))
    all_lower = text == text.lower()
    if "," in text:
        # `Larry L, Palmer`, `Daniel O,Grady`: a comma typed for the initial's stop or apostrophe
        text = _INITIAL_COMMA_RE.sub(".", text)
        text = _APOSTROPHE_COMMA_RE.sub("'", text)

    names: list[str] = []
    titles: list[str] = []
    offices: list[str] = []
    for tokens, kinds in _pieces(text, all_lower):
        if "org" in kinds and "head" not in kinds and "mask" not in kinds:
            continue                            # "U.S. Embassy Tripoli"
        if names and tokens and all(k == "conn" for k in kinds) \
                and tokens[0].lower().rstrip(".") in _SUFFIXES:
            suffix = " ".join(t.rstrip(",") for t in tokens)
            if suffix.lower().rstrip(".") not in ("jr", "sr"):
                suffix = suffix.rstrip(".")         # `III.`: the sentence's full stop
            names[-1] += ", " + suffix
            continue
        _glue_fragments(tokens, kinds)
        ends = _sentence_end(tokens, kinds)
        if ends is not None:
            del tokens[ends + 1:], kinds[ends + 1:]
        # title runs (head and qualifier words), as before
        run: list[str] = []
        run_has_head = False
        for token, kind in zip(tokens + [""], kinds + ["end"]):
            if kind in ("head", "qual"):
                run.append(token.replace(_PHRASE_GLUE, " "))
                run_has_head = run_has_head or kind == "head"
                continue
            if run:
                (titles if run_has_head else offices).append(" ".join(run).rstrip(".,"))
                run, run_has_head = [], False
        name_runs = _name_runs(tokens, kinds)
        if not name_runs:
            continue
        first = len(names)
        for run_words, after_portfolio in name_runs:
            name = _name_of(run_words, after_portfolio)
            if name is not None:
                names.append(name)
        if len(names) - first > 1:
            # two runs in one piece: two classifiers only if each is a full name
            kept = [n for n in names[first:] if len(n.split()) >= 2 or _MASK_RE.search(n)]
            if not kept:
                # `Kevin . Johnson`: one name broken by a stray mark
                kept = [" ".join(names[first:])]
            names[first:] = kept[-1:] if len(kept) < 2 else kept
        if len(names) > first and len(names[first].split()) == 1 and first > 0:
            if len(names[first - 1].split()) == 1:
                # `Berliner,Nicholas`: surname, given name
                names[first - 1] += " " + names.pop(first)
            else:
                del names[first]                # a stray word after a full name
        elif len(names) > first and first > 0 and not any(k in ("head", "qual") for k in kinds):
            del names[first:]                   # a place after the name (`Embassy Tripoli`)
        if ends is not None:
            break                               # the name ends a sentence: the statement ends
    # State shorthand names the position by its office alone ("ECON Larry Memmott", "ISN
    # Patricia McNerney", "POL/E Eric Lundberg"): the office stands for its head or officer.
    if not titles and offices:
        titles = offices
    title = ", ".join(titles) if titles else None
    return tuple(dict.fromkeys(names)), title


_PIECE_SPLIT_RE = re.compile(r"[,;:]").split


def _pieces(text: str, all_lower: bool) -> Iterator[tuple[list[str], list[str]]]:
    """The words of each comma-separated piece of the statement with their kinds; a piece
    that names two officers (`Poloff Steven Prohaska and DTRA Fred Carter`) is two."""
    for segment in _PIECE_SPLIT_RE(text):
        tokens = _tokens(segment)
        kinds = [_token_kind(t) for t in tokens]
        if all_lower or segment == segment.lower():
            # a name typed in lower case (`cda stephen g. mcfarland`)
            kinds = ["name" if k == "lower" or (k == "other" and len(t) == 2 and t[1] == ".")
                     else k for t, k in zip(tokens, kinds)]
        elif any(k == "name" and t != t.upper() for t, k in zip(tokens, kinds)):
            # an office symbol beside a name in mixed case (`DTRA Fred Carter`, `RBlau FO`)
            kinds = ["qual" if k == "name" and t.isupper() and t.isalpha() and len(t) >= 2
                     and t.lower() not in _CONNECTORS else k for t, k in zip(tokens, kinds)]
        start = 0
        for i, t in enumerate(tokens):
            if kinds[i] == "stop" and t.lower() == "and" and 0 < i - start \
                    and kinds[i - 1] == "name" and "head" in kinds[start:i] \
                    and i + 2 < len(tokens) and kinds[i + 1] in ("head", "qual") \
                    and "name" in kinds[i + 1:]:
                yield tokens[start:i], kinds[start:i]
                start = i + 1
        yield tokens[start:], kinds[start:]


def _sentence_end(tokens: list[str], kinds: list[str]) -> int | None:
    """Where a name word ends a sentence (`Ambassador Tom McDonald. CONFIDENTIAL`): a full
    stop after a word that is not an initial or an abbreviation."""
    for i, (t, k) in enumerate(zip(tokens, kinds)):
        if k == "name" and t.endswith(".") and len(t) > 3 and not _INITIALS_RE.fullmatch(t) \
                and t.lower().rstrip(".") not in _CONNECTORS and i > 0 and kinds[i - 1] == "name":
            return i
    return None


def _is_wrapped_title(word: str) -> bool:
    low = word.lower()
    return low in _TITLE_HEADS or low in _TITLE_QUALIFIERS or bool(_AFFAIRES_RE.fullmatch(low))


def _name_runs(tokens: list[str], kinds: list[str]) -> list[tuple[list[str], bool]]:
    """The runs of name words in one piece that may hold a name, each with whether it follows
    a portfolio preposition: those after the last title word, else those before the first."""
    titled = [i for i, k in enumerate(kinds) if k in ("head", "qual")]
    if titled:
        last = titled[-1]
        after = _runs(tokens, kinds, last + 1, len(tokens))
        if after:
            return after
        before = _runs(tokens, kinds, 0, titled[0])[-1:]
        if before and len(before[0][0]) >= 2 and kinds[titled[0]] == "head":
            return before                       # (one word before an office is its place:
                                                # `Kirkuk PRT Team Leader`, `Institutional
                                                # Affairs Unit Chief`)
        # `DCM J. Dean Yap (acting)`: between title words (not a portfolio: `SECRETARY OF STATE
        # FOR SOUTH ASIAN AFFAIRS`)
        return [r for r in _runs(tokens, kinds, titled[0] + 1, last) if not r[1]][-1:]
    return _runs(tokens, kinds, 0, len(tokens))


def _runs(tokens: list[str], kinds: list[str], lo: int, hi: int) -> list[tuple[list[str], bool]]:
    out: list[tuple[list[str], bool]] = []
    run: list[str] = []
    portfolio = False
    after_portfolio = False
    for i in range(lo, hi):
        kind = kinds[i]
        if kind in ("name", "mask") or (kind == "conn" and run):
            if not run and len(tokens[i]) == 1 and i > 0 and kinds[i - 1] in ("head", "qual") \
                    and _is_wrapped_title(tokens[i - 1] + tokens[i]):
                continue                        # `AFFAIR S`: the end of a wrapped title word
            if not run:
                after_portfolio = portfolio
            run.append(tokens[i])
            continue
        if run:
            out.append((run, after_portfolio))
            run = []
        if kind == "stop" and tokens[i].lower() in _PORTFOLIO_WORDS:
            portfolio = True
        elif kind == "stop" and tokens[i].lower() == "and" and portfolio:
            pass                                # `for Afghanistan and Pakistan …`
        elif kind not in ("conn", "stop"):
            portfolio = False
    if run:
        out.append((run, after_portfolio))
    # after a portfolio, only the last run names the person
    if any(p for _, p in out):
        return [(out[-1][0], True)]
    return out
