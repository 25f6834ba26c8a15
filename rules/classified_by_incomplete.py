"""CL202 classified-by-incomplete."""
from __future__ import annotations

from cablelint import eo
from cablelint.rule import WARNING, Hit, rule


@rule("CL202", "classified-by-incomplete", WARNING)
def check(cable, options):
    """The Classified By statement names no identifiable classifier, or gives no reason.

    Why: the statement must identify the classifier by name (or personal identifier) and
    position, and give the reason (a §1.4/§1.5 category) for original classification. Basis:
    32 CFR 2001.21(a)(1) and (a)(3); 5 FAH-1; ISM-ID-00017. A warning: the name/title split is
    read heuristically. A derivative `Derived From` statement needs no reason (ISM-ID-00221),
    and cables under E.O. 12356 (before 1995-10-14) had no reason element. The message names
    the section of the order in force on the cable's date: §1.5 of E.O. 12958 as issued, §1.4
    from E.O. 13292 (2003-03-25) on. Not judged: a statement the copy cut, at `...` or at the
    end of a flattened header line it is glued into after SUBJECT or REF and runs to unclosed
    (`SUBJECT: … REF: 2008 CAIRO 2310 Classified By: Minister-Counselor … Donald A. Blome`,
    09CAIRO2166): such copies drop the end of the line, and the reason with it. A statement
    closed by a full stop is the drafter's whole statement.

    Bad:
        C O N F I D E N T I A L ANKARA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson.

        1. (C) Text.

    Good:
        C O N F I D E N T I A L ANKARA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (C) Text.
    ---
        C O N F I D E N T I A L SECTION 01 OF 04 CAIRO 002166

        E.O. 12958: DECL: 11/12/2019
        TAGS: PREL PGOV KDEM EG
        SUBJECT: TALKS REF: 2008 CAIRO 2310 Classified By: Minister-Counselor Donald A. Blome
        1.(C) Text.
    """
    overall = cable.overall.marking
    if overall is None or overall.level == 0:
        return
    block = cable.classified_by_block  # passes over copies cut off in publication
    if block is None:
        return
    info = block.info
    if info.derived_from:
        return
    if not (info.has_name or info.has_title):
        yield Hit(block.span, "Classified By names no identifiable classifier", key="classifier")
    d = cable.date
    if d is not None and d < eo.EO_12958_EFFECTIVE:
        return
    r = info.reason
    if r is None or (r.section is None and not r.letters and not r.words):
        # the section the order in force on the cable's date lists its categories in
        section = eo.period_on(d).reason_section if d is not None else None
        category = f"a section {section} category" if section else "a classification category"
        yield Hit(block.span, f"Classified By gives no reason ({category})", key="reason")
