"""CL204 reason-invalid."""
from __future__ import annotations

from cablelint import eo
from cablelint.rule import ERROR, WARNING, Hit, rule

# the letters each section had, whatever the date (used when the cable's date is unknown)
_SECTION_LETTERS = {"1.5": "abcdefg", "1.4": "abcdefgh"}


@rule("CL204", "reason-invalid", ERROR, options={"stale-section": False})
def check(cable, options):
    """The reason cited in Classified By is not a valid section and category for the cable's date.

    Why: the reason must name a classification category of the order in force: section 1.5,
    letters (a)-(g), under E.O. 12958 as issued (1995-10-14 to 2003-03-24); section 1.4,
    letters (a)-(h), after the 2003 amendment. A letter outside the list (`1.4 (i)`, `1.5M`)
    or `1.4` before the amendment existed cannot be a lawful reason. Basis: E.O. 12958 §1.5,
    E.O. 12958 as amended §1.4; 32 CFR 2001.21(a)(3).
    A `1.5` cited after the 2003 amendment is not reported unless the option `stale-section`
    is set (then as a warning): State's own drafting handbook, 5 FAH-1 (TL:CH-09 of
    2004-07-12), still told drafters to cite "section 1.5 of E.O. 12958" ("Reason 1.5b and
    d"), and no later edition that changed this is known, so a drafter who followed it made
    no fault a reviewer would sign (docs/declined-rules.md). `1.6 (X6)`, the exemption
    section and code written as the reason (03ZAGREB470), is one fault, reported once by
    CL213 reason-not-exemption.

    Bad:
        R 150900Z FEB 08
        FM AMEMBASSY ANKARA
        TO SECSTATE WASHDC 0001

        C O N F I D E N T I A L ANKARA 000123

        E.O. 12958: DECL: 02/15/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (i).

        1. (C) Text.

    Good:
        R 150900Z FEB 08
        FM AMEMBASSY ANKARA
        TO SECSTATE WASHDC 0001

        C O N F I D E N T I A L ANKARA 000123

        E.O. 12958: DECL: 02/15/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (C) Text.
    """
    block = cable.classified_by_block
    if block is None or block.reason is None:
        return
    reason = block.reason
    section = reason.section
    if section is None:
        return
    d = cable.date
    period = eo.period_on(d) if d is not None else None
    span = block.span
    if period is not None and period.reason_section is None:
        return  # no reason element before E.O. 12958: nothing to judge
    if section not in _SECTION_LETTERS:
        if section == "1.6" and reason.exemption_codes:
            return  # `1.6 (X6)`: the exemption on the reason line, reason-not-exemption's finding
        yield Hit(span, f"reason section {section} is not a classification-category section "
                        f"(1.4 or 1.5)", key=f"section {section}")
        return
    if period is not None and section != period.reason_section:
        if section == period.stale_reason_section:
            if period.id != "P-12958t" and options.get("stale-section"):
                yield Hit(span, f"reason cites section {section}, replaced by {period.reason_section} "
                                f"in 2003 (stale, but State's drafting handbook of 2004 still "
                                f"printed it)", WARNING, key=f"section {section}")
        else:
            yield Hit(span, f"reason cites section {section}, which did not exist as the category "
                            f"section on {d.isoformat()} (the order then cited "
                            f"{period.reason_section})", key=f"section {section}")
            return
    allowed = _SECTION_LETTERS[section]
    bad = [x for x in reason.letters if x not in allowed]
    if bad:
        listed = ", ".join(f"({x})" for x in bad)
        yield Hit(span, f"reason letter {listed} is not a category of section {section} "
                        f"(a)-({allowed[-1]})", key=f"letters {''.join(bad)}")
