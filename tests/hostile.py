"""Shared helpers of the hostile-input tests: the real cables, a CLI runner, the marking vocabulary.

The CLI is always run in a subprocess (`python -m cablelint`), so that a traceback, a hang on
import or an exit code is seen exactly as CI sees it.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).parent / "data"
CABLES = sorted((DATA / "cables").glob("*.txt")) + sorted((DATA / "raw").glob("*.txt"))


def run_cli(args: list[str], cwd: Path | None = None, env: dict[str, str] | None = None,
            tmp_cache: Path | None = None) -> subprocess.CompletedProcess:
    """Run `cablelint ARGS`; the user's cache is never touched (a temporary one, or none)."""
    full_env = {**os.environ, **(env or {})}
    full_env.pop("CABLELINT_OUTPUT_FORMAT", None)
    if tmp_cache is not None:
        full_env["XDG_CACHE_HOME"] = str(tmp_cache)
    elif "check" in args and "--no-cache" not in args:
        args = [*args, "--no-cache"]
    return subprocess.run([sys.executable, "-m", "cablelint", *args], cwd=cwd, env=full_env,
                          capture_output=True, text=True, timeout=600)


def json_findings(proc: subprocess.CompletedProcess) -> list[dict]:
    assert "Traceback" not in proc.stderr, proc.stderr
    return json.loads(proc.stdout)


# Words a message may legitimately share with a cable: the marking vocabulary (levels, controls,
# captions, the labels of header fields and of E.O. citations) and the linter's own terms.
MARKING_WORDS = frozenset("""
top secret confidential unclassified unclas classified limited official use only sensitive but
noforn nodis exdis limdis stadis sipdis orcon propin relto rel to fouo efto specat roger channel
dissent cherokee agrment nocontract fgi sbu lou nf ts s c u r
classification classified by derived from reason reasons decl declassify declassified on oadr
mr x1 x2 x3 x4 x5 x6 x7 x8 e o eo section of subject subj tags tag ref refs reftel reftels
entire text portion paragraph para caption caveat banner line marking overall
""".split())

_WORD_RE = re.compile(r"[a-z0-9]+")


def words(text: str) -> list[str]:
    """The words of `text` that are not marking vocabulary, nor numbers, nor single letters."""
    return [w for w in _WORD_RE.findall(text.lower())
            if w not in MARKING_WORDS and not w.isdigit() and len(w) > 1]


def four_grams(text: str) -> set[tuple[str, ...]]:
    w = words(text)
    return {tuple(w[i:i + 4]) for i in range(len(w) - 3)}
