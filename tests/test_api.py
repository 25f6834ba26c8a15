"""The public API, `cablelint.api`: what an editor server or a notebook calls."""
from __future__ import annotations

from pathlib import Path

import pytest

from cablelint import api

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
BAD = SEEDS / "bad" / "banner-below-portion.cable"


def test_lint_text_gives_the_findings_the_command_line_gives(tmp_path):
    text = BAD.read_text(encoding="utf-8")
    found = api.lint_text(text, tmp_path / "x.cable")
    assert "banner-below-portion" in {f.name for f in found}
    assert all(f.path == str(tmp_path / "x.cable") for f in found)
    assert found == sorted(found, key=api.Finding.sort_key)


def test_lint_text_without_a_path_reads_no_configuration():
    found = api.lint_text(BAD.read_text(encoding="utf-8"))
    assert {f.path for f in found} == {"<string>"}
    assert "banner-below-portion" in {f.name for f in found}


def test_lint_text_follows_the_configuration_of_its_path(tmp_path):
    (tmp_path / "cablelint.toml").write_text('ignore = ["banner-below-portion"]\n')
    text = BAD.read_text(encoding="utf-8")
    assert "banner-below-portion" not in {f.name for f in api.lint_text(text, tmp_path / "x.txt")}
    other = tmp_path / "elsewhere.toml"
    other.write_text('select = ["banner-below-portion"]\n')
    assert {f.name for f in api.lint_text(text, tmp_path / "x.txt", config=other)} == \
        {"banner-below-portion"}


def test_lint_text_select_runs_only_those_rules():
    found = api.lint_text(BAD.read_text(encoding="utf-8"), select=["CL101"])
    assert {f.code for f in found} == {"CL101"}


def test_lint_text_never_raises_on_bad_text():
    assert [f.name for f in api.lint_text("")] == ["unreadable-file"]
    assert [f.name for f in api.lint_text("\x00" * 100)] == ["unreadable-file"]


def test_a_bad_selector_is_a_configuration_error():
    with pytest.raises(api.ConfigError):
        api.lint_text("UNCLAS STATE 000001\n", select=["no-such-rule"])


def test_lint_paths_finds_cables_below_folders(tmp_path):
    (tmp_path / "a.txt").write_bytes(BAD.read_bytes())
    (tmp_path / "notes.md").write_text("not a cable\n")
    run = api.lint_paths([tmp_path])
    assert run.paths == (str(tmp_path / "a.txt"),)
    assert "banner-below-portion" in {f.name for f in run.findings}
    assert run.read_errors == {}
    assert run.findings == api.lint_text(BAD.read_text(encoding="utf-8"), tmp_path / "a.txt")


def test_lint_paths_uses_the_cache_only_when_asked(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_bytes(BAD.read_bytes())
    first = api.lint_paths([tmp_path / "in"], cache_dir=tmp_path / "cache")
    assert any((tmp_path / "cache").rglob("*"))
    assert api.lint_paths([tmp_path / "in"], cache_dir=tmp_path / "cache") == first


def test_parse_gives_the_document_model():
    cable = api.parse((SEEDS / "08BEIJING3400.txt").read_text(encoding="utf-8").replace("\n", "\r\n"))
    assert cable.overall.marking is not None
    assert cable.overall.layer == "classification line"
    assert cable.overall.span.line >= 1
