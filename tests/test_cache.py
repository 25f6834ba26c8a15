"""The result cache: keyed on everything that can change a finding, every entry checked on
read, never blocking on special files, private folders, pruned (issue 12, item 5)."""
from __future__ import annotations

import json
import os
import sys
import time

import pytest

from cablelint import cache as cache_mod
from cablelint.cache import ResultCache, code_fingerprint, seal
from cablelint.rule import Finding, Registry
from cablelint.runner import FileResult

KEY = "ab" * 32
FINDING = Finding("a.txt", 3, 1, 3, 9, "CL101", "banner-below-portion", "error", "m", "paragraph:S")


def _entry_file(c: ResultCache, key: str = KEY):
    return c.folder / key[:2] / f"{key}.json"


def _store(tmp_path) -> ResultCache:
    c = ResultCache(tmp_path / "cache", "code")
    c.put(KEY, FileResult([FINDING], "STATE 1"))
    assert c.get(KEY) == FileResult([FINDING], "STATE 1")
    return c


def _rewrite(c: ResultCache, change) -> None:
    f = _entry_file(c)
    doc = json.loads(f.read_text())
    change(doc)
    f.write_text(json.dumps(doc) if not isinstance(doc, str) else doc)


@pytest.mark.parametrize("change", [
    lambda d: d.update(findings=[]),                      # findings hidden by hand
    lambda d: d["findings"][0].update(message="other"),
    lambda d: d.update(key="cd" * 32),                    # another file's entry copied here
    lambda d: d["findings"][0].update(line="3"),
    lambda d: d["findings"][0].update(line=True),
    lambda d: d["findings"][0].update(related=[{"line": 1}]),
    lambda d: d.update(identity=["x"]),
    lambda d: d.update(findings={"a": 1}),
])
def test_a_damaged_or_edited_entry_is_a_miss(tmp_path, change):
    c = _store(tmp_path)
    _rewrite(c, change)
    assert c.get(KEY) is None


@pytest.mark.parametrize("raw", [
    '{"key": "' + KEY + '", "identity": null, "findings": [{"line": 1e400}], "check": ""}',
    "[" * 100_000 + "]" * 100_000,
    '{"findings": ' + "[" * 100_000 + "]" * 100_000 + "}",
    "\xff\xfe not json",
])
def test_an_entry_that_is_not_sound_json_is_a_miss(tmp_path, raw):
    c = _store(tmp_path)
    _entry_file(c).write_text(raw, encoding="latin-1")
    assert c.get(KEY) is None


def test_a_resealed_entry_is_served(tmp_path):
    c = _store(tmp_path)
    doc = json.loads(_entry_file(c).read_text())
    doc["findings"][0]["message"] = "from the cache"
    _entry_file(c).write_text(json.dumps(seal(KEY, doc["identity"], doc["findings"], doc["facts"])))
    assert c.get(KEY).findings[0].message == "from the cache"


def test_special_files_in_place_of_an_entry_never_block(tmp_path):
    c = _store(tmp_path)
    _entry_file(c).unlink()
    os.mkfifo(_entry_file(c))
    assert c.get(KEY) is None
    _entry_file(c).unlink()
    os.symlink("/dev/zero", _entry_file(c))
    assert c.get(KEY) is None


def test_folders_are_private_whatever_the_umask(tmp_path):
    old = os.umask(0)
    try:
        c = ResultCache(tmp_path / "a" / "b", "code")
        c.put(KEY, FileResult([FINDING], None))
    finally:
        os.umask(old)
    for d in (tmp_path / "a", tmp_path / "a" / "b", c.folder, c.folder / KEY[:2]):
        assert (d.stat().st_mode & 0o777) == 0o700, d
    assert (_entry_file(c).stat().st_mode & 0o777) == 0o600


def _plugin(tmp_path, helper: str):
    pkg = tmp_path / "plug" / "myrules"
    pkg.mkdir(parents=True, exist_ok=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "helpers.py").write_text(helper)
    (pkg / "data.txt").write_text("X\n")
    (pkg / "rules.py").write_text(
        "from cablelint.rule import rule\nfrom .helpers import MESSAGE\n"
        "@rule('XY001', 'xy-rule', 'warning')\n"
        "def xy(cable, options):\n    '''X.\n\n    Why: x.\n    '''\n    return ()\n")
    return pkg


def test_an_edited_helper_or_data_file_of_a_plugin_changes_the_key(tmp_path, monkeypatch):
    pkg = _plugin(tmp_path, "MESSAGE = 'old'\n")
    monkeypatch.syspath_prepend(str(tmp_path / "plug"))
    import importlib

    mod = importlib.import_module("myrules.rules")
    try:
        reg = Registry([mod.xy])
        before = code_fingerprint(reg)
        assert code_fingerprint(reg) == before
        (pkg / "helpers.py").write_text("MESSAGE = 'a new message'\n")
        after = code_fingerprint(reg)
        assert after != before
        (pkg / "data.txt").write_text("X\nY\n")
        assert code_fingerprint(reg) != after
    finally:
        for name in [m for m in sys.modules if m.startswith("myrules")]:
            del sys.modules[name]


def test_a_plugin_distribution_version_changes_the_key(tmp_path, monkeypatch):
    reg = Registry([])
    site = tmp_path / "site"
    info = site / "my_plugin-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "entry_points.txt").write_text("[cablelint.rules]\nmine = my_plugin:RULES\n")
    monkeypatch.syspath_prepend(str(site))
    one = code_fingerprint(reg)
    info.rename(site / "my_plugin-1.1.dist-info")
    assert code_fingerprint(reg) != one


def test_old_entries_and_earlier_formats_are_pruned_once_a_day(tmp_path, monkeypatch):
    c = ResultCache(tmp_path, "code")
    keys = [f"{i:02x}" * 32 for i in range(6)]
    for k in keys:
        c.put(k, FileResult([FINDING], None))
    old = time.time() - (cache_mod.MAX_AGE_DAYS + 1) * 86400
    os.utime(_entry_file(c, keys[0]), (old, old))
    (tmp_path / "v1" / "ab").mkdir(parents=True)
    (tmp_path / "v1" / "ab" / "x.json").write_text("{}")
    monkeypatch.setattr(cache_mod, "MAX_ENTRIES", 3)
    assert c.prune() == 4  # the old entry, the earlier format's, and two beyond the bound
    assert not (tmp_path / "v1").exists()
    assert [c.get(k) is not None for k in keys] == [False, False, False, True, True, True]
    for k in keys:
        c.put(k, FileResult([FINDING], None))
    assert c.prune() == 0  # pruned today already
    assert c.prune(now=time.time() + 2 * 86400) == 3
