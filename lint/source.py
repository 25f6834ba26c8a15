"""Bytes to text: reading, decoding, line endings, and the files that are not cables at all.

Positions must stay true to the file as the user's editor shows it, so the only change made to
the text is line-ending normalisation (CRLF and CR become LF; a CR never starts a column, so
lines and columns are unchanged) and the removal of a byte-order mark (columns count from the
first real character).

What is refused, each as one `unreadable-file` (CL003) finding, and the run goes on: an empty
file, a file of only white space, a binary file (NUL bytes, or mostly control bytes), UTF-16
text without a byte-order mark, UTF-32 text, a device, pipe or socket, and a file larger than
MAX_BYTES (refused from its size, before any of it is read). What is read with a warning
(`encoding-assumed`, CL004, at the first byte concerned): bytes that are not UTF-8, each read
alone as cp1252 (else Latin-1) while the rest of the file stays UTF-8, and UTF-8 text that ends
inside a character (a truncated file). A file the operating system will not open is the
caller's to report (OSError propagates): that is an exit code 2 in the CLI, not a finding.
"""
from __future__ import annotations

import codecs
import os
import re
import stat
from typing import NamedTuple

# 32 MiB. The largest real cable is about 70 kB, so anything near this is not a cable; the
# limit is still well above the 8 MB adversarial inputs of benchmarks/adversarial.py, which must
# be linted (not refused) to show that linting time grows linearly. Reading stops here, so one
# stray archive or disk image cannot exhaust memory or stall a CI run.
MAX_BYTES = 32 * 1024 * 1024

# How much of the start of a file the binary sniffing looks at.
_SNIFF = 8192
# C0 control bytes that never occur in text (tab, LF, VT, FF, CR and the DOS end-of-file
# mark SUB do), plus DEL.
_CONTROL = bytes(b for b in range(32) if b not in b"\t\n\x0b\x0c\r\x1a") + b"\x7f"
# each of them as a NUL, every other byte as itself
_CONTROL_AS_NUL = bytes(0 if b in _CONTROL else b for b in range(256))


class Source(NamedTuple):
    text: str
    encoding: str
    note: str = ""  # set when the decoding was a guess or a repair: the CL004 message
    line: int = 0  # where the guess or repair begins (1-based; 0: the file as a whole)
    column: int = 0

    @property
    def assumed(self) -> bool:
        return bool(self.note)


class Unreadable(NamedTuple):
    reason: str  # names what the file is, never quotes it


def _too_large(size: int) -> Unreadable:
    return Unreadable(f"the file is {size:,} bytes, more than the {MAX_BYTES:,} a cable can be")


def _read_to_limit(fd: int, size: int, limit: int = MAX_BYTES + 1) -> bytes:
    """The file's bytes, up to `limit` (by default one more than MAX_BYTES, so that a file that
    grew past the limit since fstat said `size` is still caught). The first read asks for the
    size fstat gave and one byte more: asking for the limit itself made every read allocate
    32 MB first."""
    parts: list[bytes] = []
    got = 0
    ask = min(size + 1, limit)
    while got < limit:
        chunk = os.read(fd, ask)
        if not chunk:
            break
        parts.append(chunk)
        got += len(chunk)
        ask = min(1 << 20, limit - got)
    return parts[0] if len(parts) == 1 else b"".join(parts)


def load(path: str | os.PathLike) -> bytes | Unreadable:
    """The bytes of the file at `path`, or why it is not read at all.

    Refuses without reading: a file larger than MAX_BYTES (from fstat), and anything that is not
    a regular file (a FIFO would block for ever, a device like /dev/zero never ends). Raises
    OSError when the file cannot be opened.
    """
    data = load_regular(path, MAX_BYTES)
    if isinstance(data, int):
        return _too_large(data)
    if data is None:
        return Unreadable("the file is not a regular file (a directory, device, pipe or socket)")
    return data


def load_regular(path: str | os.PathLike, limit: int) -> bytes | int | None:
    """The bytes of a regular file of at most `limit` bytes; its size when it is larger, None
    when it is not a regular file (neither is read). For every file cablelint reads: cables,
    configuration, baselines and cache entries. Raises OSError when it cannot be opened."""
    if stat.S_ISSOCK(os.stat(path).st_mode):
        return None  # (opening a socket fails: it is no file to read, not an unreadable one)
    # O_NONBLOCK: opening a FIFO with no writer would otherwise block before fstat can refuse it.
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    fd = os.open(path, flags)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            return None
        if st.st_size > limit:
            return st.st_size
        data = _read_to_limit(fd, st.st_size, limit + 1)
    finally:
        os.close(fd)
    return len(data) if len(data) > limit else data


def decode(data: bytes | Unreadable) -> Source | Unreadable:
    """Decode a file's bytes (a file `load` already refused stays refused)."""
    if isinstance(data, Unreadable):
        return data
    if not data:
        return Unreadable("the file is empty")
    if len(data) > MAX_BYTES:
        return _too_large(len(data))
    # UTF-32 first: the UTF-32-LE mark begins with the UTF-16-LE one.
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return Unreadable("the file is UTF-32 text, which no cable repository uses")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return _finish(data.decode("utf-16"), "utf-16")
        except UnicodeDecodeError:
            return Unreadable("the file starts with a UTF-16 byte-order mark but is not UTF-16")
    binary = _binary_reason(data)
    if binary:
        return Unreadable(binary)
    bom = data.startswith(codecs.BOM_UTF8)
    body = data[len(codecs.BOM_UTF8):] if bom else data
    utf8 = "utf-8-sig" if bom else "utf-8"
    try:
        return _finish(body.decode("utf-8"), utf8)
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.end == len(body):
            # Valid UTF-8 cut inside its last character: a truncated file, not a legacy one.
            # The partial character becomes one U+FFFD so that no byte is silently dropped.
            return _finish(body.decode("utf-8", errors="replace"), utf8,
                           "the file ends inside a UTF-8 character: it looks truncated")
    return _per_byte(body)


# An undecodable byte b comes out of "surrogateescape" as U+DC00+b: this maps it to what the
# byte means in cp1252, or in Latin-1 for the five bytes cp1252 leaves undefined.
_LEGACY = {0xDC00 + b: bytes([b]).decode("cp1252", errors="ignore") or chr(b)
           for b in range(0x80, 0x100)}


def _per_byte(body: bytes) -> Source | Unreadable:
    """UTF-8 wherever the bytes are UTF-8, and each byte that is not read alone as cp1252: a
    stray byte in a UTF-8 cable must not turn every `¶` of it into `Â¶`."""
    escaped = body.decode("utf-8", errors="surrogateescape")
    stray = _ESCAPED_RE.findall(escaped)
    first = _ESCAPED_RE.search(escaped).start()  # (there is one: strict decoding failed)
    text = escaped.translate(_LEGACY)
    before = text[:first].replace("\r\n", "\n").replace("\r", "\n")
    line = before.count("\n") + 1
    column = len(before) - before.rfind("\n")
    # named after what the file turned out to be: all legacy, or UTF-8 with stray bytes
    encoding = "utf-8" if _UTF8_CHAR_RE.search(escaped) else "cp1252"
    count = len(stray)
    plural = "s are" if count != 1 else " is"
    note = (f"{count} byte{plural} not UTF-8 (the first at line {line}, column {column}); "
            f"read as cp1252, else Latin-1")
    return _finish(text, encoding, note, line, column)


_ESCAPED_RE = re.compile("[\udc80-\udcff]")
_UTF8_CHAR_RE = re.compile("[\x80-\udc7f\udd00-\U0010ffff]")


def _binary_reason(data: bytes) -> str:
    """Why the bytes are not text, or "" when they may be."""
    head = data[:_SNIFF]
    if b"\x00" in data:
        # ASCII saved as UTF-16 without a mark: every other byte is NUL.
        if head[1::2].count(0) > len(head) * 0.4 or head[0::2].count(0) > len(head) * 0.4:
            return "the file looks like UTF-16 text without a byte-order mark; save it as UTF-8"
        return "the file is binary (it holds NUL bytes)"
    # (no NUL is left at this point: one after the translation stands for a control byte)
    if b"\x00" not in head.translate(_CONTROL_AS_NUL):
        return ""
    control = len(head) - len(head.translate(None, _CONTROL))
    # (a CRLF counts as one byte, as LF does: the verdict must not hang on the line endings)
    if control * 10 > len(head) - head.count(b"\r\n"):
        return "the file is binary (more than a tenth of its first bytes are control codes)"
    return ""


def _finish(text: str, encoding: str, note: str = "", line: int = 0,
            column: int = 0) -> Source | Unreadable:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return Unreadable("the file holds only white space")
    if "\x00" in text:
        return Unreadable("the file is binary (it holds NUL characters)")
    return Source(text, encoding, note, line, column)
