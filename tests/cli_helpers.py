"""Running the real `cablelint check` from tests: in this process (fast) or as a subprocess
(for standard input, terminals and exit codes as a shell sees them)."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

from cablelint.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOOD = SEEDS / "08BEIJING3400.txt"
BAD = SEEDS / "bad"  # one fault per file, named after the rule it trips
CABLELINT = [sys.executable, "-m", "cablelint"]


@dataclass
class Run:
    code: int
    out: str
    err: str

    def json(self):
        return json.loads(self.out)

    def codes(self) -> list[str]:
        return [f["code"] for f in self.json()]


def check(capsys, *args: str, cwd: Path | None = None) -> Run:
    """`cablelint check ARGS` in-process, never touching the user's cache."""
    old = Path.cwd()
    if cwd:
        os.chdir(cwd)
    try:
        capsys.readouterr()
        code = main(["check", "--no-cache", *args])
        cap = capsys.readouterr()
    finally:
        os.chdir(old)
    return Run(code, cap.out, cap.err)


def run_cli(*args: str, cwd: Path | None = None, stdin: bytes | None = None,
            env: dict | None = None) -> Run:
    full_env = {**os.environ, **(env or {})}
    p = subprocess.run([*CABLELINT, *args], cwd=cwd, input=stdin, capture_output=True,
                       env=full_env, timeout=120)
    return Run(p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"))


def bad(rule_name: str) -> Path:
    return BAD / f"{rule_name}.cable"


def place(src: Path, dest: Path) -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dest)
    return dest


def write(path: Path, text: str) -> Path:
    """A text file (a configuration, say), its folders made, the text dedented."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path
