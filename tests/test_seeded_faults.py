"""Seeded-fault test: break one marking in a real cable, and cablelint must notice.

For every fault kind in `faults.FAULTS` and every real cable it applies to, the mutant must
give a *new* finding — a (code, key) pair the original does not have, or more of them — of the
rule that the fault kind names. Neutral edits (`faults.NEUTRAL_EDITS`) must give no new finding
at all. The cables are the ones shipped in tests/data (so the test runs on a fresh clone), plus
a fixed sample of ../shared/corpus when that directory exists (size: environment variable
CABLELINT_CORPUS_SAMPLE, default 60; 0 turns it off, `all` takes every cable).

Run this file as a script for the per-kind table (applied / caught / masked / missed):

    .venv/bin/python tests/test_seeded_faults.py [--corpus N|all]
"""
from __future__ import annotations

import collections
import functools
import hashlib
import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import faults  # noqa: E402

from cablelint.registry import full_registry  # noqa: E402
from cablelint.api import lint_text  # noqa: E402

DATA = Path(__file__).parent / "data"
CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
CODES = {r.name: r.code for r in full_registry().rules}

# Mutants that cablelint is known to miss, with the reason (found by this test; see the issue).
# They are expected failures (strict: a fix turns them into a failure until the entry is
# removed), never skips.
_JOINED = ("05MUSCAT679 joins a 2005 Muscat header to a 2008 Beijing text: the record's date is "
           "not the text's, so nothing on the E.O. line is judged against it (record-damaged "
           "reports the join)")
KNOWN_MISSES: dict[tuple[str, str], str] = {
    ("eo-not-yet-in-force", "cables/05MUSCAT679"): _JOINED,
    ("oadr-after-1995", "cables/05MUSCAT679"): _JOINED,
    ("banner-lowered", "cables/90KHARTOUM10657"): (
        "a record of two telegrams (Khartoum's header, then Montevideo's routing and text): the "
        "(C) portions stand under Montevideo's own CONFIDENTIAL line, which the fault does not "
        "lower (it is written `,C O N F I D E N T I A L`), so no portion is above its line"),
}


def known_miss(kind: str, path: Path) -> str | None:
    """Why cablelint is known to miss this mutant, or None."""
    if kind in KNOWN_MISSES_BY_KIND:
        predicate, reason = KNOWN_MISSES_BY_KIND[kind]
        if predicate(_text(path)):
            return reason
    return KNOWN_MISSES.get((kind, _label(path)))


KNOWN_MISSES_BY_KIND: dict = {}


def _shipped() -> list[Path]:
    return sorted((DATA / "cables").glob("*.txt")) + sorted((DATA / "raw").glob("*.txt"))


def _corpus_sample(size: str | None = None) -> list[Path]:
    """A fixed sample of the shared corpus: files in sha256 order of their names, two thirds
    metadata layout and one third raw."""
    size = os.environ.get("CABLELINT_CORPUS_SAMPLE", "60") if size is None else size
    if not CORPUS.is_dir() or size == "0":
        return []
    shipped = {p.name for p in _shipped()}
    out = []
    for sub, share in (("cables", 2 / 3), ("raw", 1 / 3)):
        files = sorted((p for p in (CORPUS / sub).glob("*.txt") if p.name not in shipped),
                       key=lambda p: hashlib.sha256(p.name.encode()).hexdigest())
        out += files if size == "all" else files[:round(int(size) * share)]
    return out


def _label(path: Path) -> str:
    return f"{path.parent.name}/{path.stem}"


@functools.lru_cache(maxsize=None)
def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace")


def _counts(text: str, path: Path) -> collections.Counter:
    return collections.Counter((f.code, f.key) for f in lint_text(text, path=path.name))


@functools.lru_cache(maxsize=None)
def _base(path: Path) -> collections.Counter:
    return _counts(_text(path), path)


def _new_findings(path: Path, mutant: str) -> collections.Counter:
    return _counts(mutant, path) - _base(path)


def _catcher_codes(fault: faults.Fault) -> set[str]:
    return {CODES[n] for n in fault.catchers if n in CODES}


def judge(fault: faults.Fault, path: Path) -> tuple[str, collections.Counter] | None:
    """None when the fault does not apply to the cable, else (verdict, new findings):
    `caught`; `masked` when the original already has the very finding the fault would raise
    (the cable had that fault already); `missed`."""
    mutant = fault.edit(_text(path))
    if mutant is None:
        return None
    assert mutant != _text(path), f"{fault.kind} returned an unchanged text"
    codes = _catcher_codes(fault)
    new = _new_findings(path, mutant)
    if any(code in codes for code, _ in new):
        return "caught", new
    now = _counts(mutant, path)
    if any(code in codes for code, _ in _base(path) & now):
        return "masked", new
    return "missed", new


def _fault_cases(paths: list[Path]):
    for fault in faults.FAULTS:
        for path in paths:
            if fault.edit(_text(path)) is None:
                continue
            marks = []
            known = known_miss(fault.kind, path)
            if not _catcher_codes(fault):
                marks.append(pytest.mark.xfail(
                    strict=True, reason=f"no rule registered yet for {fault.kind} "
                                        f"(expected one of {', '.join(fault.catchers)})"))
            elif known:
                marks.append(pytest.mark.xfail(strict=True, reason=known))
            yield pytest.param(fault, path, id=f"{fault.kind}-{_label(path)}", marks=marks)


def _neutral_cases(paths: list[Path]):
    for kind, edit in faults.NEUTRAL_EDITS:
        for path in paths:
            if edit(_text(path)) is not None:
                yield pytest.param(edit, path, id=f"{kind}-{_label(path)}")


SHIPPED = _shipped()
CORPUS_SAMPLE = _corpus_sample()


@pytest.mark.parametrize("fault,path", list(_fault_cases(SHIPPED)))
def test_seeded_fault_is_reported(fault, path):
    verdict, new = judge(fault, path)
    assert verdict == "caught", (
        f"{fault.kind} in {_label(path)} gave no new finding of {', '.join(fault.catchers)}; "
        f"new findings: {dict(new) or 'none'}")


@pytest.mark.parametrize("edit,path", list(_neutral_cases(SHIPPED)))
def test_neutral_edit_adds_no_finding(edit, path):
    new = _new_findings(path, edit(_text(path)))
    assert not new, f"{edit.__name__} on {_label(path)} added {dict(new)}"


@pytest.mark.skipif(not CORPUS_SAMPLE, reason="../shared/corpus is absent (or the sample size is 0)")
@pytest.mark.parametrize("fault,path", list(_fault_cases(CORPUS_SAMPLE)))
def test_seeded_fault_is_reported_corpus(fault, path):
    verdict, new = judge(fault, path)
    assert verdict in ("caught", "masked"), (
        f"{fault.kind} in {_label(path)} gave no new finding of {', '.join(fault.catchers)}; "
        f"new findings: {dict(new) or 'none'}")


@pytest.mark.skipif(not CORPUS_SAMPLE, reason="../shared/corpus is absent (or the sample size is 0)")
@pytest.mark.parametrize("edit,path", list(_neutral_cases(CORPUS_SAMPLE)))
def test_neutral_edit_adds_no_finding_corpus(edit, path):
    new = _new_findings(path, edit(_text(path)))
    assert not new, f"{edit.__name__} on {_label(path)} added {dict(new)}"


def test_every_fault_kind_applies_to_a_shipped_cable():
    """A fault function that never applies tests nothing: each must find a cable to break."""
    idle = [f.kind for f in faults.FAULTS if not any(f.edit(_text(p)) is not None for p in SHIPPED)]
    assert not idle, f"fault kinds that apply to no shipped cable: {idle}"


def test_fault_functions_are_pure():
    """The same input gives the same mutant, and the input is not needed twice."""
    text = _text(DATA / "cables" / "09CAIRO1743.txt")
    for f in faults.FAULTS:
        assert f.edit(text) == f.edit(text), f.kind
    for _, edit in faults.NEUTRAL_EDITS:
        assert edit(text) == edit(text)


# ---------------------------------------------------------------------------------------------
# The per-kind table
# ---------------------------------------------------------------------------------------------

def table(paths: list[Path]) -> tuple[list[tuple], list[str]]:
    rows, notes = [], []
    for fault in faults.FAULTS:
        tally = collections.Counter()
        for path in paths:
            res = judge(fault, path)
            if res is None:
                continue
            verdict, new = res
            tally["applied"] += 1
            tally[verdict] += 1
            if verdict != "caught":
                why = known_miss(fault.kind, path) or ""
                notes.append(f"{verdict:6} {fault.kind:30} {_label(path):32} new={dict(new)} {why[:60]}")
        rows.append((fault.kind, ",".join(fault.catchers), tally["applied"], tally["caught"],
                     tally["masked"], tally["missed"]))
    for kind, edit in faults.NEUTRAL_EDITS:
        tally = collections.Counter()
        for path in paths:
            mutant = edit(_text(path))
            if mutant is None:
                continue
            tally["applied"] += 1
            new = _new_findings(path, mutant)
            if new:
                tally["missed"] += 1
                notes.append(f"neutral {kind:30} {_label(path):32} new={dict(new)}")
            else:
                tally["caught"] += 1
        rows.append((kind, "(no new finding)", tally["applied"], tally["caught"], 0, tally["missed"]))
    return rows, notes


def main(argv: list[str]) -> None:
    paths = SHIPPED
    if "--corpus" in argv:
        paths = _corpus_sample(argv[argv.index("--corpus") + 1])
    rows, notes = table(paths)
    print(f"{len(paths)} cables")
    print(f"{'fault kind':32} {'catcher':40} {'applied':>7} {'caught':>6} {'masked':>6} {'missed':>6}")
    for kind, catcher, applied, caught, masked, missed in rows:
        print(f"{kind:32} {catcher[:40]:40} {applied:7} {caught:6} {masked:6} {missed:6}")
    for n in notes:
        print(n)


if __name__ == "__main__":
    main(sys.argv[1:])
