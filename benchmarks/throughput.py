"""Speed and memory of cablelint on real cables (a benchmark, not a test).

Prints:
- cold start: wall time of `cablelint check --no-cache ONE_CABLE` in a fresh process (median of
  runs; the result cache is not used), and how much of it is Python starting and importing;
- throughput: cables per second for parse plus all default rules on one core, each cable seen
  once, in three fresh processes (best and slowest), next to a baseline that only reads the
  same files; and the command line end to end (`cablelint check --jobs 1 --no-cache`);
- memory: peak RSS after each quarter of the files (it must not grow with the file count).

Each pass runs in a process of its own: a second pass over the same cables in one process
would find the readings cached from the first (Classified By lines, TAGS, marks), which a real
run, that sees each cable once, does not.

Usage: python benchmarks/throughput.py [CORPUS_DIR ...]   (default ../shared/corpus/cables)
"""
from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from cablelint.registry import full_registry
from cablelint.runner import Settings, lint_bytes

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "08BEIJING3400.txt"  # the cable of the cold start and the warm-up


def _median_wall(cmd: list[str], runs: int) -> float:
    # as installed for real: byte-code written once and reused (some shells set
    # PYTHONDONTWRITEBYTECODE, which would make every start recompile every module)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    times = []
    for _ in range(runs + 1):
        t = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, check=False, env=env)
        times.append(time.perf_counter() - t)
    return statistics.median(times[1:])  # the first run may write byte-code


def cold_start(one: Path, runs: int = 11) -> float:
    exe = Path(sys.executable).with_name("cablelint")  # the installed console script
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "cablelint"]
    # --no-cache: measure the real work, not a hit in the result cache
    return _median_wall(cmd + ["check", "--no-cache", str(one)], runs)


def python_start(runs: int = 11) -> tuple[float, float]:
    """Wall time of a bare interpreter, and of one that imports cablelint's CLI and rules: the
    parts of a cold start that are not cablelint's work on the cable."""
    bare = _median_wall([sys.executable, "-c", "pass"], runs)
    imports = _median_wall([sys.executable, "-c", "import cablelint.cli, cablelint.rules"], runs)
    return bare, imports


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def one_pass(files: list[Path]) -> dict:
    """Lint every file once in this process (after one seed cable, so that building the parser
    is not counted); the time, the findings, and the peak RSS after each quarter."""
    settings = Settings.default(full_registry())
    lint_bytes(SEED.read_bytes(), str(SEED), settings)
    marks = {len(files) * k // 4 for k in (1, 2, 3, 4)}
    rss: list[float] = []
    findings = 0
    t = time.perf_counter()
    for i, p in enumerate(files, 1):
        findings += len(lint_bytes(p.read_bytes(), str(p), settings))
        if i in marks:
            rss.append(rss_mb())
    return {"seconds": time.perf_counter() - t, "findings": findings, "rss": rss,
            "rules": len(settings.rules)}


def _files(dirs: list[Path]) -> list[Path]:
    return sorted(p for d in dirs for p in d.glob("*.txt"))


def main(argv: list[str]) -> None:
    if argv[:1] == ["--one-pass"]:
        json.dump(one_pass(_files([Path(a) for a in argv[1:]])), sys.stdout)
        return
    dirs = [Path(a) for a in argv] or [ROOT.parent / "shared" / "corpus" / "cables"]
    files = _files(dirs)
    if not files:
        sys.exit(f"no *.txt files in {', '.join(map(str, dirs))}")
    print(f"cold start (cablelint check one cable): {cold_start(SEED) * 1000:.0f} ms wall")
    bare, imports = python_start()
    print(f"  of which: python starting {bare * 1000:.0f} ms, importing cablelint {(imports - bare) * 1000:.0f} ms")

    t = time.perf_counter()
    total = 0
    for p in files:
        total += len(p.read_bytes())
    base = time.perf_counter() - t

    # three fresh processes, each linting every file once: the best is the machine's own
    # speed, the spread shows how much other load on a shared machine moved it
    runs = [json.loads(subprocess.run([sys.executable, __file__, "--one-pass", *map(str, dirs)],
                                      capture_output=True, text=True, check=True).stdout)
            for _ in range(3)]
    best = min(r["seconds"] for r in runs)
    worst = max(r["seconds"] for r in runs)
    print(f"files: {len(files)} ({total / 1e6:.1f} MB), findings: {runs[0]['findings']}")
    print(f"baseline (read only): {len(files) / base:,.0f} cables/s")
    print(f"cablelint (parse + {runs[0]['rules']} rules, one core, each cable once): "
          f"{len(files) / best:,.0f} cables/s ({best * 1000 / len(files):.2f} ms per cable; best of "
          f"3 processes, slowest {len(files) / worst:,.0f} cables/s)")

    exe = Path(sys.executable).with_name("cablelint")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "cablelint"]
    t = time.perf_counter()
    subprocess.run(cmd + ["check", "--jobs", "1", "--no-cache", "--output-format", "json",
                          *map(str, dirs)], stdout=subprocess.DEVNULL, check=False)
    cli = time.perf_counter() - t
    print(f"command line end to end (cablelint check --jobs 1 --no-cache, one run): "
          f"{len(files) / cli:,.0f} cables/s ({cli:.1f} s, process start and output included)")
    print("peak RSS after each quarter of the files: "
          + ", ".join(f"{m:.0f} MB" for m in runs[0]["rss"]))


if __name__ == "__main__":
    main(sys.argv[1:])
