"""CL203 classified-by-on-unclassified."""
from __future__ import annotations

from cablelint.elements import DamageKind
from cablelint.rule import ERROR, Hit, rule

# members compared on every cable, bound once (docs/performance.md: the enum lookup)
_GLUED = DamageKind.GLUED


@rule("CL203", "classified-by-on-unclassified", ERROR)
def check(cable, options):
    """An unclassified cable carries a Classified By statement.

    Why: a classification authority block on an unclassified cable says that it was
    classified: either the classification line is wrong (the cable is under-marked) or the
    block is a leftover that misleads reviewers. Basis: ISM-ID-00016 (unclassified documents
    carry no classifiedBy, reason or declassification). A record that holds two cables
    (another cable's publication row glued after the text, 09CAIRO1962) is not judged: the
    statement may be the other cable's (`record-damaged` says so).

    Bad:
        UNCLAS ANKARA 000123

        E.O. 12958: N/A
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (U) Text.

    Good:
        UNCLAS ANKARA 000123

        E.O. 12958: N/A
        TAGS: PREL TU
        SUBJECT: TALKS

        1. (U) Text.
    """
    ov = cable.overall
    overall = ov.marking
    layer = ov.layer
    if overall is None or overall.level != 0 or cable.record.has(_GLUED):
        return  # (a glued record's statement may be the other cable's: record-damaged)
    for block in cable.classified_by:
        yield Hit(block.span, f"Classified By statement on an UNCLASSIFIED cable ({layer})",
                  key="classified-by")
        return
