"""Fixes: where a rule's edits land in the text, and how a set of fixes is applied to it.

A rule names what to change without reading the cable's text: an edit's `old` is the marking
to replace *inside* the element's span (`E.0.` in the E.O. line, `POGOV` in the TAGS line).
`resolve` narrows each such edit to the exact place of that marking, once the text is at hand
(in the runner); a fix whose marking is not found exactly once is dropped, never guessed.

`apply` works on any text whose lines and columns are those of the spans: the normalised text
the rules read, or the file's own text with CRLF or CR line endings (a CR never starts a
column, so columns agree). Fixes are applied whole or not at all; a fix whose edits overlap an
edit already taken waits for the next pass, and one whose `old` is no longer there is stale and
skipped.
"""
from __future__ import annotations

import re
from typing import Iterable, Sequence

from .span import Span
from .rule import SAFE, Edit, Finding, Fix

_BREAK = re.compile(r"\r\n|\r|\n")


def line_starts(text: str) -> list[int]:
    """The offset where each line starts (line 1 first), whatever the line endings."""
    return [0, *(m.end() for m in _BREAK.finditer(text))]


def _line_end(text: str, starts: list[int], i: int) -> int:
    """Offset of the end of line `i` (0-based), before its line break."""
    if i + 1 < len(starts):
        end = starts[i + 1] - 1
        if end > starts[i] and text[end] == "\n" and text[end - 1] == "\r":
            end -= 1
        return end
    return len(text)


def offset(text: str, starts: list[int], line: int, column: int) -> int | None:
    """The offset of a 1-based line and column, or None when it is not in the text."""
    i = line - 1
    if not 0 <= i < len(starts) or column < 1:
        return None
    off = starts[i] + column - 1
    return off if off <= _line_end(text, starts, i) else None


def _word_re(old: str) -> re.Pattern[str]:
    # the marking as a whole word: `PREL` must not be found inside `PRELX`
    return re.compile(r"(?<![A-Za-z0-9])" + re.escape(old) + r"(?![A-Za-z0-9])")


def _narrow(text: str, starts: list[int], edit: Edit) -> Edit | None:
    s = edit.span
    a = offset(text, starts, s.line, s.column)
    b = offset(text, starts, s.end_line, s.end_column)
    if a is None or b is None or b < a:
        return None
    found = list(_word_re(edit.old).finditer(text, a, b))
    if len(found) != 1:
        return None
    return Edit(_span_of(starts, found[0].start(), found[0].end()), edit.text, edit.old)


def _span_of(starts: list[int], a: int, b: int) -> Span:
    import bisect

    la = bisect.bisect_right(starts, a) - 1
    lb = bisect.bisect_right(starts, b) - 1
    return Span(la + 1, a - starts[la] + 1, lb + 1, b - starts[lb] + 1)


def resolve(findings: list[Finding], text: str) -> list[Finding]:
    """The findings with every anchored edit narrowed to its marking (see the module note)."""
    if not any(f.fix is not None for f in findings):
        return findings
    starts = line_starts(text)
    out = []
    for f in findings:
        if f.fix is not None:
            edits = []
            for e in f.fix.edits:
                if not e.old:
                    edits.append(e)
                    continue
                narrowed = _narrow(text, starts, e)
                if narrowed is None:
                    edits = []
                    break
                edits.append(narrowed)
            f = f._replace(fix=f.fix._replace(edits=tuple(edits)) if edits else None)
        out.append(f)
    return out


def metadata_edits(cable, level=None, control: str | None = None) -> tuple[Edit, ...]:
    """For a fix that raises the telegram's marking: the same raise in the publisher's
    classification field, so that the two layers still agree afterwards (nothing when the
    cable has no such field, or it already says as much)."""
    md = cable.metadata
    if md is None or md.marking is None:
        return ()
    m = md.marking
    new = m._replace(level=max(m.level, level) if level is not None else m.level,
                     controls=m.controls | {control} if control else m.controls)
    return () if new == m else (Edit(md.classification_span, str(new)),)


def applicable(findings: Iterable[Finding], unsafe: bool) -> list[Fix]:
    return [f.fix for f in findings
            if f.fix is not None and (unsafe or f.fix.applicability == SAFE)]


def newline_of(text: str) -> str:
    m = _BREAK.search(text)
    return m.group(0) if m else "\n"


def apply(text: str, fixes: Sequence[Fix]) -> tuple[str, int]:
    """`text` with as many of `fixes` as can be applied together, and how many were.

    Inserted line breaks take the text's own line ending."""
    starts = line_starts(text)
    newline = newline_of(text)
    taken: list[tuple[int, int, str]] = []
    count = 0
    for fix in fixes:
        ranges = []
        for e in fix.edits:
            a = offset(text, starts, e.span.line, e.span.column)
            b = offset(text, starts, e.span.end_line, e.span.end_column)
            if a is None or b is None or b < a or (e.old and text[a:b] != e.old):
                ranges = []
                break
            ranges.append((a, b, e.text.replace("\n", newline) if newline != "\n" else e.text))
        if not ranges:
            continue
        fresh = [r for r in ranges if r not in taken]
        if any(_overlaps(r, t) for r in fresh for t in taken):
            continue
        taken.extend(fresh)
        count += 1
    if not taken:
        return text, 0
    parts = []
    pos = 0
    for a, b, new in sorted(taken):
        parts.append(text[pos:a])
        parts.append(new)
        pos = b
    parts.append(text[pos:])
    return "".join(parts), count


def _overlaps(r: tuple[int, int, str], t: tuple[int, int, str]) -> bool:
    # two insertions at one place, or ranges that share a character, cannot both apply
    if r[0] == r[1] or t[0] == t[1]:
        return r[0] == t[0] or (t[0] < r[0] < t[1]) or (r[0] < t[0] < r[1])
    return r[0] < t[1] and t[0] < r[1]
