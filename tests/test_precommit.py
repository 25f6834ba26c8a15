"""cablelint under the real pre-commit: the published hook (`.pre-commit-hooks.yaml`, through
`pre-commit try-repo`, which pip-installs this working tree into pre-commit's own environment)
and the project's own `.pre-commit-config.yaml` (seeds/, with the deliberate faults excluded)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import GOOD, ROOT, SEEDS, bad, place

PRE_COMMIT = shutil.which("pre-commit", path=str(Path(sys.executable).parent)) or shutil.which("pre-commit")
GIT = shutil.which("git")

pytestmark = [
    pytest.mark.skipif(PRE_COMMIT is None, reason="pre-commit is not installed"),
    pytest.mark.skipif(GIT is None, reason="git is not installed"),
    pytest.mark.skipif(not (ROOT / ".git").exists(), reason="needs the git checkout of cablelint"),
]


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
    env.update({
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
        "XDG_CACHE_HOME": str(tmp_path / "xdg-cache"),  # cablelint's result cache, too
        # try-repo commits the uncommitted changes into a shadow clone: it needs an identity
        "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid",
        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.invalid",
        "NO_COLOR": "1",
    })
    env.update(extra)
    return env


def _git_repo(path: Path, env: dict[str, str]) -> None:
    subprocess.run([GIT, "init", "-q", str(path)], check=True, env=env)
    subprocess.run([GIT, "add", "-A"], cwd=path, check=True, env=env)


def _run(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def test_try_repo_hook_passes_good_and_fails_bad_cables(tmp_path):
    repo = tmp_path / "docs"
    place(GOOD, repo / "good.txt")
    place(bad("banner-below-portion"), repo / "bad.txt")
    env = _env(tmp_path)
    _git_repo(repo, env)

    p = _run([PRE_COMMIT, "try-repo", str(ROOT), "cablelint", "--verbose",
              "--files", "good.txt", "bad.txt"], repo, env)
    out = p.stdout + p.stderr
    assert p.returncode == 1, out
    assert "cablelint" in out and "Failed" in out
    assert "bad.txt:14:103: CL101 [banner-below-portion] error:" in out
    assert "good.txt:" not in out  # the good cable has no finding

    p = _run([PRE_COMMIT, "try-repo", str(ROOT), "cablelint", "--files", "good.txt"], repo, env)
    assert p.returncode == 0, p.stdout + p.stderr
    assert "Passed" in p.stdout


def test_project_config_lints_seeds_and_skips_the_deliberate_faults(tmp_path):
    repo = tmp_path / "project"
    shutil.copytree(SEEDS, repo / "seeds")
    shutil.copy(ROOT / ".pre-commit-config.yaml", repo)
    # the local hook uses the cablelint of the development install
    env = _env(tmp_path, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    _git_repo(repo, env)

    p = _run([PRE_COMMIT, "run", "cablelint", "--all-files"], repo, env)
    assert p.returncode == 0, p.stdout + p.stderr
    assert "Passed" in p.stdout

    # the same fault outside seeds/bad/ is caught
    place(bad("noforn-rollup"), repo / "seeds" / "new.txt")
    subprocess.run([GIT, "add", "-A"], cwd=repo, check=True, env=env)
    p = _run([PRE_COMMIT, "run", "cablelint", "--all-files"], repo, env)
    assert p.returncode == 1 and "seeds/new.txt:24:5: CL105" in p.stdout, p.stdout + p.stderr
    assert "seeds/bad/" not in p.stdout


def test_fix_hook_applies_safe_fixes_and_fails_the_commit_that_needs_them(tmp_path):
    repo = tmp_path / "docs"
    text = bad("banner-below-portion").read_text(encoding="utf-8")
    place(GOOD, repo / "good.txt")
    cable = repo / "dated.txt"
    # a date written m/d/yyyy: with declass-date-format selected, its safe fix writes mm/dd/yyyy
    good = GOOD.read_text(encoding="utf-8")
    assert "DECL: 09/03/2033" in good
    cable.write_text(good.replace("DECL: 09/03/2033", "DECL: 9/3/2033"), encoding="utf-8")
    (repo / "cablelint.toml").write_text('extend-select = ["declass-date-format"]\n')
    place(bad("banner-below-portion"), repo / "unsafe.txt")
    env = _env(tmp_path)
    _git_repo(repo, env)

    p = _run([PRE_COMMIT, "try-repo", str(ROOT), "cablelint-fix", "--files", "dated.txt",
              "good.txt", "unsafe.txt"], repo, env)
    out = p.stdout + p.stderr
    assert p.returncode == 1, out
    assert "files were modified by this hook" in out
    assert cable.read_text(encoding="utf-8") == good  # the safe fix, exactly
    assert (repo / "unsafe.txt").read_text(encoding="utf-8") == text  # unsafe: left alone
    assert "CL101" in out  # and still reported


def test_a_file_named_like_an_option_never_makes_the_hook_write(tmp_path):
    """Issue 12: pre-commit appends file names to the hook's command, so a committed file named
    `--output-file=v.txt` once made the shipped hook overwrite the cable v.txt."""
    repo = tmp_path / "docs"
    place(bad("banner-below-portion"), repo / "v.txt")
    place(GOOD, repo / "--output-file=v.txt")
    place(GOOD, repo / "--write-baseline=v.txt")
    before = (repo / "v.txt").read_bytes()
    env = _env(tmp_path)
    _git_repo(repo, env)

    p = _run([PRE_COMMIT, "try-repo", str(ROOT), "cablelint", "--verbose", "--all-files"], repo, env)
    out = p.stdout + p.stderr
    assert (repo / "v.txt").read_bytes() == before, out
    assert p.returncode == 1, out
    assert "v.txt:14:103: CL101 [banner-below-portion] error:" in out
    assert "Traceback" not in out
