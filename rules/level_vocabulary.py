"""CL111 level-vocabulary."""
from __future__ import annotations

from cablelint.rule import ERROR, Hit, rule

# administrative labels and captions that are not levels and may not qualify a classified level
_ADMIN = {"SENSITIVE": "SENSITIVE", "SBU": "SBU", "FOUO": "FOUO", "LOU": "LOU",
          "LIMITEDOFFICIALUSE": "LIMITED OFFICIAL USE"}


@rule("CL111", "level-vocabulary", ERROR)
def check(cable, options):
    """A classification is stated with a qualifier or label that is not a level.

    Why: there are exactly three levels — TOP SECRET, SECRET, CONFIDENTIAL — and no other term
    may describe classified information: no qualifiers (`SECRET SENSITIVE`) and no
    administrative labels (SBU, FOUO, LOU) next to a classified level. A made-up level makes
    the handling rules unclear. Basis: E.O. 12356 §1.1(b), E.O. 12958 §1.3, E.O. 13526 §1.2
    [S]; 32 CFR 2001.23(a) (2003) [S]. Checked: the words between the level and the post on
    the classification lines, and the metadata classification (which must read as a level
    with known controls). NOFORN or SIPDIS on the classification line are captions, not
    qualifiers; EFTO with a classified level is efto-unclassified-only's finding; an
    unclassified or LOU classification line over classified portions is banner-below-portion's.

    Bad:
        SECRET SENSITIVE BEIJING 003400

        E.O. 12958: DECL: 09/03/2033
        TAGS: PARM PREL CH
        SUBJECT: TALKS

        Classified By: Ambassador Clark T. Randt, Jr. Reasons 1.4 (b), (c) and (d).

        1. (S) Text.

    Good:
        S E C R E T BEIJING 003400

        E.O. 12958: DECL: 09/03/2033
        TAGS: PARM PREL CH
        SUBJECT: TALKS

        Classified By: Ambassador Clark T. Randt, Jr. Reasons 1.4 (b), (c) and (d).

        1. (S) Text.
    """
    for b in cable.banners:
        if b.marking is None or b.marking.level == 0:
            continue
        for q in b.qualifiers:
            if q in _ADMIN:
                yield Hit(b.span, f"classification line qualifies {b.marking.level.word} with "
                                  f"{_ADMIN[q]}, which is not a classification level",
                          key=f"qualifier:{_ADMIN[q]}")
    meta = cable.metadata
    if meta is not None and meta.classification_text.strip() and meta.marking is None:
        yield Hit(meta.classification_span, "metadata classification is not a known level "
                                            "with known controls", key="metadata")
