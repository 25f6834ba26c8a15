"""The README's user section, followed as written: a fresh virtual environment, a fresh git
repository of records, and every command and file of the section in order.

Only the placeholders are filled in: `<URL of this repository>` becomes this checkout as a
`file://` URL and `<tag or commit>` its HEAD, so what is installed (by pip, and by pre-commit
into its own environment) is the committed state of the checkout. Package registries are the
only network used (pip fetches lark and pre-commit as a user's would). Slow (about a minute):
`-m "not slow"` leaves it out of a quick run; CI runs it.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import GOOD, ROOT, bad, place

GIT = shutil.which("git")
README = ROOT / "README.md"
SCHEMA = ROOT / "tests" / "data" / "sarif-schema-2.1.0.json"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(GIT is None, reason="git is not installed"),
    pytest.mark.skipif(not (ROOT / ".git").exists(), reason="needs the git checkout of cablelint"),
]


def user_guide() -> list[tuple[str, str]]:
    """The fenced blocks of the README's user section, in order: (language, text)."""
    text = README.read_text(encoding="utf-8")
    section = re.search(r"<!-- user-guide: start.*?-->(.*)<!-- user-guide: end -->", text, re.S)
    assert section, "README.md lost its user-guide markers"
    return re.findall(r"^```(\w+)\n(.*?)^```", section.group(1), re.S | re.M)


def _env(tmp_path: Path, venv: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("GIT_", "PRE_COMMIT", "VIRTUAL_ENV", "PYTHON"))}
    env.update({
        "PATH": f"{venv / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}",
        "HOME": str(tmp_path / "home"),
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
        "XDG_CACHE_HOME": str(tmp_path / "xdg-cache"),
        "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid",
        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.invalid",
        "NO_COLOR": "1",
    })
    # pip's own configuration (an index mirror, say) is the user's, and stays
    for k in ("PIP_INDEX_URL", "PIP_EXTRA_INDEX_URL", "PIP_FIND_LINKS", "PIP_CONFIG_FILE"):
        if k in os.environ:
            env[k] = os.environ[k]
    (tmp_path / "home").mkdir(exist_ok=True)
    return env


def _sh(command: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", "-c", command], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=600)


def _records_repository(path: Path, env: dict[str, str]) -> None:
    """A records repository as a user has one: an old cable with findings, a clean one, notes."""
    place(bad("banner-below-portion"), path / "cables" / "2008" / "old.txt")
    place(GOOD, path / "cables" / "2008" / "clean.txt")
    (path / "README.md").write_text("# Records\n", encoding="utf-8")
    for args in (["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-q", "-m", "records"]):
        subprocess.run([GIT, *args], cwd=path, check=True, env=env, capture_output=True)


def test_readme_user_section_as_written(tmp_path):
    yaml = pytest.importorskip("yaml")
    head = subprocess.run([GIT, "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    if head.returncode != 0:
        pytest.skip("the checkout has no commit")
    fill = {"<URL of this repository>": ROOT.as_uri(), "<tag or commit>": head.stdout.strip()}

    def filled(text: str) -> str:
        for k, v in fill.items():
            text = text.replace(k, v)
        return text

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    env = _env(tmp_path, venv)
    repo = tmp_path / "records"
    _records_repository(repo, env)

    ran: dict[str, subprocess.CompletedProcess] = {}
    workflow = None
    for lang, block in user_guide():
        block = filled(block)
        if lang == "yaml":
            target = re.match(r"# (\S+)\n", block)
            assert target, f"a YAML block of the user guide names no file:\n{block}"
            (repo / target.group(1)).parent.mkdir(parents=True, exist_ok=True)
            (repo / target.group(1)).write_text(block, encoding="utf-8")
            if target.group(1).startswith(".github/workflows/"):
                workflow = yaml.safe_load(block)
            continue
        assert lang == "sh", lang
        for line in block.splitlines():
            command = line.split("  #")[0].strip()
            if not command:
                continue
            p = ran[command] = _sh(command, repo, env)
            # 1 is cablelint's "error findings"; anything else means the guide does not work
            assert p.returncode in (0, 1), f"$ {command}\n{p.stdout}{p.stderr}"
            assert "Traceback" not in p.stderr, p.stderr

    # the install put this cablelint on the PATH
    version = next(p for c, p in ran.items() if c == "cablelint --version")
    assert version.returncode == 0 and version.stdout.startswith("cablelint ")
    assert shutil.which("cablelint", path=env["PATH"]) == str(venv / "bin" / "cablelint")
    # the old cable's findings, then none once they are in the baseline
    first = ran["cablelint check cables/"]
    assert first.returncode == 1 and "cables/2008/old.txt:" in first.stdout and "CL101" in first.stdout
    assert "clean.txt" not in first.stdout
    assert "CL101 banner-below-portion" in ran["cablelint rule CL101"].stdout
    assert ran["cablelint check --baseline cablelint-baseline.json cables/"].returncode == 0
    assert (repo / "cablelint-baseline.json").is_file()
    hook_run = ran["pre-commit run --all-files"]
    assert hook_run.returncode == 0 and "Passed" in hook_run.stdout, hook_run.stdout + hook_run.stderr
    assert (repo / ".git" / "hooks" / "pre-commit").is_file()

    def commit(message: str) -> subprocess.CompletedProcess:
        subprocess.run([GIT, "add", "-A"], cwd=repo, check=True, env=env)
        return subprocess.run([GIT, "commit", "-m", message], cwd=repo, env=env,
                              capture_output=True, text=True, timeout=600)

    # the set-up is committed through the hook that `pre-commit install` put in place...
    p = commit("cablelint: baseline, pre-commit and CI")
    assert p.returncode == 0, p.stdout + p.stderr
    # ...which stops a new fault, and only the new one
    new = place(bad("noforn-rollup"), repo / "cables" / "2009" / "new.txt")
    p = commit("a new cable")
    assert p.returncode != 0, p.stdout + p.stderr
    out = p.stdout + p.stderr  # (git shows the hook's output on stderr)
    assert "cables/2009/new.txt:" in out and "old.txt" not in out
    subprocess.run([GIT, "reset", "-q"], cwd=repo, check=True, env=env)
    new.unlink()

    # the GitHub Actions workflow's commands, as its runner would run them
    assert workflow is not None, "the user guide has no GitHub Actions workflow"
    steps = workflow["jobs"]["cablelint"]["steps"]
    uses = [s["uses"] for s in steps if "uses" in s]
    assert any(u.startswith("github/codeql-action/upload-sarif@") for u in uses)
    sarif_file = next(s["with"]["sarif_file"] for s in steps if "upload-sarif" in s.get("uses", ""))
    for step in steps:
        if "run" in step:
            p = _sh(step["run"], repo, env)
            assert p.returncode == 0, f"$ {step['run']}\n{p.stdout}{p.stderr}"
            if "--output-format github" in step["run"]:
                assert "::error" not in p.stdout  # everything old is in the baseline
    jsonschema = pytest.importorskip("jsonschema")
    doc = json.loads((repo / sarif_file).read_text(encoding="utf-8"))
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert not list(jsonschema.Draft4Validator(schema).iter_errors(doc))
    assert any(r["ruleId"] == "CL101" for r in doc["runs"][0]["results"])
