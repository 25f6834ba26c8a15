"""CL126 rel-to-syntax."""
from __future__ import annotations

import re

from cablelint.lazyre import LazyPattern
from cablelint.marking import MarkStatus
from cablelint.rule import WARNING, Hit, rule

_REL_TO_RE = LazyPattern(r"REL(?:EASABLE)?\s*TO(?![A-Z])")
_CODE_RE = LazyPattern(r"^[A-Z]{3,4}$")




_REL_LIST_RE = LazyPattern(r"(?i)^(.*?)\bREL(?:EASABLE)?(?:\s*TO\b)?(.*)$")


def _country_list(text: str) -> bool:
    """Whether `text` reads as a list of countries or codes: items of one to three capitalised
    words (`UK`, `Belize`, `UNITED ARAB EMIRATES`, `NATO/AUS`), not a clause."""
    items = [i for i in re.split(r"[,/]|\band\b", text) if i.strip()]
    for item in items:
        words = item.split()
        if not 1 <= len(words) <= 3 or any(not w[:1].isupper() or w.upper() in ("THE", "TO")
                                            for w in words):
            return False
    return bool(items)


def _shown(mark) -> str:
    """The mark as the message may name it: as written (`(C/REL JAPAN)`, `(S/Rel to Belize)`:
    a reviewer needs the countries), when what follows REL is a list of countries or codes.
    A mark holding anything else (paragraph text caught between parentheses, perhaps) is not
    printed at all."""
    inner = " ".join(mark.text.strip().strip("()").split())
    m = _REL_LIST_RE.match(inner)
    if m is not None and len(inner) <= 60 and re.fullmatch(r"[A-Za-z /,.\-]*", inner) \
            and _country_list(m.group(2)):
        return f"({inner})"
    level = mark.marking.level.abbrev if mark.marking is not None else "?"
    return f"({level}//REL …) (its words are not shown)"


def _problems(mark) -> list[str]:
    text = mark.text.upper()
    countries = list(mark.marking.rel_to)
    out = []
    if not _REL_TO_RE.search(text):
        out.append("REL without TO")
    if not countries:
        out.append("no country list")
        return out
    if countries[0] != "USA":
        out.append("the list does not start with USA")
    foreign = [c for c in countries if c != "USA"]
    if not foreign:
        out.append("no country besides USA")
    odd = [c for c in foreign if not _CODE_RE.match(c)]
    if odd:
        out.append(f"{len(odd)} entr{'y is' if len(odd) == 1 else 'ies are'} not a trigraph or "
                   f"tetragraph code")
    elif foreign:
        tri = [c for c in foreign if len(c) == 3]
        tetra = [c for c in foreign if len(c) == 4]
        if foreign != sorted(tri) + sorted(tetra):
            out.append("codes are not in order (trigraphs A-Z, then tetragraphs A-Z)")
    return out


@rule("CL126", "rel-to-syntax", WARNING, default_enabled=False)
def check(cable, options):
    """A REL TO portion mark does not follow the REL TO syntax.

    Why: REL TO is a releasability decision read by machines as well as people: `REL TO USA,
    GBR` releases to the United Kingdom, `REL UK` may not be recognised at all (UK is not an
    ISO 3166 trigraph) and `REL TO` with a single country leaves it unclear whether the US
    itself is included. Basis: ISM-ID-00031/00032/00041/00214/00319 (REL TO needs a list,
    USA first, trigraphs in order then tetragraphs, more than one token) [S]; CAPCO §C [S].
    A warning: State cables wrote legacy forms (`(C/REL ISAF)`, `(S/REL TO UK)`) that a reader
    understood. One finding per distinct mark per cable (with the count of portions using it);
    a mark with both NF and REL is noforn-rel-conflict's finding. The message names the mark
    as written (`(S//REL TURKEY)`, `(C/REL NATO/AUS)`) when what follows REL is a list of
    countries or codes, never a mark that holds other words.

    Off by default: the syntax it checks is CAPCO's, which did not bind State telegrams of the
    period; State's plain-language release lists (`(S - RELEASABLE TO SAUDI ARABIA)`) are
    unambiguous, and an independent review (docs/precision-review.md) judged its findings not
    worth a reviewer's time; select CL126 to run it.

    Bad:
        S E C R E T KABUL 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL AF
        SUBJECT: TALKS

        Classified By: Ambassador William Wood, reasons 1.4 (b) and (d).

        1. (S/REL UK) Text.

    Good:
        S E C R E T KABUL 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL AF
        SUBJECT: TALKS

        Classified By: Ambassador William Wood, reasons 1.4 (b) and (d).

        1. (S//REL TO USA, GBR) Text.
    """
    seen: dict[str, list] = {}
    for mark, span, where in cable.portion_marks:
        m = mark.marking
        # REL first: it rules out nearly every mark
        if m is None or "REL" not in m.controls or mark.status == MarkStatus.NOT_A_MARK or m.noforn:
            continue
        key = " ".join(mark.text.upper().split())  # uses of the same mark are reported once
        seen.setdefault(key, []).append((mark, span, where))
    for uses in seen.values():
        mark, span, where = uses[0]
        shown = _shown(mark)
        problems = _problems(mark)
        if not problems:
            continue
        more = f" (same mark in {len(uses) - 1} more portions)" if len(uses) > 1 else ""
        yield Hit(span, f"REL TO mark {shown} in {where}: {'; '.join(problems)}{more}",
                  key=f"rel:{shown}")
