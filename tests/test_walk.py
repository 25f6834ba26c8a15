"""Folders: any depth without a RecursionError, and what cannot be listed or read reported as a
finding, never skipped silently (issue 12, items 2 and 8)."""
from __future__ import annotations

import os
import socket
import subprocess

import pytest
from cli_helpers import bad, check, place

from cablelint import walk as walk_mod


def _remove_tree(top: str) -> None:
    # (rm, not shutil.rmtree: that recurses, and so does pytest's clean-up of old folders)
    subprocess.run(["rm", "-rf", top], check=True)


def test_a_tree_deeper_than_the_recursion_limit_is_walked(tmp_path, capsys):
    top = str(tmp_path / "t")
    try:
        folder = top
        os.mkdir(folder)
        for _ in range(1100):  # (os.walk ended in a RecursionError near 1,000 levels)
            folder = os.path.join(folder, "d")
            os.mkdir(folder)
        with open(os.path.join(folder, "a.txt"), "wb") as fh:
            fh.write(bad("banner-below-portion").read_bytes())
        r = check(capsys, "-f", "json", "t", cwd=tmp_path)
    finally:
        _remove_tree(top)
    assert r.code == 1 and "Traceback" not in r.err
    assert {f["path"].count("/d") for f in r.json() if f["code"] == "CL101"} == {1100}


def test_a_folder_deeper_than_a_path_can_name_is_a_finding(tmp_path, capsys):
    # made folder by folder from the one above (a path this long cannot be named whole)
    top = str(tmp_path / "t")
    os.mkdir(top)
    fds = [os.open(top, os.O_RDONLY)]
    try:
        for _ in range(2100):  # 4,200 bytes of `/d`: past PATH_MAX (4,096) on Linux
            os.mkdir("d", dir_fd=fds[-1])
            fds.append(os.open("d", os.O_RDONLY, dir_fd=fds[-1]))
        r = check(capsys, "-f", "json", "t", cwd=tmp_path)
    finally:
        for fd in fds:
            os.close(fd)
        _remove_tree(top)
    assert r.code == 1 and "Traceback" not in r.err, r.err
    found = r.json()
    assert [f["code"] for f in found] == ["CL003"]
    assert "the folder cannot be listed" in found[0]["message"]


def test_the_walk_keeps_the_order_and_pruning_of_os_walk(tmp_path):
    for name in ("b/x.txt", "a/y.txt", "a/.hidden/z.txt", "c.txt", "a/sub/w.txt"):
        place(bad("banner-below-portion"), tmp_path / name)
    os.symlink(tmp_path / "a", tmp_path / "link")  # links to folders are not followed
    unlisted: list = []
    got = list(walk_mod.walk(
        str(tmp_path), "", lambda parent, state, name: None if name.startswith(".") else f"{state}/{name}",
        unlisted))
    # each folder's state is made from its parent's
    assert [(os.path.relpath(f, tmp_path), state, files) for f, state, files in got] == [
        (".", "", ["c.txt"]), ("a", "/a", ["y.txt"]), ("a/sub", "/a/sub", ["w.txt"]),
        ("b", "/b", ["x.txt"])]
    assert unlisted == []


def test_a_folder_that_cannot_be_listed_is_a_finding(tmp_path, capsys, monkeypatch):
    place(bad("banner-below-portion"), tmp_path / "t" / "ok" / "a.txt")
    (tmp_path / "t" / "locked").mkdir()
    real = os.scandir

    def scandir(path="."):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(walk_mod.os, "scandir", scandir)
    r = check(capsys, "-f", "json", "t", cwd=tmp_path)
    assert r.code == 1, r.err
    locked = [f for f in r.json() if f["path"].endswith("locked")]
    assert [(f["code"], f["message"]) for f in locked] == [
        ("CL003", "the folder cannot be listed (Permission denied): the cables in it are not checked")]


@pytest.mark.skipif(os.geteuid() == 0, reason="root lists every folder")
def test_a_mode_000_folder_named_on_the_command_line_is_a_finding(tmp_path, capsys):
    locked = tmp_path / "locked"
    place(bad("banner-below-portion"), locked / "a.txt")
    locked.chmod(0)
    try:
        r = check(capsys, "-f", "json", "locked", cwd=tmp_path)
    finally:
        locked.chmod(0o700)
    assert r.code == 1 and [f["code"] for f in r.json()] == ["CL003"]


def test_a_socket_is_an_unreadable_file_finding(tmp_path, capsys):
    path = tmp_path / "s.txt"
    with socket.socket(socket.AF_UNIX) as s:
        s.bind(str(path))
        r = check(capsys, "-f", "json", "s.txt", cwd=tmp_path)
    assert r.code == 1 and [f["code"] for f in r.json()] == ["CL003"], r.err


def _chain(top, levels: int):
    folder = top
    for _ in range(levels):
        folder = folder / "d"
    folder.mkdir(parents=True)
    return folder


def test_each_folder_takes_its_configuration_from_its_parent(tmp_path, capsys):
    # a configuration replaces the one above it from its folder down; a `.git` below stops the
    # one above from reaching in; an exclude in a nested configuration prunes below it
    (tmp_path / ".git").mkdir()
    (tmp_path / ".cablelint.toml").write_text('ignore = ["CL101"]\n')
    for name in ("t/a/a.txt", "t/a/b/c/a.txt", "t/a/b/c/skip/a.txt", "t/a/b/c/d/a.txt",
                 "t/a/sub/g/a.txt", "t/z/a.txt"):
        place(bad("banner-below-portion"), tmp_path / name)
    (tmp_path / "t" / "a" / "b" / "c" / "cablelint.toml").write_text('exclude = ["skip/"]\n')
    (tmp_path / "t" / "a" / "sub" / ".git").mkdir()
    r = check(capsys, "-f", "json", "t", cwd=tmp_path)
    assert r.code == 1, r.err
    flagged = sorted({f["path"] for f in r.json() if f["code"] == "CL101"})
    assert flagged == ["t/a/b/c/a.txt", "t/a/b/c/d/a.txt", "t/a/sub/g/a.txt"]
    # the same files, folder named on the command line or found below one
    assert sorted({f["path"] for f in check(capsys, "-f", "json", "t/a/b", cwd=tmp_path).json()
                   if f["code"] == "CL101"}) == ["t/a/b/c/a.txt", "t/a/b/c/d/a.txt"]


def test_a_deep_tree_is_searched_once_a_folder_and_keeps_nothing_a_folder(tmp_path, monkeypatch):
    # (issue 12: a search of every folder's ancestors, or a path kept for every folder, grows
    # with the square of the depth; counted here, not timed)
    from cablelint import config as config_mod
    from cablelint import select as select_mod
    from cablelint.api import plan

    (tmp_path / ".git").mkdir()
    (tmp_path / ".cablelint.toml").write_text('ignore = ["CL606"]\n')
    bottom = _chain(tmp_path / "t", 300)
    place(bad("banner-below-portion"), bottom / "a.txt")
    searched: list[str] = []
    real = config_mod._config_in

    def config_in(d):
        searched.append(str(d))
        return real(d)

    monkeypatch.setattr(config_mod, "_config_in", config_in)
    monkeypatch.setattr(select_mod, "_RESOLVED", {})
    made = []
    real_resolver = select_mod.Resolver

    def resolver(*args):
        made.append(real_resolver(*args))
        return made[-1]

    monkeypatch.setattr("cablelint.api.Resolver", resolver)
    planned = plan([str(tmp_path / "t")])
    assert [j.path for j in planned.jobs] == [str(bottom / "a.txt")]
    assert len(searched) == len(set(searched)) == 302  # t, its 300 folders, and tmp_path
    kept = made[0]
    assert len(select_mod._RESOLVED) <= 3  # the top and the folder with the cable
    assert len(kept._by_dir) == 1 and len(kept._found) <= 2
