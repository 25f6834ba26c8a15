"""REL TO lists in their standard form: `USA` first, then the countries as ISO 3166-1 trigraphs
in alphabetical order, then tetragraphs (`NATO`, `FVEY`) in alphabetical order (CAPCO; ISM
rules ISM-ID-00031/00032/00214)."""
from __future__ import annotations

import functools

from cablelint import data
from cablelint.marking import Marking


# names cables use that the ISO list spells otherwise (`REL UK`, `REL RUSSIA`, `REL ROK`)
_ALIASES = {"UK": "GBR", "BRITAIN": "GBR", "GREAT BRITAIN": "GBR", "ENGLAND": "GBR",
            "RUSSIA": "RUS", "TURKEY": "TUR", "ROK": "KOR", "KOREA": "KOR",
            "DPRK": "PRK", "IVORY COAST": "CIV", "BURMA": "MMR", "MACEDONIA": "MKD",
            "CZECH REPUBLIC": "CZE", "SWAZILAND": "SWZ", "US": "USA", "UNITED STATES": "USA",
            "UNITED STATES OF AMERICA": "USA"}

# the tetragraphs (CAPCO's registered groups) cables release to; another four-letter word
# (`IAEA`) is no REL TO token and is not proposed as one
_TETRAGRAPHS = frozenset({"ACGU", "EFOR", "FVEY", "GCTF", "ISAF", "KFOR", "NATO", "TEYE", "UNCK"})


@functools.lru_cache(maxsize=1)
def _trigraphs() -> tuple[frozenset[str], dict[str, str]]:
    codes: set[str] = set()
    by_name: dict[str, str] = {}
    for ln in data.lines("iso3166-alpha3.txt"):
        code, *names = ln.split("|")
        codes.add(code)
        for name in names:
            by_name.setdefault(" ".join(name.upper().split()), code)
    return frozenset(codes), by_name


def trigraph(entry: str) -> str | None:
    """The ISO 3166-1 trigraph of one REL TO entry as written (`FRANCE` -> `FRA`, `UK` -> `GBR`,
    `FRA` -> `FRA`); None for a two-letter code other than UK (`GM`, `IS`: which standard was
    meant cannot be told) and for what is no country."""
    codes, by_name = _trigraphs()
    word = " ".join(entry.upper().replace(".", "").split())
    if word in _ALIASES:
        return _ALIASES[word]
    if len(word) == 3 and word in codes:
        return word
    return by_name.get(word)


def standard_rel(marking: Marking) -> str | None:
    """The portion mark with its REL TO list in the standard form (`(SECRET/REL FRANCE)` ->
    `(S//REL TO USA, FRA)`), or None when an entry cannot be turned into a trigraph or kept as
    a tetragraph."""
    if not marking.rel_to:
        return None
    tri: set[str] = set()
    tetra: set[str] = set()
    for entry in marking.rel_to:
        code = trigraph(entry)
        if code is not None:
            tri.add(code)
        elif entry in _TETRAGRAPHS:
            tetra.add(entry)
        else:
            return None
    tri.discard("USA")
    rel = ", ".join(["USA"] + sorted(tri) + sorted(tetra))
    short = marking.short()
    head, sep, after = short.rpartition("REL")
    if not sep:
        return None
    tail = after[after.find("//"):] if "//" in after else ")"  # control groups after REL
    return f"{head}REL TO {rel}{tail}"
