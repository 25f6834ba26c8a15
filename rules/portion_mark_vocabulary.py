"""CL121 portion-mark-vocabulary."""
from __future__ import annotations

import re

from cablelint import eo, evidence, releasability
from cablelint.lazyre import LazyPattern
from cablelint.marking import MarkStatus, osa_distance, parse_portion_mark
from cablelint.rule import ERROR, INFO, Hit, rule

# members compared on every cable, bound once (docs/performance.md: the enum lookup)
_TYPO, _VARIANT = MarkStatus.TYPO, MarkStatus.VARIANT

# marks written in a form the State vocabulary accepts
_ACCEPTED = (MarkStatus.VALID, MarkStatus.VARIANT)

_ADMIN_RE = LazyPattern(r"\s*(?://|/|-)\s*(SBU|FOUO|LOU|EFTO)(?![A-Z])")

#: NATO's portion marks (NATO CONFIDENTIAL, SECRET, RESTRICTED, UNCLASSIFIED, COSMIC TOP
#: SECRET): a US cable that carries NATO information marks those portions so (CAPCO's
#: non-US markings; 07REYKJAVIK298 marks its NATO paragraphs `(NC)`), which is no slip for `(C)`.
_REL_GLUED_RE = LazyPattern(r"REL(?=[A-Z]{3}\b)")
_NATO_MARKS = frozenset({"NC", "NS", "NR", "NU", "CTS"})
# a portion mark's level spelled out (`(SECRET/REL QATAR)`)
_SPELLED_LEVEL_RE = LazyPattern(r"(?i)\s*\(?\s*(?:TOP\s+SECRET|SECRET|CONFIDENTIAL|UNCLASSIFIED)(?![A-Z])")
# the separators between a mark's words (`S-NOFORN`, `S N/F`, `S//NF`)
_SEPARATORS_RE = LazyPattern(r"(?<=\w)[\s/\-.,]+(?=\w)")


def _show(text: str) -> str:
    """The mark as written (upper-cased, blanks collapsed): `(SNF)`, or `C)` with its opening
    parenthesis lost."""
    return " ".join(text.strip().upper().split())


def _only_admin_problem(mark) -> bool:
    """`(C/SBU)`, `(S/EFTO)`: read fine once the label goes; sbu-only-unclassified reports it."""
    if mark.marking is None or mark.marking.level == 0:
        return False
    stripped = _ADMIN_RE.sub("", mark.text.upper())
    if stripped == mark.text.upper():
        return False
    return parse_portion_mark(stripped).status in _ACCEPTED


def _only_punctuation_before_12958(mark, cable) -> bool:
    """`(S-NOFORN)` in a 1985 cable: known words, joined by a separator no rule of the time set
    (E.O. 12958 and its directive first set how a portion mark is written)."""
    d = cable.date
    if d is None or d >= eo.EO_12958_EFFECTIVE:
        return False
    slashed = _SEPARATORS_RE.sub("/", mark.text.strip())
    return slashed != mark.text.strip() and parse_portion_mark(slashed).status in _ACCEPTED


def _only_a_parenthesis_lost(mark) -> bool:
    """`C)`, `(SBU`: a valid mark with one parenthesis lost. The level reads plainly, and the
    copies that lose a parenthesis often lose letters around it too (06BRASILIA2433's
    `(SBU During` in a paragraph of `relaions`, `oten`): damage to the text or a slip no
    reviewer acts on, not a mark outside the vocabulary."""
    text = mark.text.strip()
    if text.startswith("(") == text.endswith(")"):
        return False
    whole = text if text.startswith("(") else "(" + text
    whole = whole if whole.endswith(")") else whole + ")"
    return parse_portion_mark(whole).status in _ACCEPTED


def _release_in_words_of_its_time(mark, cable) -> bool:
    """`(SECRET/REL QATAR)` in a 2001 cable: State's release mark in its own words, the level
    spelled out, before the register's REL TO syntax (July 2005) that a suggestion would take
    from."""
    d = cable.date
    return (d is not None and d < eo.CAPCO_SYNTAX_SINCE and mark.marking is not None
            and bool(mark.marking.rel_to) and _level_abbreviated(mark) is not None)


def _like_the_others(mark, cable) -> tuple[str, str] | None:
    """The mark the cable's other portions use that this typo is one slip away from, in its
    canonical form, and as they write it: `(C/F)` among `(C/NF)` portions is `(C//NF)`."""
    typed = " ".join(mark.text.upper().split())
    counts: dict[str, int] = {}
    as_written: dict[str, str] = {}  # the first use of each, in the cable's own case
    for other, _, _ in cable.portion_marks:
        m = other.marking
        if other.status in _ACCEPTED and m is not None and m.level > 0:
            written = " ".join(other.text.upper().split())
            if written != typed and osa_distance(typed, written, 1) <= 1:
                counts[written] = counts.get(written, 0) + 1
                as_written.setdefault(written, " ".join(other.text.split()))
    if not counts:
        return None
    written = max(sorted(counts), key=counts.get)
    return parse_portion_mark(written).marking.short(), as_written[written]


def _level_abbreviated(mark) -> str | None:
    """`(SECRET/REL QATAR)`, `(SECRET/rel IAEA)`: a mark whose only slip is its level spelled
    out, as the cable writes it with the level's initials (`(S/REL QATAR)`); None for any other
    mark."""
    m = _SPELLED_LEVEL_RE.match(mark.text)
    if m is None or mark.marking is None:
        return None
    short = "(" + mark.marking.level.abbrev + _show(mark.text[m.end():]).lstrip("(")
    short = short if short.endswith(")") else short + ")"
    return short if parse_portion_mark(short).status in _ACCEPTED else None


def _release_run_together(mark) -> str | None:
    """`(C/RELCAN)`: a REL TO mark with its words run together, read as they were meant."""
    spaced = _REL_GLUED_RE.sub("REL TO ", mark.text.upper())
    if spaced == mark.text.upper():
        return None
    read = parse_portion_mark(spaced)
    if read.status not in _ACCEPTED:
        return None
    return releasability.standard_rel(read.marking) or read.marking.short()


def _guess(mark, cable) -> str | None:
    """A suggestion for an unreadable mark from the cable's overall marking: `(SE)` in a
    SECRET cable is probably `(S)`."""
    overall = cable.overall.marking
    if overall is None:
        return None
    letters = re.sub(r"[^A-Z]", "", mark.text.upper())
    if "REL" in letters:
        return None  # a release to a partner is no garbled NOFORN (see `_release_run_together`)
    if overall.level == 0:
        if cable.has_caption("SENSITIVE") and "S" in letters:
            return "(SBU)"
        return "(U)" if "U" in letters else None
    abbrev = overall.level.abbrev
    if abbrev[0] not in letters:
        return None
    if overall.noforn and "N" in letters:
        return f"({abbrev}//NF)"
    return f"({abbrev})"


@rule("CL121", "portion-mark-vocabulary", ERROR, options={"report-variants": False})
def check(cable, options):
    """A portion mark is not in the marking vocabulary (a typo such as `(SNF)`, `(SE)`, `(CC)`).

    Why: a portion mark is read by people and by systems that decide what may be released;
    one outside the vocabulary is ambiguous — `(SE)` may be SECRET or SENSITIVE — so the portion
    has no reliable level. Basis: 5 FAH-1 H-246.2(c) (State marks `(U)`, `(C)`, `(S)`, `(TS)`,
    `(SBU)`, SBU NOFORN) [S]; CAPCO §C portion syntax [S]; ISM-ID-00040 (US values TS, S, C, U)
    [S]. Accepted State variants (`(S/NF)`, `(C/NF)`, `(SBU/NF)`, lower case) are not reported
    unless the option `report-variants` is set (then as info, with the canonical form). Each
    finding proposes the corrected mark when one is clear — from the mark itself (`(SNF)` →
    `(S//NF)`, `(CC)` → `(C)`), from the marks of the cable's other portions when it is one
    slip from them (`(C/F)` in a cable whose other portions are `(C/NF)` → `(C//NF)`), or,
    for an unreadable one, from the cable's overall marking (`(SE)` in a SECRET cable →
    probably `(S)`). A mark with a REL list gets the standard REL TO form, USA first and then
    the countries as ISO 3166 trigraphs (`(SECRET/REL FRANCE)`, 09STATE96222 →
    `(S//REL TO USA, FRA)`, never `(S//REL TO FRANCE)`; CAPCO, ISM-ID-00031/00032); where an
    entry cannot be made a trigraph (`GM`, FIPS or ISO?) the message names the form without
    guessing; a release to an organisation with the level spelled out (`(SECRET/rel IAEA)`,
    09STATE2552) gets the cable's own form with the level's initial (`(S/REL IAEA)`), as no
    trigraph names it. Before the register's REL TO syntax (July 2005), a release mark in
    State's own words with the level spelled out (`(SECRET/REL QATAR)`, 01STATE61624) is a form
    of its time, not reported. The message names the mark as written. A classified level joined to SBU/FOUO/LOU/EFTO
    is sbu-only-unclassified's finding. An unreadable parenthesis at the start of a line that
    is not a numbered paragraph (`(S/CT)`, an office name wrapped to the line start) is not
    taken for a mark. One habit is one finding: the same bad mark in several portions (`C)` in
    every paragraph, 10ROME1) is reported once, at the first, with the count and the other
    places as related locations. NATO's portion marks (`(NC)`, `(NS)`, `(NR)`, `(CTS)`) mark
    NATO information a US cable carries and are not reported; a mark that releases to a partner
    (`(C/RELCAN)`, 04OTTAWA3303) is never guessed to be a NOFORN mark. A valid mark that lost one
    parenthesis (`C)`, `(SBU`) is not reported: its level reads plainly, and such copies often
    lose letters around it too (06BRASILIA2433), so the slip is the copy's or too small to act on.
    Nor a mark one letter short of a mark the cable's other portions carry (`(SU)` among
    `(SBU)`) in a copy that drops letters inside its words elsewhere (09CAIRO1371: `areement`,
    `cncerns`, `offiials` beside the whole words): the copy lost the letter, as it lost theirs.
    In a cable older than E.O. 12958 (1995), whose order and directive first set how a portion
    mark is written, a mark of known words with other separators (`(S-NOFORN)`, 85GABORONE501)
    is not reported; one whose words are unknown (`(SNF)`, `(SE)`) is.

    Bad:
        S E C R E T ANKARA 000123

        NOFORN

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (SNF) Text.

        2. (S/NF) Text.
    ---
        S E C R E T ANKARA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (SE) Text.
    ---
        S E C R E T LAGOS 002579

        NOFORN

        E.O. 12958: DECL: 11/20/2013
        TAGS: PREL, NI
        SUBJECT: TALKS

        Classified By: Consul General Robyn Hinson-Jones, reasons 1.5 (b) and (d).

        1. (S N/F) Text.

        2. (S N/F) Text.
    ---
        S E C R E T STATE 002552

        E.O. 12958: DECL: 01/09/2018
        TAGS: ETTC EFIN KNNP MNUC PARM PINS PREL UNVIE
        SUBJECT: TALKS

        Classified By: IO PDAS James B. Warlick for reasons 1.4 (b)(c)(d)

        3. (S) Text.

        4. (SECRET/rel IAEA) Text.

    Good:
        UNCLAS CAIRO 001371

        SENSITIVE
        SIPDIS

        E.O. 12958: N/A
        TAGS: EAIR PREL PTER ASEC EG
        SUBJECT: UPDATE ON U.S.-EGYPT AIR MARSHALS AGREEMENT

        3.(SBU) The ministry is concerned with the curent MOU's language. The draft areement
        calls for the Air Marshals to leave their firearms under the current agreement.

        5.(SU) The authority wants an article on the aircraft's commader, the commander.
    ---
        S E C R E T ANKARA 000123

        NOFORN

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (S//NF) Text.

        2. (S/NF) Text.
    ---
        C O N F I D E N T I A L ROME 000001

        E.O. 12958: DECL: 01/04/2020
        TAGS: PREL IT
        SUBJECT: TALKS

        Classified By: Ambassador David Thorne, reasons 1.4 (b) and (d).

        1. C) Text.

        2. C) Text.
    ---
        C O N F I D E N T I A L REYKJAVIK 000298

        E.O. 12958: DECL: 12/19/2017
        TAGS: MARR NATO IC
        SUBJECT: TALKS

        Classified By: Ambassador Carol van Voorst, reasons 1.4 (b) and (d).

        1. (C) Text.

        2. (NC) Text.
    ---
        O R 051245Z FEB 85
        FM AMEMBASSY GABORONE
        TO SECSTATE WASHDC IMMEDIATE 2350

        S E C R E T GABORONE 0501

        NOFORN

        E.O. 12356: DECL: OADR
        TAGS: PREL, BC
        SUBJECT: TALKS

        1. (S) TEXT.

        2. (S-NOFORN) TEXT.
    ---
        O P 070001Z APR 01
        FM SECSTATE WASHDC
        TO AMEMBASSY DOHA IMMEDIATE

        S E C R E T STATE 061624

        E.O. 12958: DECL: 06/04/11
        TAGS: PREL, PTER, QA, AF
        SUBJECT: TALKS

        (U) CLASSIFIED BY NEA DAS ALLEN KEISWETTER, REASON 1.5 (B) AND (D)

        1. (S) TEXT.

        4. (SECRET/REL QATAR) TEXT.
    """
    statuses = cable.marks_summary.statuses
    if _TYPO not in statuses and _VARIANT not in statuses:
        return
    typos: dict[str, list] = {}
    for mark, span, where in cable.portion_marks:
        status = mark.status
        if status == _TYPO:
            if _only_admin_problem(mark):
                continue
            if where == "an unnumbered portion" and not mark.suggestion:
                continue  # `(S/CT)` at a wrapped line start: an office, not a mark
            if re.sub(r"[^A-Z]", "", mark.text.upper()) in _NATO_MARKS:
                continue
            if _only_a_parenthesis_lost(mark) or _only_punctuation_before_12958(mark, cable):
                continue
            if _release_in_words_of_its_time(mark, cable):
                continue
            if _letter_lost_in_copy(mark, cable):
                continue
            typos.setdefault(_show(mark.text), []).append((mark, span, where))
        elif status == _VARIANT and options.get("report-variants") and mark.suggestion:
            yield Hit(span, f"portion mark {_show(mark.text)} in {where} is a variant; the canonical "
                            f"form is {mark.suggestion}", INFO, key=f"{where}:variant")
    for shown, places in typos.items():
        # one habit of the drafter (`C)` in every paragraph) is one finding with its places
        mark, span, where = places[0]
        alike = None if mark.suggestion else _like_the_others(mark, cable)
        release = None if mark.suggestion or alike else _release_run_together(mark)
        if mark.suggestion and mark.marking is not None and mark.marking.rel_to:
            # `(SECRET/REL FRANCE)`: the REL TO list in its standard form, USA first, trigraphs
            standard = releasability.standard_rel(mark.marking)
            own = None if standard else _level_abbreviated(mark)
            hint = (f"; did you mean {standard}?" if standard else
                    f"; did you mean {own}?" if own else
                    f"; the standard form is ({mark.marking.level.abbrev}//REL TO USA, …) with "
                    f"the countries as ISO 3166 trigraphs")
        elif mark.suggestion:
            hint = f"; did you mean {mark.suggestion}?"
        elif release is not None:
            hint = f"; did you mean {release}?"
        elif alike is not None:
            canonical, written = alike
            hint = f"; did you mean {canonical}? (the cable's other portions are {written})"
        else:
            guess = _guess(mark, cable)
            hint = (f"; probably {guess} (guessed from the overall marking)" if guess
                    else "; the intended mark is unclear")
        n = len(places) - 1
        more = f" (and {n} more portion{'s' if n > 1 else ''})" if n else ""
        written = " ".join(mark.text.strip().split())  # as the cable writes it (issue 13)
        yield Hit(span, f"portion mark {written} in {where}{more} is not in the marking "
                        f"vocabulary{hint}", key=f"mark:{shown}",
                  related=tuple(s for _, s, _ in places[1:]))


def _letter_lost_in_copy(mark, cable) -> bool:
    """`(SU)` among `(SBU)` marks in a record whose copy drops letters inside its words
    (09CAIRO1371: `areement`, `cncerns`, `offiials`): the mark lost one letter to the copy, as
    the words around it did, not to the drafter."""
    text = mark.text.upper()
    others = {m.text.upper() for m, _, _ in cable.portion_marks if m.status != _TYPO}
    return any(evidence.one_letter_short(text, o) for o in others) and \
        evidence.drops_letters(cable)
