"""Adversarial inputs: does linting time grow linearly with the size of hostile text?

A regex that backtracks pathologically turns a few megabytes into hours and a CI job that never
ends. This lints, for each hostile pattern, inputs of 1, 2, 4 and 8 MB and prints the time per
MB: it must stay roughly constant (ratio 8 MB / 1 MB near 1; above 2 is flagged SUPERLINEAR).

Each input is linted in its own process (so a case that hangs is cut off at --timeout and one
case's memory does not skew the next), with the default rules, from bytes to findings
(`runner.lint_bytes`: decoding, parsing, model, rules). Building the input and starting Python
are not timed. This is a benchmark, not a test: nothing in the suite depends on timings.

    .venv/bin/python benchmarks/adversarial.py                 # the full table (minutes)
    .venv/bin/python benchmarks/adversarial.py --sizes 0.25,0.5 --only paren,blanks
"""
from __future__ import annotations

import argparse
import json
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
}


def build(case: str, size: int) -> bytes:
    where, unit, *lead = CASES[case]
    meta_tail = "\nEmbassy Cairo\n" + BODY + "Text." + TAIL
    prefix = {"head": HEAD.split("\n", 1)[0] + "\n", "body": BODY, "bare": "",
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
    t0 = time.perf_counter()
    findings = lint_bytes(data, f"{case}.txt", settings)
    seconds = time.perf_counter() - t0
    codes = sorted({f.code for f in findings})
    print(json.dumps({"seconds": seconds, "bytes": len(data), "findings": len(findings), "codes": codes}))


def run_case(case: str, mb: float, timeout: float) -> dict:
    cmd = [sys.executable, __file__, "--child", case, str(mb)]
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"seconds": None, "error": f"timeout {timeout:g}s"}
    if out.returncode != 0:
        return {"seconds": None, "error": (out.stderr.strip().splitlines() or ["?"])[-1]}
    return json.loads(out.stdout)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1,2,4,8", help="sizes in MB, comma-separated")
    ap.add_argument("--only", default="", help="comma-separated case names (default: all)")
    ap.add_argument("--timeout", type=float, default=600.0, help="seconds per input")
    ap.add_argument("--child", nargs=2, metavar=("CASE", "MB"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child[0], float(args.child[1]))
        return 0
    sizes = [float(s) for s in args.sizes.split(",")]
    cases = [c for c in args.only.split(",") if c] or list(CASES)
    head = f"{'case':22s}" + "".join(f"{s:>8g}MB" for s in sizes) + "   s/MB first  s/MB last  ratio  codes"
    print(head)
    print("-" * len(head))
    worst = 0.0
    for case in cases:
        row, per_mb, codes = [], [], ""
        for mb in sizes:
            res = run_case(case, mb, args.timeout)
            if res["seconds"] is None:
                row.append(f"{res['error'][:9]:>10s}")
                per_mb.append(float("inf"))
                break
            row.append(f"{res['seconds']:9.3f}s")
            per_mb.append(res["seconds"] / (res["bytes"] / MB))
            codes = ",".join(res["codes"])
        ratio = per_mb[-1] / per_mb[0] if per_mb[0] > 0 else float("inf")
        worst = max(worst, ratio)
        flag = "  SUPERLINEAR" if ratio > 2 else ""
        row += [" " * 10] * (len(sizes) - len(row))
        print(f"{case:22s}" + "".join(row) + f"   {per_mb[0]:9.3f}  {per_mb[-1]:9.3f}  {ratio:5.2f}  {codes}{flag}",
              flush=True)
    print(f"\nworst ratio of time per MB (largest / smallest input): {worst:.2f}")
    return 1 if worst > 2 else 0


if __name__ == "__main__":
    sys.exit(main())
