"""CL124 noforn-rel-conflict."""
from __future__ import annotations

from cablelint.rule import ERROR, Hit, rule


@rule("CL124", "noforn-rel-conflict", ERROR)
def check(cable, options):
    """A portion mark says both NOFORN and REL TO.

    Why: NOFORN forbids release to any foreign national, REL TO authorises release to the
    listed countries; a mark carrying both is self-contradictory, and a releasability officer
    cannot know which decision the classifier made. Basis: CAPCO Table 3 (NOFORN and REL TO
    are mutually exclusive; NOFORN wins in the roll-up) [S]; ISM-ID-00033 [S]. The roll-up of
    several portions (one NF, another REL TO) is fine: that is noforn-rollup's matter.

    The message names the mark as the cable writes it (`(S/NF rel Yemen)`, 03SANAA1546).

    Bad:
        S E C R E T LONDON 000123

        NOFORN

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL UK
        SUBJECT: TALKS

        Classified By: Ambassador Robert Tuttle, reasons 1.4 (b) and (d).

        1. (S/NF/REL UK) Text.

    Good:
        S E C R E T LONDON 000123

        NOFORN

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL UK
        SUBJECT: TALKS

        Classified By: Ambassador Robert Tuttle, reasons 1.4 (b) and (d).

        1. (S/NF) Text.

        2. (S//REL TO USA, GBR) Text.
    """
    for marking, span, where in cable.portion_markings:
        if "REL" in marking.controls and marking.noforn:  # REL is the rare one: asked first
            # the mark as the cable writes it (issue 13)
            written = next(" ".join(m.text.split()) for m, s, _ in cable.portion_marks if s is span)
            yield Hit(span, f"portion {written} in {where} is both NOFORN and REL TO",
                      key=f"{where}:NF+REL")
