"""CL123 paragraph-numbering."""
from __future__ import annotations

from cablelint.rule import INFO, Hit, rule


@rule("CL123", "paragraph-numbering", INFO, options={"single-numbered": False})
def check(cable, options):
    """The numbered paragraphs are not numbered 1, 2, 3 … without gaps or repeats.

    Why: paragraph numbers are how replies, reference lists and declassification reviews
    point into a telegram ("para 3 is releasable"); a gap or a repeat makes such a reference
    ambiguous, and a gap can mean a lost paragraph whose portion mark nobody checked. Basis:
    5 FAH-1 H-246.2(b) (number paragraphs consecutively when there is more than one; do not
    number a single paragraph) [S]; info. A number that the model judged to be a wrapped
    line or a nested list rather than a paragraph is ignored; in a cable whose paragraphs are
    mostly marked only the marked ones count; a number is missing only when no paragraph of
    the cable carries it; a numbering that restarts at 1 (a questionnaire answered section by
    section, a quoted letter) ends the check there. Where the numbering starts is not judged:
    a first paragraph run on to the SUBJECT or Classified By line is not seen as a paragraph,
    so "starts at 2" is more often a copy artefact than a drafting fault. Publication copies
    (database or CSV rows) are skipped, and so is a record that is not whole (an extract from
    a late paragraph, a cut-off copy: `record-damaged`). The breaks of one cable are one
    finding at the first, with the others as related places. Option `single-numbered` also reports a lone paragraph
    numbered `1.`.

    Bad:
        C O N F I D E N T I A L ANKARA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (C) Text.

        3. (C) Text.

    Good:
        C O N F I D E N T I A L ANKARA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (C) Text.

        2. (C) Text.
    """
    if cable.unparsed_banners or cable.wrappers:
        return  # a database/CSV publication copy: its re-flowed lines hide paragraph numbers
    if not cable.record.complete:
        return  # an extract, two copies or a cut-off record: its gaps are the copy's
    # paragraphs found in the middle of a re-flowed line are real for marking, but their
    # order in such copies says nothing about the drafter's numbering
    paras = [p for p in cable.portions
             if p.kind == "paragraph" and p.number is not None and p.in_sequence and p.starts_line]
    if not paras:
        return
    first = paras[0]
    if len(paras) == 1 and first.number == 1 and options.get("single-numbered"):
        yield Hit(first.head_span or first.span, "a single paragraph is numbered", key="single")
    numbers = [p.number for p in paras]
    if numbers == list(range(first.number, first.number + len(numbers))):
        # numbers without a break (nearly every cable) have nothing to report, whichever
        # paragraphs are kept below: dropping unmarked ones leaves only gaps that the dropped
        # paragraphs' own numbers fill
        return
    marked = [p for p in paras if p.is_marked]
    if len(marked) * 2 > len(paras):
        # in a portion-marked cable an unmarked number is more often a number wrapped to a
        # line start (`… since ¶6. During …`) than a paragraph; portion-unmarked judges those
        paras = marked
    index = None  # where each portion stands: only needed to look into a gap
    breaks: list[Hit] = []
    prev = paras[0]
    for p in paras[1:]:
        n, pn = p.number, prev.number
        if n == pn + 1:
            pass
        elif n > pn + 1:
            if index is None:
                index = {id(q): i for i, q in enumerate(cable.portions)}
            between = {q.number for q in cable.portions[index[id(prev)] + 1:index[id(p)]]
                       if q.kind == "paragraph" and q.number is not None}
            lost = [k for k in range(pn + 1, n) if k not in between]
            if lost:
                missing = f"{lost[0]}" if len(lost) == 1 else f"{lost[0]}-{lost[-1]}"
                breaks.append(Hit(p.head_span or p.span,
                                  f"paragraph {n} follows paragraph {pn} (no paragraph {missing})",
                                  key=f"gap:{pn}-{n}"))
        elif n == 1:
            break  # numbering restarts: sectioned numbering or a quoted text; gaps mean nothing
        elif p.span.line == prev.span.line and n == pn:
            pass  # `¶1. 1. (SBU)`: the publisher's number in front of the drafter's
        else:
            breaks.append(Hit(p.head_span or p.span,
                              f"paragraph {n} follows paragraph {pn} (number repeated or out "
                              f"of order)", key=f"order:{pn}-{n}"))
        prev = p
    if breaks:
        # one numbering habit is one finding: the first break, the others as related places
        first = breaks[0]
        more = f" (and {len(breaks) - 1} more numbering breaks)" if len(breaks) > 1 else ""
        yield first._replace(message=first.message + more,
                             related=tuple(h.span for h in breaks[1:]))
