"""`check --fix` and `--diff`: a file's fixes applied to its own text, written back atomically.

The file's own text is edited (its CRLF or CR line endings kept: spans count columns the same
way on it), then encoded as it was read: the same encoding, the same byte-order mark. A file
that is not a cable (unreadable, or one that does not parse) is never touched, nor one whose
bytes would not come back unchanged from decoding and encoding (a truncated UTF-8 file).
Fixes are taken one at a time, each only when a fresh lint shows its finding gone and nothing
new (see `fix_text`).
"""
from __future__ import annotations

import codecs
import os
import tempfile
from collections import Counter
from typing import Any, Callable, NamedTuple

from . import fixes, source
from .rule import SAFE, Finding
from .config import Settings
from .runner import lint_file, lint_text



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


def _bag(findings: list[Finding]) -> Counter:
    return Counter((f.code, f.key) for f in findings)


def fix_text(text: str, findings: list[Finding], lint: Callable[[str], list[Finding]],
             unsafe: bool = False, limit: int = 100) -> tuple[str, list[Finding], int]:
    """`text` with every fix taken that clears its finding and leaves no new one; the findings
    that remain, and how many were fixed. Fixes are tried one at a time, each against a fresh
    lint: a fix is a claim that the cable is better after it, and a fix that makes another rule
    speak (raising an UNCLASSIFIED banner that then lacks a Classified By) is not taken."""
    refused: set[tuple] = set()
    fixed = 0
    for _ in range(limit):
        candidates = [f for f in findings if f.fix is not None
                      and (unsafe or f.fix.applicability == SAFE)
                      and (f.code, f.key, f.message) not in refused]
        if not candidates:
            break
        f = candidates[0]
        taken = _take(text, findings, f, lint)
        if taken is None:
            refused.add((f.code, f.key, f.message))
            continue
        before = _bag(findings)
        text, findings = taken
        fixed += sum((before - _bag(findings)).values())
    return text, findings, fixed


def _take(text: str, findings: list[Finding], f: Finding,
          lint: Callable[[str], list[Finding]]) -> tuple[str, list[Finding]] | None:
    new, n = fixes.apply(text, [f.fix])
    if n == 0 or new == text:
        return None
    after = lint(new)
    if any(x.code == "CL001" for x in after):
        return None  # a fix that breaks the parse is not taken
    before, now = _bag(findings), _bag(after)
    if now - before or now[(f.code, f.key)] >= before[(f.code, f.key)]:
        return None  # something new, or its own finding still there
    return new, after


def clears_cleanly(text: str, findings: list[Finding], f: Finding,
                   lint: Callable[[str], list[Finding]]) -> bool:
    """Whether `f`'s fix, applied alone, clears it and leaves no new finding."""
    return f.fix is not None and _take(text, findings, f, lint) is not None


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
    original, codec = own
    text, after, applied = fix_text(original, first,
                                    lambda t: note + lint_text(_normalised(t), path, settings),
                                    unsafe)
    findings = after
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
