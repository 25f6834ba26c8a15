"""The classification-marking vocabulary of State Department cables, in one place.

Pure data and pure functions: levels, control markings, the :class:`Marking`
value, the roll-up of portion marks into an overall marking, and small parsers
for every place a cable states its classification (portion marks, the banner /
classification-line level word, the WikiLeaks metadata line, the ``ZN`` routing
line).  The legal basis is ``shared/research/marking-rules.md`` (§2.5, §3.3,
§4.2-§4.7); the real-world spellings come from ``cable-format-survey.md``
(§1, §3, §10).

The parsers never raise on odd input: a linter is fed hostile text, so every
parser returns ``None`` (or a "not-a-mark" result) instead.  Regular
expressions are kept free of nested quantifiers over the same characters.
"""

from __future__ import annotations

import enum
import functools
import re
from typing import Iterable, Mapping, NamedTuple
from types import MappingProxyType

from .lazyre import LazyPattern
from .words import Words

__all__ = [
    "Level",
    "NOFORN", "SBU", "FOUO", "LOU", "EFTO", "FGI", "ORCON", "PROPIN", "REL", "LES",
    "CONTROLS", "UNCLASSIFIED_ONLY_CONTROLS",
    "Marking", "rollup",
    "MarkStatus", "PortionMark", "PORTION_STATUSES", "parse_portion_mark",
    "parse_level_word", "parse_metadata_classification", "parse_zn_line",
    "CAPTIONS", "osa_distance",
]


# --------------------------------------------------------------------------
# Levels
# --------------------------------------------------------------------------

class Level(enum.IntEnum):
    """The classification levels, ordered so that ``max()`` gives the roll-up."""

    U = 0
    C = 1
    S = 2
    TS = 3

    @property
    def word(self) -> str:
        """The level spelled out as on a banner (``"TOP SECRET"``)."""
        return _LEVEL_WORDS[self]

    @property
    def abbrev(self) -> str:
        """The portion-mark abbreviation (``"TS"``)."""
        return self.name


_LEVEL_WORDS = {
    Level.U: "UNCLASSIFIED",
    Level.C: "CONFIDENTIAL",
    Level.S: "SECRET",
    Level.TS: "TOP SECRET",
}


def designator(level: Level, spaced: bool) -> str:
    """The level as a lawful classification-line designator (5 FAH-2 H-222): letter-spaced
    (`S E C R E T`, `T O P  S E C R E T`) or not. UNCLASSIFIED is never spaced."""
    word = _LEVEL_WORDS[level]
    if not spaced or level == Level.U:
        return word
    return "  ".join(" ".join(w) for w in word.split())


# --------------------------------------------------------------------------
# Controls (canonical upper-case strings)
# --------------------------------------------------------------------------

NOFORN = "NOFORN"
SBU = "SBU"        # Sensitive But Unclassified (State; replaced LOU on 1995-10-01)
FOUO = "FOUO"      # For Official Use Only (DoD/IC administrative control)
LOU = "LOU"        # Limited Official Use (State, until 1995-10-01)
EFTO = "EFTO"      # Encrypt For Transmission Only (UNCLAS EFTO telegrams)
FGI = "FGI"
ORCON = "ORCON"
PROPIN = "PROPIN"
REL = "REL"        # REL TO; the country list lives in Marking.rel_to
LES = "LES"        # Law Enforcement Sensitive

CONTROLS = frozenset({NOFORN, SBU, FOUO, LOU, EFTO, FGI, ORCON, PROPIN, REL, LES})

#: What each level and control means, in a sentence (for explanations in editors).
MEANINGS: Mapping[str, str] = MappingProxyType({
    "UNCLASSIFIED": "not classified; it may still carry an administrative control",
    "CONFIDENTIAL": "unauthorized disclosure could reasonably be expected to cause damage to "
                    "national security (E.O. 13526 §1.2(a)(3))",
    "SECRET": "unauthorized disclosure could reasonably be expected to cause serious damage to "
              "national security (E.O. 13526 §1.2(a)(2))",
    "TOP SECRET": "unauthorized disclosure could reasonably be expected to cause exceptionally "
                  "grave damage to national security (E.O. 13526 §1.2(a)(1))",
    NOFORN: "not releasable to foreign nationals",
    SBU: "Sensitive But Unclassified: a State administrative control on unclassified text",
    FOUO: "For Official Use Only: an administrative control on unclassified text",
    LOU: "Limited Official Use: State's administrative control before SBU (until 1995-10-01)",
    EFTO: "Encrypt For Transmission Only: an UNCLAS transmission instruction",
    FGI: "Foreign Government Information",
    ORCON: "dissemination controlled by the originator",
    PROPIN: "proprietary information",
    REL: "releasable to the countries and organisations listed",
    LES: "Law Enforcement Sensitive",
})

#: Administrative controls that exist only on unclassified information; they
#: are not carried into the overall marking of a classified document (CAPCO:
#: SBU is not in the banner of a classified document; 32 CFR 2001.23(a)
#: forbids administrative labels on classified information).  EFTO is an
#: UNCLAS transmission instruction and likewise meaningless once classified.
UNCLASSIFIED_ONLY_CONTROLS = frozenset({SBU, FOUO, LOU, EFTO})

# Rendering order and grouping, after the CAPCO banner categories:
# FGI // dissemination controls (FOUO, OC, NF, PR, REL TO) // non-IC (SBU, LES, LOU) // EFTO.
_CATEGORY_ORDER = (
    (FGI,),
    (FOUO, ORCON, NOFORN, PROPIN, REL),
    (SBU, LES, LOU),
    (EFTO,),
)
_SHORT_CONTROL = {NOFORN: "NF", ORCON: "OC", PROPIN: "PR"}


def _ordered_categories(controls: frozenset[str]) -> list[list[str]]:
    """Group ``controls`` by CAPCO category, in CAPCO order; unknown ones last."""
    groups = [[c for c in cat if c in controls] for cat in _CATEGORY_ORDER]
    known = {c for cat in _CATEGORY_ORDER for c in cat}
    extra = sorted(c for c in controls if c not in known)
    if extra:
        groups.append(extra)
    return [g for g in groups if g]


# --------------------------------------------------------------------------
# Marking
# --------------------------------------------------------------------------

class Marking(NamedTuple):
    """A classification level plus control markings.

    ``controls`` holds canonical control strings (see :data:`CONTROLS`); when
    ``REL`` is present its country/organisation list is ``rel_to``, upper-cased
    and kept as written (``UK`` is not rewritten to ``GBR``: judging the list
    is a rule's job, not the parser's).
    """

    level: Level
    controls: frozenset[str] = frozenset()
    rel_to: tuple[str, ...] = ()

    @property
    def noforn(self) -> bool:
        return NOFORN in self.controls

    @property
    def classified(self) -> bool:
        return self.level > Level.U

    def _rel_text(self) -> str:
        return "REL TO " + ", ".join(self.rel_to) if self.rel_to else "REL"

    def __str__(self) -> str:
        """Banner-style form: ``SECRET//NOFORN``, ``UNCLASSIFIED//SBU``."""
        groups = _ordered_categories(self.controls)
        # CAPCO writes SBU NOFORN / LES NOFORN as one non-IC marking.
        for combo in (SBU, LES):
            if self.level == Level.U and combo in self.controls and self.noforn:
                groups = [[c for c in g if c != NOFORN] for g in groups]
                groups = [[f"{c} NOFORN" if c == combo else c for c in g] for g in groups]
                groups = [g for g in groups if g]
                break
        parts = [self.level.word]
        for g in groups:
            parts.append("/".join(self._rel_text() if c == REL else c for c in g))
        return "//".join(parts)

    def short(self) -> str:
        """Canonical portion mark: ``(S//NF)``, ``(C)``, ``(SBU)``, ``(SBU-NF)``.

        State writes SBU paragraphs as ``(SBU)`` (5 FAH-1 H-246.2) and CAPCO
        hyphenates the SBU/LES NOFORN portion forms (``SBU-NF``, ``LES-NF``).
        """
        rest = set(self.controls)
        if self.level == Level.U:
            for lead in (SBU, LES, LOU):
                if lead in rest and rest <= {lead, NOFORN}:
                    return f"({lead}-NF)" if NOFORN in rest else f"({lead})"
        parts = [self.level.abbrev]
        for g in _ordered_categories(self.controls):
            parts.append("/".join(
                self._rel_text() if c == REL else _SHORT_CONTROL.get(c, c) for c in g))
        return "(" + "//".join(parts) + ")"


def rollup(markings: Iterable[Marking | None]) -> Marking | None:
    """Overall marking of a set of portions (CAPCO §D.2 and Table 3).

    * level: the highest portion level;
    * NOFORN if any portion carries it (SBU-NF in a classified document too);
    * SBU/FOUO/LOU/EFTO dropped when the result is classified;
    * REL TO: the intersection of the lists of the *classified* portions, and
      only if every classified portion has one (an unmarked classified portion
      has no releasability decision to inherit); an empty intersection means
      NOFORN; NOFORN always wins over REL TO.

    ``None`` entries (unparsable marks) are ignored; ``None`` if nothing is left.
    """
    marks = [m for m in markings if m is not None]
    if not marks:
        return None
    level = max(m.level for m in marks)
    controls = set().union(*(m.controls for m in marks)) - {REL}
    if level > Level.U:
        controls -= UNCLASSIFIED_ONLY_CONTROLS
    rel_to: tuple[str, ...] = ()
    if NOFORN not in controls:
        relevant = [m for m in marks if m.level > Level.U] or marks
        if all(REL in m.controls for m in relevant):
            controls.add(REL)
            lists = [m.rel_to for m in relevant if m.rel_to]  # bare "REL": no list
            if lists:
                common = set(lists[0]).intersection(*lists[1:])
                rel_to = tuple(c for c in lists[0] if c in common)
                if "USA" in common:  # CAPCO: USA leads the list
                    rel_to = ("USA",) + tuple(c for c in rel_to if c != "USA")
                if not set(rel_to) - {"USA"}:
                    # No foreign country left in common: CAPCO Table 3 → NOFORN.
                    controls.discard(REL)
                    controls.add(NOFORN)
                    rel_to = ()
    return Marking(level, frozenset(controls), rel_to if REL in controls else ())


# --------------------------------------------------------------------------
# Edit distance (shared with cablelint.eo)
# --------------------------------------------------------------------------

def osa_distance(a: str, b: str, limit: int | None = None) -> int:
    """Optimal-string-alignment distance: Levenshtein plus adjacent swaps.

    Used to recognise typos of short tokens (E.O. numbers, level words); the
    inputs are short, so the quadratic table is cheap.  Callers that only ask
    whether two strings are within ``limit`` edits pass it: any distance above
    ``limit`` may then be returned as ``limit + 1``, and most pairs are told
    apart without the table (the callers compare a token with many words).
    """
    la, lb = len(a), len(b)
    if limit is not None:
        if abs(la - lb) > limit:
            return limit + 1
        # Every character of one string that the other lacks costs a substitution or a
        # deletion of its own (a swap only moves characters): a lower bound on the distance.
        if sum(c not in b for c in a) > limit or sum(c not in a for c in b) > limit:
            return limit + 1
    prev2: list[int] = []
    prev = list(range(lb + 1))
    for i in range(1, la + 1):
        cur = [i] + [0] * lb
        for j in range(1, lb + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[lb]


# --------------------------------------------------------------------------
# Portion marks
# --------------------------------------------------------------------------

class MarkStatus(Words):
    """How a parenthesised token reads as a portion mark."""

    VALID = "valid"  # the canonical State form
    VARIANT = "variant"  # an accepted State or legacy spelling
    TYPO = "typo"  # marking-like but wrong
    NOT_A_MARK = "not-a-mark"  # a heading or a list label


PORTION_STATUSES = tuple(MarkStatus)


class PortionMark(NamedTuple):
    """A parenthesised token read as a portion mark.

    ``status``: a `MarkStatus`.  ``marking`` is the best unambiguous reading (also for
    typos); ``suggestion`` the canonical form to propose, if one is clear.
    """

    text: str
    marking: Marking | None
    status: MarkStatus
    suggestion: str | None = None


# Levels at the start of a mark, longest first so that SBU is not read as S+BU.
# Spelled-out words are accepted but make the mark a typo.
_PM_LEVEL_RE = LazyPattern(
    r"(TOP\s?SECRET|UNCLASSIFIED|UNCLAS|CONFIDENTIAL|CONF|SECRET|SBU|LOU|LES|TS|U|C|S)"
    r"(?![A-Z0-9.])")
_PM_LEVELS: Mapping[str, tuple[Level, tuple[str, ...], bool]] = {
    # token: (level, controls implied, spelled-out word?)
    "U": (Level.U, (), False), "C": (Level.C, (), False),
    "S": (Level.S, (), False), "TS": (Level.TS, (), False),
    "SBU": (Level.U, (SBU,), False), "LOU": (Level.U, (LOU,), False),
    "LES": (Level.U, (LES,), False),
    "UNCLASSIFIED": (Level.U, (), True), "UNCLAS": (Level.U, (), True),
    "CONFIDENTIAL": (Level.C, (), True), "CONF": (Level.C, (), True),
    "SECRET": (Level.S, (), True), "TOPSECRET": (Level.TS, (), True),
    "TOP SECRET": (Level.TS, (), True),
}
_PM_SEP_RE = LazyPattern(r"\s*(//|/|-+|,)?\s*")
_PM_CONTROL_RE = LazyPattern(
    r"(NOFORN|NF|FGI|FOUO|ORCON|OC|PROPIN|PR|SBU|LES|LOU|EFTO|N)(?![A-Z0-9])")
_PM_CONTROLS = {
    "NOFORN": NOFORN, "NF": NOFORN, "N": NOFORN, "FGI": FGI, "FOUO": FOUO,
    "ORCON": ORCON, "OC": ORCON, "PROPIN": PROPIN, "PR": PROPIN,
    "SBU": SBU, "LES": LES, "LOU": LOU, "EFTO": EFTO,
}
_PM_REL_RE = re.compile(r"REL(?:EASABLE)?(?:\s*TO)?(?![A-Z0-9])\s*")
_PM_FGI_COUNTRIES_RE = LazyPattern(r"(?:\s+[A-Z]{3,4}(?![A-Z0-9]))+")
_PM_REL_SPLIT_RE = LazyPattern(r"\s*(?:,|/|\bAND\b)\s*")
_PM_RUN_ON_RE = LazyPattern(r"(TS|S|C|SBU)(NF|NOFORN)")
_PM_ENTIRE_RE = LazyPattern(r"([A-Z]+(?: [A-Z]+)*) ?-+ ?ENTIRE (?:TEXT|PARAGRAPH)")
_PM_LETTERS_RE = LazyPattern(r"[A-Z]{1,8}")
_PM_MAX_LEN = 120  # the longest real mark, a REL TO list, is about 50 characters

# Marking-like tokens seen in the corpus that the structural parser cannot
# read; value = (marking, suggestion).  (SE) and (NC) are ambiguous: (SE)
# occurs in SECRET cables but could be "SENSITIVE"; (NC) in CONFIDENTIAL ones.
_S_NF = Marking(Level.S, frozenset({NOFORN}))
_U_SBU = Marking(Level.U, frozenset({SBU}))
_PM_TYPOS: Mapping[str, tuple[Marking | None, str | None]] = {
    "SE": (None, None),
    "NC": (None, None),
    "CN": (None, None),
    "SB": (_U_SBU, "(SBU)"),       # 09CAIRO1215, an SBU cable
    "SU": (_U_SBU, "(SBU)"),       # 09CAIRO1371, an SBU cable
    "SBUNF": (Marking(Level.U, frozenset({SBU, NOFORN})), "(SBU-NF)"),
    "N/SF": (_S_NF, "(S//NF)"),    # 09KABUL1892, letters of S/NF shuffled
    "NF/S": (_S_NF, "(S//NF)"),
    "CS": (None, None),
}


def _parse_rel_list(text: str) -> tuple[list[str], list[str]]:
    """Split a REL TO list into countries and any control tokens caught in it."""
    countries: list[str] = []
    controls: list[str] = []
    for item in _PM_REL_SPLIT_RE.split(text):
        item = " ".join(item.split())
        if not item:
            continue
        if item in _PM_CONTROLS and item != "N":
            controls.append(_PM_CONTROLS[item])
        else:
            countries.append(item)
    return countries, controls


class _Scan:
    def __init__(self) -> None:
        self.controls: list[str] = []
        self.rel_to: list[str] = []
        self.seps: list[str] = []
        self.dangling = False               # a separator with nothing after it
        self.unknown: str | None = None     # the first unreadable segment


def _scan_controls(rest: str) -> _Scan:
    """Read ``(sep control)*`` after the level; stop at the first unknown segment."""
    scan = _Scan()
    pos = 0
    n = len(rest)
    while pos < n:
        m = _PM_SEP_RE.match(rest, pos)
        sep_raw = m.group(1) or ""
        sep = sep_raw[:1] if sep_raw.startswith("-") else sep_raw
        if not sep and m.end() > pos:
            sep = " "
        pos = m.end()
        if pos >= n:
            if sep.strip():
                scan.dangling = True
            break
        scan.seps.append(sep)
        rel = _PM_REL_RE.match(rest, pos)
        if rel:
            end = rest.find("//", rel.end())
            end = n if end < 0 else end
            countries, caught = _parse_rel_list(rest[rel.end():end])
            scan.controls.append(REL)
            scan.controls.extend(caught)
            scan.rel_to.extend(countries)
            pos = end
            continue
        ctl = _PM_CONTROL_RE.match(rest, pos)
        if ctl:
            token = ctl.group(1)
            scan.controls.append(_PM_CONTROLS[token])
            pos = ctl.end()
            if token == "FGI":
                # "FGI GBR DEU": the source countries are not kept.
                countries = _PM_FGI_COUNTRIES_RE.match(rest, pos)
                if countries and rest.find("//", pos) != pos:
                    pos = countries.end()
            continue
        scan.unknown = rest[pos:]
        break
    return scan


def _portion_status(text: str, marking: Marking) -> tuple[MarkStatus, str | None]:
    """``valid`` for a canonical State mark, else ``variant`` + the canonical form."""
    canonical = marking.short()
    # The State vocabulary (5 FAH-1 H-246.2 + CAPCO //NF): other controls are
    # borrowed IC/DoD forms — accepted, but never "canonical" in a cable.
    state_vocab = marking.controls <= {NOFORN, SBU, LOU}
    if text == canonical and state_vocab:
        return MarkStatus.VALID, None
    return MarkStatus.VARIANT, (canonical if canonical != text else None)


@functools.lru_cache(maxsize=4096)
def parse_portion_mark(text: str) -> PortionMark:
    """Read one parenthesised portion mark, e.g. ``"(S/NF)"``.

    Case-insensitive and tolerant of blanks.  See :class:`PortionMark` for the
    four statuses; the examples in ``tests/test_marking.py`` are real corpus
    spellings.
    """
    raw = text.strip()
    inner = raw[1:] if raw.startswith("(") else raw
    inner = inner[:-1] if inner.endswith(")") else inner
    u = " ".join(inner.upper().split())
    if not u or len(u) > _PM_MAX_LEN:
        return PortionMark(text, None, MarkStatus.NOT_A_MARK, None)

    compact = u.replace(" ", "")
    if compact in _PM_TYPOS:
        marking, suggestion = _PM_TYPOS[compact]
        return PortionMark(text, marking, MarkStatus.TYPO, suggestion)

    doubled = _squeeze_doubled(compact)
    if doubled is not None:                      # (CC), (SS), (UU), (TT), (SSBU): a key bounced
        level, implied, _ = _PM_LEVELS[doubled]
        marking = Marking(level, frozenset(implied))
        return PortionMark(text, marking, MarkStatus.TYPO, marking.short())

    run_on = _PM_RUN_ON_RE.fullmatch(u)
    if run_on:                                   # (SNF), (CNF)
        level, implied, _ = _PM_LEVELS[run_on.group(1)]
        marking = Marking(level, frozenset({*implied, NOFORN}))
        return PortionMark(text, marking, MarkStatus.TYPO, marking.short())

    entire = _PM_ENTIRE_RE.fullmatch(u)
    if entire and entire.group(1).strip() in _PM_LEVELS:
        # Legacy blanket notice "(C - ENTIRE TEXT)": a marking, in an old form.
        level, implied, _ = _PM_LEVELS[entire.group(1).strip()]
        marking = Marking(level, frozenset(implied))
        return PortionMark(text, marking, MarkStatus.VARIANT, marking.short())

    m = _PM_LEVEL_RE.match(u)
    if not m:
        return _parse_levelless(text, u)
    token = " ".join(m.group(1).split())
    level, implied, spelled = _PM_LEVELS[token]
    scan = _scan_controls(u[m.end():])

    if scan.unknown is not None:
        # "(C-CT5-00623)", "(U.S.)": a level letter followed by something that
        # is no marking at all.  "(S/XYZ)": a marking with a bad control.
        looks_marking = (scan.seps and scan.seps[-1] in ("/", "//")
                         and _PM_LETTERS_RE.fullmatch(scan.unknown) is not None)
        if not looks_marking:
            return PortionMark(text, None, MarkStatus.NOT_A_MARK, None)

    controls = set(implied) | set(scan.controls)
    typo = spelled or scan.unknown is not None
    if scan.dangling and not scan.controls:      # "(S/)"
        typo = True
    if NOFORN in scan.controls and "-" in scan.seps and not implied:
        typo = True                              # "(S-NF)": hyphen is for SBU-NF only
    if level > Level.U and controls & UNCLASSIFIED_ONLY_CONTROLS:
        controls -= UNCLASSIFIED_ONLY_CONTROLS   # "(C/SBU)": read as C
        typo = True
    rel_to = tuple(dict.fromkeys(scan.rel_to)) if REL in controls else ()
    marking = Marking(level, frozenset(controls), rel_to)
    if typo:
        # With an unreadable control the intended mark is unknown.
        suggestion = marking.short() if scan.unknown is None else None
        return PortionMark(text, marking, MarkStatus.TYPO, suggestion)
    status, suggestion = _portion_status(raw, marking)
    return PortionMark(text, marking, status, suggestion)


_PM_DOUBLED = {"C": "C", "S": "S", "U": "U", "T": "TS", "TS": "TS", "SBU": "SBU"}


def _squeeze_doubled(compact: str) -> str | None:
    """The level token of a mark with a letter typed twice (``CC`` → ``C``, ``TT`` → ``TS``).

    Only marks made of nothing but repeated letters of a level token; ``(UN)``, ``(EU)`` and
    single letters (list labels) are untouched.
    """
    if len(compact) < 2 or len(compact) > 6 or not compact.isalpha():
        return None
    squeezed = re.sub(r"(.)\1+", r"\1", compact)
    if squeezed == compact or squeezed not in _PM_DOUBLED:
        return None
    return _PM_DOUBLED[squeezed]


def _parse_levelless(text: str, u: str) -> PortionMark:
    """Marks that start with a control or a separator: ``(/Rel UK)``, ``(NF)``."""
    scan = _scan_controls(u if u.startswith("/") else "/" + u)
    if scan.unknown is None and scan.controls and u != "N":
        return PortionMark(text, None, MarkStatus.TYPO, None)
    return PortionMark(text, None, MarkStatus.NOT_A_MARK, None)


# --------------------------------------------------------------------------
# Banner / classification-line level word
# --------------------------------------------------------------------------

_LAWFUL_LEVEL_WORDS: Mapping[str, Marking] = MappingProxyType({
    "TOPSECRET": Marking(Level.TS),
    "SECRET": Marking(Level.S),
    "CONFIDENTIAL": Marking(Level.C),
    "UNCLASSIFIED": Marking(Level.U),
    "UNCLAS": Marking(Level.U),
    "UNCLASEFTO": Marking(Level.U, frozenset({EFTO})),
    "UNCLASSIFIEDEFTO": Marking(Level.U, frozenset({EFTO})),
    "LIMITEDOFFICIALUSE": Marking(Level.U, frozenset({LOU})),
})
# Recognisable but not a lawful designator on a classification line.
_UNLAWFUL_LEVEL_WORDS: Mapping[str, Marking] = MappingProxyType({
    "CONF": Marking(Level.C),
    "UNCL": Marking(Level.U),
    "UNCLASS": Marking(Level.U),
    "TS": Marking(Level.TS),
    "SBU": Marking(Level.U, frozenset({SBU})),
    "SENSITIVEBUTUNCLASSIFIED": Marking(Level.U, frozenset({SBU})),
    "LOU": Marking(Level.U, frozenset({LOU})),
    "EFTO": Marking(Level.U, frozenset({EFTO})),
})
_WS_RE = LazyPattern(r"\s+")


@functools.lru_cache(maxsize=1024)
def parse_level_word(text: str) -> tuple[Marking | None, bool]:
    """Read a banner level word, spaced or not, in any case.

    Returns ``(marking, lawful)``: ``lawful`` is True when the spelling is one
    of the designators of 5 FAH-2 H-222 (``S E C R E T``, ``UNCLAS``,
    ``UNCLAS E F T O``, ``LIMITED OFFICIAL USE`` …).  A recognisable but
    irregular spelling (``CONF``, ``S E C R T``) gives the best reading with
    ``False``; anything else ``(None, False)``.
    """
    key = _WS_RE.sub("", text).upper()
    if not key or len(key) > 40:
        return None, False
    if key in _LAWFUL_LEVEL_WORDS:
        return _LAWFUL_LEVEL_WORDS[key], True
    if key in _UNLAWFUL_LEVEL_WORDS:
        return _UNLAWFUL_LEVEL_WORDS[key], False
    # Misspellings (S E C R T, first letter lost: E C R E T): one edit away
    # from a lawful word of 6+ letters, two for the long ones.
    best: Marking | None = None
    best_d = 99
    for word, marking in _LAWFUL_LEVEL_WORDS.items():
        limit = 1 if len(word) < 10 else 2
        if abs(len(word) - len(key)) > limit:
            continue
        d = osa_distance(key, word, limit)
        if d <= limit and d < best_d:
            best, best_d = marking, d
    return best, False


# --------------------------------------------------------------------------
# WikiLeaks metadata line
# --------------------------------------------------------------------------

_META_CONTROLS: Mapping[str, str] = MappingProxyType({
    "NOFORN": NOFORN, "NF": NOFORN,
    # WikiLeaks rendered State SBU cables as //FOR OFFICIAL USE ONLY.
    "FOR OFFICIAL USE ONLY": SBU, "FOUO": SBU,
    "SBU": SBU, "SENSITIVE": SBU, "ORCON": ORCON, "PROPIN": PROPIN,
    "FGI": FGI, "LES": LES, "EFTO": EFTO, "LIMITED OFFICIAL USE": LOU,
})


@functools.lru_cache(maxsize=256)  # a corpus has a few dozen distinct classification fields
def parse_metadata_classification(text: str) -> Marking | None:
    """Read the WikiLeaks classification field (line 4 of a corpus file).

    ``UNCLASSIFIED//FOR OFFICIAL USE ONLY`` → U + SBU: that is how WikiLeaks
    rendered State SBU cables (1,141 of 1,154 carry the SENSITIVE caption).
    """
    parts = [" ".join(p.split()).upper() for p in text.strip().split("//")]
    if not parts or not parts[0]:
        return None
    head, extra = parts[0], [p for p in parts[1:] if p]
    if head == "LIMITED OFFICIAL USE":
        base = Marking(Level.U, frozenset({LOU}))
    else:
        base, _ = parse_level_word(head)
        if base is None:
            return None
    controls = set(base.controls)
    rel_to: tuple[str, ...] = ()
    for p in extra:
        rel = _PM_REL_RE.match(p)
        if rel:
            countries, caught = _parse_rel_list(p[rel.end():])
            controls.add(REL)
            controls.update(caught)
            rel_to = tuple(countries)
        elif p in _META_CONTROLS:
            controls.add(_META_CONTROLS[p])
        else:
            return None
    if base.level > Level.U:
        controls -= {SBU, FOUO, LOU}
    return Marking(base.level, frozenset(controls), rel_to)


# --------------------------------------------------------------------------
# ZN routing line
# --------------------------------------------------------------------------

_ZN_RE = LazyPattern(r"(?<![A-Z])ZN[A-Z] +([A-Z]{3,6})(?![A-Z])")
_ZN_LETTERS: Mapping[str, Marking] = MappingProxyType({
    "U": Marking(Level.U),
    "E": Marking(Level.U, frozenset({EFTO})),
    "C": Marking(Level.C),
    "S": Marking(Level.S),
    "T": Marking(Level.TS),
})


def parse_zn_line(text: str) -> Marking | None:
    """Read the security group of a routing line: ``ZNY CCCCC ZZH`` → C.

    The group repeats the level letter five times (``EEEEE`` = UNCLAS EFTO);
    a damaged group is still read when its first three letters agree
    (``ZNY SSSAA ZZH`` → S), otherwise ``None``.
    """
    m = _ZN_RE.search(text.upper())
    if not m:
        return None
    group = m.group(1)
    first = group[0]
    if first not in _ZN_LETTERS or group[:3] != first * 3:
        return None
    return _ZN_LETTERS[first]


# --------------------------------------------------------------------------
# Captions and caveats
# --------------------------------------------------------------------------

#: Known caption / caveat words → short meaning.  Confidence per
#: marking-rules.md §4.4: [S] confirmed from a source, [K] background knowledge.
CAPTIONS: Mapping[str, str] = MappingProxyType({
    "NOFORN": "not releasable to foreign nationals",                     # [S] ISM CVE
    "SIPDIS": "SIPRNet distribution (copied to the State database open to SIPRNet users)",  # [S] 05 STATE 226504
    "SENSITIVE": "Sensitive But Unclassified (SBU) caption",             # [S] 2000 STATE 018029
    "EXDIS": "exclusive distribution: officers with essential need-to-know",  # [S] CAPCO, 5 FAH-2 H-442.6
    "NODIS": "no distribution beyond addressees without Executive Secretariat approval",  # [S] CAPCO, 5 FAH-2 H-442.3
    "LIMDIS": "limited distribution (State caption, not NGA's LIMITED DISTRIBUTION)",  # [S] secondary
    "STADIS": "State distribution only",                                 # [S] 5 FAH-2 H-252.1-1
    "ROGER": "channel for intelligence matters addressed to the Ambassador personally",  # usage [S], definition [K]
    "CHEROKEE": "channel for messages involving the Secretary and senior White House officials",  # [S] secondary
    "DISSENT CHANNEL": "channel for dissenting policy views",            # [K]
    "AGRMENT": "channel for agrément and chief-of-mission appointment traffic",  # [S] 5 FAH-2 H-442.1
    "SPECAT": "military special category (EXDIS equivalent)",            # [S] 5 FAH-2 H-251
    "SPECAT EXCLUSIVE": "military special category exclusive (NODIS equivalent)",  # [S] 5 FAH-2 H-251
    "NIACT": "night action: immediate action regardless of the hour",    # [S] 5 FAH-2 H-421
    "EFTO": "encrypt for transmission only (unclassified)",              # [S] 5 FAH-2 H-222
    "NOT FOR INTERNET DISTRIBUTION": "unclassified text not to be posted on the Internet",  # [K]
    "ORCON": "dissemination controlled by the originator",               # [S] ISM CVE
    "PROPIN": "proprietary information",                                 # [S] ISM CVE
    "FGI": "foreign government information",                             # [S] CAPCO
    "LES": "law enforcement sensitive",                                  # [S] ISM CVE (non-IC)
    "CORRECTED COPY": "retransmission correcting an earlier copy",       # [K] corpus usage only
})
