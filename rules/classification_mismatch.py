"""CL104 classification-mismatch."""
from __future__ import annotations

import re

from cablelint.elements import DamageKind, Layer
from cablelint.record import reference_id_parts
from cablelint.rule import ERROR, WARNING, Hit, rule

# a metadata classification of marking words only (`SECRET//NOFORN`), safe to name in a message
_MARKING_WORDS_RE = re.compile(r"[A-Z]+(?: [A-Z]+){0,4}(?://?[A-Z]+(?: [A-Z]+){0,4}){0,3}")


def _sbu_rendered_as_noforn(cable) -> bool:
    """The telegram carries the SENSITIVE (SBU) caption: the publisher's database gave such
    records `//NOFORN` in the metadata (40 of the 51 local records, 2003-2009, whose metadata
    alone says NOFORN carry the caption and no NOFORN anywhere in the telegram)."""
    return any(c.word.startswith("SENSITIVE") for c in cable.header_captions)


def _another_serial(cable, banner) -> bool:
    """The classification line names another serial than the reference id (`LIMA 003571` under
    05LIMA3609): the metadata belongs to another telegram of the post, so their levels are not
    one cable's two layers (reference-id-consistent reports the serial)."""
    parts = reference_id_parts(cable)
    if parts is None or not banner.serial or not banner.serial.isdigit():
        return False
    return int(banner.serial) != parts[2]


def _as_written(metadata, marking) -> str:
    """The metadata's classification as the record writes it (`SECRET//NOFORN`, `UNCLASSIFIED//FOR
    OFFICIAL USE ONLY`) when it is marking words only, else the marking read from it."""
    written = " ".join(metadata.classification_text.split())
    return written if _MARKING_WORDS_RE.fullmatch(written) else str(marking)


def _telegram_consistent(cable, level) -> list[str]:
    """The telegram's layers that all state `level`, when none states another and there are two
    or more (else []): the classification lines, the routing line, and the portion marks, the
    highest at that level."""
    if any(b.zone != "body" and b.marking is not None and b.marking.level != level
           for b in cable.banners):
        return []
    held = ["classification line"]
    zn = cable.routing.zn_marking
    if zn is not None:
        if zn.level != level:
            return []
        held.append("routing line")
    marks = [p.marking.level for p in cable.portions if p.marking is not None]
    if marks:
        if max(marks) != level:
            return []
        held.append("portion marks")
    return held if len(held) > 1 else []  # (the classification line alone is no "throughout")


@rule("CL104", "classification-mismatch", ERROR)
def check(cable, options):
    """The layers that state the cable's classification disagree (level, or NOFORN).

    Why: a cable has one overall classification; when the metadata record, the telegram's
    classification line, the routing line (`ZNY CCCCC ZZH`) and the classification lines of
    later sections say different things, some copy is handled at the wrong level. Basis: one
    overall marking per document (32 CFR 2001.21; CAPCO §D). Each message names the two layers
    compared. Metadata `//NOFORN` over a telegram without NOFORN is a warning: the metadata's
    `//NOFORN` is WikiLeaks' rendering of a caption (research [I]), so the telegram may have lost
    its caption. A telegram that carries NOFORN under metadata without it is not reported: the
    telegram is marked as it should be, and the gap is in the publisher's field, no fault of
    the cable (independent review, 04OTTAWA2961, 04OTTAWA3001). Nor is a level difference
    when the classification line names another serial than the reference id (05LIMA3609 holds
    `LIMA 003571`): those are two telegrams, not two layers of one. Metadata
    `//NOFORN` over a telegram whose only such caption is SENSITIVE is not reported: that is
    how the database rendered the SBU caption (2003-2009 records), and the SENSITIVE caption
    on a classified cable is sbu-only-unclassified's one finding. When the telegram states one
    level throughout (classification line, routing line `ZNY CCCCC`, highest portion mark) and
    only the record's classification field differs (09TBILISI1123: SECRET//NOFORN over a
    CONFIDENTIAL telegram), the finding points at that field and says the telegram is
    consistent: the record, not the cable, carries the other level. That finding is a warning
    that names the metadata marking as written (`SECRET//NOFORN`) and the telegram's layers:
    the index and the text disagree, and the text alone cannot say whether the index is wrong
    or the cable was later upgraded (10AMMAN91, judged unsure by an independent review as an
    error). A disagreement inside the telegram (a portion above its classification line, a
    section line at another level) stays an error. A NOFORN caption glued into a run-together
    header (`ISLAMABAD 022025SIPDISNOFORN SIPDISE.O. 12958:`, 06ISLAMABAD22025) is the
    telegram's NOFORN. Nor is the routing line compared when the routing header is another
    telegram's (its `DE` serial and FM post both differ from the classification line's,
    10MEXICO614: Mexico's `ZNR UUUUU` over Islamabad's SECRET cable): record-damaged reports
    the join once.

    Bad:
        09RABAT727
        TALKS
        2009-08-28 10:00
        SECRET
        Embassy Rabat
        P 281000Z AUG 09
        FM AMEMBASSY RABAT
        TO SECSTATE WASHDC PRIORITY 0001

        C O N F I D E N T I A L RABAT 000727

        E.O. 12958: DECL: 08/28/2019
        TAGS: PREL MO
        SUBJECT: TALKS

        Classified By: Ambassador Samuel Kaplan, reasons 1.4 (b) and (d).

        1. (C) Text.
        ---
        09RABAT727
        TALKS
        2009-08-28 10:00
        SECRET
        Embassy Rabat
        P 281000Z AUG 09
        FM AMEMBASSY RABAT
        TO SECSTATE WASHDC PRIORITY 0001

        C O N F I D E N T I A L RABAT 000727

        E.O. 12958: DECL: 08/28/2019
        TAGS: PREL MO
        SUBJECT: TALKS

        Classified By: Ambassador Samuel Kaplan, reasons 1.4 (b) and (d).

        1. (C) Text.

        2. (S) Text.

    Good:
        09RABAT727
        TALKS
        2009-08-28 10:00
        CONFIDENTIAL
        Embassy Rabat
        P 281000Z AUG 09
        FM AMEMBASSY RABAT
        TO SECSTATE WASHDC PRIORITY 0001

        C O N F I D E N T I A L RABAT 000727

        E.O. 12958: DECL: 08/28/2019
        TAGS: PREL MO
        SUBJECT: TALKS

        Classified By: Ambassador Samuel Kaplan, reasons 1.4 (b) and (d).

        1. (C) Text.
        ---
        06ISLAMABAD22025
        TALKS
        2006-11-16 12:12
        CONFIDENTIAL//NOFORN
        Embassy Islamabad
        O 161200Z NOV 06
        FM AMEMBASSY ISLAMABAD
        TO RUEHC/SECSTATE WASHDC IMMEDIATE 5074

        C O N F I D E N T I A L SECTION 01 OF 03 ISLAMABAD 022025SIPDISNOFORN SIPDISE.O. 12958: DECL: 11/14/2016

        TAGS: CASC ECON KCRM PGOV PK PREL PTER

        SUBJECT: TALKS

        Classified By: Ambassador Ryan C. Crocker, reasons 1.4 (b) and (d).

        1. (C) Text.
        ---
        DE RUEHME #0614 0501538
        ZNR UUUUU ZZH
        O R 191538Z FEB 10
        FM AMEMBASSY MEXICO
        TO RUEHC/SECSTATE WASHDC IMMEDIATE 0530

        S E C R E T SECTION 01 OF 04 ISLAMABAD 000416

        E.O. 12958: DECL: 02/22/2030
        TAGS: PHUM SNAR ASEC MX
        SUBJECT: TALKS

        Classified By: DCM Gerald M. Feierstein, Reasons 1.4 (b)/(d)

        1. (S) Text.
    """
    banner = cable.banner
    line = banner.marking if banner is not None else None
    meta = cable.metadata.marking if cable.metadata is not None else None
    if line is not None and meta is not None and not cable.record.has(DamageKind.JOINED) \
            and not _another_serial(cable, banner):
        # (metadata and telegram of two cables joined: record-damaged says so, not each
        # difference that follows from it)
        if line.level != meta.level:
            held = _telegram_consistent(cable, line.level)
            if held:
                later = "upgrade" if meta.level > line.level else "downgrade"
                yield Hit(cable.metadata.classification_span,
                          f"the record's index and its text disagree: the metadata "
                          f"classification is {_as_written(cable.metadata, meta)} but the "
                          f"telegram is {line.level.word} in every layer ({', '.join(held)}), "
                          f"which the text alone cannot settle (an index error or a later "
                          f"{later})", WARNING, key="metadata-level")
            else:
                yield Hit(banner.level_span,
                          f"classification line says {line.level.word} but the metadata "
                          f"classification says {meta.level.word}", key="metadata-level")
        else:
            telegram_nf = line.noforn or cable.has_caption("NOFORN")
            if meta.noforn and not telegram_nf and _sbu_rendered_as_noforn(cable):
                pass  # the database's rendering of the SENSITIVE caption, not a second fault
            elif meta.noforn and not telegram_nf:
                yield Hit(cable.metadata.classification_span,
                          f"metadata classification {meta} has NOFORN but the telegram's "
                          f"classification line and captions do not", WARNING, key="metadata-noforn")
    zn = cable.routing.zn_marking
    reference = line if line is not None else meta
    ref_layer = Layer.CLASSIFICATION_LINE if line is not None else Layer.METADATA
    if zn is not None and reference is not None and zn.level != reference.level \
            and not cable.record.has(DamageKind.JOINED_ROUTING):
        # (another telegram's routing over this cable: record-damaged says so once)
        yield Hit(cable.routing.zn_span,
                  f"routing line says {zn.level.word} but the {ref_layer} says {reference.level.word}",
                  key="routing-level")
    if banner is not None and line is not None:
        for other in cable.banners:
            if other is banner or other.marking is None:
                continue
            if (other.post, other.serial) != (banner.post, banner.serial):
                continue  # another cable's line (a database row, a quoted cable), not a section
            if other.marking.level != line.level:
                what = (f"section {other.section[0]} classification line" if other.section
                        else "a later classification line")
                yield Hit(other.level_span,
                          f"{what} says {other.marking.level.word} but the first says {line.level.word}",
                          key="section-level")
