"""Instructions per cable under callgrind: a speed figure that does not move with machine load.

Wall-clock benchmarks on a shared machine move by a third; the number of instructions the
interpreter executes for the same input does not. Use this to compare two versions of the code.

Usage: python benchmarks/instructions.py [--parse-only] [CORPUS_DIR]   (needs valgrind; ~3 min)
Prints the instructions per cable for parse plus all default rules (or the parse alone), over
400 cables of the folder (default ../shared/corpus/cables):
- seen once: each cable linted for the first time, after 100 other cables of the folder have
  warmed the process (regular expressions compiled, common readings cached), as in a real run;
- seen again: the same 400 cables a second time, when every reading is cached (the figure
  earlier versions of this script printed).
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
N = 400
WARM = 100

# Run inside valgrind: lint (or parse) WARM other cables to warm up, then the N measured cables
# as many times as asked (0, 1 or 2); differences between the runs are the costs per pass.
_CHILD = r"""
import sys
from pathlib import Path
from cablelint import parser, source
from cablelint.registry import full_registry
from cablelint.runner import Settings, lint_bytes
folder, n, warm, what, times = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], int(sys.argv[5])
files = sorted(Path(folder).glob('*.txt'))
datas = [(p.read_bytes(), str(p)) for p in files[:n + warm]]
settings = Settings.default(full_registry())
def run(items):
    for b, name in items:
        if what == 'parse':
            parser.parse(source.decode(b).text)
        else:
            lint_bytes(b, name, settings)
run(datas[n:])
for _ in range(times):
    run(datas[:n])
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
    runs = [_instructions([str(folder), str(N), str(WARM), what, str(k)]) for k in (0, 1, 2)]
    once, again = (runs[1] - runs[0]) / N / 1e6, (runs[2] - runs[1]) / N / 1e6
    label = "parse" if what == "parse" else "parse + default rules"
    print(f"{label}: {once:.2f} M instructions per cable seen once, {again:.2f} M seen again "
          f"({N} cables of {folder}, after {WARM} others)")


if __name__ == "__main__":
    main(sys.argv[1:])
