"""CL103 portion-unmarked."""
from __future__ import annotations

from cablelint import eo
from cablelint.rule import ERROR, WARNING, Hit, rule


@rule("CL103", "portion-unmarked", ERROR)
def check(cable, options):
    """A numbered paragraph of a classified cable has no portion mark.

    Why: every portion of a classified document shows its level, so that each paragraph can be
    extracted, released or withheld on its own; an unmarked paragraph of a classified cable is
    unknowable. Basis: E.O. 12356 §1.5(b); 5 CFR 1312.8(a)(7) under E.O. 12958; 32 CFR
    2001.21(c); 5 FAH-1 H-246.2(c) (State: the mark follows the paragraph number). A paragraph
    whose mark is a typo is reported by the vocabulary rule instead, and an old
    `1. CONFIDENTIAL - ENTIRE TEXT.` notice covers the paragraphs after it. Not judged: a
    paragraph that opens with a publication redaction (`XXXXXXXXXXXX`, which may hide the
    mark), a heading whose marked bullets follow (`1. Key Points: -- (C) …`), and numbers
    that are not the cable's own paragraphs (a quoted text's internal numbering inside a
    marked paragraph, `5)` list items among `N.` paragraphs, a number wrapped to a line start).
    Before E.O. 12356 (1982-08-01) the requirement is not confirmed in the research: warning.

    Bad:
        C O N F I D E N T I A L ANKARA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (C) Text.

        2. Text.

    Good:
        C O N F I D E N T I A L ANKARA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (C) Text.

        2. (U) Text.
    """
    ov = cable.overall
    overall = ov.marking
    layer = ov.layer
    if overall is None or overall.level == 0:
        return
    if any(p.entire_text is not None for p in cable.portions):
        return
    portions = cable.portions
    for i, p in enumerate(portions):
        if p.kind != "paragraph" or p.marking is not None or p.authority_block or p.redacted_start:
            continue
        nxt = portions[i + 1] if i + 1 < len(portions) else None
        if (nxt is not None and nxt.kind == "subportion" and nxt.marking is not None
                and (nxt.span.line - p.span.line <= 1 or p.span.end_line == p.span.line)):
            continue  # `¶1. Key Points: -- (C) …`: a heading whose bullets carry the marks
        if p.mark is not None and p.mark.status == "typo":
            continue
        if not p.in_sequence:
            continue  # a number wrapped to a line start, not a paragraph
        where = f"paragraph {p.number}" if p.number is not None else "paragraph"
        d = cable.date
        # E.O. 12356 §1.5(b) is the earliest confirmed portion-marking rule; for older cables
        # the requirement rests on unconfirmed facts [K], so only a warning
        old = d is not None and d < eo.EO_12356_EFFECTIVE
        yield Hit(p.head_span or p.span, severity=WARNING if old else None,
                  message=f"{where} has no portion mark in a {overall.level.word} cable ({layer})",
                  key=where)
