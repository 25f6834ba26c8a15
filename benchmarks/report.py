"""`cablelint report` beside `cablelint check` on the same files (a benchmark, not a test).

Prints the wall time of each command (best of N rounds, the two interleaved so that a change in
the machine's load hits both), in two settings: `--no-cache` (every file linted; the report
also makes the Vega bundle afresh) and a warm result cache (the second run of a day), with the
ratio report/check, and the size of the page. The issue's bar: report at most twice check, and
a page under 5 MB.

Usage: python benchmarks/report.py [--rounds N] [PATH ...]   (default: all of ../shared/corpus)
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
DEFAULT = [CORPUS / "cables", CORPUS / "raw", CORPUS / "era2"]


def _wall(cmd: list[str], env: dict[str, str]) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False)
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("paths", nargs="*", type=Path, default=DEFAULT)
    args = ap.parse_args()
    exe = Path(sys.executable).with_name("cablelint")
    base = [str(exe)] if exe.exists() else [sys.executable, "-m", "cablelint"]
    paths = [str(p) for p in args.paths]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "report.html"
        cache = ["--cache-dir", str(Path(tmp) / "cache")]
        settings = {"--no-cache": ["--no-cache"], "warm cache": cache}
        # fill the cache (and the Vega bundle kept in it) once
        _wall(base + ["report", *cache, "-o", str(page), *paths], env)
        print(f"files: {', '.join(paths)}; load average at start {os.getloadavg()[0]:.1f}")
        for name, opts in settings.items():
            checks, reports = [], []
            for _ in range(args.rounds):
                checks.append(_wall(base + ["check", *opts, "-f", "json", *paths], env))
                reports.append(_wall(base + ["report", *opts, "-o", str(page), *paths], env))
            c, r = min(checks), min(reports)
            print(f"{name:>10}: check {c:6.2f} s, report {r:6.2f} s (best of {args.rounds}; "
                  f"slowest {max(checks):.2f} / {max(reports):.2f}): report/check {r / c:.2f}")
        print(f"page: {page.stat().st_size / 1e6:.2f} MB; load average at end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
