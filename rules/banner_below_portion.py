"""CL101 banner-below-portion."""
from __future__ import annotations

from cablelint.elements import Layer
from cablelint.fixes import metadata_edits
from cablelint.marking import designator
from cablelint.rule import ERROR, UNSAFE, Edit, Fix, Hit, rule


@rule("CL101", "banner-below-portion", ERROR)
def check(cable, options):
    """The overall classification is lower than a portion mark (the subject included).

    Why: the overall marking must be at least the highest level of any portion, or the cable
    is handled below the protection its content needs; an unclassified cable with a classified
    portion is the serious leak case. Basis: overall marking = highest portion level, 32 CFR
    2001.21 (overall marking) and CAPCO roll-up; ISM-ID-00056/00058/00059. An overall marking
    too low is one fault however many portions show it: one finding at the first portion above
    it, with the count, and the others as related places.

    Bad:
        C O N F I D E N T I A L ANKARA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (C) Text.

        2. (S) Text.

    Good:
        S E C R E T ANKARA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (C) Text.

        2. (S) Text.
    """
    ov = cable.overall
    overall = ov.marking
    layer = ov.layer
    if overall is None:
        return
    level = overall.level
    above = [(m, span, where) for m, span, where in cable.portion_markings if m.level > level]
    if not above:
        return
    # one overall marking too low is one fault, however many portions show it: one finding at
    # the first such portion, the others as related places
    marking, span, where = above[0]
    more = f" (and {len(above) - 1} more portions above it)" if len(above) > 1 else ""
    if overall.level == 0:
        msg = (f"unclassified cable ({layer}) carries a classified portion "
               f"{marking.short()} in {where}{more}")
    else:
        msg = (f"portion {marking.short()} in {where} is above the overall "
               f"{overall.level.word} ({layer}){more}")
    yield Hit(span, msg, key=f"{where}:{marking.short()}", fix=_raise_banner(cable, layer),
              related=tuple(s for _, s, _ in above[1:]))


def _raise_banner(cable, layer: str) -> Fix | None:
    """The classification line raised to the highest portion."""
    banner = cable.banner
    if layer != Layer.CLASSIFICATION_LINE or banner is None:
        return None
    top = max(m.level for m, _, _ in cable.portion_markings)
    new = designator(top, spaced=len(banner.level_text.split()) > 2)
    return Fix((Edit(banner.level_span, new), *metadata_edits(cable, level=top)), UNSAFE,
               f"raise the classification line to {new}")
