"""CL607 tags-publisher-words."""
from __future__ import annotations

from cablelint import tags
from cablelint.rule import INFO, Hit, rule

# The message names the first group, at most three of its words, and counts the rest: the
# words stand side by side on the TAGS line, and four of them would quote the cable.
_WORDS = 3


@rule("CL607", "tags-publisher-words", INFO, default_enabled=False)
def check(cable, options):
    """The TAGS line ends with words a publisher's database added (`TAGS: PGOV, PHUM, TU, Istanbul`); they are not TAGS of the telegram.

    Why: texts made from the bulk file `cables.csv` of the Cablegate release carry, after the
    telegram's TAGS, words of the publisher's own index: the post's name (`Istanbul`,
    `ADANA`) and subject words in ordinary spelling (`Human Rights`, `Press Summaries`,
    `Bilateral Relations with the US`). The same cables on the publisher's web pages lack
    them (shared corpus SOURCES.md [E]). They are no fault of the drafter and route nothing,
    but whoever reads the TAGS of such a copy should know where the telegram's TAGS end.
    Recognised: from the first comma-separated group written in lower-case letters to the end
    of the line (valid TAGS there excepted), and a last group that is the post's own name.
    One finding a line, at the first such word (the message names that group and counts the
    others); the other TAGS rules leave these words alone.
    Info: a fact about the copy, not a marking fault.

    Off by default: the words are no fault of the drafter, and the TAGS rules already leave
    them aside; an independent review (docs/precision-review.md) judged a note on every such
    record not worth a reviewer's time. Select CL607 to list the records that carry them.

    Bad:
        UNCLASSIFIED ISTANBUL 000123

        E.O. 12958: N/A
        TAGS: PGOV, PHUM, TU, Istanbul
        SUBJECT: TALKS

        1. (U) Text.

    Good:
        UNCLASSIFIED ISTANBUL 000123

        E.O. 12958: N/A
        TAGS: PGOV, PHUM, TU
        SUBJECT: TALKS

        1. (U) Text.
    """
    added = tags.publisher_words_of(cable)
    if not added:
        return
    t = cable.tags
    groups: list[str] = []
    last = None
    for i in added:
        if t.groups[i] == last and groups:
            groups[-1] += " " + t.tokens[i]
        else:
            groups.append(t.tokens[i])
        last = t.groups[i]
    first = groups[0].split()
    shown = f"`{' '.join(first[:_WORDS])}{' ...' if len(first) > _WORDS else ''}`"
    if len(groups) > 1:
        shown += f" and {len(groups) - 1} more"
    n = len(groups)
    yield Hit(t.token_spans[added[0]],
              f"TAGS line ends with {n} word group{'s' * (n > 1)} that {'are' if n > 1 else 'is'} "
              f"not TAGS ({shown}): words a publisher's database added, as in texts made from "
              f"cables.csv; the telegram's TAGS are the codes before them",
              key="publisher-words")
