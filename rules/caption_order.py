"""CL503 caption-order."""
from __future__ import annotations

from cablelint.elements import Zone
from cablelint.rule import INFO, Hit, rule

# Distribution captions, most restrictive first (5 FAH-2 H-252.1-1(b); NODIS > EXDIS [S],
# the place of LIMDIS and STADIS [K]).
_RANK = {"NODIS": 0, "EXDIS": 1, "LIMDIS": 2, "STADIS": 3}
_SBU = ("SENSITIVE", "SENSITIVE BUT UNCLASSIFIED",
        "SENSITIVE BUT UNCLASSIFIED, PLEASE TREAT ACCORDINGLY")


@rule("CL503", "caption-order", INFO)
def check(cable, options):
    """Captions are out of order: a less restrictive distribution caption before a more restrictive one, or SENSITIVE before a distribution caption.

    Why: readers and the messaging system take the first distribution caption as the
    governing one; the more restrictive caption goes first, one caption per line (current
    5 FAH-2 H-252.1-1(b)) [S], and the SBU caption SENSITIVE is placed after any other caption
    (2000 STATE 018029) [S]. SIPDIS is left out of that check: the 2000 guidance predates it
    and State drafting software placed it either side of SENSITIVE [I]. A caption on the
    SENSITIVE line itself belongs to the SBU caption (`SENSITIVE NOFORN` is SBU NOFORN;
    `NOT FOR INTERNET DISTRIBUTION` completes it), and a classified cable's SENSITIVE is
    reported once, by CL113 sbu-only-unclassified, not again here for its place. NOFORN on the
    line after SENSITIVE is not judged either: the two together make the SBU NOFORN marking and
    cables write them in both orders (09EFTOLONDON2240, 10REYKJAVIK10, 04LILONGWE859 put
    SENSITIVE first; reviewers judged reporting that noise), and no rule fixes an order inside
    that pair; the same holds for the other handling words (EFTO, PROPIN, ORCON, NOCONTRACT) that
    qualify SBU rather than limit distribution. So SENSITIVE is reported only before a
    distribution caption (NODIS, EXDIS, LIMDIS, STADIS), whose place as the governing first
    caption the FAH sets. Info only: historical practice varied and the order does not change
    the cable's protection.

    Bad:
        UNCLAS ANKARA 000123

        SENSITIVE
        EXDIS

        E.O. 12958: N/A
        TAGS: PREL TU
        SUBJECT: TALKS

        1. (SBU) Text.

    Good:
        UNCLAS E F T O SECTION 01 OF 02 RANGOON 000158

        SIPDIS

        SENSITIVE NOFORN

        E.O. 12958: N/A
        TAGS: PREL BM
        SUBJECT: TALKS

        1. (SBU/NF) Text.

    Good:
        UNCLAS LONDON 002240

        SENSITIVE
        NOFORN
        SIPDIS

        E.O. 12958: N/A
        TAGS: PREL UK
        SUBJECT: TALKS

        1. (SBU/NF) Text.
    """
    caps = cable.header_captions
    if len(caps) < 2:
        return  # one caption (most cables: SIPDIS) is in no order
    caps = sorted(caps, key=lambda c: (c.span.line, c.span.column))
    seen_dist = None
    for c in caps:
        if c.word in _RANK:
            if seen_dist is not None and _RANK[c.word] < _RANK[seen_dist.word]:
                yield Hit(c.span, f"{c.word} comes after the less restrictive {seen_dist.word}; "
                                  f"the more restrictive caption goes first", key=f"order {c.word}")
                return
            seen_dist = c
    first_sbu = next((c for c in caps if c.word in _SBU), None)
    if first_sbu is None:
        return
    overall = cable.overall[0]
    if overall is not None and overall.level > 0:
        return  # SENSITIVE has no place at all on a classified cable: sbu-only-unclassified's
    # a caption on the SENSITIVE line itself is part of the SBU caption (`SENSITIVE NOFORN`,
    # SBU NOFORN; `SENSITIVE BUT UNCLASSIFIED, NOT FOR INTERNET DISTRIBUTION`)
    # NOFORN and the other handling words after SENSITIVE qualify the SBU marking (SBU NOFORN),
    # in either order; only a distribution caption has a place before it
    after = [c for c in caps if c.span.line > first_sbu.span.line
             and c.word in _RANK and c.span.line < _header_end(cable)]
    if after:
        yield Hit(first_sbu.span, f"{first_sbu.word} stands before the {after[0].word} caption; "
                                  f"the SBU caption goes after the other captions",
                  key="order SENSITIVE")


def _header_end(cable) -> int:
    """Captions after the E.O./TAGS/SUBJECT block are repeats (or run-on lines), not the order."""
    ends = [e.span.line for e in cable.eo_lines if e.zone != Zone.BODY]
    if cable.tags is not None:
        ends.append(cable.tags.span.line)
    if cable.subject is not None:
        ends.append(cable.subject.span.line)
    return min(ends) if ends else 10 ** 9
