"""CL604 tag-typo."""
from __future__ import annotations

from cablelint import evidence, tags
from cablelint.rule import UNSAFE, WARNING, Edit, Fix, Hit, rule


@rule("CL604", "tag-typo", WARNING)
def check(cable, options):
    """A TAGS token is a misspelt TAG (`POGOV`, `PARMS`, `WTRQ`) or several TAGS run together (`PHUMPREL`); the likely fix is named.

    Why: a misspelt TAG routes the cable nowhere; run-together TAGS route it by none of them.
    Basis: 5 FAH-3 [S]; cablemap's corrections table (MOPPS, POGOV, KWWMN, UNDESCO, SYR) [S].
    Fixes are suggested, never applied: a token one letter away from a TAG may be another
    acronym. Suggestions come from the known-fixes table, a split of the token into known
    TAGS, or the single TAG of the same kind one edit away: a subject TAG with the same first
    letter (its category), or for a four-letter token no subject TAG can be, an organisation
    TAG (`WTRQ` -> `WTRO`). A token posts used consistently for years is a TAG of theirs, not
    a typo (`ETMIN`, lint/data/tags-in-use.txt). One finding a token, at the token, however
    often the line repeats it. A country code the line names apart, run into a TAG that starts
    with the code's last letter (`SP, SPTER`: SP and PTER, the P written once), is reported as
    two TAGS run together. A telegraphese abbreviation of a word (`AGMT` agreement, `PROG`
    programme) is no TAG, and the TAG one letter from it (`AMGT`, `PROP`) a guess: the finding
    says the token is a word's abbreviation and names the nearest TAG without suggesting it.

    Not the drafter's: a country code glued to the line's first TAG (`TAGS: PREL, PHUM, VT,
    VTPREL`, `TAGS: SNAR, EISNAR`), or to a TAG the line also names apart with the code, is how
    the publisher's rebuilt TAGS field ends (texts made from `cables.csv`, and some web pages;
    shared corpus SOURCES.md): not reported. Beside a subject TAG the post coined for itself
    (`FINREF`, lint/data/tags-in-use.txt) a token one letter from a listed TAG may be another
    coinage (`CIVS`), so no typo is claimed there (the known-fixes table still applies).
    Nor in a header garbled in transmission, where two or more of its fixed words are one
    letter off (`E.M. 12958: N'A`, `SEFSITIVE`, `SECTION 01 GF 02`, 08SECTION01GF02BISHIEK21):
    `PGGV` there is line noise, not the drafter's typo; nor in a copy that drops characters,
    where two of the header's fixed words are one character short (`ECTION 01 OF 02`,
    `E.O. 1295:`, `Classiied By`, 08ECTION01OF02MANAMA492): `PHUMBA` there is `PHUM BA` with
    its space lost by the copy. Nor a token the cable names as a word
    outside its TAGS: in the SUBJECT, or in text that is not all capitals (`TAGS: … MZ, ACOTA` /
    `SUBJECT: GRM RESPONSE: ACOTA END-USE …`, 04MAPUTO1152): the drafter tagged the programme or
    office the cable is about, on purpose (the known-fixes table still applies).

    Bad:
        C O N F I D E N T I A L ANKARA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: POGOV PHUMPREL TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (C) Text.

    Bad:
        UNCLAS REYKJAVIK 000138

        E.O. 12958: N/A
        TAGS: AORC ECON ETRD WTRQ IC
        SUBJECT: TALKS

        1. (U) Text.

    Bad:
        UNCLAS MADRID 000901

        E.O. 12958: N/A
        TAGS: EFIN, PREL, SNAR, SP, SPTER
        SUBJECT: TALKS

        1. (U) Text.

    Bad:
        UNCLAS LONDON 002225

        E.O. 12958: N/A
        TAGS ECON, EINV, PGOV, AGMT, UK
        SUBJECT: TALKS

        1. (U) Text.

    Good:
        UNCLAS SECTION 01 OF 02 MAPUTO 001152

        E.O. 12958: N/A
        TAGS: KTIA, MASS, MARR, PREL, MZ, ACOTA
        SUBJECT: GRM RESPONSE: ACOTA END-USE, SECURITY AND
        RETRANSFER ASSURANCES

        1. Post received on August 25 a diplomatic note containing
        ACOTA end-use, security and retransfer assurances from GRM.
    ---
        C O N F I D E N T I A L ECTION 01 OF 02 MANAMA 000492

        E.O. 1295: DECL: 07/24/2018
        TAGS: KCRM KWMN ASEC PHUMBA
        SUBJECT: TALKS

        Classiied By: CDA Christopher Henzel for reasons 1.4 (b)and (d)

        1.(C) Text.
    ---
        C O N F I D E N T I A L VATICAN 003137

        E.O. 12958: DECL: 07/05/2011
        TAGS: PREL, PHUM, AL, PHUM, AL, VT, VTPREL
        SUBJECT: TALKS

        Classified By: Ambassador Jim Nicholson, reasons 1.5 (b) and (d).

        1. (C) Text.
    ---
        C O N F I D E N T I A L ANKARA 000123

        E.O. 12958: DECL: 01/05/2018
        TAGS: PGOV PHUM PREL TU
        SUBJECT: TALKS

        Classified By: Ambassador Ross Wilson, reasons 1.4 (b) and (d).

        1. (C) Text.
    """
    garbled = None
    for item in tags.items_of(cable):
        problem = item.problem
        if problem not in _REPORTED:
            continue
        if garbled is None:  # (read only where a finding is due: it splits the text)
            garbled = evidence.header_garbled(cable, cable.tags.span.line)
        if garbled:
            return
        if problem in ("typo", "abbreviation"):
            if item.token not in tags.TYPO_FIXES and evidence.named_outside_tags(cable, item.token):
                continue  # `TAGS: … ACOTA` in a cable about the ACOTA programme: coined on purpose
            if problem == "abbreviation":  # the near TAG is a guess: named, never written
                yield Hit(tags.span_of(cable, item),
                          f"TAGS {item.token} is a word's abbreviation, not a TAG (the nearest "
                          f"TAG is {item.suggestion})", key=f"tag {item.token}")
                continue
            yield Hit(tags.span_of(cable, item),
                      f"TAGS {item.token} is probably a typo for {item.suggestion}",
                      key=f"tag {item.token}", fix=_replace(cable, item))
        elif problem == "run-together":
            parts = item.suggestion.split()
            if "".join(parts) != item.token:  # `SPTER`: the line names SP apart
                yield Hit(tags.span_of(cable, item),
                          f"TAGS {item.token} runs {parts[0]} and {parts[1]} together (their "
                          f"{parts[1][0]} written once)", key=f"tag {item.token}",
                          fix=_replace(cable, item, parts[1]))
                continue
            # the token is made of TAGS only (that is how it was split), so naming it quotes
            # no text: the reviewer needs it (`token 1` hid what was wrong)
            shown = item.token if len(item.token) <= 60 else f"token {item.index}"
            yield Hit(tags.span_of(cable, item), f"TAGS {shown} runs several TAGS together: "
                                                 f"{item.suggestion}", key=f"tag {item.token}",
                      fix=_replace(cable, item))


_REPORTED = frozenset({"typo", "abbreviation", "run-together"})


def _replace(cable, item, text: str | None = None) -> Fix:
    # unsafe: a token one letter away from a TAG may be another acronym (see above)
    text = text or item.suggestion
    return Fix((Edit(tags.span_of(cable, item), text, item.token),), UNSAFE, f"write {text}")
