"""CL123 paragraph-numbering."""
from __future__ import annotations

from cablelint import evidence
from cablelint.elements import DamageKind, PortionKind
from cablelint.rule import INFO, Hit, rule

# a gap of more numbers than this is lost text (a page or a section dropped in copying) more
# often than a number the drafter skipped
_MOST_SKIPPED = 2


@rule("CL123", "paragraph-numbering", INFO, default_enabled=False,
      options={"single-numbered": False})
def check(cable, options):
    """The numbered paragraphs are not numbered 1, 2, 3 … without gaps or repeats.

    Why: paragraph numbers are how replies, reference lists and declassification reviews
    point into a telegram ("para 3 is releasable"); a gap or a repeat makes such a reference
    ambiguous, and a gap can mean a lost paragraph whose portion mark nobody checked. Basis:
    5 FAH-1 H-246.2(b) (number paragraphs consecutively when there is more than one; do not
    number a single paragraph) [S]; info. A number that the model judged to be a wrapped
    line or a nested list rather than a paragraph is ignored; in a cable whose paragraphs are
    mostly marked only the marked ones count. Before a gap is reported the record's own text
    is asked: a number is missing only when no paragraph of the cable carries it and it is not
    written in the gap in another form (`3 (C)`, `4  An`, `8, (C)`, `6.  3.5 TONS`, `3.. (SBU)`,
    indented, glued after a sentence `… End Summary. 2. (U)`, a `16)` item, split over two lines `… 1` /
    `0.`); a gap where the publisher removed text (`XXXXXXXXXXXX`, `[DETAILS REMOVED]` in the
    record) or where the copy is garbled, a gap at a page or section break where the text before
    the break is closed (a sentence's end, `NOTE: NOT PASSED TO ABOVE ADDRESSEE(S)`) and the
    text after it opens in the middle of a sentence (text lost between the sections), and a gap
    of more than two numbers (lost text more often than a skipped number), are the record's, not
    the drafter's. A numbering that starts
    again (at 1, or at a number already used: sections numbered on their own, a quoted text,
    an intelligence report's numbered COMMENTS field, a run of paragraphs the record holds
    twice) ends the check there. A number used twice is reported only when the two paragraphs
    are marked at different levels (then a reference to the number cannot tell which level is
    meant); the same number twice at one level is a slip without a marking consequence. A gap is not
    judged in a copy re-flowed by the publisher (a page header run into a line of text, `…
    military ISLAMABAD 00000164 002 OF 002 action …`, or a newspaper's copy, whose dateline
    `Wednesday, 26 March 2008, 12:45` stands above the telegram): lines were joined and text
    can be lost.
    Where the numbering starts is not judged: a first paragraph run on to the SUBJECT or
    Classified By line is not seen as a paragraph, so "starts at 2" is more often a copy
    artefact than a drafting fault. Publication copies (database or CSV rows) are skipped,
    and so is a record that is not whole (an extract from a late paragraph, a cut-off copy:
    `record-damaged`). The breaks of one cable are one finding at the first, with the others
    as related places. Option `single-numbered` also reports a lone paragraph numbered `1.`.

    Off by default (select it to run): four independent reviews of December 2 judged its
    findings 33 of 52, 10 of 14, 14 of 17 and 23 of 29 correct. Reviewers hold that a skipped or
    repeated number is a drafting-format point of 5 FAH-1 H-246.2 with no marking consequence,
    and in the records users hold (`cables.csv` texts, OCR'd and re-flowed copies) most gaps are
    copy damage (garbled text, overtyped renumbering `56`/`67`/`810`, lost breaks) that cannot
    be told from a drafter's slip.

    Bad:
        C O N F I D E N T I A L ANKARA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (C) Text.

        3. (C) Text.
    ---
        C O N F I D E N T I A L CARACAS 002912

        E.O. 12958: DECL: 09/25/2008
        TAGS: PGOV VE
        SUBJECT: TALKS

        Classified By: Ambassador John Maisto, reasons 1.5 (b) and (d).

        4.  (C) CHAVEZ SAID Text.

        5.  (U) CHAVEZ COMPLAINED Text.

        5.  (C) CHAVEZ WAS ON HIS BEST BEHAVIOR Text.

    Good:
        C O N F I D E N T I A L ANKARA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (C) Text.

        2. (C) Text.
    ---
        C O N F I D E N T I A L SAN JOSE 000327

        E.O. 12958: DECL: 02/10/2016
        TAGS: ECON CS
        SUBJECT: TALKS

        Classified By: DCM Russell Frisbie, reasons 1.4 (b) and (d).

        3. (C) Text.

        4  An increase in Text.

        5. (C) Text.
    ---
        C O N F I D E N T I A L BEIJING 000105

        E.O. 12958: DECL: 01/15/2030
        TAGS: ECON CH
        SUBJECT: TALKS

        Classified By: DCM Robert Goldberg, reasons 1.4 (b) and (d).

        5. (C) Text.

        XXXXXXXXXXXX

        7. (C) Text.
    """
    if cable.unparsed_banners or cable.wrappers:
        return  # a database/CSV publication copy: its re-flowed lines hide paragraph numbers
    if not cable.record.complete or cable.record.has(DamageKind.GLUED):
        # an extract, two copies or a cut-off record: its gaps are the copy's; another
        # cable's text after this one's: its numbers are the other's
        return
    # paragraphs found in the middle of a re-flowed line are real for marking, but their
    # order in such copies says nothing about the drafter's numbering
    paras = [p for p in cable.portions
             if p.kind == PortionKind.PARAGRAPH and p.number is not None and p.in_sequence and p.starts_line]
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
    lines = evidence.lines_of(cable)
    if not marked:
        # unmarked numbers: a number that ends a wrapped line (`… on October` / `5.`) is not
        # a paragraph
        paras = [p for p in paras if not evidence.wrapped_number(lines, p.span.line)]
        if not paras:
            return
    written = {q.number for q in cable.portions if q.kind == PortionKind.PARAGRAPH and q.number is not None}
    removed = None  # whether the publisher removed text from the record: asked at a gap
    breaks: list[Hit] = []
    seen = {paras[0].number}
    prev, pn = paras[0], paras[0].number
    for p in paras[1:]:
        n = p.number
        head = p.head_span or p.span
        if n != pn + 1 and evidence.split_number(lines, head.line, head.column, n, pn + 1):
            # `… --------- 1` / `0. (C)`: paragraph 10 split over two lines
            n = pn + 1
        if n == pn + 1:
            pass
        elif n > pn + 1:
            hit = _gap(lines, prev, pn, p, n, written)
            if hit is not None:
                if removed is None:
                    removed = evidence.redacted_record(cable) or evidence.reflowed(cable) or \
                        any(q.redaction_only for q in cable.portions)
                if not removed:
                    breaks.append(hit)
        elif n == 1:
            break  # `1)` again: a questionnaire numbered section by section, a second copy
        elif n == pn and p.span.line == prev.span.line:
            pass  # `¶1. 1. (SBU)`: the publisher's number in front of the drafter's
        elif n == pn:
            if _same_opening(lines, prev, p):
                break  # the record holds a paragraph twice: a copy, not the drafter's number
            a, b = prev.marking, p.marking
            if a is not None and b is not None and a.level != b.level:
                # two paragraphs of one number at different levels: a reference to the
                # number (`para 5 is releasable`) cannot tell which is meant
                breaks.append(Hit(head, f"paragraph {n} follows paragraph {pn} (number repeated: "
                                        f"one is {a.short()}, the other {b.short()})",
                                  key=f"order:{pn}-{n}"))
        elif n in seen or n <= 1:
            # the numbering starts again (sections numbered on their own, a quoted text, an
            # intelligence report's numbered COMMENTS field) or the record repeats a run of
            # paragraphs: the numbers after this say nothing of the drafter's numbering
            break
        else:
            breaks.append(Hit(head, f"paragraph {n} follows paragraph {pn} (out of order)",
                              key=f"order:{pn}-{n}"))
        seen.add(n)
        prev, pn = p, n
    if breaks:
        # one numbering habit is one finding: the first break, the others as related places
        first = breaks[0]
        more = f" (and {len(breaks) - 1} more numbering breaks)" if len(breaks) > 1 else ""
        yield first._replace(message=first.message + more,
                             related=tuple(h.span for h in breaks[1:]))


def _gap(lines, prev, pn, p, n, written):
    """The finding for the numbers missing between paragraph `pn` and paragraph `n`, or None
    when the record's text accounts for them."""
    lost = [k for k in range(pn + 1, n) if k not in written]
    if not lost:
        return None  # they stand elsewhere in the cable: the break there says so
    if len(lost) > _MOST_SKIPPED:
        return None
    head = p.head_span or p.span
    first, last = (prev.head_span or prev.span).line, head.line
    if evidence.redaction_in(lines, first, last) or evidence.garbled_in(lines, first, last):
        return None  # text removed by the publisher or lost in copying
    if evidence.lost_at_break(lines, first, last):
        return None  # a section ends a sentence and the next opens in the middle of one
    if any(evidence.number_written(lines, k, first, last) for k in lost):
        return None  # `4  An`, `8, (C)`, `… End Summary. 2. (U)`: the number is there
    missing = f"{lost[0]}" if len(lost) == 1 else f"{lost[0]}-{lost[-1]}"
    return Hit(head, f"paragraph {n} follows paragraph {pn} (no paragraph {missing})",
               key=f"gap:{pn}-{n}")


def _same_opening(lines, a, b) -> bool:
    """Whether paragraphs `a` and `b` open with the same words (the record holds one twice)."""
    ha, hb = a.head_span or a.span, b.head_span or b.span
    wa = evidence.first_words(lines, ha.line, ha.column)
    return bool(wa) and wa == evidence.first_words(lines, hb.line, hb.column)
