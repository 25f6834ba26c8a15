"""Writing the one file cablelint is asked to write (a report, a baseline), never another.

A report or baseline name comes from the command line, and a command line can come from a
repository (pre-commit appends the names of committed files to the hook's command). So before
anything is written: the target must not be a file being linted (`-o v.txt v.txt`), and a
file already there is replaced only when it is recognisably an earlier report or baseline
(JSON, XML, GitHub workflow commands, the text report's lines or the HTML page), never a cable or any other
text. The file is written beside the target under a temporary name and renamed over it, so a
full disk or a killed run never leaves half a report, and a link is replaced, not followed.
"""
from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Iterable

from .source import load_regular

# An earlier report larger than this is not looked into: it is refused like any other file.
_MAX_JUDGED = 64 * 1024 * 1024

# The lines of the text and statistics formats (a path may hold anything, so only the end of
# a finding line is matched) and their summary lines.
_TEXT_LINE = re.compile(r".*:\d+:\d+: [A-Z]+\d+ \[[^\]]*\] [a-z]+: .*|"
                        r"\s*\d+\s+[A-Z]+\d+\s+\S+(\s+[a-z]+)?|"
                        r"(Found \d+ finding|All clear: |No findings in |Nothing checked: ).*")


class WriteRefused(Exception):
    """The target may not be written; the message says why (the CLI exits 2)."""


def write_output(target: Path, text: str, linted: Iterable[str] = ()) -> None:
    """Write `text` (UTF-8) to `target` unless it is a linted file or a file of other text."""
    refuse = _refusal(target, linted)
    if refuse:
        raise WriteRefused(f"{target}: not written: {refuse}")
    data = text.encode("utf-8", errors="surrogateescape")
    folder = os.path.dirname(os.path.abspath(target))
    import tempfile  # (only when a report is written: the cache shares this module)

    try:
        fd, tmp = tempfile.mkstemp(prefix=".cablelint-", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise WriteRefused(f"{target}: cannot be written: {exc.strerror or type(exc).__name__}") from None
    if hasattr(os, "fchmod"):
        try:
            os.fchmod(fd, 0o666 & ~_umask())  # (mkstemp makes it private; a report is not)
        except OSError:
            pass
    try:
        write_replacing(fd, tmp, target, data)
    except OSError as exc:
        raise WriteRefused(f"{target}: cannot be written: {exc.strerror or type(exc).__name__}") from None


def write_replacing(fd: int, tmp: str, target: str | os.PathLike, data: bytes) -> None:
    """Write `data` to the open temporary file `tmp`, close it and rename it over `target`;
    on failure (a full disk, say) remove it and raise OSError."""
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
        finally:
            os.close(fd)
        os.replace(tmp, target)
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _refusal(target: Path, linted: Iterable[str]) -> str:
    try:
        st = os.stat(target)
    except OSError:
        return ""  # nothing there (or nothing this user can see): a new file
    for path in linted:
        try:
            other = os.stat(path)
        except OSError:
            continue
        if (other.st_dev, other.st_ino) == (st.st_dev, st.st_ino):
            return "it is one of the files being linted"
    try:
        data = load_regular(target, _MAX_JUDGED)
    except OSError as exc:
        return f"it cannot be read to check what it is ({exc.strerror or type(exc).__name__})"
    if data is None:
        return "it is not a regular file"
    if isinstance(data, int):
        return "it is a large file that is not a cablelint report"
    if not is_earlier_output(data):
        return "a file of other text is there (a cable?); remove it or name another file"
    return ""


def is_earlier_output(data: bytes) -> bool:
    """Whether `data` is empty or recognisably a cablelint report or baseline."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    stripped = text.strip()
    if not stripped:
        return True
    if stripped[:15].lower() == "<!doctype html>":
        return "<title>cablelint report</title>" in stripped[:4096]
    if stripped.startswith("<?xml"):
        return "<testsuites" in stripped[:4096] or "cablelint" in stripped[:4096]
    lines = stripped.splitlines()
    try:
        json.loads(stripped)
        return True
    except (ValueError, RecursionError):
        pass
    if all(_json_object(ln) for ln in lines):
        return True
    if all(ln.startswith("::") for ln in lines):
        return True
    return all(_TEXT_LINE.fullmatch(ln) for ln in lines)


def _json_object(line: str) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except (ValueError, RecursionError):
        return False
