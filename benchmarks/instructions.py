"""Instructions per cable under callgrind: a speed figure that does not move with machine load.

Wall-clock benchmarks on a shared machine move by a third; the number of instructions the
interpreter executes for the same input does not. Use this to compare two versions of the code.

Usage: python benchmarks/instructions.py [--parse-only] [CORPUS_DIR]   (needs valgrind; ~1 min)
Prints the instructions per cable for parse plus all default rules (or the parse alone), over
the first 400 cables of the folder (default ../shared/corpus/cables), warm-up subtracted.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
N = 400

# Run inside valgrind: lint (or parse) the cables once to warm up (regex compilation, caches),
# then once more if asked; the difference between the two runs is the steady-state cost.
_CHILD = r"""
import sys
from pathlib import Path
from cablelint import parser, source
from cablelint.cli import full_registry
from cablelint.runner import Settings, lint_bytes
files = sorted(Path(sys.argv[1]).glob('*.txt'))[:int(sys.argv[2])]
datas = [(p.read_bytes(), str(p)) for p in files]
settings = Settings.default(full_registry())
parse_only = sys.argv[3] == 'parse'
texts = [source.decode(b).text for b, _ in datas]
def once():
    if parse_only:
        for t in texts: parser.parse(t)
    else:
        for b, n in datas: lint_bytes(b, n, settings)
once()
if sys.argv[4] == 'twice':
    once()
"""


def _instructions(args: list[str]) -> int:
    out = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                          sys.executable, "-c", _CHILD, *args],
                         capture_output=True, text=True, check=True).stderr
    return int(re.search(r"Collected : (\d+)", out).group(1))


def main(argv: list[str]) -> None:
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed")
    what = "parse" if "--parse-only" in argv else "all"
    dirs = [a for a in argv if not a.startswith("--")]
    folder = Path(dirs[0]) if dirs else ROOT.parent / "shared" / "corpus" / "cables"
    once = _instructions([str(folder), str(N), what, "once"])
    twice = _instructions([str(folder), str(N), what, "twice"])
    label = "parse" if what == "parse" else "parse + default rules"
    print(f"{label}: {(twice - once) / N / 1e6:.2f} M instructions per cable "
          f"({N} cables of {folder})")


if __name__ == "__main__":
    main(sys.argv[1:])
