"""CL404 precedence-consistent."""
from __future__ import annotations

from cablelint.rule import WARNING, Hit, rule

_RANK_OF_WORD = {"FLASH": 3, "NIACT IMMEDIATE": 2, "IMMEDIATE": 2, "PRIORITY": 1, "ROUTINE": 0}
_RANK_OF_PROSIGN = {"Z": 3, "O": 2, "P": 1, "R": 0}
_WORD_OF_RANK = {3: "FLASH", 2: "IMMEDIATE", 1: "PRIORITY", 0: "ROUTINE"}
_PROSIGN_OF_RANK = {v: k for k, v in _RANK_OF_PROSIGN.items()}


@rule("CL404", "precedence-consistent", WARNING)
def check(cable, options):
    """The precedence prosign does not match the highest precedence word on the TO/INFO lines.

    Why: the prosign before the DTG tells the relay stations how fast to move the message; it
    must reflect the highest precedence given to any addressee (Z = FLASH, O = IMMEDIATE or
    NIACT IMMEDIATE, P = PRIORITY, R = ROUTINE, which the TO line expresses by having no
    word). A prosign below the addressee precedence delays an urgent message; one above it
    wastes priority handling. Basis: 5 FAH-2 H-321.2-1(b) [S]. With two prosigns (`O R`) the
    first is the action precedence and must be the highest; the second (info) must not be
    above it. A warning: relays and the publication chain sometimes drop addressee lines.
    Partial extracts have no routing header and are not checked. When no address line carries
    a precedence word the prosign is not judged: a header stripped of its words (a RUEHWEB relay
    header with serial `0000`, 07PARIS170, whose format line reads `OO`) cannot tell a ROUTINE
    addressee from a lost word. A precedence word misspelt
    by one letter (`IMMEDAITE`, 88BAGHDAD4559) or run on to the next address
    (`PRIORITYRUCPDOC`) is read as that word, not as a routine addressee.

    Bad:
        R 031007Z SEP 08
        FM AMEMBASSY BEIJING
        TO SECSTATE WASHDC IMMEDIATE 9683

        S E C R E T BEIJING 003400

        E.O. 12958: DECL: 09/03/2033
        TAGS: PARM PREL CH
        SUBJECT: TALKS

        Classified By: Ambassador Clark T. Randt, Jr. Reasons 1.4 (b), (c) and (d).

        1. (S) Text.

    Good:
        O 031007Z SEP 08
        FM AMEMBASSY BEIJING
        TO SECSTATE WASHDC IMMEDIATE 9683

        S E C R E T BEIJING 003400

        E.O. 12958: DECL: 09/03/2033
        TAGS: PARM PREL CH
        SUBJECT: TALKS

        Classified By: Ambassador Clark T. Randt, Jr. Reasons 1.4 (b), (c) and (d).

        1. (S) Text.

    Good:
        O 171418Z JAN 07
        FM AMEMBASSY PARIS
        TO RUEHC/SECSTATE WASHDC 0000
        INFO RHEHNSC/NSC WASHINGTON DC

        S E C R E T PARIS 000170

        E.O. 12958: DECL: 01/17/2017
        TAGS: PREL FR IR
        SUBJECT: TALKS

        Classified By: Ambassador Craig Stapleton, reasons 1.4 (b) and (d).

        1. (S) Text.
    """
    if cable.partial_extract:
        return
    routing = cable.routing
    dtg = routing.dtg
    if dtg is None or not routing.addressees:
        return
    signs = [s for s in dtg.prosigns.split() if s in _RANK_OF_PROSIGN]
    if not signs:
        return  # an unknown prosign is dtg-format's finding
    words = [w for w, _ in routing.precedence_words]
    highest = max((_RANK_OF_WORD[w] for w in words), default=0)
    first = _RANK_OF_PROSIGN[signs[0]]
    if words and first != highest:
        word = _WORD_OF_RANK[highest]
        yield Hit(dtg.span, f"prosign {signs[0]} but the highest addressee precedence is {word} "
                            f"(prosign {_PROSIGN_OF_RANK[highest]})", key=f"{signs[0]}-vs-{_PROSIGN_OF_RANK[highest]}")
    if len(signs) > 1 and _RANK_OF_PROSIGN[signs[1]] > first:
        yield Hit(dtg.span, f"info prosign {signs[1]} is above the action prosign {signs[0]}",
                  key="info-above-action")
