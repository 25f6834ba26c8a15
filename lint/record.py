"""What kind of record a file is, read once before any rule runs: a cable, a damaged cable, or
no cable at all.

Records reach a linter in every state the publication chain left them: cut off after SUBJECT,
a cancelled telegram (`ZFR`), one later section only, a redacted extract that starts at ¶7, a
preview cut at `...` followed by the full text, or one cable's header joined to another's text.
A rule that says "X is missing" is only right where the record is whole enough to have X, so
the damage is found here, once, and the rules ask `cable.record` instead of each guessing.

The analysis reads the model and, for the few signs the grammar has no element for (a `ZFR`
line, a line cut at `...`, a redaction line), the text; it keeps no text.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .elements import Cable, Damage, DamageKind, PortionKind, Record, RecordKind, Zone
from .readers import BANNER_TEXT_RE, KEY_WORD_RE
from .span import Span

# members compared on every cable, bound once (docs/performance.md: the enum lookup)
_BODY, _PARAGRAPH, _SUBPORTION = Zone.BODY, PortionKind.PARAGRAPH, PortionKind.SUBPORTION

_ID_RE = re.compile(r"^([0-9]{2})([A-Z]+)([0-9]+)$")
_NOT_LETTER_RE = re.compile(r"[^A-Z]")
# `ZFR ZFR ZFR`, `////ZFR CANCEL THIS MESSAGE`: the signal that cancels a transmitted telegram
# (looked for with `str.find` first: a regular expression anchored at every line start cost
# more than the rest of the record analysis)
_ZFR_LEAD = frozenset(" \t/-\\")
_CANCEL_WORDS = ("CANCEL TELEGRAM", "CANCEL THIS TELEGRAM", "CANCEL AND FILE", "PLEASE CANCEL",
                 "CABLE CANCELED", "CABLE CANCELLED", "MESSAGE WILL BE RESENT")
# a line cut by the publisher's preview: a word run into `...` at the line's end
# (`DOC FOR ENERGY, ...`: a list cut after its comma)
_CUT_LINE_RE = re.compile(r"(?:[A-Za-z0-9,;:(]|[,;:][ \t])(?:\.\.\.|\u2026)[ \t]*$", re.M)
_DOTS_ONLY_RE = re.compile(r"^[ \t]*(?:\.\.\.|\u2026)[ \t]*$")
_REDACTION_LINE_RE = re.compile(r"^[ \t]*X{6,}[ \t]*$", re.M)
# a row of the publisher's CSV export: `74802,8/14/2006 15:43,06THEHAGUE1782,"Embassy …`
_PUBLICATION_ROW_ANY_RE = re.compile(r"\n[0-9]+(?:[, ][0-9]{1,2}/[0-9]{1,2}/[0-9]{4} [0-9:]+[, ]"
                                     r"|[ \t]+[0-9]{4}-[0-9]{2}-[0-9]{2}[ \t]+[0-9]{2}[A-Z])")
# how far past the header (and before the end) a statement's trace is looked for
_TRACE_REACH = 1500
# a Classified By statement, or a part of one, in a form the grammar does not read (each read
# in the lower-cased text)
_STATEMENT_TRACE_RES = tuple(re.compile(p) for p in (
    r"clas\w{0,6}ed[ \t]*(?:(?:secret|confidential)[ \t]+)?by\b",  # at a word's start
    r"class[ \t]+by\b",  # at a word's start
    r"\n[ \t]*by:",
    r"reas\w{0,4}\W{0,3}1[ \t]*\.[ \t]*[45]",
    r"(?:drv|derived)[ \t]+from:",
    r"decl[ \t]+on:"))
# a statement garbled by the copy on its own line in the header: a label that starts as
# `Class…` but is misspelt past reading, a name, and a fragment of a reason (`Classiires Richard
# M. Eason for` (D).`, 10BRUSSELS23)
_GARBLED_STATEMENT = (r"[ \t]*[Cc][Ll][Aa][Ss][A-Za-z]*[ \t]+(?:[Bb][Yy]\W*)?[A-Z]"
                      r"[^\n]*?(?:\([A-Ha-h]\)|\b1\.[45]\b|[Rr][Ee][Aa][Ss][Oo][Nn])")
# (read on the first line, and on every line after a line break)
_GARBLED_FIRST_LINE_RE = re.compile(_GARBLED_STATEMENT)
_GARBLED_STATEMENT_RE = re.compile("\n" + _GARBLED_STATEMENT)
# an E.O. line in a form the grammar does not read: `E.O. 12958; N/A`, `E.O. 1295: DECL`,
# `E.O. DECL.: 05/29/2000`, a DoD report's `DECL ON: X1`
_EO_TRACE_RE = re.compile(r"^[ \t]*E\.[ \t]?[O0]\.|\bE\.[ \t]?[O0]\.[ \t]*1[0-9]{3}"
                          r"|^[ \t]*DECL(?:[ \t]+ON)?:", re.M)
# a retransmission's notice: `C O R R E C T E D C O P Y`, `CORRECTED COPY`
_CORRECTED_RE = re.compile(r"C[ \t]?O[ \t]?R[ \t]?R[ \t]?E[ \t]?C[ \t]?T[ \t]?E[ \t]?D[ \t]+C[ \t]?O[ \t]?P[ \t]?Y")
# TAGS codes without their label: `EFIN, ECON, EINV, PGOV, CH`
_TAG_CODES_LINE_RE = re.compile(r"[ \t]*[A-Z]{2,5}(?:[ \t]*,?[ \t]+[A-Z]{2,5}|,[A-Z]{2,5})+[ \t]*,?[ \t]*$")
# a line of reason letters only: `(C) (D)`, `(A) AND (D).`, `(d)`
_LETTERS_LINE_RE = re.compile(r"[ \t]*\(?[A-Ha-h]\)?(?:[ \t]*(?:,|AND|and|&)?[ \t]*\(?[A-Ha-h]\)?)*"
                              r"[ \t]*\.?[ \t]*$")
# a page break's lines: a level word alone, `PAGE 02  VATICA  05849  131613Z`
_PAGE_LINE_RE = re.compile(r"[ \t]*(?:(?:UNCLASSIFIED|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE)"
                           r"[ \t]*$|PAGE[ \t]+[0-9]+\b)")
# a page header: the post and the serial with its zeros (`ROME 00001144  001.2 OF 003`)
_PAGE_HEADER_RE = re.compile(r"[ \t]*[A-Z][A-Z ]*[ \t]0{2,}[0-9]*(?:[ \t]|$)")
# a signature line: one to three capitalised words (`CHACON`, `Susman`, `E. Anthony Wayne`)
_SIGNATURE_RE = re.compile(r"[A-Z][A-Za-z.'\-]*(?:[ \t]+[A-Z][A-Za-z.'\-]*){0,2}$")
_SENTENCE_END = frozenset(".!?\"')")
# words that open a sentence cut short, not a name
_SENTENCE_WORDS = frozenset({"THE", "A", "AN", "IN", "ON", "AT", "HE", "SHE", "IT", "WE", "THEY",
                             "THIS", "THAT", "BUT", "AND", "OR", "IF", "AS", "FOR", "TO", "OF",
                             "POST", "EMBASSY", "END"})
# a SUBJECT label anywhere in a line (re-flowed copies run SUBJECT, REF and the statement on)
_SUBJECT_LABEL_RE = re.compile(r"\bSUBJ(?:ECT)?[ \t]*:", re.I)
# a repeat telegram's quotation of the cable it repeats
_QUOTE_RE = re.compile(r"^[ \t]*(?:QUOTE|BEGIN QUOTE)\b", re.M)
# the publisher's record lines before a copy: `id: 227458`, a publication row, a bare date
_RECORD_LINES_RE = re.compile(r"^(?:id: |[0-9]+[, ][0-9]{1,2}/[0-9]{1,2}/[0-9]{4}|[0-9]{4}-[0-9]{2}"
                              r"-[0-9]{2}\b|[0-9]{1,2}/[0-9]{1,2}/[0-9]{4} )", re.M)
# the reference id a joined record names: `refid: 09ASUNCION13`, or the id in a publication row
# (or a row with an ISO date that heads the other cable's text: `50133  2006-01-19  06THEHAGUE131
# Embassy The Hague  CONFIDENTIAL  C O N F I D E N T I A L …`, 73TEHRAN2077)
# (each at a line's start: after the line break before it)
_OTHER_ID_RE = re.compile(r"\n(?:refid:[ \t]*([0-9]{2}[A-Z]+[0-9]+)\b|[0-9]+[, ][0-9]{1,2}/[0-9]{1,2}/"
                          r"[0-9]{4} [0-9:]+[, ]([0-9]{2}[A-Z]+[0-9]+)\b"
                          r"|[0-9]+[ \t]+[0-9]{4}-[0-9]{2}-[0-9]{2}[ \t]+([0-9]{2}[A-Z]+[0-9]+)\b)")
# a text that tasks a post by name: `Embassy Sanaa is requested to approach …`
_TASKED_POST_RE = re.compile(r"\b(?:Embassy|EMBASSY|Consulate|CONSULATE)[ \t]+([A-Z][A-Za-z]+)"
                             r"[ \t]+(?:is|IS)[ \t]+(?:requested|instructed|REQUESTED|INSTRUCTED)\b")
# a telegram's routing line: `DE RUEHMN #0404/01 1971651`
_ROUTING_DE_RE = re.compile(r"^DE RU[A-Z]{3,5} #([0-9]{3,5})\b", re.M)
_PUBLICATION_ROW_RE = re.compile(r"^[0-9]+,[0-9]{1,2}/[0-9]{1,2}/[0-9]{4} [0-9:]+,", re.M)

# the publisher's CSV debris after a text's end: the field's closing quote and a few characters
# cut at `...` (`KUBISKE" D'...`, 09BRASILIA1320)
_CSV_DEBRIS_RE = re.compile(r"\"[ \t]*[^\s\"]{0,8}[ \t]*(?:\.\.\.|\u2026)$")

# the publisher's database row run on after a text's end: a count, the date, a number and the
# TAGS codes run together (`STEVENS 0 11/21/2007 11229 ECON,EINV,EPET,ENRG,LY LIBYAN MARKET …`,
# 07TRIPOLI979), then the title and an abstract, which may itself be cut at `...`
_ABSTRACT_ROW_RE = re.compile(r"[ \t][0-9]+[ \t]+[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}[ \t]+[0-9]+[ \t]+"
                              r"[A-Z]{2,5}(?:,[A-Z]{2,5})+[ \t]")

NOT_A_CABLE = Record(RecordKind.NOT_A_CABLE)
# how many opening words of two paragraphs of one number make them one paragraph given twice
_OPENING_WORDS = 6
# how many words of a paragraph's first two lines two copies are compared on, in how many of
# them one other word may stand (a copy garbled in transmission), and how many words one
# paragraph given twice must share to be a copy on its own
_COPY_WORDS = 40
_MISSES_PER = 10
_LONG_COPY_WORDS = 30
# how many lines of a paragraph a preview keeps before its cut
_PREVIEW_LINES = 3
# how many earlier paragraphs of its number a paragraph is compared with (a copy repeats the
# nearest)
_NEAREST = 3
# how much of each of a paragraph's first two lines its first words are read from, at most
# and at first for each word wanted (a word as `text_key` reads it, `KEY_WORD_RE`)
_WORDS_CHARS = 300
_CHARS_PER_WORD = 16
# a quotation or a text that a cable gives whole opens here (`QUOTE`, `BEGIN TEXT:`): its
# numbering is the quoted text's own
_QUOTED_TEXT_RE = re.compile(r"^[ \t]*(?:QUOTE|BEGIN QUOTE|BEGIN TEXT)\b", re.M | re.I)
# a garbled run of letters: capitals run together between small letters inside one word
# (`…fjQQQoc…`); a run of at least `_GARBLED_CHARS` with two or more small-to-capital turns is
# the copying chain's noise, not a compound name (`PolMinCouns`, `RosUkrEnergo` have no run)
_GARBLED_RE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]*[a-z][A-Z]{2,}[a-z][A-Za-z]*(?![A-Za-z0-9])")
_GARBLED_CHARS = 12
# how many lines above the paragraph that breaks the numbering the garbled run is looked for
_SPLICE_REACH = 8
# what may follow the header of a record with no body: a signature (`CLUNE`, `JOHN DOE`)
_SIGNATURE_CHARS = 40
# how much of the text's end is enough to see whether it ends in `...` (blank lines after)
_TAIL = 400
# a header field longer than this holds the body run on to it
_FIELD_CHARS = 200
# an item of a REF list (`B. STATE 123`, `¶B. …`, `(B) …`): a reference, not a body
_REF_ITEM_RE = re.compile(r"[ \t]*\u00b6?[ \t]*\(?[A-Z][.)]")


def compact_post(post: str) -> str:
    """A post name in capital letters only (`USUN NEW YORK` → `USUNNEWYORK`)."""
    post = post.upper()
    if post.isascii() and post.isalpha():
        return post  # a post of plain letters, the usual case: nothing to remove
    return _NOT_LETTER_RE.sub("", post)


def same_post(a: str, b: str) -> bool:
    """`USUNNEWYORK` ~ `USUN NEW YORK`; `USMISSIONGENEVA` ~ `GENEVA` (office prefixes). Both
    posts already `compact_post`."""
    return bool(a and b) and (a == b or a.endswith(b) or b.endswith(a))


def reference_id_parts(cable: Cable) -> tuple[str, str, int] | None:
    """The year, post and serial of the metadata's reference id (`08BEIJING3400`), or None when
    there is no metadata or the id is not of that form."""
    meta = cable.metadata
    if meta is None:
        return None
    m = _ID_RE.match(meta.reference_id.strip().upper())
    if m is None:
        return None
    return m.group(1), m.group(2), int(m.group(3))


def analyse(cable: Cable, text: str) -> Record:
    """The kind of record `cable` (read from `text`) is, with its damages."""
    if _not_a_cable(cable):
        return NOT_A_CABLE
    damages: list[Damage] = []
    # the text before the first portion: where a cancellation or a preview shows (a scan of
    # the whole text costs as much as the rest of the analysis)
    head = text[:_offset_of_line(text, cable.portions[0].span.line)] if cable.portions else text
    for find in _FINDERS:
        found = find(cable, text, head)
        if found is not None:
            damages.append(found)
    trace = eo_trace = None
    if cable.is_classified:
        if not cable.classified_by:
            at = statement_trace(text, len(head))
            trace = None if at is None else _line_span(text, at)
        if cable.eo is None:
            m = _EO_TRACE_RE.search(text)
            eo_trace = None if m is None else _line_span(text, m.start())
    letters = _reason_letters(cable, text)
    tags = _unlabelled_tags(cable, text) if cable.tags is None else None
    m = _CORRECTED_RE.search(head) if "CORRECTED" in head or "C O R R E C" in head else None
    corrected = None if m is None else _line_span(text, m.start())
    copied: tuple[Span, ...] = ()
    until = None
    if corrected is not None:
        original = _corrected_original(cable, corrected.line)
        if original is not None:
            until = original
            damages.append(Damage(DamageKind.COPIES, corrected, (
                f"the record holds the corrected copy (line {corrected.line}) and then the "
                f"telegram it corrects (the classification line again at line {original}): the "
                f"corrected copy's marks are read, and a redaction must cover both")))
    restarts = _restarts(cable.portions) if cable.numbering_falls_back else None
    if restarts:
        splice = _spliced(text, restarts)
        if splice is not None:
            damages.append(splice)
            until = splice.span.line if until is None else min(until, splice.span.line)
        twice = None
        if cable.is_classified:
            copied, twice = _twin_paragraphs(cable, text)
        if twice is None:
            twice = _repeated_paragraphs(cable, text, restarts)
        if twice is not None and not any(d.kind in (DamageKind.COPIES, DamageKind.COPIES_CUT)
                                         for d in damages):
            damages.append(twice)
    if not damages:
        return Record(statement_trace=trace, eo_trace=eo_trace, reason_letters=letters,
                      tags_trace=tags, corrected_copy=corrected)
    damages = _merge_copies(damages)
    damages.sort(key=lambda d: (d.span.line, d.span.column))
    return Record(RecordKind.DAMAGED, tuple(damages), trace, eo_trace, letters, tags, corrected,
                  copied, until)


def _corrected_original(c: Cable, notice: int) -> int | None:
    """The line where the telegram a corrected copy corrects starts again after it: a later
    classification line of the same post, serial and section (the corrected copy's own later
    sections are not it, 01VATICAN1436), after the corrected copy's paragraphs
    (03VATICAN700: `C O R R E C T E D  C O P Y (REMOVED PARA MARKING)` at line 12, its ¶1-3
    unmarked, then the original telegram's `UNCLAS VATICAN 000700` at line 130 with ¶2 marked
    (C)). The corrected copy supersedes it; None when the record holds no such second text."""
    first = next((b for b in c.banners if b.zone != _BODY and b.serial), None)
    if first is None or first.span.line > notice:
        return None
    text_from = next((p.span.line for p in c.portions if p.span.line > notice), None)
    if text_from is None:
        return None
    key = (compact_post(first.post or ""), first.serial.lstrip("0"), first.section)
    for b in c.banners:
        if b.span.line > text_from and b.serial and \
                (compact_post(b.post or ""), b.serial.lstrip("0"), b.section) == key:
            return b.span.line
    return None


def _restarts(portions) -> list[tuple]:
    """Where the paragraph numbering comes back to a number at or below one already passed
    (`¶1 … ¶6`, then `¶1` again; `¶16`, then `¶6`): each such paragraph with the numbered one
    before it. The cheap sign that the record may hold a page twice or another text."""
    out = []
    top = 0
    last = None
    for p in portions:
        n = p.number
        if n is not None and p.kind == _PARAGRAPH:
            if n <= top:
                out.append((last, p))
            top = n
            last = p
    return out


def _spliced(text: str, restarts: list[tuple]) -> Damage | None:
    """Another text spliced into the cable's: a run of garbled letters (`RHTQwsQfjQQQocuments`:
    mixed case, capitals run together between small letters, no blank) and right after it a
    paragraph whose number falls below the one before it and whose mark gives another level
    (10KABUL102: ¶16 (U), the garbled line, then ¶6 and ¶7 of another post's cable, marked (C)
    under an UNCLASSIFIED line). The cable's own text is the one before the garbled line."""
    for last, p in restarts:
        if p.number >= last.number or p.marking is None or (
                last.marking is not None and last.marking.level == p.marking.level):
            continue  # (a number given twice, or a text at the same level: nothing misread)
        first = max(last.span.line, p.span.line - _SPLICE_REACH)
        start = _line_start(text, first)
        stop = _line_start(text, p.span.line - first + 1, start)
        for m in _GARBLED_RE.finditer(text, start, stop):
            word = m.group()
            if len(word) >= _GARBLED_CHARS and sum(
                    1 for a, b in zip(word, word[1:]) if a.islower() and b.isupper()) >= 2:
                span = _line_span(text, m.start())
                return Damage(DamageKind.SPLICED, span, f"another text is spliced into the cable at "
                                                        f"line {span.line} (garbled letters, then "
                                                        f"paragraph {p.number} after paragraph "
                                                        f"{last.number}); the cable's own text is "
                                                        f"read up to that line")
    return None


def _twin_paragraphs(c: Cable, text: str) -> tuple[tuple[Span, ...], Damage | None]:
    """Paragraphs given twice in the record, as the copying chain left some pages (03ZAGREB2259:
    ¶1-6, a page header `ZAGREB 00002259  001.2 OF 003`, then ¶1-12 again): twins have the
    same number and the same opening words after the mark. Where one twin carries a portion
    mark and the other none, the unmarked one is the lesser copy (its number span is
    returned), and the record is damaged: it holds two copies whose marks differ."""
    by_number: dict[int, list] = {}
    for p in c.portions:
        if p.kind == _PARAGRAPH and p.number is not None:
            by_number.setdefault(p.number, []).append(p)
    pairs = [(n, ps) for n, ps in by_number.items() if len(ps) > 1
             and any(p.marking is None for p in ps) and any(p.marking is not None for p in ps)]
    if not pairs:
        return (), None
    lines = text.split("\n")
    copied: list[Span] = []
    seconds: list[int] = []
    for n, ps in pairs:
        marked = {_opening(lines, p) for p in ps if p.marking is not None}
        for p in ps:
            if p.marking is None and p.entire_text is None:
                key = _opening(lines, p)
                if key and key in marked:
                    copied.append(p.head_span or p.span)
                    twin = next(q for q in ps if q.marking is not None and _opening(lines, q) == key)
                    seconds.append(max(p.span.line, twin.span.line))
    if not copied:
        return (), None
    numbers = sorted(n for n, ps in pairs if any((p.head_span or p.span) in copied for p in ps))
    line = min(seconds)
    span = Span(line, 1, line, 2)
    what = (f"paragraph {numbers[0]} carries a portion mark" if len(numbers) == 1 else
            f"paragraphs {', '.join(str(n) for n in numbers)} carry portion marks")
    return tuple(copied), Damage(DamageKind.COPIES, span, f"the record holds part of the text twice "
                                                          f"(again from line {line}): {what} in one "
                                                          f"copy and none in the other, and the "
                                                          f"marked copy is read")


def _opening(lines: list[str], p) -> str:
    """The first words of a paragraph after its number and mark, in capitals, letters and
    digits only (`SUMMARY THE CROATIAN PARLIAMENT DISSOLVED ON`): what two copies share."""
    words = _first_words(lines, p, _OPENING_WORDS)
    return " ".join(words) if len(words) == _OPENING_WORDS else ""


def _first_words(lines: list[str], p, most: int) -> list[str]:
    """Up to `most` words of the paragraph's first two lines after its number and mark, as
    `_opening` writes them (`lines`: the text's lines, index 0 is line 1): read first from as
    many characters of each line as `most` words take, then, if a line was cut before them,
    from up to `_WORDS_CHARS`."""
    line, column = _text_start(p)
    if line > len(lines):
        return []
    reach = min(most * _CHARS_PER_WORD, _WORDS_CHARS)
    words, cut = _words_within(lines, line, column, reach, most)
    if cut and len(words) < most and reach < _WORDS_CHARS:
        words, cut = _words_within(lines, line, column, _WORDS_CHARS, most)
    return words


def _text_start(p) -> tuple[int, int]:
    """The line and column where paragraph `p`'s text starts, after its number and mark."""
    head = p.head_span or p.span
    column = head.end_column
    if p.mark_span is not None and p.mark_span.line == head.line:
        column = max(column, p.mark_span.end_column)
    return head.line, column


def _words_within(lines: list[str], line: int, column: int, reach: int,
                  most: int) -> tuple[list[str], bool]:
    """The words of line `line` from `column` and of the next line, each read up to `reach`
    characters (the second only when the first holds too few), and whether a line was cut
    (its last word, which the cut may split, left out)."""
    first = lines[line - 1]
    words = KEY_WORD_RE.findall(first[column - 1:column - 1 + reach].upper())
    if len(first) - column + 1 > reach:
        return words[:-1][:most], True
    cut = False
    if len(words) < most and line < len(lines):
        second = lines[line]
        more = KEY_WORD_RE.findall(second[:reach].upper())
        if len(second) > reach:
            more, cut = more[:-1], True
        words += more
    return words[:most], cut


def _repeated_paragraphs(c: Cable, text: str, restarts: list[tuple]) -> Damage | None:
    """Paragraphs the record holds twice, marked alike in both copies: the copying chain gave
    a page again (08BERN443: ¶1-9, a page header `BERN 00000443  001.2 OF 003`, then ¶1-9
    again), the publisher's database row ran on into another copy (08LONDON1224: `… TUTTLE 0
    05/01/2008 5729 PGOV,…`, then ¶2 again), or a preview cut at `...` in the first paragraph
    comes before the full text (06LIMA748). Each place where the numbering falls back starts
    a run of rising numbers; the run is a copy when its paragraphs repeat earlier ones of the
    same number: the same opening words, the same mark, and the first two lines alike. Two
    such paragraphs make a copy, or one whose shared lines are long, or one whose earlier
    twin is a preview cut at `...`. Not a copy: a run in which a paragraph has an earlier one
    of its number with other words or another mark (sections each numbered from 1, a list
    or questionnaire restarting, the same boilerplate over other answers, 10CAIRO209), and a
    run inside a quotation or a text given whole (`QUOTE`, `BEGIN TEXT`)."""
    numbered = [p for p in c.portions if p.kind == _PARAGRAPH and p.number is not None]
    marked: set[tuple] = set()
    for p in numbered:
        if p.marking is not None:
            if (p.number, p.marking) in marked:
                break
            marked.add((p.number, p.marking))
    else:
        return None  # (no number given twice with one mark: no twins to compare)
    lines = text.split("\n")
    at = {id(p): i for i, p in enumerate(numbered)}
    seen: dict[int, list[int]] = {}  # each number's paragraphs, as indexes into `numbered`
    for i, p in enumerate(numbered):
        seen.setdefault(p.number, []).append(i)
    starts = [p.span.line for p in c.portions]
    twice: dict[int, int] = {}  # each number given again: how many times
    again: list[int] = []
    cut = None
    openings: dict[int, list[str]] = {}  # each paragraph's opening words, by its index
    windows: dict[int, list[str]] = {}  # and its first words
    for last, first in restarts:
        run = _copy_run(numbered, seen, at[id(first)], lines, openings, windows)
        if run is None:
            continue
        numbers, twin, long = run
        preview = None if len(numbers) > 1 or long else _preview_cut(lines, twin, starts)
        if len(numbers) < 2 and not long and preview is None:
            continue
        if _QUOTED_TEXT_RE.search("\n".join(lines[last.span.line - 1:first.span.line - 1])):
            continue
        again.append(first.span.line)
        cut = cut or preview
        for n in numbers:
            twice[n] = twice.get(n, 0) + 1
    if not again:
        return None
    line = again[0]
    numbers = sorted(twice)
    what = (f"paragraph {numbers[0]}" if len(numbers) == 1 else
            f"paragraphs {_number_list(numbers)}")
    how = "more than once" if max(twice.values()) > 1 else "twice"
    if len(again) == 1:
        where = f"line {line}"
    elif len(again) <= 3:
        where = f"lines {', '.join(str(a) for a in again[:-1])} and {again[-1]}"
    else:
        where = f"lines {again[0]}, {again[1]} and {len(again) - 2} other places"
    where = (f"a preview cut at '...' at line {cut}, then again from {where}" if cut is not None
             else f"again from {where}")
    return Damage(DamageKind.COPIES, Span(line, 1, line, 2),
                  f"the record holds {what} {how} ({where}); a redaction must cover each copy")


def _copy_run(numbered: list, seen: dict[int, list[int]], at: int, lines: list[str],
              openings: dict[int, list[str]],
              windows: dict[int, list[str]]) -> tuple[list[int], object, bool] | None:
    """The numbers of the paragraphs that the run of rising numbers starting at `numbered[at]`
    repeats from before it (see `_repeated_paragraphs`), the earlier twin of the first of them,
    and whether the only pair shares long lines; None when the run is no copy. Each paragraph is
    compared with the nearest few earlier ones of its number (`openings`, `windows`: the
    paragraphs' opening words and first words read so far, by index)."""
    twins: list[int] = []
    first_twin = None
    pair = (0, 0)  # the last twins (marked alike), by index
    top = 0
    for k in range(at, len(numbered)):
        p = numbered[k]
        if p.number <= top:
            break
        top = p.number
        earlier = seen[p.number]
        e = bisect_left(earlier, at)
        if e == 0:
            continue
        ours = _words_of(numbered, k, lines, openings, _OPENING_WORDS)
        if len(ours) < _OPENING_WORDS:
            continue  # (a heading's number, `1. CNE:`: too few words to compare)
        twin, twin_at = None, 0
        other = False
        for i in earlier[max(0, e - _NEAREST):e]:
            q = numbered[i]
            if q.span.line == p.span.line:
                continue  # (`¶1. 1. (SBU)`: the publisher's number before the drafter's)
            theirs = _words_of(numbered, i, lines, openings, _OPENING_WORDS)
            if len(theirs) < _OPENING_WORDS:
                continue
            if theirs == ours and (_same_lines(lines, p, q) or _alike(
                    _words_of(numbered, k, lines, windows, _COPY_WORDS),
                    _words_of(numbered, i, lines, windows, _COPY_WORDS))):
                twin, twin_at = q, i
                continue
            other = True
        if twin is None:
            if other:
                return None  # (an earlier paragraph of this number says something else)
            continue
        if p.marking is None or twin.marking is None:
            continue  # (unmarked, or one copy lost its mark: `_twin_paragraphs` reads those)
        if p.marking != twin.marking:
            return None
        twins.append(p.number)
        pair = (k, twin_at)
        if first_twin is None:
            first_twin = twin
    if not twins:
        return None
    long = len(twins) == 1 and min(len(_words_of(numbered, j, lines, windows, _COPY_WORDS))
                                   for j in pair) >= _LONG_COPY_WORDS
    return twins, first_twin, long


def _same_lines(lines: list[str], p, q) -> bool:
    """Whether paragraphs `p` and `q` are written alike, character for character, in their
    first two lines after the mark (as far as `_first_words` reads them)."""
    return _start_lines(lines, p) == _start_lines(lines, q)


def _start_lines(lines: list[str], p) -> tuple[str, str]:
    line, column = _text_start(p)
    if line > len(lines):
        return "", ""
    first = lines[line - 1]
    if len(first) - column + 1 > _WORDS_CHARS:
        return first[column - 1:column - 1 + _WORDS_CHARS], ""  # (the second is not read)
    return first[column - 1:], lines[line][:_WORDS_CHARS] if line < len(lines) else ""


def _words_of(numbered: list, i: int, lines: list[str], words: dict[int, list[str]],
              most: int) -> list[str]:
    found = words.get(i)
    if found is None:
        found = words[i] = _first_words(lines, numbered[i], most)
    return found


def _alike(a: list[str], b: list[str]) -> bool:
    """Whether two paragraphs' first words are one text, compared word by word on as many
    words as the shorter has. A copy garbled in transmission may lose or change a letter of a
    word (`WOLD`, `contribuQions`) or run two words together (`CONVEYEDIN`); other words may
    differ at one place in ten (at least one: a page line run into one copy's lines)."""
    n = min(len(a), len(b))
    a, b = a[:n], b[:n]
    if a == b:
        return True
    misses = 0
    i = j = 0
    while i < n and j < n:
        x, y = a[i], b[j]
        if x == y or _one_letter_apart(x, y):
            i, j = i + 1, j + 1
        elif i + 1 < n and x + a[i + 1] == y:
            i, j = i + 2, j + 1
        elif j + 1 < n and y + b[j + 1] == x:
            i, j = i + 1, j + 2
        else:
            misses += 1
            i, j = i + 1, j + 1
    return misses <= max(1, n // _MISSES_PER)


def _one_letter_apart(x: str, y: str) -> bool:
    """`WOLD` and `WOULD`, `REORTED` and `REPORTED`, `contribuQions` and `contributions`."""
    if len(x) == len(y):
        return sum(1 for c, d in zip(x, y) if c != d) <= 1
    short, long = (x, y) if len(x) < len(y) else (y, x)
    if len(long) - len(short) != 1 or len(short) < 2:
        return False
    k = 0
    while k < len(short) and short[k] == long[k]:
        k += 1
    return short[k:] == long[k + 1:]


def _preview_cut(lines: list[str], p, starts: list[int]) -> int | None:
    """The line where paragraph `p` is cut at `...` as a preview, within its first lines and
    before the next portion (`¶1. (U) This is an action request. Please se...`, 06LIMA748),
    or None (`starts`: the portions' first lines, in order)."""
    line = p.span.line
    k = bisect_right(starts, line)
    stop = min(line + _PREVIEW_LINES, starts[k] if k < len(starts) else len(lines) + 1)
    for n in range(line, stop):
        if n <= len(lines) and lines[n - 1].rstrip(" \t").endswith(("...", "\u2026")):
            return n
    return None


def _number_list(numbers: list[int]) -> str:
    """`1-8`, `2, 3 and 5`: a run of three or more numbers as a range."""
    parts: list[str] = []
    i = 0
    while i < len(numbers):
        j = i
        while j + 1 < len(numbers) and numbers[j + 1] == numbers[j] + 1:
            j += 1
        if j - i >= 2:
            parts.append(f"{numbers[i]}-{numbers[j]}")
        else:
            parts.extend(str(n) for n in numbers[i:j + 1])
        i = j + 1
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"


def _line_start(text: str, line: int, start: int = 0) -> int:
    """Where line `line` (1-based, counted from offset `start`) starts in `text` (its length
    past the last line): found line by line, for the few lines asked, without splitting a
    long text."""
    at = start
    for _ in range(line - 1):
        nl = text.find("\n", at)
        if nl < 0:
            return len(text)
        at = nl + 1
    return at


def _unlabelled_tags(c: Cable, text: str) -> Span | None:
    """A line of TAGS without its label right after the E.O. line (`EFIN, ECON, EINV, PGOV,
    CH`, 08BEIJING3662): three or more codes of two to five capitals, a four-letter subject
    TAG among them, and nothing else (not a TAGS line's continuation `PK, AF`)."""
    eo = c.eo
    if eo is None:
        return None
    after = _lines_after(text, eo.span.end_line)[:1]
    if after and _TAG_CODES_LINE_RE.match(after[0][1]):
        codes = after[0][1].replace(",", " ").split()
        if len(codes) >= 3 and any(len(code) == 4 for code in codes):
            return _line_span(text, _offset_of_line(text, after[0][0]))
    return None


def _reason_letters(c: Cable, text: str) -> Span | None:
    """Where the category letters of a reason cut at its section (`FOR REASONS 1.5`) go on:
    the next line, past blank lines and a page break (`CONFIDENTIAL` / `PAGE 02 VATICA 05849
    131613Z`), holding letters only (`(C) (D)`, `(A) AND (D).`, 01VATICAN5849)."""
    block = c.classified_by_block
    if block is None or block.reason is None or block.reason.section is None or \
            block.reason.letters or block.reason.words:
        return None
    for line, ln in _lines_after(text, block.span.end_line)[:5]:
        if _PAGE_LINE_RE.match(ln):
            continue
        if _LETTERS_LINE_RE.match(ln):
            return _line_span(text, _offset_of_line(text, line))
        return None
    return None


def _merge_copies(damages: list[Damage]) -> list[Damage]:
    """A header flattened up to TAGS after a preview is the later copy itself, re-flowed
    (07YEREVAN659): one finding of two copies, not two copies and a stripped header. How
    whole that copy is `_later_copy_reading` has said."""
    if not any(d.kind in (DamageKind.COPIES, DamageKind.COPIES_CUT) for d in damages):
        return damages
    if any(d.kind == DamageKind.NO_BODY for d in damages):
        # the record stopping after the later copy's first line says why that copy is cut: the
        # copy's message keeps its first clause, `… (the classification line again at line N)`
        damages = [d._replace(what=d.what[:d.what.index(")") + 1])
                   if d.kind == DamageKind.COPIES_CUT else d for d in damages]
    return [d for d in damages if d.kind != DamageKind.STRIPPED_HEADER]


def _not_a_cable(c: Cable) -> bool:
    """No classification line, no telegram header and no E.O., TAGS, SUBJECT, REF or
    Classified By field: a README, a word list, a page of brackets."""
    r = c.routing
    return not (c.banners or c.unparsed_banners or c.metadata is not None or c.eo_lines
                or c.tags is not None or c.subject is not None or c.references or c.classified_by
                or r.dtg is not None or r.fm_span is not None or r.zn_marking is not None
                or r.addressees or c.partial_extract)


def _header_end(c: Cable) -> tuple[int, str, int] | None:
    """The last line of the header (classification line, captions, E.O., TAGS, SUBJECT, REF,
    Classified By), the name of the field that ends it and the line that field starts on."""
    ends: list[tuple[int, str, int]] = []
    ends += [(b.span.end_line, "the classification line", b.span.line) for b in c.banners
             if b.zone != _BODY]
    ends += [(e.span.end_line, "the E.O. line", e.span.line) for e in c.eo_lines
             if e.zone != _BODY]
    ends += [(k.span.end_line, k.word, k.span.line) for k in c.captions if k.zone != _BODY]
    if c.tags is not None:
        last = c.tags.last_span
        ends.append((last.end_line, "TAGS", last.line))
    if c.subject is not None:
        ends.append((c.subject.span.end_line, "SUBJECT", c.subject.span.line))
    ends += [(s.end_line, "REF", s.line) for s in c.references]
    ends += [(b.span.end_line, "the Classified By statement", b.span.line) for b in c.classified_by
             if not b.in_paragraph]
    return max(ends) if ends else None


def _line_span(text: str, offset: int) -> Span:
    """The span of the line holding `offset`, without its trailing blanks."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    if end < 0:
        end = len(text)
    line = text.count("\n", 0, start) + 1
    return Span(line, 1, line, max(len(text[start:end].rstrip()), 1) + 1)


def _lines_after(text: str, line: int) -> list[tuple[int, str]]:
    """The non-blank lines after line `line`, with their numbers."""
    lines = text.split("\n")
    return [(i + 1, ln) for i, ln in enumerate(lines[line:], line) if ln.strip(" \t\\")]


def _cancelled(c: Cable, text: str, head: str) -> Damage | None:
    # (the first sign, either kind: `O 180843Z NOV 09 ZFR CANCEL TELEGRAM` may stand above a
    # `ZFR CANCEL TELEGRAM` line, 09CAIRO2168)
    found = [i for i in (head.find(w) for w in _CANCEL_WORDS) if i >= 0] \
        if "CANCEL" in head else []
    found.append(_zfr_line(head))
    found = [i for i in found if i >= 0]
    if not found:
        return None
    span = _line_span(head, min(found))
    return Damage(DamageKind.CANCELLED, span, f"the telegram was cancelled (ZFR, line {span.line})")


def _zfr_line(text: str) -> int:
    """Where the first line that starts with `ZFR` (after blanks, slashes or dashes) is, or -1.
    (`ZFR` inside a line, as in a routing line `P 182300Z NOV 09 ZFR CTG`, is not it.)"""
    at = text.find("ZFR")
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        after = text[at + 3:at + 4]
        if all(ch in _ZFR_LEAD for ch in text[start:at]) and not (after.isalnum() or after == "_"):
            return at
        at = text.find("ZFR", at + 3)
    return -1


def _no_body(c: Cable, text: str, head: str) -> Damage | None:
    """The record stops after its header: no portion, and at most a signature after it."""
    if c.portions:
        return None
    end = _header_end(c)
    if end is None:
        return None
    line, field, start = end
    after = [ln for _, ln in _lines_after(text, line) if not _DOTS_ONLY_RE.match(ln)]
    if any(len(ln.split()) > 3 and ln.rstrip().endswith(".") and not ln.rstrip().endswith("...")
           for ln in after):
        return None  # a sentence: a short body without a number (`Post has no nominations.`)
    if sum(len(ln.strip()) for ln in after) > _SIGNATURE_CHARS:
        if c.eo_lines or c.tags is not None or c.subject is not None or \
                sum(len(ln.strip()) for ln in after) > _FIELD_CHARS or \
                text[-_TAIL:].rstrip(" \t\n\\").endswith(("...", "\u2026")):
            return None  # a body (re-flowed copies hold a paragraph on one line)
        # a few caption lines after the classification line and nothing else: no E.O. line,
        # TAGS, SUBJECT or body (03TEGUCIGALPA1725, a `C O R R E C T E D COPY` line last; one
        # that ends in `...` is `cut-off`)
        last = _lines_after(text, line)[-1][0]
        span = Span(last, 1, last, 2)
        return Damage(DamageKind.NO_BODY, span, f"the record stops at line {last}, after {field} and "
                                       f"its caption lines, with no E.O. line, TAGS, SUBJECT or "
                                       f"body")
    own = text.split("\n")[start - 1:line]
    if sum(len(ln.strip()) for ln in own) > _FIELD_CHARS:
        return None  # the body runs on in the last field's line (`REF: STATE 1 (U) Pol/Econ …`)
    if _unnumbered_body(own):
        return None
    span = Span(line, 1, line, 2)
    return Damage(DamageKind.NO_BODY, span, f"the record stops after {field} (line {line}) with no body")


def _unnumbered_body(own: list[str]) -> bool:
    """Whether the last field's lines hold, after a blank line, a line of prose that is not an
    item of a REF list (`REF: STATE 9446` / blank / `Following information on post's …`): an
    unnumbered body the field was read to run on to; a body need not be numbered."""
    blank = False
    for ln in own[1:]:
        if not ln.strip(" \t\\"):
            blank = True
        elif blank and len(ln.split()) > 3 and _REF_ITEM_RE.match(ln) is None:
            return True
    return False


def _cut_off(c: Cable, text: str, head: str) -> Damage | None:
    """The record ends cut off: its last line is a word run into `...`, or a `...` line after
    a header with no portion."""
    tail = text[-_TAIL:].rstrip(" \t\n\\")  # (the end only: not a copy of the whole text)
    if not (tail.endswith("...") or tail.endswith("\u2026")):
        return None
    tail = text.rstrip(" \t\n\\")
    last_start = tail.rfind("\n") + 1
    last = tail[last_start:]
    if _DOTS_ONLY_RE.match(last) and c.portions:
        return None  # `...` on its own line after a whole text: the page's own mark
    if c.portions and (_after_signature(tail[max(0, last_start - _TAIL):last_start], last)
                       or _signed_then_debris(last) or _ended_then_abstract(last)):
        return None  # (the text ended whole: the cut takes a trailing remnant only)
    span = _line_span(text, last_start)
    return Damage(DamageKind.CUT_OFF, span, f"the record is cut off at line {span.line} (it ends in '...')")


def _after_signature(before: str, last: str) -> bool:
    """Whether a record's last line, cut at `...`, comes after the cable's end: the cut line
    is the signature itself (`Susman...`, `CHACON ...`, `… Classified Website: XXXXXXXXXXXX
    Susman , ...`), or follows a signature or a `CABLE ENDS` line (`Leach` / `T ONE ORDERED
    RELEASED ON...`, 05PARIS1699). A signature is a name of one to three words alone after a
    sentence's end."""
    if "CABLE ENDS" in before:
        return True
    cut = last.rstrip(" \t.\u2026,")
    lead, sep, name = cut.rpartition("Website:")
    if sep:
        cut = name.replace("X", " ").strip()
        lead = lead + sep
    lines = [ln.strip() for ln in before.split("\n") if ln.strip()]
    if _is_signature(cut) and (sep or (lines and (lines[-1][-1:] in _SENTENCE_END
                                                   or "Website:" in lines[-1]))):
        return True
    return len(lines) >= 2 and _is_signature(lines[-1]) and lines[-2][-1:] in _SENTENCE_END


def _signed_then_debris(last: str) -> bool:
    """Whether the last line ends in a sentence and the signature, then the CSV field's closing
    quote and debris cut at `...` (`… multilateral fora. KUBISKE" D'...`, 09BRASILIA1320): the
    field closed after the signature, so the text ended whole."""
    m = _CSV_DEBRIS_RE.search(last)
    if m is None:
        return False
    kept = last[:m.start()].rstrip()
    end = max(kept.rfind(ch) for ch in ".!?")
    return end >= 0 and _is_signature(kept[end + 1:].strip())


def _ended_then_abstract(last: str) -> bool:
    """Whether the last line runs on past the cable's end into the publisher's database row and
    abstract (`… End comment. STEVENS 0 11/21/2007 11229 ECON,EINV,… LIBYAN MARKET TESTS …
    lifeblood...`, 07TRIPOLI979): the text before the row ends in a sentence, or in a signature
    after one, so the cut takes the abstract only and the cable is whole."""
    m = _ABSTRACT_ROW_RE.search(last)
    if m is None:
        return False
    kept = last[:m.start()].rstrip()
    if kept[-1:] in _SENTENCE_END:
        return True
    end = max(kept.rfind(ch) for ch in ".!?)")
    return end >= 0 and _is_signature(kept[end + 1:].strip())


def _is_signature(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 3 and _SIGNATURE_RE.match(line) is not None and \
        words[0].upper() not in _SENTENCE_WORDS


def _section_only(c: Cable, text: str, head: str) -> Damage | None:
    first = c.banners[0] if c.banners else None
    if first is None or first.zone == _BODY or first.section is None or first.section[0] <= 1:
        return None  # (a first line in the body: the cable's own line was not read)
    k, n = first.section
    return Damage(DamageKind.EXTRACT, first.span, f"the record holds section {k} of {n} without the "
                                         f"first section")


def _redacted_extract(c: Cable, text: str, head: str) -> Damage | None:
    """A redaction line, then the first paragraph at a number above 1: the paragraphs before it
    were withheld (`XXXXXXXXXXXX` / `¶7. (C) …`)."""
    first = next((p for p in c.portions if p.kind == _PARAGRAPH and p.number is not None
                  and p.in_sequence), None)
    if first is None or first.number is None or first.number < 2 or "XXXXXX" not in text:
        return None
    head = first.head_span or first.span
    end = _header_end(c)
    start = 0
    if end is not None:
        start = _offset_of_line(text, end[0] + 1)
    stop = _offset_of_line(text, head.line)
    m = _REDACTION_LINE_RE.search(text, start, stop)
    if m is None:
        return None
    return Damage(DamageKind.EXTRACT, head, f"the record is a redacted extract that starts at paragraph "
                                   f"{first.number}")


def _offset_of_line(text: str, line: int) -> int:
    """Where line `line` (1-based) starts in `text` (its length past the last line)."""
    if line <= 1:
        return 0
    pieces = text.split("\n", line - 1)  # (the last piece: the text from that line on)
    return len(text) - len(pieces[-1]) if len(pieces) == line else len(text)


def _copies(c: Cable, text: str, head: str) -> Damage | None:
    """Two copies of one cable in one record: a classification line repeated in the header
    with the same post, serial and section, or a header line cut at `...` with the text going
    on after it (a preview, then another copy, often in a publication row). `copies` when a
    numbered paragraph follows the second copy's start (the full text is there), else
    `copies-cut` (the publisher's re-flowed copy lost the rest too)."""
    seen: dict[tuple, Span] = {}
    for b in c.banners:
        if b.zone == _BODY or not b.serial:
            continue
        key = (compact_post(b.post or ""), b.serial.lstrip("0"), b.section)
        if key in seen:
            if not _first_copy_ends(c, text, seen[key].line, b.span.line):
                continue  # the line twice over one text: a received telegram's own header
            kind, lacks = _later_copy_reading(c, text, b.span.line)
            cut = _CUT_LINE_RE.search(text, _offset_of_line(text, seen[key].line + 1),
                                      _offset_of_line(text, b.span.line))
            first = "" if cut is None else \
                f"a preview cut at '...' at line {_line_span(text, cut.start()).line}, then "
            return Damage(kind, seen[key], f"the record holds two copies of the cable ({first}the "
                                           f"classification line again at line {b.span.line})"
                                           f"{lacks}")
        seen[key] = b.span
    banner = next((b for b in c.banners if b.zone != _BODY), None)
    first = next((p for p in c.portions if p.span.line > (banner.span.line if banner else 0)),
                 None)
    if banner is None or first is None:
        return None
    # (`head` ends where the first portion's line starts)
    stop = len(head) if first is c.portions[0] else _offset_of_line(text, first.span.line)
    if text.find("...", 0, stop) < 0 and text.find("\u2026", 0, stop) < 0:
        return None  # (the header only: the body's own `...` say nothing of copies)
    m = _CUT_LINE_RE.search(text, _offset_of_line(text, banner.span.line + 1), stop)
    if m is None:
        return None
    span = _line_span(text, m.start())
    if _later_copy(c, text, span.line):
        kind, lacks = _later_copy_reading(c, text, span.line + 1)
        return Damage(kind, span, f"the record holds two copies of the cable (a preview cut at "
                                  f"'...' at line {span.line}, then another copy){lacks}")
    return _cut_line(c, text, span, m.start())


def _first_copy_ends(c: Cable, text: str, first: int, second: int) -> bool:
    """Whether a copy of the cable ends between lines `first` and `second` (both classification
    lines of one cable): a header field (E.O., TAGS, SUBJECT) stands between them, or a line
    cut at `...`, or the publisher's record lines (`id:`, a publication row). A line repeated
    over a receiving post's distribution block (`CXABU:` … `UNCLAS DUBAI 000181`), doubled
    with only captions between (06LAPAZ3400), or quoted by a repeat telegram (`FOLLOWING STATE
    127892 … IS BEING REPEATED … QUOTE:`) heads one text, not two copies."""
    start, stop = _offset_of_line(text, first + 1), _offset_of_line(text, second)
    if _QUOTE_RE.search(text, start, stop) is not None:
        return False
    if any(first < e.span.line < second for e in c.eo_lines) or \
            (c.tags is not None and first < c.tags.span.line < second) or \
            (c.subject is not None and first < c.subject.span.line < second):
        return True
    between = text[start:stop]
    return "..." in between or "\u2026" in between or \
        _RECORD_LINES_RE.search(between) is not None


def _later_copy(c: Cable, text: str, line: int) -> bool:
    """Whether another copy of the cable starts after line `line`: a classification line, a
    header E.O. line or a publication row (`74802,8/14/2006 15:43,06THEHAGUE1782,…`)."""
    if any(b.span.line > line for b in c.banners) or any(s.line > line for s in c.unparsed_banners):
        return True
    if any(e.span.line > line and e.zone != _BODY for e in c.eo_lines):
        return True
    return _PUBLICATION_ROW_RE.search(text, _offset_of_line(text, line + 1)) is not None


def _cut_line(c: Cable, text: str, span: Span, at: int) -> Damage | None:
    """One header line cut at `...` in the only copy (08HAVANA811 `FOR REA...`, 09ROME878
    `USTR FOR A...`): that line lost its end. A SUBJECT line that ends in a whole word and `...`
    may be the drafter's own ellipsis (`BEFORE YOU GET TOO EXCITED...`), a line given whole a
    few lines on lost nothing, and a REF or passing line cut while the E.O. line, TAGS and the
    statement are whole (08ROME681 `REF: A. ROME 0472...`) loses no marking element: not
    reported."""
    line = span.line
    subject = c.subject
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    cut = text[start:end if end >= 0 else len(text)].rstrip(" \t\r\u2026.")
    if _said_again(text, cut.strip(), end) or _PAGE_HEADER_RE.match(cut):
        return None  # (a page header `ROME 00001144  001.2 OF 00...` holds no field)
    if subject is not None and subject.span.line <= line <= subject.span.end_line:
        if cut[-1:].isalpha():
            return None
        field = "the SUBJECT line"
    elif any(b.span.line <= line <= b.span.end_line for b in c.classified_by):
        field = "the Classified By statement"
    elif any(s.line <= line <= s.end_line for s in c.references):
        field = "the REF line"
    else:
        field = None
    what = f"{field} is cut off at '...' (line {line})" if field else \
        f"header line {line} is cut off at '...'"
    lost = []
    if not any(e.zone != _BODY for e in c.eo_lines):
        lost.append("E.O.")
    if c.tags is None:
        lost.append("TAGS")
    if lost and (subject is None or subject.span.line > line):
        what += f", and the record has no {' or '.join(lost)} line"
    elif field != "the Classified By statement":
        return None  # (a REF or passing line cut, every marking element whole: nothing to say)
    return Damage(DamageKind.CUT_LINE, span, what)


def _said_again(text: str, cut: str, end: int) -> bool:
    """Whether a line cut at `...` is then given whole a few lines on (`THIS MESS...` and
    `THIS MESSAGE IS SENSITIVE BUT UNCLASSIFIED.`, 06THEHAGUE2515; `REF: ...` and `REF: A. THE
    HAGUE 2898`; a page header `ROME 00001...` and the next one): nothing is lost."""
    if len(cut) < 4 or end < 0:
        return False
    window = text[end:end + _TAIL * 5]
    return any(ln.strip().startswith(cut) for ln in window.split("\n"))


def _later_copy_reading(c: Cable, text: str, start: int) -> tuple[DamageKind, str]:
    """How whole the later copy is, from line `start` (its classification line, or the line
    after a preview), and what the message adds. `copies` when the rules can read the record
    whole: the later copy gives a header E.O. line (one glued to its classification line
    counts: re-flowed copies give the header up to TAGS on one line) and a numbered or marked
    paragraph, and what it leaves out the other copy holds. A later copy without them (a
    publication row's, whose fields run together in quoted cells; a re-flowed remnant) is
    `copies-cut`, and the message says which. A later copy without SUBJECT
    dropped the lines between TAGS and its first paragraph (07MOSCOW3012: SUBJECT and the
    statement, which the preview cut at `Classifie...`); where neither copy then holds the
    SUBJECT line or the Classified By statement, they were lost in copying: `copies-cut`, and
    the message names them. A later copy whose header runs through SUBJECT lost nothing
    there: a statement it lacks the cable lacks."""
    # (a Classified By after the cut is no sign of a later copy: a passing line cut at `...`
    # loses the E.O. and TAGS lines while SUBJECT, REF and Classified By follow, 09ROME878)
    body = next((p for p in c.portions if p.span.line > start and p.kind != _SUBPORTION
                 and (p.number is not None or p.mark is not None)), None)
    header = any(e.span.line >= start and e.zone != _BODY for e in c.eo_lines)
    if body is None or not header:
        if _PUBLICATION_ROW_RE.search(text, _offset_of_line(text, start)) is not None:
            return DamageKind.COPIES_CUT, (", and the later copy sits in a publication row whose "
                                           "fields are not read one by one")
        if not header:
            return DamageKind.COPIES_CUT, ", and the later copy's header is not read"
        return DamageKind.COPIES_CUT, ", and the later copy holds no marked or numbered paragraph"
    lost = []
    if _SUBJECT_LABEL_RE.search(text, _offset_of_line(text, start), _offset_of_line(
            text, body.span.line) + body.span.column - 1) is None:
        if c.subject is None:
            lost.append("SUBJECT line")
        if c.is_classified and all(b.truncated for b in c.classified_by):
            lost.append("Classified By statement")  # (none, or only one cut at `...`)
    if lost:
        return DamageKind.COPIES_CUT, f", and neither copy holds the {' or the '.join(lost)} whole"
    return DamageKind.COPIES, "; the rules read both, and a redaction must cover both"


def _redacted_banner(c: Cable, text: str, head: str) -> Damage | None:
    """No classification line, and a redaction line (`XXXXXXXXXXXX`) stands before the first
    header field where it would be (10BEIJING207): the line was withheld, not left out."""
    if c.banners or c.unparsed_banners or "XXXXXX" not in text:
        return None
    fields = [e.span.line for e in c.eo_lines] + [p.span.line for p in c.portions[:1]]
    if c.tags is not None:
        fields.append(c.tags.span.line)
    if c.subject is not None:
        fields.append(c.subject.span.line)
    if not fields:
        return None
    m = _REDACTION_LINE_RE.search(text, 0, _offset_of_line(text, min(fields)))
    if m is None:
        return None
    span = _line_span(text, m.start())
    return Damage(DamageKind.REDACTED, span, f"the classification line is withheld (a redaction line at "
                                    f"line {span.line} where it would stand)")


def _stripped_header(c: Cable, text: str, head: str) -> Damage | None:
    """The header flattened into one line that ends at TAGS: the E.O. and TAGS share a line and
    no SUBJECT follows (`C O N F I D E N T I A L SECTION 01 OF 02 STATE 000284 SIPDIS E.O.
    12958: DECL: 01/04/2020 TAGS: MASS …`, 10STATE284; the same after a cut SUBJECT,
    07YEREVAN659). The publisher's copy kept the header up to TAGS only: the message names
    what does not follow it (SUBJECT; the Classified By statement of a classified cable), never
    a field that is there (a REF block after the line, 06SAOPAULO532), and says "does not
    follow" rather than "lost", since fragments of a SUBJECT may stand after it (06LIMA1452).
    Where the publisher's record lines give an empty title (it copies SUBJECT there), the
    message says so: the sign that the copy, not the drafter, lost the SUBJECT (08LIMA480)."""
    if not c.portions:
        return None  # (no body after it: `no-body` says so)
    if c.tags is None:
        return None
    span = c.tags.last_span  # (a flattened copy after the header writes the TAGS again)
    line = span.line
    if c.subject is not None and c.subject.span.line > line:
        return None
    if not any(e.zone != _BODY and e.span.line <= line <= e.span.end_line
               for e in c.eo_lines):
        return None
    missing = []
    if c.subject is None:
        missing.append("SUBJECT line")
    if c.is_classified and not any(b.span.line > line for b in c.classified_by):
        missing.append("Classified By statement")
    if not missing:
        return None
    # say what the line holds: a flattened copy under a whole header, the whole header run
    # together from the classification line, or only the E.O. line and TAGS run together
    if c.subject is not None:
        what = (f"a flattened copy of the header that ends at TAGS (line {line}) follows the "
                f"header (SUBJECT at line {c.subject.span.line})")
    elif any(b.zone != _BODY and b.span.line == line for b in c.banners):
        what = f"the header is flattened into one line that ends at TAGS (line {line})"
    else:
        what = f"the E.O. line and TAGS are run together on line {line}"
    what = f"{what}, and no {' or '.join(missing)} follows it"
    if c.subject is None and c.metadata is not None and not c.metadata.title.strip():
        what += " (the record's title, which the publisher takes from SUBJECT, is empty too)"
    return Damage(DamageKind.STRIPPED_HEADER, span, what)


def _joined(c: Cable, text: str, head: str) -> Damage | None:
    """The record holds two cables. The metadata and the telegram: the classification line's
    post and serial both differ from the reference id's, or the post agrees and the serial and
    the level (classified or not) both differ (05LIMA3609: UNCLASSIFIED metadata, a
    CONFIDENTIAL `LIMA 003571`). Or the text itself joins another cable's record to this one:
    a `refid:` line or a publication row naming another reference id (10ASUNCION71,
    09CAIRO1962), or a second telegram's routing line (`DE RUEHMN #0404/01`) before a
    classification line of that serial (90KHARTOUM10657 with Montevideo's text)."""
    parts = reference_id_parts(c)
    if parts is not None:
        found = _other_record(c, text, head)
        if found is not None:
            return found
    second = _second_telegram(c, text)
    if second is not None:
        return second
    tasked = _another_posts_text(c, text, head)
    if tasked is not None:
        return tasked
    banner = c.banner
    if parts is not None and banner is None and c.unparsed_banners:
        return _joined_at_unread_banner(c, text, parts)
    if parts is None or banner is None or banner.zone == _BODY or not banner.serial:
        return None
    post = compact_post(banner.post or "")
    if len(post) < 2 or post.count("X") == len(post):
        return None  # no post, or one the publisher masked
    _, id_post, id_serial = parts
    if int(banner.serial) == id_serial:
        return None
    if same_post(post, id_post):
        meta = c.metadata.marking if c.metadata is not None else None
        if meta is None or banner.marking is None or \
                (meta.level > 0) == (banner.marking.level > 0):
            return None  # (a serial typed wrong: reference-id-consistent says so)
        return Damage(DamageKind.JOINED, banner.span, f"the classification line names another cable "
                                             f"(serial {int(banner.serial)}, "
                                             f"{_level_word(banner.marking.level)}) than the "
                                             f"reference id (serial {id_serial}, "
                                             f"{_level_word(meta.level)}): the metadata and the "
                                             f"telegram are two cables")
    return Damage(DamageKind.JOINED, banner.span, f"the classification line names another cable (post "
                                         f"and serial {int(banner.serial)}) than the reference "
                                         f"id (serial {id_serial}): the metadata and the "
                                         f"telegram are two cables")


# the post and serial that end a classification line the grammar could not read
_UNREAD_POST_SERIAL_RE = re.compile(r"([A-Z][A-Z .'\-]{0,30}?)[ \t]+([0-9]{5,7})$")


def _joined_at_unread_banner(c: Cable, text: str, parts: tuple) -> Damage | None:
    """A classification line damaged past reading (`CSE C R E T SECTION 01 OF 02 SHENYANG
    000004` under 09MOSCOW1108's metadata) that names another post and another serial than
    the reference id: the metadata and the telegram are two cables, as with a line read whole."""
    span = c.unparsed_banners[0]
    start = _line_start(text, span.line)
    end = text.find("\n", start)
    line = text[start:end if end >= 0 else len(text)]
    m = BANNER_TEXT_RE.search(line)
    found = None if m is None else _UNREAD_POST_SERIAL_RE.search(m.group())
    if found is None:
        return None
    post, serial = compact_post(found.group(1)), int(found.group(2))
    _, id_post, id_serial = parts
    if len(post) < 2 or post.count("X") == len(post) or serial == id_serial \
            or same_post(post, id_post):
        return None  # (a masked post, or a serial typed wrong: nothing joined)
    return Damage(DamageKind.JOINED, span, f"the classification line, damaged, names another "
                                           f"cable (post and serial {serial}) than the reference "
                                           f"id (serial {id_serial}): the metadata and the "
                                           f"telegram are two cables")


def _level_word(level: int) -> str:
    return "classified" if level > 0 else "unclassified"


def _other_record(c: Cable, text: str, head: str) -> Damage | None:
    """A `refid: 09ASUNCION13` line or a publication row (`189949 2/2/2009 14:15 09CAIRO184
    Embassy Cairo …`, `74802,8/14/2006 15:43,06THEHAGUE1782,…`, `50133  2006-01-19
    06THEHAGUE131 …` under a 1973 Tehran header, 73TEHRAN2077) naming another reference id
    than the metadata's: another cable's record is joined to this one."""
    if "refid:" not in head and (len(c.banners) + len(c.unparsed_banners) < 2
                                 or _PUBLICATION_ROW_ANY_RE.search(text) is None):
        return None  # (another record's row comes with its classification line)
    own = c.metadata.reference_id.strip().upper() if c.metadata is not None else ""
    # (after a line break put before the first line: a match starts where its line does in `text`)
    for m in _OTHER_ID_RE.finditer("\n" + text):
        other = (m.group(1) or m.group(2) or m.group(3)).upper()
        if other != own:
            span = _line_span(text, m.start())
            # (`refid:` and the ISO-dated row head the other cable's own telegram: the metadata
            # is this cable's, the text the other's; a CSV publication row follows this
            # cable's text)
            return Damage(DamageKind.GLUED if m.group(2) else DamageKind.JOINED, span, f"another cable's record ({other}) is joined to this "
                                          f"one ({own}) at line {span.line}: the record holds "
                                          f"two cables")
    return None


def _another_posts_text(c: Cable, text: str, head: str) -> Damage | None:
    """A post's header over a text that tasks another post by name as its action addressee and
    is marked above the header's classification line (09VILNIUS84: a CONFIDENTIAL Vilnius
    header over a State demarche, (S) and (S//NF), that asks `Embassy Sanaa` to act). A post
    does not task another post in its own cable, and its portions do not rise above its own
    classification line: the text is another cable's."""
    b = c.banner
    if b is None or b.zone == _BODY or not b.post or b.marking is None:
        return None
    post = compact_post(b.post)
    if len(post) < 2 or post == "STATE":
        return None  # (the Department tasks posts in every instruction)
    top = max([p.marking.level for p in c.portions if p.marking is not None], default=-1)
    if top <= b.marking.level:
        return None
    for m in _TASKED_POST_RE.finditer(text, len(head)):
        other = compact_post(m.group(1))
        if not same_post(post, other):
            span = _line_span(text, m.start())
            return Damage(DamageKind.JOINED, span, f"the text tasks another post at line {span.line} and "
                                          f"its portions are marked above the classification "
                                          f"line ({b.marking.level.word}): the record joins "
                                          f"another cable's text to this header")
    return None


def _second_telegram(c: Cable, text: str) -> Damage | None:
    """A routing line of another telegram (`DE RUEHMN #0404/01 1971651`) whose serial is that
    of a later classification line with another post and serial than the first."""
    header = [b for b in c.banners if b.zone != _BODY and b.serial]
    if len(header) < 2 or "\nDE " not in text:
        return None
    first = header[0]
    own = (compact_post(first.post or ""), int(first.serial))
    others = {int(b.serial) % 10000: b for b in header[1:]
              if compact_post(b.post or "") != own[0] and int(b.serial) != own[1]}
    if not others:
        return None
    for m in _ROUTING_DE_RE.finditer(text):
        b = others.get(int(m.group(1)) % 10000)
        if b is not None and b.span.line > first.span.line:
            span = _line_span(text, m.start())
            return Damage(DamageKind.GLUED, span, f"another telegram (its routing at line {span.line}, "
                                          f"its classification line at line {b.span.line}, "
                                          f"serial {int(b.serial)}) is joined to this one "
                                          f"(serial {own[1]}): the record holds two cables")
    return None


def _no_subject(c: Cable, text: str, head: str) -> Damage | None:
    """A classified cable whose header stops at TAGS, with a body after it and no SUBJECT or
    Classified By statement anywhere (09DJIBOUTI1425: TAGS, then ¶1): every telegram has a
    SUBJECT line, so the lines after TAGS, the statement with them, were lost in copying. Not when the metadata has a title (the SUBJECT may be glued into another
    field), the text holds a SUBJECT label, or any part of a statement shows (`BY: …`,
    `REASON: 1.4`: `classified-by-missing` stands down on those itself). A lost SUBJECT alone
    changes no finding and is not reported."""
    if c.subject is not None or not c.portions or c.classified_by or not c.is_classified:
        return None
    if c.metadata is not None and c.metadata.title:
        return None
    banner = next((b for b in c.banners if b.zone != _BODY), None)
    if banner is None or c.tags is None or "SUBJ" in head.upper():
        return None
    if statement_trace(text, len(head)) is not None or _stripped_header(c, text, head) is not None:
        return None  # (said once, as the flattened header)
    end = _header_end(c)
    if end is None or end[1] != "TAGS" or end[0] >= c.portions[0].span.line:
        return None  # (a header that goes on to REF lost SUBJECT alone: no cut explains both)
    line, field, _ = end
    span = Span(line, 1, line, 2)
    return Damage(DamageKind.HEADER_CUT, span, f"the header has no SUBJECT line and no Classified By "
                                      f"statement (its last field is {field}, line {line}): "
                                      f"both were lost in copying")


def statement_trace(text: str, head: int) -> int | None:
    """Where the text shows a Classified By statement in a form the reader does not take as
    one, or None: a misspelt or glued label (`Classiied By:`, `…CAIROClassified By:`), a label
    cut to `BY:`, a reason cited without a label (`REASON: 1.4 (b), (d)`, `CLASSIFIED SECRET BY
    … REASON 1.5 (C)`), or a derivative instruction (`DRV FROM: …` / `DECL ON: X1`, a DoD
    report relayed as a cable). Looked for where a statement stands: the header and the first
    paragraph, and the end (a DoD report's instruction); or a line in the header that opens
    with a label misspelt past reading, a name and a fragment of a reason (`Classiires Richard
    M. Eason for` (D).`)."""
    reach = head + _TRACE_REACH
    spans = [(0, reach)]
    if len(text) > reach:
        spans.append((max(reach, len(text) - _TRACE_REACH), len(text)))
    for start, stop in spans:
        low = text[start:stop].lower()
        found = [at for at in (_first_at_word(r, low) for r in _STATEMENT_TRACE_RES) if at >= 0]
        if found:
            return start + min(found)
    return _garbled_statement(text, head)


def _garbled_statement(text: str, head: int) -> int | None:
    """Where a statement garbled past its label stands in the header (before `head`, the
    first portion): a line that opens with a misspelt `Class…` label, then a name and a
    fragment of a reason (`Classiires Richard M. Eason for` (D).`, 10BRUSSELS23). The
    statement is there, damaged by the copy, not missing."""
    if _GARBLED_FIRST_LINE_RE.match(text, 0, head) is not None:
        return 0
    m = _GARBLED_STATEMENT_RE.search(text, 0, head)
    return None if m is None else m.start() + 1


def _first_at_word(pattern: re.Pattern, low: str) -> int:
    """Where `pattern` first matches at the start of a word in `low` (not `declassified by`),
    or -1."""
    for m in pattern.finditer(low):
        at = m.start()
        if at == 0 or not low[at - 1].isalpha() or low[at] == "\n":
            return at
    return -1


def _routing_of_another(c: Cable, text: str, head: str) -> Damage | None:
    """The bare telegram's routing header is another telegram's than the text under it: the
    routing line's serial (`DE RUEHME #0614`) and the FM line's post (`FM AMEMBASSY MEXICO`)
    both differ from the classification line's (`S E C R E T … ISLAMABAD 000416`, 10MEXICO614:
    Mexico's UNCLASSIFIED routing, `ZNR UUUUU`, over Islamabad's SECRET cable). A serial typed
    wrong keeps its post (07NAIROBI4427 over `NAIROBI 004428`), and a Department cable's FM
    line names `SECSTATE WASHDC` with its own serial: neither is a join."""
    b = c.banner
    fm = c.routing.fm_span
    if fm is None or b is None or b.zone == _BODY or not b.serial or not b.post \
            or b.span.line < fm.line:
        return None
    at = 0 if text.startswith("DE RU") else text.find("\nDE RU", 0, len(head)) + 1
    m = _ROUTING_DE_RE.match(text, at) if at > 0 or text.startswith("DE RU") else None
    if m is None or int(m.group(1)) % 10000 == int(b.serial) % 10000:
        return None
    post = compact_post(b.post)
    start = _offset_of_line(text, fm.line)
    end = text.find("\n", start)
    sender = compact_post(text[start:len(text) if end < 0 else end].strip()[2:])
    if len(post) < 2 or post.count("X") == len(post) or same_post(post, sender):
        return None  # (no post or one the publisher masked; or the sender's own cable)
    span = _line_span(text, m.start())
    return Damage(DamageKind.JOINED_ROUTING, span,
                  f"the routing header (serial {int(m.group(1))} at line {span.line}, its FM line "
                  f"at line {fm.line}) is another telegram's than the classification line (another "
                  f"post, serial {int(b.serial)}, line {b.span.line}): the record joins one "
                  f"telegram's routing to another cable's text")


_FINDERS = (_cancelled, _no_body, _cut_off, _section_only, _redacted_extract, _copies,
            _redacted_banner, _stripped_header, _no_subject, _joined, _routing_of_another)
