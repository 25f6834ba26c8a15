"""Baselines for legacy repositories: record today's findings, report only new ones.

A finding is fingerprinted by what it is, not where: its rule code, the cable it is in (its
reference id, or the post and serial of its classification line; the path only when the cable
has neither) and its key (the marking or element concerned). Edits elsewhere in a cable, or
moving the file, leave the fingerprint unchanged. Fingerprints are counted (a multiset): two
identical findings need two entries.

The file holds code, cable id (or path), key and count: no messages, no cable text. An entry
is stale when its cable was linted in this run and the finding is gone; entries of cables not
linted in this run are not judged.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping

from .rule import Finding

FORMAT_NAME = "cablelint-baseline"
FORMAT_VERSION = 1

# An internal error is a broken rule, not debt in the documents: never baselined.
NEVER_BASELINED = frozenset({"CL002"})


class BaselineError(Exception):
    pass


Fingerprint = tuple[str, str, str]  # (code, cable, key)


def cable_of(path: str, identity: str | None) -> str:
    return identity if identity else f"path:{Path(path).as_posix()}"


def fingerprint(f: Finding, identities: Mapping[str, str | None]) -> Fingerprint:
    return (f.code, cable_of(f.path, identities.get(f.path)), f.key)


def write(file: Path, findings: Iterable[Finding], identities: Mapping[str, str | None]) -> int:
    counts = Counter(fingerprint(f, identities) for f in findings if f.code not in NEVER_BASELINED)
    entries = [{"code": c, "cable": cab, "key": k, "count": n}
               for (c, cab, k), n in sorted(counts.items())]
    doc = {"format": FORMAT_NAME, "version": FORMAT_VERSION,
           "note": "findings accepted as they are; only findings not listed here are reported",
           "entries": entries}
    try:
        file.write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")
    except OSError as exc:
        raise BaselineError(f"{file}: cannot be written: {exc.strerror or type(exc).__name__}") from None
    return sum(counts.values())


def read(file: Path) -> Counter[Fingerprint]:
    try:
        doc = json.loads(file.read_text(encoding="utf-8"))
    except OSError as exc:
        raise BaselineError(f"{file}: cannot be read: {exc.strerror or type(exc).__name__}") from None
    except (ValueError, UnicodeDecodeError):
        raise BaselineError(f"{file}: is not a cablelint baseline (not JSON)") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT_NAME:
        raise BaselineError(f"{file}: is not a cablelint baseline (no \"format\": \"{FORMAT_NAME}\")")
    if doc.get("version") != FORMAT_VERSION:
        raise BaselineError(f"{file}: baseline version {doc.get('version')!r} is not supported "
                            f"(this cablelint writes version {FORMAT_VERSION})")
    out: Counter[Fingerprint] = Counter()
    for i, e in enumerate(doc.get("entries", [])):
        try:
            fp = (e["code"], e["cable"], e["key"])
            n = int(e.get("count", 1))
            if not all(isinstance(x, str) for x in fp) or n < 1:
                raise ValueError
        except (KeyError, TypeError, ValueError, AttributeError):
            raise BaselineError(f"{file}: entry {i + 1} needs string code, cable, key and a "
                                f"positive count") from None
        out[fp] += n
    return out


@dataclass
class Filtered:
    findings: list[Finding]  # the new findings, to report
    known: int  # findings matched by the baseline
    stale: list[tuple[Fingerprint, int]]  # entries whose finding is gone, with how many


def apply(baseline: Counter[Fingerprint], findings: Iterable[Finding],
          identities: Mapping[str, str | None]) -> Filtered:
    left = Counter(baseline)
    new: list[Finding] = []
    known = 0
    for f in findings:
        fp = fingerprint(f, identities)
        if f.code not in NEVER_BASELINED and left[fp] > 0:
            left[fp] -= 1
            known += 1
        else:
            new.append(f)
    linted = {cable_of(p, ident) for p, ident in identities.items()}
    stale = sorted((fp, n) for fp, n in left.items() if n > 0 and fp[1] in linted)
    return Filtered(new, known, stale)
