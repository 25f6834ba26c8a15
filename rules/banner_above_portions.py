"""CL102 banner-above-portions."""
from __future__ import annotations

from operator import attrgetter

from cablelint import evidence
from cablelint.elements import DamageKind, PortionKind
from cablelint.marking import parse_portion_mark
from cablelint.rule import WARNING, Hit, rule

# members compared on every cable, bound once (docs/performance.md: the enum lookup)
_JOINED, _PARAGRAPH = DamageKind.JOINED, PortionKind.PARAGRAPH

_LEVEL = attrgetter("level")


@rule("CL102", "banner-above-portions", WARNING)
def check(cable, options):
    """The overall classification is higher than every portion of a fully marked cable.

    Why: the overall marking is the highest portion level; a banner above every portion
    over-classifies the cable (it is withheld longer and more widely than its content needs)
    unless the cable is classified by compilation, which must then be explained. Basis:
    ISM-ID-00108/00109/00110; 32 CFR 2001.24(g) (compilation). A warning, because compilation
    cannot be seen from the markings. Only judged when every numbered paragraph is marked: an
    unmarked paragraph may be the one at the banner's level (portion-unmarked reports it);
    nor when the text holds a mark at the banner's level where a portion's mark stands that was
    not read as one (a number indented with U+2028 characters, `1 (S)` without its period,
    `… TERRORISM I. (S/NF) …` after an item label, `… IMPERILED.  (S)` closing a paragraph).
    Nor on a record that is not whole (`record-damaged`: an extract that keeps a late paragraph
    only, the rest `XXXXXXXXXXXX`, a cut-off copy), nor when the publisher withheld a
    paragraph or more (`XXXXXXXXXXXX` alone on a line or as a paragraph, not a redacted name) or a portion's text stops at `...`
    (`1. (U) This is an...` and the header again): the portion at the banner's level may be one
    that is gone. The message names the highest portion's mark as the cable writes it
    (`(C/NF)`, 09STATE74787).

    Bad:
        S E C R E T ANKARA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (C) Text.

        2. (U) Text.

    Good:
        C O N F I D E N T I A L ANKARA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (C) Text.

        2. (U) Text.
    """
    ov = cable.overall
    overall = ov.marking
    layer = ov.layer
    span = ov.span
    if overall is None or overall.level == 0:
        return
    if cable.record.has(_JOINED):
        return  # (the portions are another cable's: record-damaged says so)
    if not cable.record.complete:
        return  # the portions that survived cannot show that none was at the banner's level
    level = overall.level
    marked = []
    for p in cable.portions:
        if p.entire_text is not None:
            return
        m = p.marking
        if m is None:
            if p.kind == _PARAGRAPH:
                return
        elif m.level >= level:
            return  # a portion at the banner's level (or above it: banner-below-portion's finding)
        else:
            marked.append(m)
    if cable.subject is not None and cable.subject.mark is not None and cable.subject.mark.marking:
        marked.append(cable.subject.mark.marking)
    if not marked:
        return
    top = max(marked, key=_LEVEL)  # the first of the highest
    if top.level >= overall.level or _mark_at_level_written(cable, overall.level):
        return
    if _text_withheld(cable) or _portion_cut(cable):
        return  # text is withheld or lost: the portion at the banner's level may be that text
    yield Hit(span, f"overall {overall.level.word} ({layer}) is above every portion; "
              f"the highest portion is {_as_written(cable, top)}", key=overall.level.word)


def _as_written(cable, top) -> str:
    """The mark whose marking is `top`, as the cable writes it (`(C/NF)`, not `(C//NF)`)."""
    for mark, _, _ in cable.portion_marks:
        if mark.marking is top:
            return " ".join(mark.text.split())
    return top.short()


def _text_withheld(cable) -> bool:
    """Whether the publisher withheld a paragraph or more after the banner: a line that is only
    a redaction, or a paragraph that is (`¶6. xxxxxxxxxxxx`)."""
    lines = evidence.lines_of(cable)
    banner = cable.banner
    first = banner.span.line if banner is not None else 1
    if evidence.redaction_line_in(lines, first, len(lines)):
        return True
    return any(p.head_span is not None and evidence.redaction_only(lines, p.head_span, p.span)
               for p in cable.portions)


def _portion_cut(cable) -> bool:
    """Whether a portion's text stops at `...` (`¶1. (U) This is an...`): the copy lost the
    rest of the text."""
    lines = evidence.lines_of(cable)
    for p in cable.portions:
        last = next((ln.rstrip() for ln in reversed(lines[p.span.line - 1:p.span.end_line])
                     if ln.strip()), "")
        if last.endswith("...") or last.endswith("\u2026"):
            return True
    return False


def _mark_at_level_written(cable, level) -> bool:
    """Whether the text holds a mark at `level` where a portion's mark stands that the model did
    not read as one (a paragraph indented with U+2028 characters, `1 (S)` without its period,
    a mark after an item label in a line, a mark closing a paragraph in the older style): the
    portion at the banner's level is there."""
    lines = evidence.lines_of(cable)
    body = cable.portions[0].span.line if cable.portions else 1
    banner = cable.banner
    first = min(body, banner.span.line) if banner is not None else body
    for text in evidence.marks_written(lines, first, body):
        marking = parse_portion_mark(text).marking
        if marking is not None and marking.level >= level:
            return True
    return False
