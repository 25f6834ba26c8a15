"""No leak, no side effects: messages never quote a cable, the linter opens no network connection,
writes nothing beside the files it lints, and its cache holds no cable text.

A leak is four or more consecutive words of the cable in a finding's message, after dropping the
marking vocabulary (levels, controls, captions, field labels), numbers and single letters that
messages are meant to name. The full corpus is used when ../shared lies beside the checkout;
on a fresh clone the shipped sample is.
"""
from __future__ import annotations

import hashlib
import os
import re
import textwrap
from pathlib import Path

import pytest

from cablelint.api import lint_text
from cablelint.registry import full_registry
from cablelint.runner import Settings, lint_file
from hostile import CABLES, DATA, four_grams, json_findings, run_cli

CORPUS = Path(__file__).parent.parent.parent / "shared" / "corpus"
FOLDERS = ([CORPUS / "cables", CORPUS / "raw"] if (CORPUS / "cables").is_dir()
           else [DATA / "cables", DATA / "raw"])
ALL_RULES = Settings(tuple(full_registry().select("ALL")), {}, {})


# A message may quote a portion mark: it is a marking (`portion mark (S//REL TO USA, GBR)`), and
# REL TO lists of country names would otherwise count as cable words. What a mark-like
# parenthesis can smuggle out is tested on its own below.
_QUOTED_MARK_RE = re.compile(r"\([^()]{0,120}\)")


def leaks(text: str, messages: list[str]) -> list[tuple[str, tuple[str, ...]]]:
    grams = four_grams(text)
    out = []
    for m in messages:
        for part in _QUOTED_MARK_RE.split(m):  # no 4-gram spans a quoted mark
            out += [(m, g) for g in four_grams(part) if g in grams]
    return out


def test_the_leak_check_catches_a_quoted_sentence():
    text = "1. (S) The minister plans to resign before the summit next month.\n"
    assert leaks(text, ["paragraph 1 says: minister plans to resign before the summit"])
    assert not leaks(text, ["portion (S) in paragraph 1 is above the overall CONFIDENTIAL"])


LEAK_BASE = ("CONFIDENTIAL STATE 000001\n\nE.O. 12958: DECL: 01/01/2019\nTAGS: PREL\n"
             "SUBJECT: TEST\n\nClassified By: A. Person, reason 1.4 (b)\n\n1. (C) Fine.\n\n")


@pytest.mark.parametrize("paragraph", [
    "2. (The minister plans to resign soon) more text.\n",
    "2. (S//the minister plans to resign) more text.\n",
    "2. (SECRET the minister plans to resign) more text.\n",
    "2. (C//REL the minister plans to resign soon) more text.\n",
    "2. (C//REL TO THE MINISTER PLANS TO RESIGN) MORE TEXT.\n",
])
def test_free_text_in_a_mark_like_parenthesis_is_not_quoted(paragraph):
    text = LEAK_BASE + paragraph
    result = lint_file(text.encode(), "x.txt", ALL_RULES)
    messages = " ".join(f.message for f in result.findings).lower()
    assert "minister plans" not in messages, [f.message for f in result.findings]


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_no_message_quotes_the_cable(folder):
    paths = sorted(folder.glob("*.txt"))
    assert paths
    found = []
    for p in paths:
        data = p.read_bytes()
        result = lint_file(data, str(p), ALL_RULES)
        text = data.decode("utf-8", errors="replace")
        found += [(p.name, m, g) for m, g in leaks(text, [f.message for f in result.findings])]
    assert not found, found[:10]


def _tree(root: Path) -> dict[str, str]:
    """Every file and folder below `root` with a hash of its content: what a run may not change."""
    out = {}
    for dirpath, dirs, files in os.walk(root):
        for d in dirs:
            out[os.path.join(dirpath, d)] = "dir"
        for f in files:
            full = os.path.join(dirpath, f)
            out[full] = hashlib.sha256(Path(full).read_bytes()).hexdigest()
    return out


def _copy_sample(to: Path) -> Path:
    to.mkdir()
    for p in CABLES:
        (to / p.name).write_bytes(p.read_bytes())
    return to


def test_no_network_connection_and_nothing_written_beside_the_cables(tmp_path):
    guard = tmp_path / "guard"
    guard.mkdir()
    # Loaded by every Python process started with this PYTHONPATH (pool workers too): any
    # internet socket, name lookup or connection raises.
    (guard / "sitecustomize.py").write_text(textwrap.dedent('''
        import socket

        class _NoNetwork(socket.socket):
            def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
                if fileno is None and family in (-1, socket.AF_INET, socket.AF_INET6):
                    raise OSError("network disabled by the cablelint test suite")
                super().__init__(family, type, proto, fileno)

        def _refuse(*args, **kwargs):
            raise OSError("network disabled by the cablelint test suite")

        socket.socket = _NoNetwork
        socket.create_connection = _refuse
        socket.getaddrinfo = _refuse
        socket.gethostbyname = _refuse
    '''), encoding="utf-8")
    env = {"PYTHONPATH": str(guard)}
    probe = run_cli(["--version"], env=env)
    assert probe.returncode == 0
    # The guard really is active in such a process:
    import subprocess
    import sys
    check = subprocess.run([sys.executable, "-c", "import socket; socket.socket()"],
                           env={**os.environ, **env}, capture_output=True, text=True)
    assert check.returncode != 0 and "network disabled" in check.stderr

    cables = _copy_sample(tmp_path / "repo")
    cache = tmp_path / "cache"
    before = _tree(cables)
    runs = [run_cli(["check", "--output-format", "json", "."], cwd=cables, env=env, tmp_cache=cache),
            run_cli(["check", "--output-format", "json", "--jobs", "2", "."], cwd=cables, env=env,
                    tmp_cache=cache)]
    for proc in runs:
        assert proc.returncode in (0, 1), proc.stderr
        assert "network disabled" not in proc.stderr
        assert json_findings(proc)
    assert json_findings(runs[0]) == json_findings(runs[1])  # the second run reads the cache
    assert _tree(cables) == before


def test_the_cache_holds_no_cable_text(tmp_path):
    cables = _copy_sample(tmp_path / "repo")
    cache = tmp_path / "cache"
    proc = run_cli(["check", "--output-format", "json", str(cables)], tmp_cache=cache)
    assert proc.returncode in (0, 1), proc.stderr
    stored = [p for p in cache.rglob("*") if p.is_file()]
    if not stored:
        pytest.skip("this build keeps no result cache")
    cache_grams = set()
    for p in stored:
        cache_grams |= four_grams(p.read_bytes().decode("utf-8", errors="replace"))
    for p in CABLES:
        common = four_grams(p.read_text(encoding="utf-8", errors="replace")) & cache_grams
        assert not common, (p.name, sorted(common)[:5])


def test_messages_never_quote_the_classifier(authority_cable):
    text = authority_cable("Classified By: Anne W. Patterson, for reasons 1.4 (b)(d)")
    for f in lint_text(text, select=["CL2"]):
        assert "Patterson" not in f.message


def test_person_tags_never_quoted(captions_cable):
    text = captions_cable(tags_line="TAGS: PREL OVIP (SMITHERS, WAYLON) TU (JONES")
    for f in lint_text(text, select=["CL6"]):
        assert "SMITHERS" not in f.message and "WAYLON" not in f.message
