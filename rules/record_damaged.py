"""CL407 record-damaged."""
from __future__ import annotations

from cablelint.rule import WARNING, Hit, rule


@rule("CL407", "record-damaged", WARNING)
def check(cable, options):
    """The record is not the whole cable: cut off, cancelled, an extract, two copies, or two
    cables joined. One finding says what is damaged and where.

    Why: a record that lost part of the cable in copying cannot be judged on what it lacks:
    a missing Classified By statement, E.O. line, TAGS or paragraph is the copy's loss, not the
    drafter's fault. So the rules that assert an absence stand down on a damaged record, and
    this finding says why, once: a reviewer fetches a whole copy before judging those. What is
    read: a `ZFR` or `CANCEL TELEGRAM` line (a cancelled telegram); a record that stops after
    its header (SUBJECT, REF, TAGS …) with no body, or ends in a word cut at `...`; a record
    holding only a later section (`SECTION 02 OF 03`) or starting at a late paragraph after a
    redaction line; a classification line repeated in the header, or a preview cut at `...`
    followed by the full text (a header line cut at `...` before the E.O. line, 09ROME878,
    loses the E.O. and TAGS lines: not a full copy); a header flattened into one line that ends
    at TAGS with no SUBJECT after it (10STATE284); a classification line whose post and serial both differ from
    the reference id (the metadata of one cable joined to another's text). The publisher's
    note `This record is a partial extract of the original cable` alone is not damage: it
    heads most texts made from `cables.csv`, whose bodies are whole.

    Bad:
        C O N F I D E N T I A L CANBERRA 001013

        SIPDIS

        E.O. 12958: DECL: 11/05/2019
        TAGS: PREL AS
        SUBJECT: TALKS
    ---
        C O N F I D E N T I A L CANBERRA 001013

        E.O. 12958: N/A
        TAGS: PM AS
        SUBJECT: TALKS

        ZFR ZFR ZFR ZFR ZFR ZFR ZFR

        PLEASE CANCEL AND DELETE ALL COPIES OF CANBERRA 1013.

        CLUNE
    ---
        C O N F I D E N T I A L SECTION 02 OF 02 SAO PAULO 000335

        7. (C) Text.

    Good:
        C O N F I D E N T I A L CANBERRA 001013

        SIPDIS

        E.O. 12958: DECL: 11/05/2019
        TAGS: PREL AS
        SUBJECT: TALKS

        Classified By: Ambassador Jeffrey Bleich, reasons 1.4 (b) and (d).

        1. (C) Text.

        BLEICH
    """
    damages = cable.record.damages
    if not damages:
        return
    first = damages[0]
    what = "; ".join(d.what for d in damages)
    yield Hit(first.span, f"damaged record: {what}; rules that would report what the record "
                          f"lacks stand down", key=",".join(sorted({d.kind for d in damages})),
              related=tuple(d.span for d in damages[1:]))
