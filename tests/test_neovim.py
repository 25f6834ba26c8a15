"""cablelint in a real editor: a headless Neovim with its built-in LSP client opens a cable,
reads the diagnostics of `cablelint server` and applies its quick fix through Neovim itself
(tests/data/nvim/fix_cable.lua). Runs where `nvim` is on PATH; in CI (`CI` set) a missing
Neovim is a failure, since .ci/run installs it."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NVIM = shutil.which("nvim")
SCRIPT = ROOT / "tests" / "data" / "nvim" / "fix_cable.lua"

pytest.importorskip("pygls")


@pytest.mark.skipif(NVIM is None and not os.environ.get("CI"), reason="nvim is not on PATH")
def test_neovim_shows_the_finding_and_applies_the_quick_fix(tmp_path):
    assert NVIM is not None, "CI must run the Neovim test: .ci/run installs Neovim"
    seed = (ROOT / "seeds" / "bad" / "noforn-rollup.cable").read_text(encoding="utf-8")
    cable = tmp_path / "c.txt"
    cable.write_text(seed, encoding="utf-8")
    result = tmp_path / "result.json"
    env = {**os.environ, "CABLE": str(cable), "RESULT": str(result), "PYTHON": sys.executable,
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_STATE_HOME": str(tmp_path / "state")}
    p = subprocess.run([NVIM, "--headless", "--clean", "-n", "-u", "NONE", "-i", "NONE",
                        "-c", f"luafile {SCRIPT}"], cwd=tmp_path, env=env,
                       capture_output=True, timeout=120, stdin=subprocess.DEVNULL)
    assert result.exists(), p.stdout.decode(errors="replace") + p.stderr.decode(errors="replace")
    out = json.loads(result.read_text())
    assert "error" not in out, out["error"]
    assert out["got_diagnostics"]
    [d] = out["diagnostics"]
    # Neovim counts columns in bytes: `¶3. (S/NF)` puts the mark at byte 5 of line 24
    assert (d["code"], d["lnum"], d["col"]) == ("CL105", 23, 5)
    assert "[noforn-rollup]" in d["message"]
    assert out["applied"] == "add the NOFORN caption (CL105, unsafe)"
    assert out["cleared"], "the diagnostics did not clear after the fix"
    fixed = cable.read_text(encoding="utf-8")
    assert "BEIJING 003400\n\nNOFORN\n" in fixed and "\nSECRET//NOFORN\n" in fixed
