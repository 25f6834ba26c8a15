"""CL212 reason-category-missing."""
from __future__ import annotations

from cablelint import eo
from cablelint.rule import WARNING, Hit, rule


@rule("CL212", "reason-category-missing", WARNING)
def check(cable, options):
    """The reason in Classified By cites the section but no category letter (`Reason: 1.4`).

    Why: the reason must say *which* classification category the information falls under;
    "1.4" alone names only the list of categories, so the decision cannot be reviewed or
    challenged. Basis: 32 CFR 2001.21(a)(3) (2003 text: a brief reference to the category or
    "1.4" plus the letter(s); 2010 text: "1.4" plus the letter(s)); ISM-ID-00017. This is the
    part of the catalogue's reason-required rule (CAB-04) that CL202 does not cover: a missing
    reason altogether is reported by CL202. A warning: the letters may have been lost when the
    line wrapped in the published copy. Not judged before E.O. 12958 (1995-10-14), which had
    no reason element, nor for derivative `Derived From` statements. Letters wrapped to the
    next line or past a page break (`FOR REASONS 1.5` / `(C) (D)`, 00KINSHASA8622;
    `CONFIDENTIAL` / `PAGE 02 …` / `(A) AND (D).`, 01VATICAN5849) are the letters.

    Bad:
        C O N F I D E N T I A L BRASILIA 000123

        E.O. 12958: DECL: 01/05/2019
        TAGS: PREL BR
        SUBJECT: TALKS

        Classified By: Charge d'Affaires Lisa Kubiske. Reason: 1.4

        1. (C) Text.

    Good:
        C O N F I D E N T I A L BRASILIA 000123

        E.O. 12958: DECL: 01/05/2019
        TAGS: PREL BR
        SUBJECT: TALKS

        Classified By: Charge d'Affaires Lisa Kubiske. Reason: 1.4 (d)

        1. (C) Text.
    ---
        C O N F I D E N T I A L KINSHASA 008622

        E.O. 12958: DECL: 12/28/2010
        TAGS: PREL CG
        SUBJECT: TALKS

        CLASSIFIED BY AMBASSADOR WILLIAM LACY SWING FOR REASONS 1.5
        (C) (D)

        1. (C) Text.
    """
    block = cable.classified_by_block  # passes over copies cut off in publication
    if block is None or block.info.derived_from:
        return
    r = block.reason
    if r is None or r.section is None or r.letters or r.words or r.exemption_codes:
        return  # (the rare reason without a letter is looked for before the cable is asked)
    if not cable.is_classified or cable.record.reason_letters is not None:
        return  # (letters on the next line or past a page break are the letters)
    d = cable.date
    if d is not None and d < eo.EO_12958_EFFECTIVE:
        return
    yield Hit(block.span, f"reason cites section {r.section} but no category letter",
              key=f"section {r.section}")
