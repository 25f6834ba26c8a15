"""CL406 section-numbering."""
from __future__ import annotations

from cablelint.rule import INFO, WARNING, Hit, rule


@rule("CL406", "section-numbering", WARNING)
def check(cable, options):
    """A `SECTION nn OF mm` on a classification line is impossible or inconsistent.

    Why: a long telegram is sent in sections, each headed by the same classification line
    with `SECTION nn OF mm`; an impossible count (`SECTION 02 OF 01`, `SECTION 00 OF 03`), a
    total that changes between sections, sections out of order, or a section line naming
    another serial means parts are lost, duplicated or belong to another telegram — and the
    reader cannot tell whether the classification read covers the whole text. Basis: [I]
    (research HDR-07; 5 FAH-2 section practice); a warning. A record that starts at a later
    section (section 1 lost) is reported as info. The same line repeated word for word (the
    publication chain duplicated the header in some records) is not a new section.

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
    prev = None
    for b in cable.banners:
        if b.section is None:
            continue
        n, m = b.section
        span = b.section_span or b.span
        if n < 1 or m < 1 or n > m:
            yield Hit(span, f"SECTION {n:02d} OF {m:02d} is impossible (1 <= section <= total)",
                      key="impossible")
            prev = prev or b
            first = first or b
            continue
        if first is None:
            first = prev = b
            if n > 1:
                yield Hit(span, f"the first classification line is section {n} of {m}: the "
                                f"record starts after section 1", INFO, key="starts-late")
            continue
        fn, fm = first.section
        if b.section == prev.section and b.serial == prev.serial:
            continue  # the same line repeated by the publication chain: a copy, not a section
        if m != fm:
            yield Hit(span, f"section {n} says the telegram has {m} sections; the first "
                            f"classification line says {fm}", key="total")
        if prev.section is not None and n <= prev.section[0]:
            yield Hit(span, f"section {n} follows section {prev.section[0]}", key="order")
        if (first.serial and b.serial and int(first.serial) != int(b.serial)) or \
                (first.post and b.post and first.post.replace(" ", "") != b.post.replace(" ", "")):
            yield Hit(span, f"section {n} classification line names another post or serial "
                            f"than section {fn}: it may belong to another telegram", key="serial")
        prev = b
