"""`check --fix` and `--diff`: a file's fixes applied to its own text, written back atomically.

The file's own text is edited (its CRLF or CR line endings kept: spans count columns the same
way on it), then encoded as it was read: the same encoding, the same byte-order mark. A file
that is not a cable (unreadable, or one that does not parse) is never touched, nor one whose
bytes would not come back unchanged from decoding and encoding (a truncated UTF-8 file).
Fixing runs in passes: a fix can only be taken when it does not overlap one already taken, and
its finding may leave room for another; it stops when a pass changes nothing.
"""
from __future__ import annotations

import codecs
import os
import tempfile
from typing import Any, NamedTuple

from . import fixes, source
from .rule import Finding
from .config import Settings
from .runner import lint_file, lint_text

MAX_PASSES = 10


class Fixed(NamedTuple):
    data: bytes | None  # the new bytes, or None when nothing changed
    findings: list[Finding]  # what remains after the fixes (all findings, when none applied)
    applied: int
    identity: str | None = None  # (the cable's; fixes never change it)
    facts: Any = None  # what a report groups the file by, as first read
    old_text: str = ""
    new_text: str = ""


class _Codec(NamedTuple):
    bom: bytes
    name: str


def _codec(data: bytes, encoding: str) -> _Codec:
    if encoding == "utf-8-sig":
        return _Codec(codecs.BOM_UTF8, "utf-8")
    if encoding == "utf-16":
        le = data.startswith(codecs.BOM_UTF16_LE)
        return _Codec(data[:2], "utf-16-le" if le else "utf-16-be")
    return _Codec(b"", encoding)


def _own_text(data: bytes, encoding: str) -> tuple[str, _Codec] | None:
    """The file's text with its own line endings, and how to encode it back; None when the
    bytes would not survive the round trip."""
    codec = _codec(data, encoding)
    try:
        text = data[len(codec.bom):].decode(codec.name)
    except (UnicodeDecodeError, LookupError):
        return None
    if codec.bom + text.encode(codec.name) != data:
        return None
    return text, codec


def _normalised(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def fix_bytes(data: bytes | source.Unreadable, path: str, settings: Settings,
              unsafe: bool = False) -> Fixed:
    """The file with its fixes applied (safe ones; `unsafe` adds the others)."""
    result = lint_file(data, path, settings)
    first, identity, facts = result.findings, result.identity, result.facts
    src = source.decode(data)
    if isinstance(src, source.Unreadable) or isinstance(data, source.Unreadable):
        return Fixed(None, first, 0, identity, facts)
    own = _own_text(data, src.encoding)
    if own is None or any(f.code == "CL001" for f in first):
        return Fixed(None, first, 0, identity, facts)  # not a cable we can edit and write back as it was
    note = [f for f in first if f.code == "CL004"]  # read the same way after the fixes
    findings = first
    original, codec = own
    text = original
    applied = 0
    for _ in range(MAX_PASSES):
        chosen = fixes.applicable(findings, unsafe)
        if not chosen:
            break
        new, n = fixes.apply(text, chosen)
        if n == 0 or new == text:
            break
        after = lint_text(_normalised(new), path, settings)
        if any(f.code == "CL001" for f in after):
            break  # a fix that breaks the parse is not taken
        text, findings, applied = new, note + after, applied + n
    if text == original:
        return Fixed(None, first, 0, identity, facts)
    try:
        out = codec.bom + text.encode(codec.name)
    except UnicodeEncodeError:
        return Fixed(None, first, 0, identity, facts)  # (a legacy encoding without the new characters)
    return Fixed(out, findings, applied, identity, facts, original, text)


def diff(path: str, old: str, new: str) -> str:
    """A unified diff of the changed lines only: context lines would carry paragraph text into
    logs, and the changed lines are marking lines."""
    import difflib

    lines = difflib.unified_diff(_normalised(old).splitlines(keepends=True),
                                 _normalised(new).splitlines(keepends=True),
                                 f"a/{path.lstrip('/')}", f"b/{path.lstrip('/')}", n=0)
    return "".join(ln if ln.endswith("\n") else ln + "\n\\ No newline at end of file\n"
                   for ln in lines)


def write_atomic(path: str, data: bytes) -> None:
    """Replace the file's bytes in one step: a temporary file in the same folder, flushed to
    disk, given the file's permissions (0644 for a new file), then renamed over it. A reader
    sees the old file or the new one, never half of either."""
    folder = os.path.dirname(os.path.abspath(path))
    try:
        mode = os.stat(path).st_mode & 0o7777
    except FileNotFoundError:
        mode = 0o644
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".cablelint-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
