"""Every regex of the linter against hostile strings: does one match or search grow faster than
the string?

The grammar's terminals are matched (`match`, as the lexer does) at the start of each string;
the module-level compiled patterns of `cablelint` and `cablelint.rules` are run as their module
uses them (`search` when it scans with them, else `match`). Each string is a lead ("Some text", "SUBJECT: x", ...)
followed by a unit repeated to n and 4n characters; a 4x longer string taking more than 8x as
long is flagged (linear is ~4x, quadratic ~16x). Complements adversarial.py, which times whole
files: this names the guilty pattern.

    .venv/bin/python benchmarks/regex_audit.py
"""
from __future__ import annotations

import importlib
import pkgutil
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from adversarial import CASES  # noqa: E402

N = 4000

# Patterns that are superlinear on some string but never see one: each reason was checked in
# the code that calls them (and adversarial.py times the files that would reach them).
BOUNDED = {
    "cablelint.marking._PM_REL_SPLIT_RE": "splits a REL TO list: from a portion mark (at most 60 "
        "characters, by the grammar) or from the metadata classification line after its blanks "
        "are collapsed to single spaces",
    "cablelint.readers._POST_SERIAL_RE": "matched on a POST_SERIAL token, which always ends in the "
        "3-7 digits the pattern is anchored on, so the first attempt succeeds",
    "cablelint.rules.portion_mark_vocabulary._ADMIN_RE": "applied to a portion mark's text "
        "(at most 60 characters, by the grammar)",
}
EXTRA_UNITS = ["A ", "X(", "a ", " (", "\t(", ". ", "1.", "E.O.", "S E C R E T", "CONF", "TO",
               " \n", "//", "/", "-", ", ", "(S//", "1.4(", "X1 ", "REL TO ", "DECL: ", "0/"]


def families() -> list[tuple[str, str]]:
    fams = {("".join(lead), unit) for _, (where, unit, *lead) in CASES.items() if unit}
    for u in EXTRA_UNITS:
        fams |= {("x", u), ("", u)}
    return sorted(fams)


def grammar_patterns() -> dict[str, tuple[re.Pattern, str]]:
    from cablelint.parser import grammar_text
    from lark import Lark

    from cablelint import fastlex

    lark = Lark(grammar_text(), parser="lalr", lexer="contextual")
    out = {}
    for t in lark.terminals:
        out[f"grammar:{t.name}"] = (re.compile(t.pattern.to_regexp()), "match")
        fast = fastlex.matcher(t.name, t.pattern.to_regexp())
        if fast is not None:  # what the lexer really runs for this terminal
            out[f"fastlex:{t.name}"] = (_Matcher(fast), "match")
    return out


class _Matcher:
    """A fastlex matcher in the shape `timed` calls."""

    def __init__(self, fn):
        self.match = lambda s: fn(s, 0)


def module_patterns() -> dict[str, tuple[re.Pattern, str]]:
    import cablelint
    import cablelint.rules
    from cablelint.lazyre import LazyPattern

    out = {}
    for pkg in (cablelint, cablelint.rules):
        for info in pkgutil.iter_modules(pkg.__path__):
            if info.name == "__main__":  # importing it runs the CLI
                continue
            try:
                mod = importlib.import_module(f"{pkg.__name__}.{info.name}")
            except Exception:  # an optional module that does not import here is not audited
                continue
            source = Path(mod.__file__).read_text(encoding="utf-8")
            for name, val in vars(mod).items():
                if isinstance(val, LazyPattern):  # compiled on first use: audit it all the same
                    val = re.compile(val.pattern, val.flags)
                if isinstance(val, re.Pattern) and isinstance(val.pattern, str):
                    # Time it the way the module uses it: a pattern only ever anchored
                    # (`match`, `fullmatch`) makes one attempt; any other use scans.
                    scans = re.search(rf"\b{name}\.(?:search|finditer|findall|sub|subn|split)\(", source)
                    out[f"{mod.__name__}.{name}"] = (val, "search" if scans else "match")
    return out


def timed(rx: re.Pattern, how: str, s: str) -> float:
    """Best of three, so that a pause of the machine is not taken for backtracking."""
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        getattr(rx, how)(s)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> int:
    pats = {**grammar_patterns(), **module_patterns()}
    fams = families()
    flagged = 0
    bounded: set[str] = set()
    for name, (rx, how) in sorted(pats.items()):
        for lead, unit in fams:
            ts = [timed(rx, how, lead + unit * (n // len(unit)) + "\nEND") for n in (N, 4 * N)]
            if ts[1] > 0.02 and ts[1] > 8 * max(ts[0], 1e-4):
                if name in BOUNDED:
                    bounded.add(name)
                    continue
                flagged += 1
                print(f"SUPERLINEAR {name} lead={lead!r} unit={unit!r} {ts[0]:.4f}s -> {ts[1]:.4f}s",
                      flush=True)
    for name in sorted(bounded):
        print(f"superlinear but bounded: {name}: {BOUNDED[name]}")
    print(f"{len(pats)} patterns x {len(fams)} hostile strings; {flagged} flagged")
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
