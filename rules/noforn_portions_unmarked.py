"""CL125 noforn-portions-unmarked."""
from __future__ import annotations

from cablelint.elements import Layer
from cablelint.rule import INFO, Hit, rule


@rule("CL125", "noforn-portions-unmarked", INFO, default_enabled=False)
def check(cable, options):
    """A NOFORN cable has marked portions but none of them carries NF.

    Why: the overall marking rolls up from the portions, so a NOFORN banner should be
    explained by at least one NOFORN portion; otherwise either the banner over-restricts the
    cable (it could be shared with partners) or the portion that needs NOFORN is marked too
    low and loses the control when it is extracted. Basis: CAPCO roll-up logic [S]; State
    practice often marked only the banner [I] — hence info. Judged only when some portions are
    marked; NOFORN is read from the classification line with its captions, or the metadata
    (but not a metadata `//NOFORN` that renders a SENSITIVE caption, see
    classification-mismatch).

    Off by default: State marked NOFORN on the banner alone in most of the period [I], and
    CAPCO's portion convention did not bind State telegrams, so an independent review
    (docs/precision-review.md) judged its findings true but not worth a reviewer's time; select
    CL125 to run it.

    Bad:
        S E C R E T ANKARA 000123

        NOFORN

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (S) Text.

        2. (C) Text.

    Good:
        S E C R E T ANKARA 000123

        NOFORN

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (S/NF) Text.

        2. (C) Text.
    """
    ov = cable.overall
    overall = ov.marking
    layer = ov.layer
    span = ov.span
    if overall is None or overall.level == 0 or not cable.record.complete:
        return  # (an extract or a copy may lack the NF portions: record-damaged)
    meta = cable.metadata.marking if cable.metadata is not None else None
    if overall.noforn:
        nf_span = next((c.span for c in cable.header_captions if c.word == "NOFORN"), span)
    elif meta is not None and meta.noforn:
        if any(c.word.startswith("SENSITIVE") for c in cable.header_captions):
            return  # the database's `//NOFORN` for a SENSITIVE caption (classification-mismatch)
        layer, nf_span = Layer.METADATA, cable.metadata.classification_span
    else:
        return
    marked = list(cable.portion_markings)
    if not marked or any(m.noforn for m, _, _ in marked):
        return
    yield Hit(nf_span, f"cable is NOFORN ({layer}) but none of its {len(marked)} marked portions "
                       f"carries NF", key="NOFORN")
