"""The small text readers the model builder uses: dates, the DTG, section numbers, post and
serial, the paragraph number and mark, the entire-text notice, where TAGS tokens stand.

Each takes the text of one token (or a piece of it) and returns values, never elements.
"""
from __future__ import annotations

import datetime as dt
import functools
import re

from .lazyre import LazyPattern
from .marking import Marking, MarkStatus, PortionMark, osa_distance, parse_level_word, parse_portion_mark
from .span import Span, make_span


MONTHS = {m: i for i, m in enumerate(
    ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"], 1)}
DTG_RE = re.compile(r"((?:[ZOPRY]\s+){1,2})(\d{4,6})(Z?)\s+([A-Za-z]{3})\s+(\d{2,4})")
_SECTION_RE = re.compile(r"(\d{1,2})\s+\w\w\s+(\d{1,2})")
# (a 1970s line may put the year before the post: `1975 TEHRAN 2069`)
_POST_SERIAL_RE = re.compile(r"(?:19[4-9]\d\s+)?(.*?)\s+(\d{3,7})$", re.S)
_EO_ORDER_RE = re.compile(r"(\d{5})")
_DOUBLED_KEY_RE = re.compile(r"\d(?![\d/.\-])")
# a notice about the statement, not a statement: `CLASSIFIED BY LINE ADDED`, `Classified
# by/reasons added` (corrected copies)
NOTICE_RE = re.compile(r"(?i)[ \t]*(?:\"?[ \t]*LINE(?![A-Za-z])|/[ \t]*reasons?[ \t]+added)")
CUT_OFF_RE = re.compile(r"(?:\.\.\.|\u2026)[ \t\\]*(?:\n|$)")
_PARA_NUM_RE = re.compile(r"(\d{1,2})")
# a precedence word also when glued to the next routing indicator (`PRIORITYRUCPDOC`, an
# address line run on) or misspelt by one letter (`IMMEDAITE`, `PRIORTY`): see `precedence_word`
PRECEDENCE_RE = re.compile(r"\b(NIACT IMMEDIATE|FLASH|IMMEDIATE|PRIORITY|ROUTINE"
                           r"|IMM[A-Z]{5,7}|PRI[A-Z]{4,6}|ROU[A-Z]{4,5})(?=\b|R[A-Z]{3,7}\b)")
_PRECEDENCE_WORDS = ("IMMEDIATE", "PRIORITY", "ROUTINE")


def precedence_word(written: str) -> str | None:
    """The precedence a word of an address line gives: itself, or the one precedence word it is
    a single slip from (`IMMEDAITE`, 88BAGHDAD4559); None for another word."""
    if written in ("NIACT IMMEDIATE", "FLASH") or written in _PRECEDENCE_WORDS:
        return written
    near = [w for w in _PRECEDENCE_WORDS if osa_distance(written, w, 1) == 1]
    return near[0] if len(near) == 1 else None
_META_DATE_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_RUBY_DATE_RE = LazyPattern(r"\w{3} (\w{3}) (\d{2}) [\d:]+ [+-]\d{4} (\d{4})")


# caption words that may stand between the level word and the post on a classification line
_QUALIFIER_RE = re.compile(
    r"(SENSITIVE|S ?B ?U|F ?O ?U ?O|E ?F ?T ?O|N ?O ?F ?O ?R ?N|L ?O ?U|LIMITED OFFICIAL USE|SIPDIS)"
    r"(?![A-Z])\s*(.*)$", re.S)
# a word as `text_key` reads it (of a text in capitals)
KEY_WORD_RE = re.compile(r"[A-Z0-9]+")
_BLANK_RUN_RE = LazyPattern(r"\s+")
# a classification line inside other text: level word (spaced or not), SECTION, post, serial
# (also the spaced designator a copy damaged: its first letter lost or doubled, `O N F I D E N T
# I A L` 09LAGOS14, `E C R E T` 07SANAA473, `SS E C R E T` 08TUNIS679, `CC O N F …` 09BEIJING1378)
BANNER_TEXT_RE = re.compile(
    r"(?<![A-Za-z])(?:C ?O ?N ?F ?I ?D ?E ?N ?T ?I ?A ?L|S ?E ?C ?R ?E ?T|UNCLAS(?:SIFIED)?"
    r"|[A-Z]{0,2}(?:C )?O N F I D E N T I A L|[A-Z]{0,2}(?:S )?E C R E T)"
    r"[ \t]*(?:SECTION[ \t]+[0-9]{1,2}[ \t]+OF[ \t]+[0-9]{1,2}[ \t]+)?[A-Z][A-Z .'\-]{0,30}?"
    r"[ \t]+[0-9]{5,7}(?![0-9])")

# a release caption in the header, written out as State's telegrams write it: `RELEASABLE TO
# UK`, `RELEASABLE TO NATO/AUST/NZ/ISAF`, `REL TO USA, GBR` (not `NOT RELEASABLE TO …`, not a
# sentence: a short list of countries and groups only)
RELEASE_CAPTION_RE = re.compile(
    r"[ \t]*(?:RELEASABLE|REL)[ \t]+TO[ \t]+(?!FOREIGN[ \t])([A-Z][A-Z]{1,19}(?:(?:[ \t]*[,/][ \t]*|[ \t]+AND[ \t]+|[ \t]+)"
    r"[A-Z][A-Z]{1,19}){0,11})[ \t.]*$")


def release_entries(written: str) -> tuple[str, ...]:
    """The countries and groups of a release caption as written (`NATO/AUST/NZ/ISAF` ->
    `NATO`, `AUST`, `NZ`, `ISAF`; `USA, GBR` -> `USA`, `GBR`)."""
    return tuple(w for w in re.split(r"[ \t]*[,/][ \t]*|[ \t]+AND[ \t]+", written.strip()) if w)


def text_key(text: str) -> str:
    """Upper case, letters and digits only, single blanks: for comparing two texts."""
    return " ".join(KEY_WORD_RE.findall(text.upper()))


def safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def parse_meta_date(text: str) -> dt.date | None:
    m = _META_DATE_RE.search(text)
    if m:
        found = m.group()
        if found.isascii():  # (`fromisoformat` reads ASCII digits only)
            try:
                return dt.date.fromisoformat(found)
            except ValueError:
                return None
        return safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _RUBY_DATE_RE.search(text)
    if m and m.group(1).upper() in MONTHS:
        return safe_date(int(m.group(3)), MONTHS[m.group(1).upper()], int(m.group(2)))
    return None


@functools.lru_cache(maxsize=256)  # `SECTION 01 OF 02` and the like, from cable to cable
def section_numbers(text: str) -> tuple[int, int] | None:
    """`SECTION 01 OF 03` → (1, 3)."""
    m = _SECTION_RE.search(text)
    return (int(m.group(1)), int(m.group(2))) if m else None


# a cable repeats its classification line at every section
@functools.lru_cache(maxsize=1024)
def post_serial(text: str) -> tuple[str, str, tuple[str, ...]] | None:
    """The post and the serial of a classification line (`TRIPOLI 000883`), and the caption-like
    words that stood before the post (`SENSITIVE BEIJING 003400`)."""
    m = _POST_SERIAL_RE.match(text.strip())
    if not m:
        return None
    post, serial = _clean(m.group(1)).upper(), m.group(2)
    qualifiers: list[str] = []
    while post:
        q = _QUALIFIER_RE.match(post)
        if not q or not q.group(2):
            break
        qualifiers.append(_BLANK_RUN_RE.sub("", q.group(1)))
        post = q.group(2)
    return post, serial, tuple(qualifiers)


@functools.lru_cache(maxsize=256)  # a few level words, in a few spellings
def level_text(text: str) -> str:
    return _clean(text)


@functools.lru_cache(maxsize=256)  # a few dozen caption words, in a few spellings
def caption_word(text: str) -> str:
    word = _clean(text.lstrip(", ")).upper()
    return "ROGER" if word.startswith("ROGER") else word


@functools.lru_cache(maxsize=256)  # `E.O. 12958:` and its few variants
def eo_order(label: str, value: str = "") -> str | None:
    """The order number as written: the label's five digits, and a sixth the value starts with
    when a key was doubled (`E.O. 129958: N/A`, `E.O.112356: DECL:OADR`; the label token takes
    five digits only)."""
    m = _EO_ORDER_RE.search(label)
    if m is None:
        return None
    if label[-1:].isdigit() and _DOUBLED_KEY_RE.match(value):
        return m.group(1) + value[0]
    return m.group(1)


def _clean(text: str) -> str:
    return " ".join(text.replace("\\\n", "\n").split())


def token_places(value: str, tokens: list[str], line: int,
                  column: int) -> tuple[list[Span], list[int]]:
    """Where each of `tokens` (split from `value`, in order) stands, and how many commas precede
    it: the spans let a TAGS finding point at its token, the comma counts group the words."""
    spans: list[Span] = []
    find = value.find
    pos = 0
    if "\n" not in value:  # nearly every TAGS line
        for tok in tokens:
            at = find(tok, pos)
            col = column + at
            pos = at + len(tok)
            spans.append(make_span((line, col, line, column + pos)))
    else:
        # tokens hold no newline: counting them in the gap before each token only keeps a field
        # over many lines linear (counting from the start of the text was quadratic)
        nl = 0
        last_nl = -1
        for tok in tokens:
            at = find(tok, pos)
            gap = value.count("\n", pos, at)
            if gap:
                nl += gap
                last_nl = value.rfind("\n", pos, at)
            col = at - last_nl if nl else column + at
            pos = at + len(tok)
            spans.append(make_span((line + nl, col, line + nl, col + len(tok))))
    if "," not in value:
        return spans, [0] * len(tokens)
    # the tokens of each comma-separated part, in order, are those of its group
    groups: list[int] = []
    for group, part in enumerate(value.split(",")):
        groups += [group] * len(part.replace("\\", " ").replace(";", " ").split())
    return spans, groups


_REDACTED_START_RE = re.compile(r"\s*\(?X{6,}")
REDACTION_ONLY_RE = re.compile(r"[\sX().,;:\-\\]*$")


def redacted_start(text: str) -> bool:
    """Whether a paragraph's text opens with a publication redaction (`XXXXXXXXXXXX`)."""
    # only a text that opens with an X, a parenthesis or a blank can
    first = text[:1]
    return (first in "X(" or first.isspace()) and _REDACTED_START_RE.match(text) is not None


# The entire-text notice of older cables in all the forms they take: `CONFIDENTIAL - ENTIRE
# TEXT.`, `C - ENTIRE TEXT`, `C-ENTIRE TEXT.`, `(SECRET - ENTIRE TEXT).`, `SECRET ENTIRE TEXT.`,
# `(SECRET/NOFORN - ENTIRE TEXT)`, `C O N F I D E N T I A L- ENTIRE TEXT.`, and as typed
# (`CONFIDENTLAL -- ENTIRE TEXT.`, `CONFIDENTIAL ENTIRE TEST.`); the level word is read as a
# classification line's is
_ENTIRE_NOTICE_RE = LazyPattern(
    r"[ \t]*\(?[ \t]*([A-Za-z][A-Za-z \t/]{0,40}?)[ \t]*[-\u2013]*[ \t]*(?i:ENTIRE[ \t]+TE[XS]T)"
    r"(?![A-Za-z])")


# a paragraph's text that leads in to what follows it: a lead-in phrase (`BEGIN TALKING
# POINTS/NONPAPER:`, `Begin text`, `QUOTE`), a line that ends on a colon or dash (`Violent
# Protests:`), or a short heading with no sentence end (`Oyo - "The Pacesetter State"`)
_LEAD_IN_RE = re.compile(
    r"[ \t]*(?:(?i:begin|quote|text|non-?paper|talking[ \t]+points)(?![A-Za-z])[^\n]*"
    r"|[^\n]*[:\-]|[\"'\u201c]?[A-Z][^\s.?!,;:]*(?:[ \t]+[^\s.?!,;:]+){0,7}[\"'\u201d]?)[\s\\]*\Z")


def lead_in(text: str) -> bool:
    """Whether a one-line paragraph's text is a heading that leads in to the lines below it,
    so that a mark opening the first of them marks the paragraph."""
    return len(text) <= 120 and _LEAD_IN_RE.match(text) is not None


# a marking written without parentheses inside a lead-in (`BEGIN NON-PAPER S//REL CHINA:`): a
# level, a slash and a control, closed by the lead-in's colon or dash or the line's end
_BARE_MARK_RE = re.compile(
    r"(?<![A-Za-z/])((?:TS|S|C|U|SBU|TOP SECRET|SECRET|CONFIDENTIAL|UNCLASSIFIED)//?"
    r"(?:NF|NOFORN|REL(?:[ \t]+TO)?[ \t]+[A-Z][A-Za-z]*(?:(?:,[ \t]*|[ \t]+)[A-Z][A-Za-z]*){0,5}))"
    r"[ \t]*(?:[:\-]|$)")


def bare_mark(text: str) -> tuple[str, int] | None:
    """A marking written without parentheses in a lead-in's text and where it starts."""
    m = _BARE_MARK_RE.search(text.rstrip(" \t\\\n"))
    return (m.group(1), m.start(1)) if m is not None else None


def entire_notice(text: str) -> Marking | None:
    """The level of an entire-text notice at the start of `text`, None without one."""
    if "NTIRE" not in text[:64].upper():  # only a text with ENTIRE near its start holds one
        return None
    m = _ENTIRE_NOTICE_RE.match(text)
    if m is None:
        return None
    words = " ".join(m.group(1).upper().split())
    if len(words) <= 3 or "/" in words:  # `C`, `S/NF`, `SECRET/NOFORN`: read as a mark is
        marking = parse_portion_mark(f"({words})").marking
        if marking is not None:
            return marking
    return parse_level_word(words.split("/")[0])[0]


ITEM_LABEL_RE = LazyPattern(r"[(\[]([A-Za-z])[)\]][ \t]")
_MISSING_OPEN_RE = LazyPattern(r"^(TS|S|C|U|SBU)(/NF)?\)$")
_MISSING_CLOSE_RE = LazyPattern(r"^\((TS|S|C|U|SBU)\s*$")


@functools.lru_cache(maxsize=1024)  # the numbers recur from cable to cable
def paragraph_number(text: str) -> tuple[int | None, str]:
    """The number of a paragraph number (`¶12. `, `3) `) and its style, `.` or `)`."""
    m = _PARA_NUM_RE.search(text)
    return (int(m.group(1)) if m else None), (")" if text.rstrip().endswith(")") else ".")


@functools.lru_cache(maxsize=1024)  # a cable's paragraphs repeat a handful of marks
def paragraph_mark(text: str) -> PortionMark:
    """The mark after a paragraph number (the token, with its trailing blanks), including the
    malformed ones real cables have."""
    text = text.strip()
    m = _MISSING_OPEN_RE.match(text) or _MISSING_CLOSE_RE.match(text)
    if m:
        fixed = "(" + m.group(1) + ((m.group(2) or "") if m.lastindex and m.lastindex > 1 else "") + ")"
        good = parse_portion_mark(fixed)
        return PortionMark(text, good.marking, MarkStatus.TYPO, fixed)
    return parse_portion_mark(text)

