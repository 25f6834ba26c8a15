"""What a corpus report groups a cable by: its year, classification, post and kind of record.

Read from the model where the file is linted (a worker process, or the result cache), so a
report needs no second pass over the files. Header fields only: no cable text.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from .elements import Cable

# Kinds of record: `cable.record.kind` (`cable`, `damaged`, `not-a-cable`, read by
# lint/record.py), and two the engine knows before there is a model: a file that is no text at
# all (empty, binary, too large) is `unreadable`, one the grammar could not read `unparsable`.
CABLE, UNPARSABLE, UNREADABLE = "cable", "unparsable", "unreadable"

_ORIGIN_KIND = re.compile(r"^(?:(?:US |U\.S\. )?(?:Embassy|Consulate(?: General)?|Mission|Office)(?: of)? )",
                          re.I)


class CableFacts(NamedTuple):
    year: int | None
    classification: str | None  # the overall level, spelled out (`CONFIDENTIAL`)
    post: str | None  # the post of the classification line, else the metadata's origin
    kind: str = CABLE
    damages: str = ""  # a damaged record's kinds of damage (`cut-off,joined`), sorted

    def damage_kinds(self) -> list[str]:
        return self.damages.split(",") if self.damages else []


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
    damages = ",".join(sorted({d.kind for d in cable.record.damages}))
    return CableFacts(date.year if date else None, marking.level.word if marking else None,
                      post, cable.record.kind, damages)


def no_cable(kind: str) -> CableFacts:
    return CableFacts(None, None, None, kind)
