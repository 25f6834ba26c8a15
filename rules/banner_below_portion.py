"""CL101 banner-below-portion."""
from __future__ import annotations

from cablelint import evidence
from cablelint.elements import DamageKind, Layer
from cablelint.fixes import metadata_edits
from cablelint.marking import designator
from cablelint.rule import ERROR, UNSAFE, Edit, Fix, Hit, rule

# members compared on every cable, bound once (docs/performance.md: the enum lookup)
_CANCELLED = DamageKind.CANCELLED
_CLASSIFICATION_LINE = Layer.CLASSIFICATION_LINE
_GLUED = DamageKind.GLUED
_JOINED = DamageKind.JOINED


@rule("CL101", "banner-below-portion", ERROR)
def check(cable, options):
    """The overall classification is lower than a portion mark (the subject included).

    Why: the overall marking must be at least the highest level of any portion, or the cable
    is handled below the protection its content needs; an unclassified cable with a classified
    portion is the serious leak case. Basis: overall marking = highest portion level, 32 CFR
    2001.21 (overall marking) and CAPCO roll-up; ISM-ID-00056/00058/00059. An overall marking
    too low is one fault however many portions show it: one finding at the first portion above
    it, with the count, and the others as related places. Not judged: an unnumbered `(C)` or
    `(S)` below the item label before it (`(B)`, `B)`, `B.`: a lettered list, REF items, the
    parts of a media reaction report), a `C)` opening a numbered paragraph when the paragraph
    before or after opens with the letter before or after it (`3. B)`, `4. C)`, `5. D)`: list
    letters answering a reftel's questions, not a mark that lost its opening parenthesis; the
    model reads no mark there, for every portion rule), and a record that joins another cable's text to this
    classification line or holds a cancelled transmission (`record-damaged`); where another
    telegram follows the cable's text, each portion answers to the classification line
    nearest above it. Where another text is spliced into the cable's after garbled letters
    and the paragraph numbering falls back (10KABUL102: ¶16 runs into `RHTQwsQfjQQQocuments`,
    then ¶6-7 of another post's cable, marked (C) under UNCLASSIFIED), only the portions before
    the splice are the cable's (`record-damaged` says where the splice is). Nor are the
    portions of the telegram a corrected copy corrects, given after it (03VATICAN700: `C O R R E
    C T E D  C O P Y (REMOVED PARA MARKING)`, then the original's ¶2 marked (C) under UNCLAS):
    the corrected copy's marks are the cable's.

    Bad:
        C O N F I D E N T I A L ANKARA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (C) Text.

        2. (S) Text.

    Good:
        UNCLAS VATICAN 000700

        C O R R E C T E D  C O P Y (REMOVED PARA MARKING)

        E.O. 12958: N/A
        TAGS: OPDC, PREL, VT
        SUBJECT: JOINT LETTER TO PRESIDENT BUSH

        1. PLEASE DELIVER THE FOLLOWING MESSAGE TO PRESIDENT BUSH.

        2. BEGIN TEXT:

        UNCLAS VATICAN 000700

        E.O. 12958: N/A
        TAGS: OPDC, PREL, VT
        SUBJECT: JOINT LETTER TO PRESIDENT BUSH

        1. (U) PLEASE DELIVER THE FOLLOWING MESSAGE TO PRESIDENT BUSH.

        2. (C) BEGIN TEXT:
    ---
        S E C R E T ANKARA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (C) Text.

        2. (S) Text.
    ---
        UNCLAS SECTION 01 OF 02 PARIS 000196

        E.O. 12958: N/A
        TAGS: OPRC, KMDR, FR
        SUBJECT: MEDIA REACTION REPORT

        (A) SUBJECTS COVERED IN TODAY'S REPORT:

        1. MIDDLE EAST - PALESTINIAN ELECTION

        B) SUMMARY OF COVERAGE:

        A VARIETY OF SUBJECTS ARE FEATURED.

        (C) SUPPORTING TEXT/BLOCK QUOTES:
    ---
        UNCLAS KINSHASA 06821

        E.O. 12356: N/A
        TAGS: PTER, CG
        SUBJECT: ZAIRE: 1994 ANNUAL TERRORISM REPORT

        3.  B)  THE ZAIRIAN GOVERNMENT DID NOT EXTRADITE NOR REQUEST
        THE EXTRADITION OF SUSPECTED TERRORISTS IN 1994.

        4.  C)  THERE WERE NO KNOWN IMPEDIMENTS TO ZAIRIAN
        GOVERNMENT PROSECUTION OR EXTRADITION OF SUSPECTED
        TERRORISTS IN 1994.

        5.  D)  THE ZAIRIAN GOVERNMENT DID NOT MAKE PUBLIC
    ---
        UNCLAS SECTION 01 OF 04 KABUL 000102

        E.O. 12958: N/A
        TAGS: KDEM PGOV AF
        SUBJECT: TALKS

        15. (U) Text.

        16. (U) These programs will continue well into this year, with a special emphasis on
        RHTQwsQfjQQQocuments to al-Hol, and we have advocated for them.

        6. (C) Text.
    """
    ov = cable.overall
    overall = ov.marking
    layer = ov.layer
    if overall is None:
        return
    if cable.record.has(_JOINED) or cable.record.has(_CANCELLED):
        return  # another cable's text under this line, or a transmission cancelled and resent
    level = overall.level
    above = [(m, span, where) for m, span, where in cable.portion_markings if m.level > level]
    if above and cable.record.has(_GLUED):
        # another telegram follows this one's text: its portions answer to its own
        # classification line, the nearest above them
        above = [a for a in above if a[0].level > _governing_level(cable, a[1].line, level)]
    if not above:
        return
    lines = evidence.lines_of(cable)
    above = [a for a in above if not _list_item(lines, a)]
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


def _governing_level(cable, line: int, level):
    """The level of the last classification line above `line` (`level` when none is)."""
    for b in reversed(cable.banners):
        if b.span.line < line and b.marking is not None:
            return b.marking.level
    return level


def _raise_banner(cable, layer: str) -> Fix | None:
    """The classification line raised to the highest portion."""
    banner = cable.banner
    if layer != _CLASSIFICATION_LINE or banner is None:
        return None
    top = max(m.level for m, _, _ in cable.portion_markings)
    new = designator(top, spaced=len(banner.level_text.split()) > 2)
    return Fix((Edit(banner.level_span, new), *metadata_edits(cable, level=top)), UNSAFE,
               f"raise the classification line to {new}")


def _list_item(lines, portion) -> bool:
    """Whether an unnumbered `(C)` or `(S)` is the item letter of a list whose `(B)` stands
    above it (`(A) ABU IYAD … (B) KADDOUMI … (C) HANI AL-HASSAN`, a media report's `B)
    SUMMARY` / `(C) SUPPORTING TEXT`, REF items), not a mark."""
    marking, span, where = portion
    if where.startswith("paragraph") or where == "the subject":
        return False
    letter = marking.short().strip("()")
    return len(letter) == 1 and evidence.list_label_before(lines, span.line, letter)
