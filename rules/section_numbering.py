"""CL406 section-numbering."""
from __future__ import annotations

from cablelint.rule import WARNING, Hit, rule


@rule("CL406", "section-numbering", WARNING)
def check(cable, options):
    """A `SECTION nn OF mm` on a classification line is impossible or inconsistent.

    Why: a long telegram is sent in sections, each headed by the same classification line
    with `SECTION nn OF mm`; an impossible count (`SECTION 02 OF 01`, `SECTION 00 OF 03`) or
    a total that changes between the sections of one telegram (same post and serial) is an
    error in the header the drafter or the sending system wrote, and the reader cannot tell
    whether the classification read covers the whole text. Basis: [I] (research HDR-07;
    5 FAH-2 section practice); a warning. What the record holds of the sections is not
    judged here: a record that starts at section 2 of 3, holds its sections out of order or
    twice, or joins a section of another telegram was assembled so by the publication chain
    (the classification line of section 1 glued to a leading `UNCLASSIFIED`, sections joined
    in another order), not sent so; `record-damaged` reports what it can see of that. A
    total that changes in a record that is not whole is not judged either.

    Bad:
        C O N F I D E N T I A L SECTION 02 OF 01 ANKARA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (C) Text.

    Good:
        C O N F I D E N T I A L SECTION 01 OF 02 ANKARA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (C) Text.
    """
    first = None
    for b in cable.banners:
        if b.section is None:
            continue
        n, m = b.section
        span = b.section_span or b.span
        if n < 1 or m < 1 or n > m:
            yield Hit(span, f"SECTION {n:02d} OF {m:02d} is impossible (1 <= section <= total)",
                      key="impossible")
            continue
        if first is None:
            first = b
            continue
        if m != first.section[1] and _same_telegram(first, b) and cable.record.complete:
            yield Hit(span, f"section {n} says the telegram has {m} sections; the first "
                            f"classification line says {first.section[1]}", key="total")


def _same_telegram(a, b) -> bool:
    """Whether two classification lines name the same post and serial (a line naming another
    telegram is a joined record, which record-damaged reports)."""
    if a.serial and b.serial and int(a.serial) != int(b.serial):
        return False
    return not (a.post and b.post and a.post.replace(" ", "") != b.post.replace(" ", ""))
