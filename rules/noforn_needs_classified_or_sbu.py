"""CL506 noforn-needs-classified-or-sbu."""
from __future__ import annotations

from cablelint.marking import SBU
from cablelint.rule import WARNING, Hit, rule

_SBU_CAPTIONS = ("SENSITIVE", "SENSITIVE BUT UNCLASSIFIED",
                 "SENSITIVE BUT UNCLASSIFIED, PLEASE TREAT ACCORDINGLY")


@rule("CL506", "noforn-needs-classified-or-sbu", WARNING, default_enabled=False)
def check(cable, options):
    """A plain unclassified cable (not SBU) carries the NOFORN caption.

    Why: NOFORN restricts information that is classified, or sensitive but unclassified (SBU
    NOFORN); on a plain UNCLAS cable it either marks information that should have been
    classified or SBU — so the cable is under-protected — or it is a stray caption. Basis:
    CAPCO SBU-NF/LES-NF templates [S]; for State practice [I], hence a warning. A cable counts
    as SBU when it has the SENSITIVE caption, an `(SBU)` or `(SBU/NF)` portion, or the SBU
    marking in the metadata line.

    Off by default: no State rule says NOFORN needs SBU or a classification (the basis is
    inferred [I]), and both findings on the corpus were judged wrong by an independent review:
    an `SBU/NOFORN` caption (95ZAGREB5178) is read as NOFORN alone, and an EFTO cable whose
    only portion is `(SBU/NF)` (09EFTOLONDON2211) is marked SBU. Select CL506 to run it.

    Bad:
        UNCLAS ANKARA 000123

        NOFORN
        SIPDIS

        E.O. 12958: N/A
        TAGS: PREL TU
        SUBJECT: TALKS

        1. (U) Text.

    Good:
        UNCLAS ANKARA 000123

        NOFORN
        SIPDIS
        SENSITIVE

        E.O. 12958: N/A
        TAGS: PREL TU
        SUBJECT: TALKS

        1. (SBU/NF) Text.
    """
    ov = cable.overall
    overall = ov.marking
    layer = ov.layer
    if overall is None or overall.level != 0:
        return
    noforn = next((c for c in cable.header_captions if c.word == "NOFORN"), None)
    if noforn is None:
        return
    if any(c.word in _SBU_CAPTIONS for c in cable.captions):
        return
    if any(p.marking is not None and SBU in p.marking.controls for p in cable.portions):
        return
    if cable.subject is not None and cable.subject.mark is not None and \
            cable.subject.mark.marking is not None and SBU in cable.subject.mark.marking.controls:
        return
    meta = cable.metadata.marking if cable.metadata is not None else None
    if meta is not None and (meta.level > 0 or meta.controls - {"NOFORN"}):
        return  # the metadata says classified or SBU/FOUO: the mismatch is another rule's
    yield Hit(noforn.span, f"NOFORN caption on a plain UNCLASSIFIED cable ({layer}) that is not "
                           f"marked SBU", key="NOFORN")
