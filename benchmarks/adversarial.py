"""Adversarial inputs: does linting time grow linearly with the size of hostile text?

A regex that backtracks pathologically turns a few megabytes into hours and a CI job that never
ends. This lints, for each hostile pattern, inputs of 1, 2, 4 and 8 MB and prints the time per
MB: it must stay roughly constant (ratio 8 MB / 1 MB near 1; above 2 is flagged SUPERLINEAR).

Each input is linted in its own process (so a case that hangs is cut off at --timeout and one
case's memory does not skew the next), with the default rules, from bytes to findings
(`runner.lint_bytes`: decoding, parsing, model, rules). Building the input and starting Python
are not timed. Times are the child's CPU time (`time.process_time`, user and system): on a
shared machine the wall clock also counts the waits for a core, which grow with the load, not
with the input. This is a benchmark, not a test: nothing in the suite depends on timings.

    .venv/bin/python benchmarks/adversarial.py                 # the full table (minutes)
    .venv/bin/python benchmarks/adversarial.py --sizes 0.25,0.5 --only paren,blanks
    .venv/bin/python benchmarks/adversarial.py --trees 250,500,1000,2000   # folder depth

Each row also gives the child's peak memory (MB, for each size): it must grow with the input,
not with its square. `--trees` times a whole `cablelint check` over a folder tree of each depth
(a cable at the bottom, a configuration file at the repository root): time per level must stay
roughly constant too, growing only with the length of the level's path (docs/performance.md).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time

MB = 1 << 20

# A realistic header, so that payloads land where the lexer expects header fields ...
HEAD = ("CONFIDENTIAL SECTION 01 OF 02 STATE 000001\n\nSIPDIS\n\n"
        "E.O. 12958: DECL: 01/01/2019\nTAGS: PREL, PGOV\nSUBJECT: TEST\n\n"
        "Classified By: Ambassador A. Person, reasons 1.4 (b) and (d).\n\n")
# ... and inside a paragraph body.
BODY = HEAD + "1. (C) Summary: "
TAIL = "\n\n2. (U) End.\n"

# name: (where the payload goes, the repeated unit). "head" = right after the classification
# line (the header lexer states); "body" = inside paragraph 1 (the paragraph-text state);
# "bare" = the whole file is the payload.
# An optional third element is written once before the repeated units.
CASES: dict[str, tuple[str, ...]] = {
    "one-line-words": ("body", "word "),            # one enormous line
    "one-line-nospace": ("body", "x"),              # one enormous word
    "paragraphs": ("bare", "1. (C) Text.\n\n"),     # ~75,000 paragraphs per MB
    "portions": ("bare", "(S) Text.\n\n"),
    "secret-spaced": ("head", "S E C R E T "),
    "secret-spaced-body": ("body", "S E C R E T "),
    "classification-words": ("head", "CONFIDENTIAL "),
    "paren": ("body", "("),
    "paren-head": ("head", "("),
    "paren-mark": ("body", "(S"),
    "pilcrow": ("body", "\u00b6"),
    "pilcrow-head": ("head", "\u00b6"),
    "digits": ("body", "1"),
    "digits-head": ("head", "1"),
    "digits-spaced": ("body", "12 "),
    "eo-label": ("head", "E.O. "),
    "eo-label-body": ("body", "E.O. "),
    "tags-kw": ("head", "TAGS: "),
    "subject-kw": ("head", "SUBJECT: "),
    "ref-kw": ("head", "REF "),
    "section-of": ("head", "SECTION 01 OF "),
    "section-of-body": ("body", "SECTION 01 OF "),
    "post-serial": ("head", "A 12 "),
    "page-line": ("body", "NEW DELHI 0000"),
    "blanks": ("body", " "),
    "blanks-head": ("head", " "),
    "tabs-after-caps": ("body", "A\t"),
    "newlines": ("body", "\n"),
    "newlines-blank": ("head", "\n \n"),
    "bullet-mark": ("body", "-- (C) "),
    "paragraphs-one-line": ("body", " 1. (C) Text."),  # run-on paragraphs, no line break
    "bullet-mark-lines": ("bare", "-- (C) \n"),
    "to-info": ("bare", "TO "),
    "classified-by": ("head", "Classified By: "),
    "equals": ("body", "="),
    "backslash": ("bare", "\\ \n"),
    "random-ascii": ("body", ""),                   # filled below: deterministic noise
    # blank runs inside the free-text terminals of the header (each consumes blanks one by one)
    "blanks-in-text": ("head", " ", "Some text"),
    "blanks-in-subject": ("head", " ", "SUBJECT: Some text"),
    "blanks-in-ref": ("head", " ", "REF: A. STATE 1"),
    "blanks-in-classified-by": ("head", " ", "Classified By: A. Person"),
    "blanks-in-eo": ("head", " ", "E.O. 12958: DECL"),
    "blanks-in-tags": ("head", " ", "TAGS: PREL"),
    "tabs-in-text": ("head", "\t", "Some text"),
    # the WikiLeaks metadata block: its lines are unbounded, and the model parses two of them
    "metadata-rel-to": ("meta-class", "USA, ", "SECRET//REL TO "),
    "metadata-blanks": ("meta-class", " ", "SECRET//NOFORN"),
    "metadata-subject": ("meta-subject", "WORD ("),
    # the TAGS line: one run-together token (the segmenter once copied a list per position),
    # many tokens, on one line or over many, tokens of no vocabulary, person TAGS in
    # parentheses and after OVIP
    "tags-run-together": ("tags", "PREL"),
    "tags-run-together-geo": ("tags", "PRELUS"),
    "tags-tokens": ("tags", "PREL, "),
    "tags-over-lines": ("tags", "PREL, PGOV,\n"),    # the field goes on after a trailing comma
    "tags-unknown": ("tags", "QQQQ "),
    "tags-person": ("tags", "(SMITH, JOHN) "),
    "tags-ovip": ("tags", "OVIP SMITH JOHN "),
}


def build(case: str, size: int) -> bytes:
    where, unit, *lead = CASES[case]
    meta_tail = "\nEmbassy Cairo\n" + BODY + "Text." + TAIL
    prefix = {"head": HEAD.split("\n", 1)[0] + "\n", "body": BODY, "bare": "",
              "tags": HEAD.split("TAGS: ", 1)[0] + "TAGS: ",
              "meta-class": "09CAIRO1\nSUBJECT LINE\n2009-04-13 08:08\n",
              "meta-subject": "09CAIRO1\n"}[where]
    suffix = {"bare": "", "meta-class": meta_tail,
              "meta-subject": "\n2009-04-13 08:08\nSECRET" + meta_tail}.get(where, TAIL)
    if case == "random-ascii":
        import random

        rnd = random.Random(5)
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz0123456789.,:;()/-\n\t\u00b6"
        unit = "".join(rnd.choice(alphabet) for _ in range(4096))
    if where == "head":
        suffix = "\n" + HEAD.split("\n", 1)[1] + "1. (C) Text." + TAIL
    if where == "tags":
        suffix = "\n" + HEAD.split("TAGS: ", 1)[1].split("\n", 1)[1] + "1. (C) Text." + TAIL
    unit_bytes = unit.encode("utf-8")
    room = size - len(prefix.encode()) - len(suffix.encode())
    prefix += "".join(lead)
    return prefix.encode() + unit_bytes * max(1, room // len(unit_bytes)) + suffix.encode()


def child(case: str, mb: float) -> None:
    from cablelint.registry import full_registry
    from cablelint.runner import Settings, lint_bytes

    settings = Settings.default(full_registry())
    lint_bytes(BODY.encode() + TAIL.encode(), "warmup.txt", settings)  # build the parser first
    data = build(case, int(mb * MB))
    t0 = time.process_time()
    findings = lint_bytes(data, f"{case}.txt", settings)
    seconds = time.process_time() - t0
    codes = sorted({f.code for f in findings})
    print(json.dumps({"seconds": seconds, "bytes": len(data), "findings": len(findings), "codes": codes,
                      "peak_mb": _peak_mb()}))


def _peak_mb() -> float:
    """The process's peak resident memory in MB (Linux counts kilobytes, macOS bytes)."""
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1 << 20) if sys.platform == "darwin" else peak / 1024


def run_case(case: str, mb: float, timeout: float) -> dict:
    cmd = [sys.executable, __file__, "--child", case, str(mb)]
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"seconds": None, "error": f"timeout {timeout:g}s"}
    if out.returncode != 0:
        return {"seconds": None, "error": (out.stderr.strip().splitlines() or ["?"])[-1]}
    return json.loads(out.stdout)


def tree_child(levels: int) -> None:
    """`cablelint check` (default configuration search, no cache) over a tree `levels` folders
    deep, a cable at the bottom and a configuration file at the top of a repository."""
    import tempfile

    from cablelint.cli import main as cli_main

    tmp = tempfile.mkdtemp(prefix="cablelint-tree-")
    try:
        root = os.path.join(tmp, "repo")
        os.makedirs(os.path.join(root, ".git"))
        with open(os.path.join(root, ".cablelint.toml"), "w") as fh:
            fh.write('ignore = ["CL606"]\n')
        folder = root
        for _ in range(levels):
            folder = os.path.join(folder, "d")
            os.mkdir(folder)
        with open(os.path.join(folder, "a.txt"), "w") as fh:
            fh.write(BODY + "Text." + TAIL)
        devnull = open(os.devnull, "w")
        old_out, sys.stdout = sys.stdout, devnull
        t0 = time.process_time()
        try:
            code = cli_main(["check", "--no-cache", "--jobs", "1", root])
        finally:
            sys.stdout = old_out
        seconds = time.process_time() - t0
    finally:
        _remove_tree(tmp)
    print(json.dumps({"seconds": seconds, "code": code, "peak_mb": _peak_mb()}))


def _remove_tree(top: str) -> None:
    """Bottom up, without recursion (shutil.rmtree recurses, and fails on these trees)."""
    order, stack = [], [top]
    while stack:
        folder = stack.pop()
        order.append(folder)
        for e in os.scandir(folder):
            if e.is_dir(follow_symlinks=False):
                stack.append(e.path)
            else:
                os.unlink(e.path)
    for folder in reversed(order):
        os.rmdir(folder)


def trees(levels: list[int], timeout: float) -> float:
    print(f"{'levels':>8} {'seconds':>9} {'s/1000 levels':>14} {'peak MB':>8}")
    per = []
    for n in levels:
        cmd = [sys.executable, __file__, "--tree-child", str(n)]
        try:
            out = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            print(f"{n:>8}   timeout")
            return float("inf")
        if out.returncode != 0:
            print(f"{n:>8}   failed: {(out.stderr.strip().splitlines() or ['?'])[-1]}")
            return float("inf")
        res = json.loads(out.stdout)
        per.append(res["seconds"] / n * 1000)
        print(f"{n:>8} {res['seconds']:9.3f} {per[-1]:14.3f} {res['peak_mb']:8.1f}", flush=True)
    ratio = per[-1] / per[0] if per[0] > 0 else float("inf")
    print(f"\nratio of time per level (deepest / shallowest): {ratio:.2f}")
    return ratio


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1,2,4,8", help="sizes in MB, comma-separated")
    ap.add_argument("--only", default="", help="comma-separated case names (default: all)")
    ap.add_argument("--timeout", type=float, default=600.0, help="seconds per input")
    ap.add_argument("--trees", default="", metavar="LEVELS",
                    help="instead: folder trees this deep, comma-separated (e.g. 250,500,1000,2000)")
    ap.add_argument("--child", nargs=2, metavar=("CASE", "MB"), help=argparse.SUPPRESS)
    ap.add_argument("--tree-child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child[0], float(args.child[1]))
        return 0
    if args.tree_child:
        tree_child(args.tree_child)
        return 0
    if args.trees:
        return 1 if trees([int(n) for n in args.trees.split(",")], args.timeout) > 2 else 0
    sizes = [float(s) for s in args.sizes.split(",")]
    cases = [c for c in args.only.split(",") if c] or list(CASES)
    head = (f"{'case':22s}" + "".join(f"{s:>8g}MB" for s in sizes)
            + "   s/MB first  s/MB last  ratio    peak MB each  codes")
    print(head)
    print("-" * len(head))
    worst = 0.0
    for case in cases:
        row, per_mb, codes, peaks = [], [], "", []
        for mb in sizes:
            res = run_case(case, mb, args.timeout)
            if res["seconds"] is None:
                row.append(f"{res['error'][:9]:>10s}")
                per_mb.append(float("inf"))
                break
            row.append(f"{res['seconds']:9.3f}s")
            peaks.append(res.get("peak_mb", 0.0))
            per_mb.append(res["seconds"] / (res["bytes"] / MB))
            codes = ",".join(res["codes"])
        ratio = per_mb[-1] / per_mb[0] if per_mb[0] > 0 else float("inf")
        worst = max(worst, ratio)
        flag = "  SUPERLINEAR" if ratio > 2 else ""
        row += [" " * 10] * (len(sizes) - len(row))
        memory = "/".join(f"{m:.0f}" for m in peaks)
        print(f"{case:22s}" + "".join(row) + f"   {per_mb[0]:9.3f}  {per_mb[-1]:9.3f}  {ratio:5.2f}  "
              f"{memory:>15s}  {codes}{flag}", flush=True)
    print(f"\nworst ratio of time per MB (largest / smallest input): {worst:.2f}")
    return 1 if worst > 2 else 0


if __name__ == "__main__":
    sys.exit(main())
