"""CL211 classifier-name-and-title."""
from __future__ import annotations

import re

from cablelint import eo
from cablelint.rule import WARNING, Hit, rule

_MASK_RE = re.compile(r"(?i)X{4,}")


@rule("CL211", "classifier-name-and-title", WARNING)
def check(cable, options):
    """The Classified By statement gives the classifier's name but no position, or a position but no name.

    Why: the classifier must be identified by name (or personal identifier) *and* position
    title, so that the decision can be traced to a person with the authority to make it.
    Basis: 32 CFR 2001.21(a)(1) (2003 and 2010 texts); E.O. 12958 §1.7(a)(2), as amended
    §1.6(a)(2). A statement with neither is reported by CL202 (classified-by-incomplete), not
    here. A statement cut off in the published copy, or redacted to a mask, is not judged.
    A warning: the split of name and title is read heuristically, as a clerk reads it. The
    titles are those the corpus uses: abbreviations (DCM, CDA, POLOFF, A/DCM, ARSO, DPO, IPO,
    PolChief, ECONMIN, HROff, ACG, GSO, DRC), ranks (LTC, COL), TDY and office symbols before a name (`DTRA
    Fred Carter`), the title misspelt (`Counselr`, `Ambassaor`, `Charge d'Afairs`, `AMBASSAD0R`
    with a zero); the place or portfolio around a title (`Ambassador to Sudan`, `Kirkuk PRT
    Team Leader`) is not the name, and a redaction mask counts as a name. Derivative
    `Derived From` statements and cables before E.O. 12958 (1995-10-14) are not judged.

    Bad:
        C O N F I D E N T I A L ANKARA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: DCM, reasons 1.4 (b) and (d).

        1. (C) Text.
    ---
        C O N F I D E N T I A L ANKARA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: John Smith, reasons 1.4 (b) and (d).

        1. (C) Text.

    Good:
        C O N F I D E N T I A L ANKARA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: DCM John Smith, reasons 1.4 (b) and (d).

        1. (C) Text.
    ---
        C O N F I D E N T I A L ANKARA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: ARSO Rich Verrier for reason 1.4 (d)

        1. (C) Text.
    ---
        C O N F I D E N T I A L ANKARA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        CLASSIFIED BY: COL DAVID BRACKETT, DATT, USDAO OTTAWA
        REASON: 1.5(C,D)

        1. (C) Text.
    """
    block = cable.classified_by_block  # passes over copies cut off in publication
    if block is None:
        return
    info = block.info
    if info.has_name == info.has_title:
        return  # both given (most cables), or neither (classified-by-incomplete's finding)
    if not cable.is_classified:
        return
    if info.derived_from:
        return
    if info.classifier and _MASK_RE.fullmatch(info.classifier.strip(" .,")) and not info.has_title:
        return  # redacted for publication: the mask may hide the title as well
    d = cable.date
    if d is not None and d < eo.EO_12958_EFFECTIVE:
        return
    if info.has_name and not info.has_title:
        yield Hit(block.span, "Classified By names the classifier but gives no position title",
                  key="title")
    elif info.has_title and not info.has_name:
        yield Hit(block.span, "Classified By gives a position title but no name or personal "
                              "identifier", key="name")
