"""Explanations for a reader, in Markdown: a rule's documentation, what the E.O. line of a cable
had to say on the cable's date, and what a banner or portion mark means and how it rolls up.

The facts come from the one place that holds each: lint/eo.py (the order and its rules on a
date), lint/marking.py (levels, controls, roll-up), the rule's docstring. Like findings, an
explanation names markings, orders and dates, never the cable's text.
"""
from __future__ import annotations

from . import eo
from .marking import MEANINGS, Marking, rollup
from .elements import Cable
from .rule import Rule
from .textpos import contains


def rule_doc(rule: Rule) -> str:
    return f"**{rule.code} {rule.name}** (default severity: {rule.severity})\n\n{rule.doc}"


def _letters(period: eo.Period) -> str:
    letters = period.reason_letters
    return f"({letters[0]})-({letters[-1]})" if letters else ""


def eo_line(cable: Cable, cited: str | None) -> str:
    """Which order governed the cable's date, with the reasons and declassification
    instructions it allowed, beside the order the line cites."""
    out = ["**E.O. line**"]
    if cited:
        known = eo.KNOWN_ORDERS.get(cited)
        note = f" (cite as E.O. {known.cite_as})" if known and known.cite_as else ""
        out.append(f"This line cites E.O. {cited}{note}.")
    d = cable.date
    if d is None:
        out.append("The cable's date is not known, so the order that governed it cannot be told.")
        return "\n\n".join(out)
    p = eo.period_on(d)
    until = f"to {p.end.isoformat()}" if p.end else "still in force"
    out.append(f"On the cable's date, {d.isoformat()}, **E.O. {p.order}** governed "
               f"(period {p.id}: from {p.start.isoformat()}, {until}; confidence {p.confidence}).")
    rules = []
    if p.reason_section:
        rules.append(f"- reasons: section {p.reason_section}, categories {_letters(p)}")
    else:
        rules.append("- reasons: the order had no reason element on the cable")
    if p.max_years:
        rules.append(f"- declassification: a date or event at most {p.max_years} years on")
    else:
        rules.append("- declassification: no cap on the horizon")
    rules.append(f"- OADR (originating agency's determination required): "
                 f"{'allowed' if p.allows_oadr else 'not allowed'}")
    xs = "allowed" if p.allows_x_codes else (
        "tolerated as a warning (the old directive was still in force)"
        if p.x_codes_tolerated else "not allowed")
    rules.append(f"- exemptions X1-X8: {xs}")
    if p.stale_reason_section:
        rules.append(f"- section {p.stale_reason_section} is out of date but still seen")
    out.append("\n".join(rules))
    return "\n\n".join(out)


def marking(m: Marking, where: str, cable: Cable) -> str:
    """What a banner or portion marking means, and how the portions roll up."""
    out = [f"**{m}** ({where})"]
    parts = [f"- {m.level.word}: {MEANINGS[m.level.word]}"]
    for c in sorted(m.controls):
        meaning = MEANINGS.get(c)
        if meaning:
            rel = f" ({', '.join(m.rel_to)})" if c == "REL" and m.rel_to else ""
            parts.append(f"- {c}{rel}: {meaning}")
    out.append("\n".join(parts))
    up = rollup(mark for mark, _, _ in cable.portion_markings)
    overall, layer, _ = cable.overall
    roll = ("The overall marking is the highest portion level, NOFORN if any portion carries "
            "it, REL TO only what every classified portion shares, and no SBU/FOUO/LOU/EFTO "
            "once classified.")
    if up is not None:
        roll += f" This cable's portions roll up to **{up}**"
        roll += f"; its overall marking is {overall} ({layer})." if overall is not None else "."
    out.append(roll)
    return "\n\n".join(out)


def at(cable: Cable, line: int, column: int) -> str | None:
    """The explanation of the element at a 1-based line and column, if it has one."""
    for e in cable.eo_lines:
        if contains(e.span, line, column):
            return eo_line(cable, e.order)
    for b in cable.banners:
        if b.marking is not None and contains(b.span, line, column):
            return marking(b.marking, "classification line", cable)
    for m, span, where in cable.portion_markings:
        if contains(span, line, column):
            return marking(m, f"portion mark, {where}", cable)
    md = cable.metadata
    if md is not None and md.marking is not None and contains(md.classification_span, line, column):
        return marking(md.marking, "metadata classification", cable)
    return None
