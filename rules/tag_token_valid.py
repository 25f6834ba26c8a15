"""CL602 tag-token-valid."""
from __future__ import annotations

from cablelint import eo, tags
from cablelint.rule import INFO, WARNING, Hit, rule


@rule("CL602", "tag-token-valid", WARNING, options={"extra-tags": []},
      default_enabled=False)
def check(cable, options):
    """The TAGS line has tokens that are no known TAG: not a subject, programme, geographic, organisation or person TAG.

    Why: the messaging system routes by TAGS; a token it does not know (an office symbol such
    as EAP or PAO, free words such as COUNTER TERRORISM, a country code it does not use)
    routes the cable nowhere and hides it from those who follow the subject. Basis: 5 FAH-3
    (TAGS/Terms Handbook) [S]. Known TAGS: four-letter subject TAGS (cablemap's list and
    5 FAH-3 H-011.1 additions), `K` + three letters (programme TAGS), two-letter geographic
    codes (FIPS 10-4 style, State's own `SR`, `TC`, regional `X?`/`Z?` codes, and codes posts
    used for years such as `NA` Netherlands Antilles), organisation TAGS, person TAGS
    (`(SURNAME, GIVEN)` or names after `OVIP`), and the TAGS posts used consistently that the
    lists lack (`INRB`, `NIPP`, `TIP`, older TAGS such as `PINT`; lint/data/tags-in-use.txt,
    counted from the corpus). One finding a line, at the first such token, naming them all.
    A warning when a token has no TAG shape (an unknown two-letter code, free words of six
    letters or more, tokens with digits or punctuation); info when the tokens are only three
    to five letters and may be TAGS the shipped lists lack. Before E.O. 12958 (the lists
    reflect TAGS in use from the mid-1990s) only tokens of no TAG shape are reported, as info.
    Words a publisher added after the TAGS are CL607's, not this rule's; misspelt and
    run-together TAGS, ISO country codes and 4-letter tokens of no subject category are
    CL604, CL605 and CL603's. Person TAGS are never quoted. Add local TAGS with the option
    `extra-tags`.

    Off by default: the shipped TAGS lists are incomplete (office, programme and post TAGS in
    daily use are missing), and on texts made from `cables.csv` the publisher appended its own
    index words (`USEU BRUSSELS`, `POL CHIEF`, `ADANA`), so an independent review
    (docs/precision-review.md) found most of its findings on unseen records wrong; select CL602
    (with `extra-tags` for your posts' own TAGS) to run it.

    Bad:
        C O N F I D E N T I A L ANKARA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL QQ TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (C) Text.

    Bad:
        C O N F I D E N T I A L SANAA 000123

        E.O. 12958: DECL: 01/05/2014
        TAGS: PREL PTER YM COUNTER TERRORISM
        SUBJECT: TALKS

        Classified By: Ambassador Edmund Hull, reasons 1.4 (b) and (d).

        1. (C) Text.

    Good:
        C O N F I D E N T I A L ANKARA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PREL OVIP (CLINTON, HILLARY) TU INRB
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (C) Text.
    """
    extra = {str(t).upper() for t in options.get("extra-tags") or ()}
    d = cable.date
    old = d is not None and int(eo.order_in_force(d)) < 12958
    found = [i for i in tags.items_of(cable)
             if i.problem in ("unknown", "unlisted") and i.token not in extra
             and not (old and i.problem == "unlisted")]
    if not found:
        return
    shapeless = any(i.problem == "unknown" for i in found)
    # at most three named: TAGS tokens stand side by side, and four would quote the line
    named = [i.token for i in found if i.code_like][:3]
    unnamed = len(found) - len(named)
    what = ", ".join(named)
    if unnamed:
        what = f"{what} and {unnamed} more" if what else f"{unnamed} token{'s' * (unnamed > 1)}"
    n = len(found)
    if shapeless:
        message = (f"TAGS line has {n} token{'s' * (n > 1)} that {'are' if n > 1 else 'is'} no "
                   f"TAG ({what}): no known TAG or geographic code has "
                   f"{'their' if n > 1 else 'its'} shape")
    else:
        message = (f"TAGS {what} {'are' if n > 1 else 'is'} not in the known TAGS lists "
                   f"({'they' if n > 1 else 'it'} may be {'' if n > 1 else 'an '}unlisted subject "
                   f"or organisation TAG{'s' * (n > 1)})")
    yield Hit(tags.span_of(cable, found[0]), message,
              INFO if (old or not shapeless) else None,
              key="tags " + " ".join(sorted(i.token for i in found)))
