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
import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping

from .rule import Finding
from .source import load_regular

FORMAT_NAME = "cablelint-baseline"
FORMAT_VERSION = 1

# An internal error is a broken rule, not debt in the documents: never baselined.
NEVER_BASELINED = frozenset({"CL002"})


class BaselineError(Exception):
    pass


# A baseline of a few hundred thousand entries is some tens of megabytes; more is not one.
MAX_BYTES = 256 * 1024 * 1024

Fingerprint = tuple[str, str, str]  # (code, cable, key)


def cable_of(path: str, identity: str | None) -> str:
    return identity if identity else f"path:{normal_path(path)}"


def normal_path(path: str) -> str:
    """`path` relative to the current folder, with links, `.` and `..` resolved: `cables`,
    `$PWD/cables` and `cables/../cables` are one cable."""
    try:
        rel = os.path.relpath(os.path.realpath(path), os.path.realpath(os.curdir))
    except (OSError, ValueError):  # (another drive on Windows; a current folder gone)
        rel = os.path.abspath(path)
    return Path(rel).as_posix()


def fingerprint(f: Finding, identities: Mapping[str, str | None]) -> Fingerprint:
    return (f.code, cable_of(f.path, identities.get(f.path)), f.key)


def write(file: Path, findings: Iterable[Finding], identities: Mapping[str, str | None],
          linted: Iterable[str] = ()) -> int:
    """Record the findings in `file`; never over a linted file (`identities` names those read,
    `linted` any others) nor over a file that is not an earlier baseline or report."""
    from .writing import WriteRefused, write_output

    counts = Counter(fingerprint(f, identities) for f in findings if f.code not in NEVER_BASELINED)
    entries = [{"code": c, "cable": cab, "key": k, "count": n}
               for (c, cab, k), n in sorted(counts.items())]
    doc = {"format": FORMAT_NAME, "version": FORMAT_VERSION,
           "note": "findings accepted as they are; only findings not listed here are reported",
           "entries": entries}
    try:
        write_output(file, json.dumps(doc, indent=1) + "\n", [*identities, *linted])
    except WriteRefused as exc:
        raise BaselineError(str(exc)) from None
    return sum(counts.values())


def read(file: Path) -> Counter[Fingerprint]:
    try:
        raw = load_regular(file, MAX_BYTES)
    except OSError as exc:
        raise BaselineError(f"{file}: cannot be read: {exc.strerror or type(exc).__name__}") from None
    if raw is None:
        raise BaselineError(f"{file}: cannot be read: not a regular file")
    if isinstance(raw, int):
        raise BaselineError(f"{file}: cannot be read: {raw:,} bytes is more than the "
                            f"{MAX_BYTES:,} a baseline can be")
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise BaselineError(f"{file}: is not a cablelint baseline (not JSON)") from None
    except RecursionError:
        raise BaselineError(f"{file}: is not a cablelint baseline (nested too deep)") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT_NAME:
        raise BaselineError(f"{file}: is not a cablelint baseline (no \"format\": \"{FORMAT_NAME}\")")
    if doc.get("version") != FORMAT_VERSION or isinstance(doc.get("version"), bool):
        raise BaselineError(f"{file}: baseline version {_shown(doc.get('version'))} is not supported "
                            f"(this cablelint writes version {FORMAT_VERSION})")
    entries = doc.get("entries", [])
    if not isinstance(entries, list):
        raise BaselineError(f"{file}: `entries` must be a list")
    out: Counter[Fingerprint] = Counter()
    for i, e in enumerate(entries):
        fp = _entry(e)
        if fp is None:
            raise BaselineError(f"{file}: entry {i + 1} needs string code, cable, key and a "
                                f"whole count of 1 or more")
        out[fp[0]] += fp[1]
    return out


def _entry(e: object) -> tuple[Fingerprint, int] | None:
    if not isinstance(e, dict):
        return None
    fp = (e.get("code"), e.get("cable"), e.get("key"))
    n = e.get("count", 1)
    # bool is an int to Python, and JSON's 1e400 is a float (infinity): neither is a count
    if not all(isinstance(x, str) for x in fp) or type(n) is not int or n < 1:
        return None
    return fp, n  # type: ignore[return-value]


def _shown(value: object) -> str:
    """A value from the file, short, for a message."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


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
