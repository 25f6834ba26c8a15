"""CL603 subject-tag-category."""
from __future__ import annotations

from cablelint import tags
from cablelint.rule import INFO, Hit, rule


@rule("CL603", "subject-tag-category", INFO, default_enabled=False)
def check(cable, options):
    """A four-letter token on the TAGS line is not a known TAG and begins with no subject-TAG category letter.

    Why: the first letter of a four-letter subject TAG is its category (A administrative,
    B business, C consular, E economic, K programme, L legal, M military, O outreach,
    P political, S social, T technology); a four-letter token starting with any other letter
    (`DHRF`, `YMCS`) cannot be a subject TAG, so it is a typo or an acronym that the
    messaging system will not route by — unless it is an organisation TAG missing from the
    shipped lists (`USEU`, `DTRA`). Basis: 5 FAH-3 H-012, H-111 [S] (the meaning of P, S,
    T [K]). Info, because of that possibility.

    Off by default: the shipped TAGS lists are incomplete (office, programme and post TAGS in
    daily use are missing), and on texts made from `cables.csv` the publisher rebuilt the TAGS
    field (tokens repeated, a country code glued to the next TAG), so its findings cannot be
    trusted on records nobody has looked at; select CL603 to run it.

    Bad:
        C O N F I D E N T I A L ANKARA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL DHRF TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (C) Text.

    Good:
        C O N F I D E N T I A L ANKARA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL PHUM TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (C) Text.
    """
    for item in tags.items_of(cable):
        if item.problem == "category":
            yield Hit(tags.span_of(cable, item), f"TAGS {item.token} is not in the known TAGS lists and "
                                       f"cannot be a subject TAG (no subject category begins "
                                       f"with {item.token[0]})",
                      key=f"tag {item.token}")
