"""CL127 portion-mark-position."""
from __future__ import annotations

from cablelint.elements import MarkPosition, PortionKind
from cablelint.rule import WARNING, Hit, rule

_WHERE = {MarkPosition.AFTER_HEADING: "after a heading word, not right after the paragraph number",
          MarkPosition.BEFORE_NUMBER: "before the paragraph number, not after it"}


@rule("CL127", "portion-mark-position", WARNING, default_enabled=False)
def check(cable, options):
    """A paragraph's portion mark stands somewhere other than right after its number.

    Why: State practice puts the mark in parentheses immediately after the paragraph number
    (5 FAH-1 H-246.2(c)), and CAPCO asks for the mark immediately before the text it marks, so
    that a reader, or a release system, finds every paragraph's level in one place; a mark
    after a heading word (`1. Summary: (C)`) or before the number (`(U) 9.`) is easily missed.
    The paragraph is still marked (portion-unmarked does not report it). A mark at the end of
    a paragraph cannot be seen by the grammar yet (docs/declined-rules.md). Warning: a
    placement rule, not a missing marking.

    A cable whose drafter placed every mark so is one finding at the first, with the others
    as related places.

    Off by default: a mark after a one-word lead-in (`1. SUMMARY: (U)`) is unambiguous and
    still precedes the text; an independent review (docs/precision-review.md) judged every
    sampled finding not worth a reviewer's time; select CL127 to run it.

    Bad:
        C O N F I D E N T I A L ANKARA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. Summary: (C) Text.
    ---
        C O N F I D E N T I A L ANKARA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (C) Text.

        (U) 2. Text.

    Good:
        C O N F I D E N T I A L ANKARA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (C) Summary: Text.

        2. (U) Text.
    """
    # (the position first: it is plain data, the marking is derived)
    placed = [p for p in cable.portions
              if p.kind == PortionKind.PARAGRAPH and p.mark_position in _WHERE and p.marking is not None]
    if not placed:
        return
    # a drafter's habit (every mark before its number) is one finding with the other places
    p = placed[0]
    where = f"paragraph {p.number}" if p.number is not None else "a paragraph"
    more = f" (and {len(placed) - 1} more paragraphs)" if len(placed) > 1 else ""
    yield Hit(p.mark_span or p.span, f"portion mark {p.marking.short()} of {where} stands "
                                     f"{_WHERE[p.mark_position]}{more}", key="position",
              related=tuple(q.mark_span or q.span for q in placed[1:]))
