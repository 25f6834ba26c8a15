"""Standard input for editors, the process pool, the result cache and the progress bar, through
the real CLI (a subprocess where standard input or the terminal matters)."""
from __future__ import annotations

import json
import os

import pytest
from cli_helpers import GOOD, ROOT, bad, check, place, run_cli

CABLES = ROOT / "tests" / "data" / "cables"


def test_stdin_is_linted_as_the_named_file_with_its_configuration(tmp_path):
    data = bad("banner-below-portion").read_bytes()
    (tmp_path / "desk").mkdir()
    r = run_cli("check", "--no-cache", "-f", "json", "--stdin-filename", "desk/draft.txt", "-",
                cwd=tmp_path, stdin=data)
    assert r.code == 1, r.err
    assert {f["path"] for f in r.json()} == {"desk/draft.txt"}
    assert "CL101" in {f["code"] for f in r.json()}
    # the configuration nearest to desk/draft.txt applies, though no such file exists
    (tmp_path / "desk" / "cablelint.toml").write_text('ignore = ["CL101"]\n')
    r = run_cli("check", "--no-cache", "-f", "json", "--stdin-filename", "desk/draft.txt", "-",
                cwd=tmp_path, stdin=data)
    assert "CL101" not in {f["code"] for f in r.json()}
    assert not (tmp_path / "desk" / "draft.txt").exists()


def test_stdin_text_format_for_editors(tmp_path):
    r = run_cli("check", "--no-cache", "--stdin-filename", "x.txt", cwd=tmp_path,
                stdin=bad("noforn-rollup").read_bytes())
    first = r.out.splitlines()[0]
    assert first.startswith("x.txt:24:5: CL105 [noforn-rollup] error: ")
    assert r.code == 1


@pytest.mark.parametrize("data", [b"", b"\x00" * 100, b"\xff\xfe\x00"], ids=["empty", "nul", "utf16"])
def test_hostile_stdin_is_a_finding_not_a_traceback(tmp_path, data):
    r = run_cli("check", "--no-cache", "--stdin-filename", "x.txt", "-", cwd=tmp_path, stdin=data)
    assert "Traceback" not in r.err and r.code == 1
    assert "CL003" in r.out


def test_clean_stdin(tmp_path):
    r = run_cli("check", "--no-cache", "-", cwd=tmp_path, stdin=GOOD.read_bytes())
    assert r.code == 0 and "no findings" in r.out


def test_jobs_give_the_same_output_as_one_process(capsys):
    one = check(capsys, "-f", "json", "--jobs", "1", str(CABLES))
    two = check(capsys, "-f", "json", "--jobs", "2", str(CABLES))
    assert one.out == two.out and one.code == two.code
    assert len(one.json()) > 10


def test_jobs_must_be_positive(capsys):
    assert check(capsys, "--jobs", "0", str(GOOD)).code == 2


def test_cache_reuses_results_and_stores_no_cable_text(tmp_path, capsys):
    place(bad("banner-below-portion"), tmp_path / "cables" / "a.txt")
    place(GOOD, tmp_path / "cables" / "good.txt")
    cache = tmp_path / "cache"
    before = sorted(p.name for p in (tmp_path / "cables").iterdir())
    first = run_cli("check", "-f", "json", "--cache-dir", str(cache), "cables", cwd=tmp_path)
    entries = list(cache.rglob("*.json"))
    assert len(entries) == 2
    # a cached result is served: spoil the entries' findings and see them come back
    from cablelint.cache import seal
    for e in entries:
        doc = json.loads(e.read_text())
        for f in doc["findings"]:
            f["message"] = "from the cache"
        e.write_text(json.dumps(seal(doc["key"], doc["identity"], doc["findings"], doc["facts"])))
    second = run_cli("check", "-f", "json", "--cache-dir", str(cache), "cables", cwd=tmp_path)
    assert second.json() and all(f["message"] == "from the cache" for f in second.json())
    assert [{**f, "message": ""} for f in first.json()] == [{**f, "message": ""} for f in second.json()]
    # a different configuration is a different key; --no-cache neither reads nor writes
    (tmp_path / "cablelint.toml").write_text('[severity]\nCL101 = "warning"\n')
    third = run_cli("check", "-f", "json", "--cache-dir", str(cache), "cables", cwd=tmp_path)
    assert all(f["message"] != "from the cache" for f in third.json())
    n = len(list(cache.rglob("*.json")))
    fresh = run_cli("check", "-f", "json", "--no-cache", "--cache-dir", str(cache), "cables", cwd=tmp_path)
    assert all(f["message"] != "from the cache" for f in fresh.json())
    assert len(list(cache.rglob("*.json"))) == n
    # nothing was written beside the cables, and no cable text is in the cache
    assert sorted(p.name for p in (tmp_path / "cables").iterdir()) == before
    words = (tmp_path / "cables" / "a.txt").read_text().split()
    stored = "".join(p.read_text() for p in cache.rglob("*.json"))
    assert not any(" ".join(words[i:i + 5]) in stored for i in range(len(words) - 5))


def test_cache_changes_with_the_file(tmp_path):
    a = place(bad("banner-below-portion"), tmp_path / "a.txt")
    cache = tmp_path / "cache"
    assert run_cli("check", "--cache-dir", str(cache), "a.txt", cwd=tmp_path).code == 1
    a.write_bytes(GOOD.read_bytes())
    assert run_cli("check", "--cache-dir", str(cache), "a.txt", cwd=tmp_path).code == 0


def test_cache_finds_rule_files_as_inspect_does():
    import inspect

    from cablelint.cache import _source_file
    from cablelint.registry import full_registry

    for obj in [r.check for r in full_registry().rules] + [len, 3, object(), lambda: 0, str.upper]:
        try:
            expected = inspect.getsourcefile(obj)
        except TypeError:
            expected = None
        assert _source_file(obj) == expected


def test_default_cache_is_in_the_user_cache_folder(tmp_path):
    place(GOOD, tmp_path / "work" / "a.txt")
    r = run_cli("check", "a.txt", cwd=tmp_path / "work", env={"XDG_CACHE_HOME": str(tmp_path / "xdg")})
    assert r.code == 0
    assert list((tmp_path / "xdg" / "cablelint").rglob("*.json"))
    assert sorted(p.name for p in (tmp_path / "work").iterdir()) == ["a.txt"]


def test_unwritable_cache_is_skipped(tmp_path):
    place(GOOD, tmp_path / "a.txt")
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the cache folder should be")
    r = run_cli("check", "--cache-dir", str(blocker / "cache"), "a.txt", cwd=tmp_path)
    assert r.code == 0 and r.err == ""


def test_no_progress_bar_when_stderr_is_not_a_terminal(tmp_path):
    r = run_cli("check", "--no-cache", str(CABLES), cwd=tmp_path)
    assert r.err == ""


def test_progress_bar_draws_on_a_terminal():
    import io

    from cablelint import progress

    class Tty(io.StringIO):
        def isatty(self):
            return True

    s = Tty()
    assert progress.wanted(progress.MIN_FILES, s) == (not os.environ.get("CI"))
    assert not progress.wanted(3, s) and not progress.wanted(10_000, io.StringIO())
    bar = progress.Progress(2, s)
    bar.tick()
    bar.tick()
    bar.close()
    assert "2/2 files" in s.getvalue()


def test_unreadable_path_exits_2(tmp_path, capsys):
    r = check(capsys, str(tmp_path / "missing.txt"))
    assert r.code == 2 and "cannot read" in r.err
