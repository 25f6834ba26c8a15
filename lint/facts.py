"""What a corpus report groups a cable by: its year, classification, post and kind of record.

Read from the model where the file is linted (a worker process, or the result cache), so a
report needs no second pass over the files. Header fields only: no cable text.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from .model import Cable

# Kinds of record. A file that is no cable at all (empty, binary, too large) is `unreadable`;
# one the grammar could not read is `unparsable`; a publication extract is `extract`.
_ORIGIN_KIND = re.compile(r"^(?:(?:US |U\.S\. )?(?:Embassy|Consulate(?: General)?|Mission|Office)(?: of)? )",
                          re.I)

CABLE, EXTRACT, UNPARSABLE, UNREADABLE = "cable", "extract", "unparsable", "unreadable"


class CableFacts(NamedTuple):
    year: int | None
    classification: str | None  # the overall level, spelled out (`CONFIDENTIAL`)
    post: str | None  # the post of the classification line, else the metadata's origin
    kind: str = CABLE


def facts_of(cable: Cable) -> CableFacts:
    date = cable.date
    marking = cable.overall.marking
    post = None
    banner = cable.banner
    if banner is not None and banner.post:
        post = " ".join(banner.post.split()).upper()
    elif cable.metadata is not None and cable.metadata.origin:
        # `Embassy Tashkent` is the post a classification line names `TASHKENT`
        post = _ORIGIN_KIND.sub("", " ".join(cable.metadata.origin.split())).upper() or None
    kind = EXTRACT if cable.partial_extract else CABLE
    return CableFacts(date.year if date else None, marking.level.word if marking else None,
                      post, kind)


def no_cable(kind: str) -> CableFacts:
    return CableFacts(None, None, None, kind)
