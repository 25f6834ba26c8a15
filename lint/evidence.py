"""What the record's own text says around a finding, for rules that must check a conclusion
before they draw it.

The model reads the elements the grammar knows; a rule that concludes "paragraph 4 is
missing" or "this paragraph has no mark" is only right when the text around that place does
not show the number in another form (`4  An`, `8, (C)`, glued after a sentence), a
publication redaction, or text garbled in copying. These checks look at a few lines of the
text, and only where a rule is about to report (a handful of cables in a thousand).
"""
from __future__ import annotations

import collections
import functools
import re

from . import data
from .lazyre import LazyPattern

_TEXT, _LINES = "text", "text-lines"

# `XXXXXXXXXXXX` (the publisher's mask) or a note of removed text
_REDACTION_RE = LazyPattern(r"X{6,}|x{6,}|(?i:\[[a-z ]{0,24}(?:removed|redacted|deleted|withheld)\s*\])"
                           r"|(?i:details\s+removed)")
# characters that do not occur in a telegram's text, but do in lines garbled in copying
# (`PROIF2FQGQOQL.AGC%QJQY+~XL&#}FQZ^`)
_WITHOUT_GARBLE = str.maketrans("", "", "{}~^|`@\ufffd")
_GARBLE_MIN = 3
# symbols inside a word (`is for Gi#zn*Q|Qspite the`): two in a line are noise, not text
_IN_WORD_SYMBOL_RE = LazyPattern(r"[A-Za-z][#*|~^{}`@\\<>][A-Za-z]")
# a control character (a tab, a form feed and a carriage return are text)
_CONTROL_RE = LazyPattern(r"[\x00-\x08\x0a\x0b\x0e-\x1f]")
_MONTHS = ("JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST",
           "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER", "JAN", "FEB", "MAR", "APR", "JUN",
           "JUL", "AUG", "SEP", "SEPT", "OCT", "NOV", "DEC")
# words after which a number at the next line's start is theirs, not a paragraph's
# (`… on October` / `5. During …`, `… see para` / `3.`)
_NUMBER_TAKERS = frozenset(_MONTHS + (
    "NO", "NO.", "NOS", "NR", "NUMBER", "PARA", "PARAS", "PARAGRAPH", "PARAGRAPHS", "ARTICLE",
    "ARTICLES", "SECTION", "SECTIONS", "CHAPTER", "RESOLUTION", "PAGE", "PAGES", "ITEM",
    "ITEMS", "ANNEX", "PHASE", "TITLE", "RULE", "POINT", "POINTS", "PROTOCOL", "TIER", "ROUTE",
    "HIGHWAY", "ROOM", "LAW", "DECREE", "REFTEL", "REF", "VOL", "VOLUME", "STAGE", "LEVEL",
    "PART", "CLAUSE", "OPTION", "QUESTION", "FLIGHT", "UNIT", "GROUP", "CAMP", "BLOCK", "ZONE"))
_LAST_WORD_RE = LazyPattern(r"([A-Za-z]+\.?)[ \t]*$")
# words that leave a sentence open (`… see paragraphs 3 and` / `4.`): what follows them, on the
# next line, is the sentence's, however the copy set it out ("a" is left out: `REF: A`)
_OPEN_ENDERS = frozenset(("AND", "OR", "NOR", "BUT", "THE", "AN", "OF", "IN", "ON", "AT", "TO",
                          "BY", "FOR", "WITH", "FROM", "INTO", "THAN", "SEE", "UNDER", "PER"))
# the words that still take the number across a blank line the copy put into the sentence
# (`… in paragraph` / `` / `5. Embassy …`); a noun such as RESOLUTION also ends a heading
# (`END TEXT OF RESOLUTION` / `` / `4. A BRIEF …`)
_RUN_ON_WORDS = frozenset(_MONTHS + ("NO", "NO.", "NOS", "NR", "NUMBER", "PARA", "PARAS",
                                     "PARAGRAPH", "PARAGRAPHS")) | _OPEN_ENDERS
_MOST_BLANKS_INSERTED = 2


def text_of(cable) -> str:
    """The text the cable was read from ("" for a model built without it)."""
    return cable.derived.get(_TEXT, "")


def keep_text(cable, text: str) -> None:
    """Keep the text on the cable, for the checks here (not shown, not compared)."""
    cable.derived[_TEXT] = text


def lines_of(cable) -> list[str]:
    """The text's lines (index 0 is line 1), split once and only when a rule asks."""
    lines = cable.derived.get(_LINES)
    if lines is None:
        lines = cable.derived[_LINES] = text_of(cable).split("\n")
    return lines


def _region(lines: list[str], first: int, last: int) -> list[str]:
    return lines[max(first - 1, 0):max(last, 0)]


def redaction_in(lines: list[str], first: int, last: int) -> bool:
    """Whether lines `first`..`last` (1-based, inclusive) hold a publication redaction."""
    return any(_REDACTION_RE.search(ln) for ln in _region(lines, first, last))


def garbled_in(lines: list[str], first: int, last: int) -> bool:
    """Whether lines `first`..`last` hold text garbled in copying (binary noise)."""
    for ln in _region(lines, first, last):
        if len(ln) - len(ln.translate(_WITHOUT_GARBLE)) >= _GARBLE_MIN:
            return True
        if len(_IN_WORD_SYMBOL_RE.findall(ln)) >= 2:
            return True
        if _CONTROL_RE.search(ln) is not None:
            return True
    return False


# fixed words of a header that a transmission error garbled (a bit lost in the telegraph code
# turns one letter into another): the E.O. label (`E.M. 12958`), `N'A`, `SECTION 01 GF 02`, a
# letter in the serial (`BISHIEK 00Q021`); and a SENSITIVE caption one letter off (`SEFSITIVE`)
_GARBLED_HEADER_RES = (
    LazyPattern(r"^[ \t]*E\.[ \t]?[A-NP-Z]\.[ \t]?\d{5}\b", re.M),
    LazyPattern(r"\d{5}:[ \t]*N'A\b"),
    LazyPattern(r"\bSECTION[ \t]+\d+[ \t]+(?!OF\b)[A-Z]{2}[ \t]+\d+\b"),
    LazyPattern(r"^[ \t]*(?:UNCLAS|C O N F|S E C R E T|CONFIDENTIAL|SECRET)\b[^\n]*"
                r"[ \t]0\d*[A-Z]\d+[ \t]*$", re.M),
)
_SENSITIVE_LINE_RE = LazyPattern(r"^[ \t]*([A-Z]{9})[ \t]*$", re.M)
# fixed words a copy that drops characters leaves one short (08ECTION01OF02MANAMA492:
# `ECTION 01 OF 02`, `E.O. 1295: DECL`, `Classiied By`, and in its text `COBAT`, `Interational`)
_EO_FOUR_DIGITS_RE = LazyPattern(r"^[ \t]*E\.[ \t]?O\.[ \t]?\d{4}(?!\d)", re.M)
_SECTION_WORD_RE = LazyPattern(r"\b([A-Z]{6})[ \t]+\d{1,2}[ \t]+OF[ \t]+\d{1,2}\b")
_LABEL_WORD_RE = LazyPattern(r"^[ \t]*([A-Za-z]{6}):", re.M)
_CLASSIFIED_WORD_RE = LazyPattern(r"\b([Cc][Ll][A-Za-z]{7})[ \t]+[Bb][Yy]\b")
_STATEMENT_REACH = 20


def header_garbled(cable, last_line: int) -> bool:
    """Whether the header up to `last_line` shows damage in two or more of its fixed words:
    transmission garble (`E.M. 12958: N'A`, `SEFSITIVE`, `SECTION 01 GF 02`,
    08SECTION01GF02BISHIEK21) or a copy that drops characters (`ECTION 01 OF 02`,
    `E.O. 1295:`, `Classiied By`, 08ECTION01OF02MANAMA492). One such slip is a typo, two are
    a header the transmission or the copy damaged, whose other words are noise."""
    lines = lines_of(cable)
    head = "\n".join(lines[:last_line])
    found = sum(1 for rx in _GARBLED_HEADER_RES if rx.search(head) is not None)
    found += any(w != "SENSITIVE" and sum(a != b for a, b in zip(w, "SENSITIVE")) == 1
                 for w in _SENSITIVE_LINE_RE.findall(head))
    # (the Classified By statement may follow the SUBJECT and its references)
    found += _dropped_characters("\n".join(lines[:last_line + _STATEMENT_REACH]))
    return found >= 2


def drops_letters(cable) -> bool:
    """Whether the record's copy drops letters inside its words: two or more words of five
    letters or more, given once, that are another word of the record with one inner letter
    lost (09CAIRO1371: `areement` beside `agreement`, `cncerns` beside `concerns`). Natural
    pairs (`though` and `through`, `offices` and `officers`; lint/data/one-letter-pairs.txt,
    tools/one_letter_pairs.py) are not counted."""
    natural = _natural_pairs()
    found = 0
    for w in one_letter_short_words(text_of(cable)[:_DROPS_READ]):
        if w not in natural:
            found += 1
            if found >= _DROPPED_WORDS:
                return True
    return False


def one_letter_short_words(text: str) -> list[str]:
    """The words of five letters or more (lower case) that `text` gives once and that are
    another of its words with one inner letter lost (not the first or the last: `state` of
    `states` is no slip)."""
    counts: dict[str, int] = {}
    for w in _LONG_WORD_RE.findall(text):
        w = w.lower()
        counts[w] = counts.get(w, 0) + 1
    shorter = set()
    for v in counts:
        for i in range(1, len(v) - 1):
            shorter.add(v[:i] + v[i + 1:])
    return [w for w, n in counts.items() if n == 1 and w in shorter]


@functools.lru_cache(maxsize=1)
def _natural_pairs() -> frozenset[str]:
    return frozenset(data.lines("one-letter-pairs.txt"))


def one_letter_short(word: str, fixed: str) -> bool:
    """Whether `word` is `fixed` with one character lost (`ECTION` of `SECTION`, `(SU)` of
    `(SBU)`)."""
    if len(word) != len(fixed) - 1:
        return False
    i = next((k for k, (a, b) in enumerate(zip(word, fixed)) if a != b), len(word))
    return word[i:] == fixed[i + 1:]


def _dropped_characters(head: str) -> int:
    """How many of the header's fixed words lost a character in the copy: a SECTION, SUBJECT
    or Classified label one letter short, an E.O. number of four digits. (`TAG:` is not
    counted: drafters wrote it.)"""
    found = int(_EO_FOUR_DIGITS_RE.search(head) is not None)
    found += any(one_letter_short(w, "SECTION") for w in _SECTION_WORD_RE.findall(head))
    found += any(one_letter_short(w.upper(), "SUBJECT") for w in _LABEL_WORD_RE.findall(head))
    found += any(one_letter_short(w.lower(), "classified") for w in _CLASSIFIED_WORD_RE.findall(head))
    return found


# a page header run into a line of text (`… direct military ISLAMABAD 00000164 002 OF 002
# action in …`): the publisher joined the lines of the copy
_PAGE_HEADER_IN_TEXT_RE = LazyPattern(r"[a-z,;][^\S\n]+[A-Z][A-Z ]{2,30}[^\S\n]+0{2,}\d{3,}[^\S\n]+"
                                      r"\d{3}(?:\.\d)?[^\S\n]+OF[^\S\n]+\d{3}")


# the dateline a newspaper's copy sets above the telegram (`Wednesday, 26 March 2008, 12:45`):
# the press set each paragraph as one line, and a number can be lost in the joins (08NEWDELHI882)
_PRESS_DATELINE_RE = LazyPattern(r"^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,[^\S\n]+\d{1,2}[^\S\n]+"
                                 r"[A-Z][a-z]+[^\S\n]+\d{4},[^\S\n]+\d{1,2}:\d{2}", re.M)


def reflowed(cable) -> bool:
    """Whether the copy was re-flowed by the publisher: a page header stands inside a line, or
    a newspaper's dateline stands above the telegram."""
    text = text_of(cable)
    if " OF 0" in text and _PAGE_HEADER_IN_TEXT_RE.search(text) is not None:
        return True
    return "day, " in text and _PRESS_DATELINE_RE.search(text) is not None


# a page or section break in a copy: a page header (`VATICAN 00004002  002 OF 002`,
# `PAGE 02 …`) or a classification line of a later section (`… SECTION 02 OF 02 …`)
_BREAK_RE = LazyPattern(r"^[^\S\n]*(?:[A-Z][A-Z .'\-]{0,30}?[^\S\n]+\d{3,8}[^\S\n]+\d{3}(?:\.\d)?"
                        r"[^\S\n]+OF[^\S\n]+\d{3}|PAGE[^\S\n]+\d{2}[^\S\n]|.*\bSECTION[^\S\n]+\d{1,2}"
                        r"[^\S\n]+OF[^\S\n]+\d{1,2}\b)")
# a line that closes what it says: a sentence's end, or a relay's note on the copy
# (`NOTE: NOT PASSED TO ABOVE ADDRESSEE(S)`)
_CLOSED_RE = LazyPattern(r"[.!?][\"')\u201d]*[^\S\n]*$|^[^\S\n]*NOTE:")


def lost_at_break(lines: list[str], first: int, last: int) -> bool:
    """Whether text was lost at a page or section break in lines `first`..`last`: the text
    before the break is closed (a sentence's end, a relay's note) and the text after it runs
    on from something that is not there (it opens with a word, not a number, a mark or a
    heading)."""
    region = range(max(first, 1), min(last, len(lines)))
    for i in region:
        if _BREAK_RE.match(lines[i - 1]) is None:
            continue
        before = next((lines[k] for k in range(i - 2, first - 2, -1) if lines[k].strip()), "")
        after = next((lines[k].strip() for k in range(i, last - 1) if lines[k].strip()), "")
        if (before and _CLOSED_RE.search(before) is not None and after[:1].isalpha()
                and not after.rstrip().endswith(":") and _BREAK_RE.match(after) is None):
            return True
    return False


# a TAGS line, labelled in any of its forms (`TAGS:`, `TAGS`, `Tags:`)
_TAGS_LINE_RE = LazyPattern(r"[ \t]*(?:TAGS?|(?i:tags?)[ \t]*:)")


@functools.lru_cache(maxsize=256)
def _whole_word_re(word: str) -> re.Pattern:
    """`word` as written, a whole word (compiled once for each word asked)."""
    return re.compile(r"(?<![A-Za-z0-9])%s(?![A-Za-z0-9])" % re.escape(word))


def named_outside_tags(cable, word: str) -> bool:
    """Whether the cable names `word` (as written, a whole word) outside its TAGS lines: in the
    SUBJECT (or the metadata's title), or in a line that also holds lower-case letters, where a
    word in capitals is an acronym, not a shouted word (`SUBJECT: GRM RESPONSE: ACOTA END-USE`,
    `… through the ACOTA program.`, 04MAPUTO1152, 04MAPUTO945)."""
    text = text_of(cable)
    if word not in text:
        return False  # (the usual case, found without the expression)
    subject, meta, tags = cable.subject, cable.metadata, cable.tags
    for m in _whole_word_re(word).finditer(text):
        at = m.start()
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        line_text = text[start:] if end < 0 else text[start:end]
        line = text.count("\n", 0, at) + 1
        if _TAGS_LINE_RE.match(line_text) or (tags is not None and tags.span.line <= line <= tags.span.end_line):
            continue
        if subject is not None and subject.span.line <= line <= subject.span.end_line:
            return True
        if meta is not None and line == meta.span.line + 1:
            return True  # the metadata's title: the SUBJECT as the publisher indexed it
        if any(ch.islower() for ch in line_text):
            return True
    return False



def redacted_record(cable) -> bool:
    """Whether the publisher removed text from the record (a redaction anywhere)."""
    text = text_of(cable)
    if "XXXXXX" not in text and "xxxxxx" not in text and "]" not in text and \
            "REMOVED" not in text.upper():
        return False  # (the usual case, found without the expression)
    return _REDACTION_RE.search(text) is not None


# a blank of any kind but a line break (copies carry U+2028 and no-break spaces as indents)
_BLANK = r"[^\S\n]"
# a paragraph number in any form it takes: at a line start, indented or not, with a period, a
# comma, a parenthesis, two of them or none (`4  An`, `3 (C)`, `8, (C)`, `(11. (C)`, `16) -`,
# `3.. (SBU)`, `6.)  One`, `17. ...AND`), after a
# sentence's end in the middle of a line (`… End Summary. 2. (U)`, `… broad-based." 6.
# Pomar`), alone on its line (`3.` / `4.   NAME: …`), or at a line start before text that
# opens with a figure (`6.  3.5 TONS OF …`: a blank after the period, so not `1.4 (b)`)
_NUMBER_WRITTEN_RE = LazyPattern(
    r"(?:^_*[(\[\u00b6]?_*|[.!?:;\"'\u201d)\]-]_+\u00b6?_*|\u00b6_*)"
    r"(?<!\d)(\d{1,2})(?:_*[.,:;)\]]{1,2}_*|_+)(?=[(A-Za-z\"'\u201c-]|\.\.\.|\u2026)"
    r"|^_*\u00b6?_*(\d{1,2})_*[.,)]?_*$"
    r"|^_*\u00b6?_*(\d{1,2})[.)]_+(?=\d)".replace("_", _BLANK), re.M)


def number_written(lines: list[str], k: int, first: int, last: int) -> bool:
    """Whether paragraph number `k` is written, in any form a paragraph number takes, in lines
    `first`..`last`."""
    word = str(k)
    for ln in _region(lines, first, last):
        if word in ln:
            for a, b, c in _NUMBER_WRITTEN_RE.findall(ln):
                if (a or b or c) == word:
                    return True
    return False


def split_number(lines: list[str], line: int, column: int, number: int, expected: int) -> bool:
    """Whether the paragraph number `number` at (`line`, `column`) is the end of `expected`
    split over two lines (`… PKO/HAITI --------- 1` / `0. (C)`)."""
    tail, head = str(expected), str(number)
    if len(tail) <= len(head) or not tail.endswith(head) or line < 2:
        return False
    before = lines[line - 1][:max(column - 1, 0)] if line - 1 < len(lines) else ""
    if before.strip(" \t\u00b6"):
        return False
    prev = lines[line - 2].rstrip(" \t\\") if line - 2 < len(lines) else ""
    return prev.endswith(tail[:-len(head)]) and not prev[:-len(tail[:-len(head)])][-1:].isdigit()


def wrapped_number(lines: list[str], line: int) -> bool:
    """Whether the number that starts line `line` is the end of the line before, wrapped (`… on
    October` / `5. During …`): that line runs on to it and ends with a word that takes a
    number or leaves the sentence open (`and`, `in`), or, with no blank line between, in the
    middle of a sentence (a lowercase word or a comma). A blank line or two that the copy put
    into the sentence (`… see paragraphs 3 and` / `` / `¶4. (For …`) does not end it."""
    if line < 2 or line - 2 >= len(lines):
        return False
    k = line - 2
    while k >= 0 and line - 2 - k <= _MOST_BLANKS_INSERTED and not lines[k].strip():
        k -= 1
    if k < 0 or not lines[k].strip():
        return False
    prev = lines[k].rstrip(" \t\\\r")
    m = _LAST_WORD_RE.search(prev)
    word = (m.group(1) if m is not None else "").upper()
    if word in _RUN_ON_WORDS:
        return True
    if k < line - 2:
        return False  # across a blank line a line may end a heading or lack its period
    return (word in _NUMBER_TAKERS or prev.endswith(",")
            or (m is not None and m.group(1)[:1].islower() and not word.endswith(".")))


def first_words(lines: list[str], line: int, column: int) -> str:
    """The line's text from `column` (1-based), blanks folded: to compare two paragraphs'
    openings without keeping either."""
    if line - 1 >= len(lines):
        return ""
    return " ".join(lines[line - 1][max(column - 1, 0):].split())


# what follows a paragraph number when a mark stands there, damaged or cut: `(4)`, `(C>`,
# `(SN/F)`, `(S/NF/NC/ORCON)`, a preview cut at `(C...`
_MARK_WRITTEN_RE = LazyPattern(r"[^\S\n]*(?:[(\[{<][^\S\n]*[A-Za-z0-9/ .,&-]{0,24}?(?:[)\]}>]|\.\.\.|\u2026)"
                              r"|(?:\.\.\.|\u2026)[^\S\n]*$)")
# the entire-text notice of older cables in the forms the model does not read as one
# (`CONFIDENTIAL: ENTIRE TEXT`, `CONFIDENTIAL NOFORN - ENTIRE TEXT.`)
_ENTIRE_TEXT_RE = LazyPattern(r"(?i)[^\S\n]*\(?(?:TOP SECRET|SECRET|CONFIDENTIAL|LIMITED OFFICIAL USE|"
                            r"UNCLASSIFIED|C|S)(?![A-Za-z])[A-Za-z /:,-]{0,24}?ENTIRE[^\S\n]+TE[XS]T")
_REDACTION_ONLY_RE = LazyPattern(r"(?:[\s().,;:\\-]|(?i:x{6,})|(?i:\[[a-z ]{0,24}removed\s*\]))*")


# a mark near a paragraph's start, where the number's text runs on to it (`1.Q(U)` with a
# stray character, `3. (SBU (Unclas unless otherwise indicated))`, `¶13. (TF/Embassy
# Tbilisi telcon) 13. (SBU)`)
_MARK_NEAR_RE = LazyPattern(r"\((?:TS|S|C|U|SBU|LOU|SECRET|CONFIDENTIAL|UNCLAS[A-Z]*)(?:[/ ][^()\n]{0,20})?[)(]")
_MARK_NEAR_CHARS = 48
# a paragraph that only closes the summary or comment before it (`¶4. End Summary.`)
_CLOSING_ONLY_RE = LazyPattern(r"(?i)[^\S\n]*end[^\S\n]+(?:of[^\S\n]+)?(?:summary|comment)[^\S\n]*\.?[^\S\n]*")


# what is left of a mark right after the number when the copy lost the rest (`¶8. )`, `¶8. ()`,
# `¶8. C)`): present, damaged
_MARK_REMAINS_RE = LazyPattern(r"[^\S\n]*(?:\)|\([^\S\n]*\)|(?:TS|S|C|U|SBU|LOU)(?:/[A-Z]{1,6}){0,3}\))")
# a mark alone on its line (`(SBU)`, `(C/NF)`), as it stands above a paragraph number
_MARK_ALONE_RE = LazyPattern(r"[^\S\n]*\((?:TS|S|C|U|SBU|LOU)(?:/{1,2}[A-Z][A-Za-z ]{0,12}){0,3}\)[^\S\n]*")
# a line that a wrapped reason list goes on from (`reasons 1.4 (b) and` / `(C)`)
# a paragraph's first word that starts with `Q` and a consonant, in capitals (`QNGERS`), and
# any such word
_GARBLED_OPENING_RE = LazyPattern(r"[^\S\n]*(Q[B-DF-HJ-NP-TV-Z][A-Z]{3,})\b")
_Q_WORD_RE = LazyPattern(r"\bQ[B-DF-HJ-NP-TV-Z][A-Z]{3,}\b")
# the words `drops_letters` compares, how many slips make a copy that drops letters, and how
# much of the text it reads (a cable is seldom a tenth of it; a hostile file may be 32 MB)
_LONG_WORD_RE = LazyPattern(r"[A-Za-z]{5,}")
_DROPPED_WORDS = 2
_DROPS_READ = 400_000
_REASON_GOES_ON_RE = LazyPattern(r"(?i)1\.[45]|reason|(?:\band|,)[^\S\n]*$")
# the telegram's administrative line, numbered as a paragraph by the drafter's software
# (`¶11. MINIMIZE CONSIDERED`, `6. BAGHDAD MINIMIZE CONSIDERED.`, `9.  Minimized Considered.`)
_ADMINISTRATIVE_RE = LazyPattern(r"[^\S\n]*(?:[A-Z][A-Z.'-]*(?:[^\S\n]+[A-Z][A-Z.'-]*){0,2}[^\S\n]+)?"
                                 r"(?i:MINIMI[ZS]ED?[^\S\n]+CONSIDERED)[^\S\n]*\.?[^\S\n]*")


def after_number(lines: list[str], span) -> str:
    """What follows a paragraph number (its `head_span`) on the number's line."""
    if span.line - 1 >= len(lines):
        return ""
    return lines[span.line - 1][span.end_column - 1:]


def mark_written(lines: list[str], span) -> bool:
    """Whether a mark stands after the paragraph number at `span`, in whatever shape (a typo, a
    mark cut by a preview): present, if damaged, not missing."""
    return _MARK_WRITTEN_RE.match(after_number(lines, span)) is not None


def mark_near_start(lines: list[str], span) -> bool:
    """Whether a mark stands close after the paragraph number at `span`, behind a stray
    character, a second number or a note."""
    return _MARK_NEAR_RE.search(after_number(lines, span)[:_MARK_NEAR_CHARS]) is not None


def mark_remains(lines: list[str], span) -> bool:
    """Whether the remains of a mark follow the paragraph number at `span` (`¶8. )`)."""
    return _MARK_REMAINS_RE.match(after_number(lines, span)) is not None


def garbled_start(lines: list[str], span) -> bool:
    """Whether the paragraph whose number is at `span` opens with a word a transmission error
    garbled, the mark with it: `2.   QNGERS FROM THE RELIGIOUS RIGHT` (98ISLAMABAD6509, where
    `(C) DANGERS` lost its mark and first letters to a `Q`, as `DIFFQHAD` and `RETURNQT` in the
    same record). Such a word starts with `Q` and a consonant, and the record gives it nowhere
    else (a name such as `Qteishat` comes again)."""
    m = _GARBLED_OPENING_RE.match(after_number(lines, span))
    if m is None:
        return False
    return _q_words(lines)[m[1]] == 1


_Q_WORDS: list = [None, None]  # the lines last asked of, and their count of such words


def _q_words(lines: list[str]) -> collections.Counter:
    """How often each capitalised word that starts with `Q` and a consonant stands in `lines`,
    counted once for a record however many paragraphs ask."""
    if _Q_WORDS[0] is not lines:
        _Q_WORDS[1] = collections.Counter(_Q_WORD_RE.findall("\n".join(lines)))
        _Q_WORDS[0] = lines
    return _Q_WORDS[1]


def mark_above(lines: list[str], line: int) -> bool:
    """Whether a mark stands alone on the line above the paragraph number on `line` (a blank
    line between allowed), not as the end of a reason list wrapped from the line above it."""
    above = [k for k in range(line - 1, max(line - 3, 0), -1) if lines[k - 1].strip()]
    if not above or not _MARK_ALONE_RE.fullmatch(lines[above[0] - 1]):
        return False
    before = [ln for ln in _region(lines, above[0] - 3, above[0] - 1) if ln.strip()]
    return not (before and _REASON_GOES_ON_RE.search(before[-1]))


def administrative_only(lines: list[str], head) -> bool:
    """Whether the paragraph whose number is at `head` is the telegram's administrative line
    (`MINIMIZE CONSIDERED`), not a portion of the text."""
    return _ADMINISTRATIVE_RE.fullmatch(after_number(lines, head)) is not None


def closing_only(lines: list[str], head, span) -> bool:
    """Whether the paragraph is only `End Summary.` or `End Comment.`."""
    return span.end_line == head.line and _CLOSING_ONLY_RE.fullmatch(after_number(lines, head)) is not None


def entire_text_notice(lines: list[str], head) -> bool:
    """Whether the paragraph whose number is at `head` opens with an entire-text notice."""
    return _ENTIRE_TEXT_RE.match(after_number(lines, head)) is not None


def redaction_only(lines: list[str], head, span) -> bool:
    """Whether the paragraph (number at `head`, all of it `span`) holds nothing but a
    publication redaction (`¶6. xxxxxxxxxxxx`, `¶7. [DETAILS REMOVED]`), also when the heading
    of the next paragraph stands at its end (`¶3. xxxxxxxxxxxx` / `` / `Mod: jung's initial
    approach was wrong` / `` / `¶4. …`), and when the post's closing footer ends the cable after
    it (`¶7. xxxxxxxxxxxx` / `` / `Visit London's Classified Website:` / its address / `tuttle`)."""
    rest = _region(lines, head.line + 1, span.end_line)
    rest = rest[:len(rest) - _footer_at_end(rest)]
    rest = rest[:len(rest) - _heading_at_end(rest)]
    text = " ".join([after_number(lines, head)] + rest)
    return _REDACTION_RE.search(text) is not None and _REDACTION_ONLY_RE.fullmatch(text) is not None


# a heading line: short, ends without the punctuation that closes a sentence or a list item
_HEADING_RE = LazyPattern(r"[^\S\n]*[A-Za-z\"'][^\n]{0,58}[^\s.,;!?\"'\u201d-][^\S\n]*")
_UNDERLINE_RE = LazyPattern(r"[^\S\n]*[-=_]{3,}[^\S\n]*")
_HEADING_WORDS = 10
# how many lines from a paragraph's end a closing footer is looked for
_FOOTER_REACH = 5


def _footer_at_end(region: list[str]) -> int:
    """How many lines at the end of `region` are a post's closing footer: a `Visit … Classified
    Website:` line set off by a blank line, with what follows it (the site's address, the
    signature); 0 when there is none."""
    for i in range(len(region) - 1, max(0, len(region) - _FOOTER_REACH) - 1, -1):
        if "classified website" in region[i].lower():
            return len(region) - i if i == 0 or not region[i - 1].strip() else 0
    return 0


def _heading_at_end(region: list[str]) -> int:
    """How many lines at the end of `region` are a heading set off by a blank line above it
    (`Comment`, `Mod: jung's initial approach was wrong`, a title over a `-----` line): the
    next paragraph's, not this one's (0 when there is none)."""
    end = len(region)
    while end and not region[end - 1].strip():
        end -= 1
    n = 1 if end >= 2 and _UNDERLINE_RE.fullmatch(region[end - 1]) else 0
    title = end - 1 - n
    if title < 1 or region[title - 1].strip() or not _HEADING_RE.fullmatch(region[title]) \
            or len(region[title].split()) > _HEADING_WORDS:
        return 0
    return len(region) - title


def redaction_line_in(lines: list[str], first: int, last: int) -> bool:
    """Whether a line in `first`..`last` holds nothing but a publication redaction (a paragraph
    or more withheld: `XXXXXXXXXXXX` alone), not a name redacted inside a sentence."""
    return any(_REDACTION_RE.search(ln) is not None and _REDACTION_ONLY_RE.fullmatch(ln) is not None
               for ln in _region(lines, first, last))


def list_label_before(lines: list[str], line: int, letter: str, reach: int = 60) -> bool:
    """Whether a line before `line` (within `reach`) starts with the item label before
    `letter` (`(B)`, `B)` or `B.` before a `(C)`): the `(C)` is a list item, not a mark."""
    if len(letter) != 1 or not letter.isalpha() or letter.upper() == "A":
        return False
    label = re.compile(r"[-\s]*[(\[]?%s[)\].](?:\s|$)" % chr(ord(letter.upper()) - 1), re.I)
    return any(label.match(ln) for ln in _region(lines, line - reach, line - 1))


# a mark where a portion's mark stands, however the text around it is written: at a line's
# start after a number in any form (`  5. (S/NF)` indented with U+2028, `1 (S) On …`), after an
# item label in a line (`… TERRORISM I. (S/NF) ANTI-AMERICAN …`), or closing a paragraph (`…
# IMPERILED.  (S)`, the older place of the mark)
_MARK = r"(\([A-Z][A-Za-z/ ,-]{0,30}\))"
_NUMBERED_MARK_RE = LazyPattern(r"[^\S\n]*\u00b6?[^\S\n]*\d{1,2}[^\S\n]*[.,)]?[^\S\n]*" + _MARK)
_LINE_START_MARK_RE = LazyPattern(r"[^\S\n]*" + _MARK)
_LABELLED_MARK_RE = LazyPattern(r"(?:^|[^\S\n])(?:[IVX]{1,4}|[A-Z]|\d{1,2})[.)][^\S\n]+" + _MARK)
_CLOSING_MARK_RE = LazyPattern(r"[.!?\"'][^\S\n]+" + _MARK + r"[^\S\n]*$")


def marks_written(lines: list[str], first: int, body: int) -> list[str]:
    """The marks written where a portion's mark stands, from line `first` on, as written
    (`(S/NF)`); a bare mark at a line start only from line `body` on (above it, a `(C)` at a
    line start is more often an item of a REF list)."""
    out = []
    for i, ln in enumerate(_region(lines, first, len(lines)), first):
        if "(" not in ln:
            continue
        m = _NUMBERED_MARK_RE.match(ln) or (i >= body and _LINE_START_MARK_RE.match(ln))
        if m:
            out.append(m.group(1))
        out.extend(_LABELLED_MARK_RE.findall(ln))
        out.extend(_CLOSING_MARK_RE.findall(ln))
    return out
