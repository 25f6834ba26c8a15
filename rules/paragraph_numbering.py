"""CL123 paragraph-numbering."""
from __future__ import annotations

from cablelint.rule import INFO, Hit, rule


@rule("CL123", "paragraph-numbering", INFO, options={"single-numbered": False})
def check(cable, options):
    """The numbered paragraphs are not numbered 1, 2, 3 … without gaps or repeats.

    Why: paragraph numbers are how replies, reference lists and declassification reviews
    point into a telegram ("para 3 is releasable"); a gap or a repeat makes such a reference
    ambiguous, and a gap can mean a lost paragraph whose portion mark nobody checked. Basis:
    5 FAH-1 H-246.2(b) (number paragraphs consecutively when there is more than one; do not
    number a single paragraph) [S]; info. A number that the model judged to be a wrapped line
    or a nested list rather than a paragraph is ignored. Partial extracts may start later than
    1. Option `single-numbered` also reports a lone paragraph numbered `1.`.

    Bad:
        C O N F I D E N T I A L ANKARA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (C) Text.

        3. (C) Text.

    Good:
        C O N F I D E N T I A L ANKARA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (C) Text.

        2. (C) Text.
    """
    paras = [p for p in cable.portions
             if p.kind == "paragraph" and p.number is not None and p.in_sequence]
    if not paras:
        return
    first = paras[0]
    if first.number != 1 and not cable.partial_extract:
        yield Hit(first.head_span or first.span, f"paragraph numbering starts at {first.number}, "
                                                 f"not 1", key="start")
    if len(paras) == 1 and first.number == 1 and options.get("single-numbered"):
        yield Hit(first.head_span or first.span, "a single paragraph is numbered", key="single")
    prev = first
    for p in paras[1:]:
        n, pn = p.number, prev.number
        span = p.head_span or p.span
        if n == pn + 1:
            pass
        elif n > pn + 1:
            missing = f"{pn + 1}" if n == pn + 2 else f"{pn + 1}-{n - 1}"
            yield Hit(span, f"paragraph {n} follows paragraph {pn} (no paragraph {missing})",
                      key=f"gap:{pn}-{n}")
        else:
            yield Hit(span, f"paragraph {n} follows paragraph {pn} (number repeated or out of order)",
                      key=f"order:{pn}-{n}")
        prev = p
