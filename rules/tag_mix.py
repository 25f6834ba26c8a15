"""CL606 tag-mix."""
from __future__ import annotations

from cablelint import tags
from cablelint import eo
from cablelint.rule import INFO, Hit, rule

_SUBJECT_KINDS = frozenset({"subject", "programme"})
_WHERE_KINDS = frozenset({"geographic", "organisation", "person"})


@rule("CL606", "tag-mix", INFO, default_enabled=False)
def check(cable, options):
    """The TAGS list has no subject (or programme) TAG, or no geographic (or organisation) TAG.

    Why: a cable is routed both by what it is about and by where (or which body) it concerns;
    a list with only country codes, or only subject TAGS, reaches only half of its readers.
    Basis: the TAGS scheme (Traffic Analysis by Geography and Subject), 5 FAH-3 [S]; that
    each cable should carry both kinds is inferred from practice [I], hence info. Cables before 1995 are not judged: their TAGS are
    not in the shipped lists. Off by default (select CL606 to run it): no rule book found
    requires both kinds, and posts routinely leave out their own country (`TAGS: PGOV, PREL`
    from Manama) or a Washington cable names only subjects; 375 of its 390 findings on the
    corpus were of that kind, none of them a fault a reviewer could sign
    (docs/declined-rules.md).

    Bad:
        C O N F I D E N T I A L ANKARA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL PGOV
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (C) Text.

    Good:
        C O N F I D E N T I A L ANKARA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL PGOV TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (C) Text.
    """
    items = tags.items_of(cable)
    if not items or not cable.record.complete:
        return  # (a damaged record's TAGS line may be a cut preview: `TAGS: PREL NATO KCFE`)
    d = cable.date
    if d is not None and d < eo.SHIPPED_TAG_LISTS_FROM:
        return
    kinds = set()
    for i in items:
        problem = i.problem
        if problem is None or problem == "iso-context":
            kinds.add(i.kind)
        elif problem in ("typo", "run-together"):
            # a typo or run-together token shows which kind was meant
            if i.suggestion:
                kinds.update(j.kind for j in tags.classify(i.suggestion.split()))
        elif problem == "iso":
            kinds.add("geographic")
    if kinds.isdisjoint(_SUBJECT_KINDS):
        yield Hit(cable.tags.span, "TAGS list has no subject or programme TAG", key="no-subject")
    elif kinds.isdisjoint(_WHERE_KINDS):
        yield Hit(cable.tags.span, "TAGS list has no geographic or organisation TAG",
                  key="no-geo")
