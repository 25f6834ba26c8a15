"""CL105 noforn-rollup."""
from __future__ import annotations

from cablelint.elements import DamageKind, Layer
from cablelint.fixes import metadata_edits
from cablelint.marking import NOFORN, MarkStatus
from cablelint.span import Span
from cablelint.rule import ERROR, UNSAFE, WARNING, Edit, Fix, Hit, rule

# members compared on every cable, bound once (docs/performance.md: the enum lookup)
_CLASSIFICATION_LINE = Layer.CLASSIFICATION_LINE
_JOINED = DamageKind.JOINED
_METADATA = Layer.METADATA
_NOT_A_MARK = MarkStatus.NOT_A_MARK


@rule("CL105", "noforn-rollup", ERROR)
def check(cable, options):
    """A portion is marked NOFORN but the cable's overall marking does not carry NOFORN.

    Why: dissemination controls roll up: a single NOFORN portion makes the whole cable NOFORN,
    or the cable may be shared with foreign partners together with the portion that must not
    be. Basis: CAPCO roll-up (Table 3, rules 1-2); ISM-ID-00087. The overall marking here is
    the telegram's own: its classification line with the NOFORN caption; the metadata
    classification stands in only when the telegram has no classification line (a `//NOFORN`
    in the metadata does not make up for a caption missing from the telegram). Where it stands
    in, a NOFORN caption in the telegram still counts (09MOSCOW1108: the classification line is
    garbled, `CSE C R E T … SHENYANG 000004`, and `NOFORN` stands below it). Not judged on a
    record that joins another cable's text to the header (09VILNIUS84: a State demarche's
    `(S//NF)` portions under a Vilnius header): the portions are not this cable's. The message
    names the first NOFORN mark as the cable writes it (`(S/NF)`, 03SANAA579), not in its
    canonical form. Where the record's metadata does say NOFORN (08LONDON1991: metadata
    `CONFIDENTIAL//NOFORN`, a reformatted copy whose labels lost their punctuation, `EO 12958
    DECL`, `TAGS PGOV`), the caption may have been lost in copying rather than left out by the
    drafter: the finding is a warning that names the metadata's marking (an independent review
    judged the error without it WRONG: the roll-up is in the record, only the caption line is
    missing).

    Bad:
        S E C R E T ANKARA 000123

        SIPDIS

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (S/NF) Text.
        ---
        08LONDON1991
        TALKS
        2008-07-31 10:10
        CONFIDENTIAL//NOFORN
        Embassy London
        P 311030Z JUL 08
        FM AMEMBASSY LONDON
        TO RUEHC/SECSTATE WASHDC PRIORITY 9342

        C O N F I D E N T I A L SECTION 01 OF 05 LONDON 001991

        SIPDIS

        EO 12958 DECL: 07/31/2018
        TAGS PGOV, PREL, PINR, UK
        SUBJECT: TALKS

        Classified By: Ambassador Robert H. Tuttle, reasons 1.4 b, d.

        1. (C/NF) Text.

    Good:
        S E C R E T ANKARA 000123

        NOFORN
        SIPDIS

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (S/NF) Text.
    """
    ov = cable.overall
    overall = ov.marking
    layer = ov.layer
    if overall is None or overall.noforn:
        return
    if cable.record.has(_JOINED):
        return  # (the portions are another cable's: record-damaged says so)
    if layer == _METADATA and cable.has_caption("NOFORN"):
        return  # no classification line was read, but the telegram's NOFORN caption is there

    if NOFORN not in cable.marks_summary.controls:
        return
    # (the control looked up directly: `Marking.noforn` is a property call per portion)
    nf = [(m, span, where) for m, span, where in cable.portion_marks
          if m.marking is not None and m.status != _NOT_A_MARK and NOFORN in m.marking.controls]
    if not nf:
        return
    mark, span, where = nf[0]
    written = " ".join(mark.text.split())  # `(S/NF)` as the cable writes it (issue 13)
    more = f" (and {len(nf) - 1} more NOFORN portions)" if len(nf) > 1 else ""
    message = (f"portion {written} in {where} is NOFORN but the overall marking {overall} "
               f"({layer}) is not{more}")
    severity = None  # (the rule's own)
    meta = cable.metadata
    if layer == _CLASSIFICATION_LINE and meta is not None and meta.marking is not None \
            and meta.marking.noforn:
        severity = WARNING  # (the caption may be the copy's loss: the docstring says why)
        message += (f"; the record's metadata says {meta.classification_as_written()}, so the "
                    f"telegram's NOFORN caption may have been lost in copying")
    yield Hit(span, message, severity, key="NOFORN", related=tuple(s for _, s, _ in nf[1:]),
              fix=_caption(cable, layer))


def _caption(cable, layer: str) -> Fix | None:
    """The NOFORN caption on a line of its own below the classification line."""
    b = cable.banner
    if layer != _CLASSIFICATION_LINE or b is None:
        return None
    end = Span(b.span.end_line, b.span.end_column, b.span.end_line, b.span.end_column)
    return Fix((Edit(end, "\n\nNOFORN"), *metadata_edits(cable, control=NOFORN)), UNSAFE,
               "add the NOFORN caption")
