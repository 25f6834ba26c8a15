"""CL602 tag-token-valid."""
from __future__ import annotations

import datetime as dt

from cablelint import tags
from cablelint.rule import INFO, WARNING, Hit, rule

_LIST_ERA = dt.date(1995, 1, 1)  # the shipped lists reflect TAGS in use from the mid-1990s


@rule("CL602", "tag-token-valid", WARNING, options={"extra-tags": []})
def check(cable, options):
    """A token on the TAGS line is not a known TAG: not a subject, programme, geographic, organisation or person TAG.

    Why: the messaging system routes by TAGS; a token it does not know (an office symbol such
    as EAP or PAO, free words such as COUNTER TERRORISM, a country code it does not use)
    routes the cable nowhere and hides it from those who follow the subject. Basis: 5 FAH-3
    (TAGS/Terms Handbook) [S]. Known TAGS: four-letter subject TAGS (cablemap's list and
    5 FAH-3 H-011.1 additions), `K` + three letters (programme TAGS), two-letter geographic
    codes (FIPS 10-4 style, State's own `SR`, `TC`, and regional `X?`/`Z?` codes),
    organisation TAGS, and person TAGS (`(SURNAME, GIVEN)` or names after `OVIP`). A warning
    for tokens no TAG can look like (an unknown two-letter code, free words of six letters or
    more, tokens with digits or punctuation); info for three- to five-letter tokens that are
    only missing from the shipped lists (`EAP`, `PAO` are office symbols, but `NSG` or `MEPI`
    may be organisation TAGS). The lists are incomplete and era-dependent (on cables before
    1995 — older TAGS such as PINT, EGEN — only info); add local TAGS with the option
    `extra-tags`.
    Tokens that are likely typos, run-together TAGS, ISO country codes or 4-letter tokens of no
    subject category are reported by CL604, CL605 and CL603 instead. Person TAGS are never
    quoted in messages.

    Bad:
        C O N F I D E N T I A L ANKARA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL VZ TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (C) Text.

    Good:
        C O N F I D E N T I A L ANKARA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL OVIP (CLINTON, HILLARY) TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (C) Text.
    """
    extra = {str(t).upper() for t in options.get("extra-tags") or ()}
    d = cable.date
    old = d is not None and d < _LIST_ERA
    for item in tags.items_of(cable):
        problem = item.problem
        if problem is None or problem not in ("unknown", "unlisted") or item.token in extra:
            continue
        what = item.token if item.code_like else f"token {item.index}"
        if problem == "unlisted":
            yield Hit(cable.tags.span, f"TAGS {what} is not in the known TAGS lists (it may be "
                                       f"an unlisted subject or organisation TAG)", INFO,
                      key=f"tag {item.token}")
        else:
            yield Hit(cable.tags.span, f"TAGS {what} is not a TAG (no TAG has this shape, and it "
                                       f"is no known geographic code)", INFO if old else None,
                      key=f"tag {item.token}")
