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

from .elements import Cable, Damage, Record
from .span import Span

_ID_RE = re.compile(r"^([0-9]{2})([A-Z]+)([0-9]+)$")
_NOT_LETTER_RE = re.compile(r"[^A-Z]")
# `ZFR ZFR ZFR`, `////ZFR CANCEL THIS MESSAGE`: the signal that cancels a transmitted telegram
# (looked for with `str.find` first: a regular expression anchored at every line start cost
# more than the rest of the record analysis)
_ZFR_LEAD = frozenset(" \t/-")
_CANCEL_WORDS = ("CANCEL TELEGRAM", "CANCEL THIS TELEGRAM")
# a line cut by the publisher's preview: a word run into `...` at the line's end
# (`DOC FOR ENERGY, ...`: a list cut after its comma)
_CUT_LINE_RE = re.compile(r"(?:[A-Za-z0-9,;:(]|[,;:][ \t])(?:\.\.\.|\u2026)[ \t]*$", re.M)
_DOTS_ONLY_RE = re.compile(r"^[ \t]*(?:\.\.\.|\u2026)[ \t]*$")
_REDACTION_LINE_RE = re.compile(r"^[ \t]*X{6,}[ \t]*$", re.M)

NOT_A_CABLE = Record("not-a-cable")
# what may follow the header of a record with no body: a signature (`CLUNE`, `JOHN DOE`)
_SIGNATURE_CHARS = 40
# how much of the text's end is enough to see whether it ends in `...` (blank lines after)
_TAIL = 400
# a header field longer than this holds the body run on to it
_FIELD_CHARS = 200


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
    if not damages:
        return Record()
    damages = _merge_copies(damages)
    damages.sort(key=lambda d: (d.span.line, d.span.column))
    return Record("damaged", tuple(damages))


def _merge_copies(damages: list[Damage]) -> list[Damage]:
    """A header flattened up to TAGS after a preview is the later copy itself, re-flowed and
    cut (07YEREVAN659): one `copies-cut`, not two copies and a stripped header."""
    copy = next((d for d in damages if d.kind in ("copies", "copies-cut")), None)
    if copy is None or not any(d.kind == "stripped-header" for d in damages):
        return damages
    cut = copy._replace(kind="copies-cut")
    return [cut if d is copy else d for d in damages if d.kind != "stripped-header"]


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
             if b.zone != "body"]
    ends += [(e.span.end_line, "the E.O. line", e.span.line) for e in c.eo_lines
             if e.zone != "body"]
    ends += [(k.span.end_line, k.word, k.span.line) for k in c.captions if k.zone != "body"]
    if c.tags is not None:
        ends.append((c.tags.span.end_line, "TAGS", c.tags.span.line))
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
    return Damage("cancelled", span, f"the telegram was cancelled (ZFR, line {span.line})")


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
    if sum(len(ln.strip()) for ln in after) > _SIGNATURE_CHARS:
        return None  # a body (re-flowed copies hold a paragraph on one line)
    own = text.split("\n")[start - 1:line]
    if sum(len(ln.strip()) for ln in own) > _FIELD_CHARS:
        return None  # the body runs on in the last field's line (`REF: STATE 1 (U) Pol/Econ …`)
    span = Span(line, 1, line, 2)
    return Damage("no-body", span, f"the record stops after {field} (line {line}) with no body")


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
    span = _line_span(text, last_start)
    return Damage("cut-off", span, f"the record is cut off at line {span.line} (it ends in '...')")


def _section_only(c: Cable, text: str, head: str) -> Damage | None:
    first = c.banners[0] if c.banners else None
    if first is None or first.zone == "body" or first.section is None or first.section[0] <= 1:
        return None  # (a first line in the body: the cable's own line was not read)
    k, n = first.section
    return Damage("extract", first.span, f"the record holds section {k} of {n} without the "
                                         f"first section")


def _redacted_extract(c: Cable, text: str, head: str) -> Damage | None:
    """A redaction line, then the first paragraph at a number above 1: the paragraphs before it
    were withheld (`XXXXXXXXXXXX` / `¶7. (C) …`)."""
    first = next((p for p in c.portions if p.kind == "paragraph" and p.number is not None
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
    return Damage("extract", head, f"the record is a redacted extract that starts at paragraph "
                                   f"{first.number}")


def _offset_of_line(text: str, line: int) -> int:
    """Where line `line` (1-based) starts in `text` (its length past the last line)."""
    at = 0
    find = text.find
    for _ in range(line - 1):
        at = find("\n", at) + 1
        if at == 0:
            return len(text)
    return at


def _copies(c: Cable, text: str, head: str) -> Damage | None:
    """Two copies of one cable in one record: a classification line repeated in the header
    with the same post, serial and section, or a header line cut at `...` with the text going
    on after it (a preview, then another copy, often in a publication row). `copies` when a
    numbered paragraph follows the second copy's start (the full text is there), else
    `copies-cut` (the publisher's re-flowed copy lost the rest too)."""
    seen: dict[tuple, Span] = {}
    for b in c.banners:
        if b.zone == "body" or not b.serial:
            continue
        key = (compact_post(b.post or ""), b.serial.lstrip("0"), b.section)
        if key in seen:
            return Damage(_copy_kind(c, b.span.line), seen[key],
                          f"the record holds two copies of the cable (the classification line "
                          f"again at line {b.span.line})")
        seen[key] = b.span
    banner = next((b for b in c.banners if b.zone != "body"), None)
    first = next((p for p in c.portions if p.span.line > (banner.span.line if banner else 0)),
                 None)
    if banner is None or first is None:
        return None
    stop = _offset_of_line(text, first.span.line)
    if text.find("...", 0, stop) < 0 and text.find("\u2026", 0, stop) < 0:
        return None  # (the header only: the body's own `...` say nothing of copies)
    m = _CUT_LINE_RE.search(text, _offset_of_line(text, banner.span.line + 1), stop)
    if m is None:
        return None
    span = _line_span(text, m.start())
    return Damage(_copy_kind(c, span.line), span, f"the record holds two copies of the cable "
                                                  f"(a preview cut at '...' at line {span.line}, "
                                                  f"then another copy)")


def _copy_kind(c: Cable, second: int) -> str:
    """`copies` when the later copy was read whole: its header (an E.O. line or a Classified
    By statement) and a numbered paragraph after `second`; else `copies-cut` (the later copy
    is a re-flowed remnant, or sits in a publication row whose header the grammar cannot
    take apart)."""
    body = any(p.kind == "paragraph" and p.number is not None and p.span.line > second
               for p in c.portions)
    # (a Classified By after the cut is no sign of a later copy: a passing line cut at `...`
    # loses the E.O. and TAGS lines while SUBJECT, REF and Classified By follow, 09ROME878)
    header = any(e.span.line > second for e in c.eo_lines if e.zone != "body")
    return "copies" if body and header else "copies-cut"


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
    return Damage("redacted", span, f"the classification line is withheld (a redaction line at "
                                    f"line {span.line} where it would stand)")


def _stripped_header(c: Cable, text: str, head: str) -> Damage | None:
    """The header flattened into one line that ends at TAGS: the E.O. and TAGS share a line and
    no SUBJECT follows (`C O N F I D E N T I A L SECTION 01 OF 02 STATE 000284 SIPDIS E.O.
    12958: DECL: 01/04/2020 TAGS: MASS …`, 10STATE284; the same after a cut SUBJECT,
    07YEREVAN659). The publisher's copy kept the header up to TAGS only: SUBJECT, REF and the
    Classified By statement that stand after it are lost."""
    tags = c.tags
    if not c.portions:
        return None  # (no body after it: `no-body` says so)
    if tags is None or (c.subject is not None and c.subject.span.line > tags.span.line):
        return None
    if not any(e.zone != "body" and e.span.line <= tags.span.line <= e.span.end_line
               for e in c.eo_lines):
        return None
    span = tags.span
    return Damage("stripped-header", span, f"the header is flattened into one line that ends at "
                                           f"TAGS (line {span.line}): the fields after TAGS "
                                           f"(SUBJECT, REF, Classified By) are lost")


def _joined(c: Cable, text: str, head: str) -> Damage | None:
    """The metadata and the telegram are two cables: the classification line's post and serial
    both differ from the reference id's."""
    parts = reference_id_parts(c)
    banner = c.banner
    if parts is None or banner is None or banner.zone == "body" or not banner.serial:
        return None
    post = compact_post(banner.post or "")
    if len(post) < 2 or post.count("X") == len(post):
        return None  # no post, or one the publisher masked
    _, id_post, id_serial = parts
    if same_post(post, id_post) or int(banner.serial) == id_serial:
        return None
    return Damage("joined", banner.span, f"the classification line names another cable (post "
                                         f"and serial {int(banner.serial)}) than the reference "
                                         f"id (serial {id_serial}): the metadata and the "
                                         f"telegram are two cables")


_FINDERS = (_cancelled, _no_body, _cut_off, _section_only, _redacted_extract, _copies,
            _redacted_banner, _stripped_header, _joined)
