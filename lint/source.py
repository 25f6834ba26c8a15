"""Bytes to text: decoding, line endings, and the files that are not cables at all.

Positions must stay true to the file as the user's editor shows it, so the only change made to
the text is line-ending normalisation (CRLF and CR become LF; a CR never starts a column, so
lines and columns are unchanged).
"""
from __future__ import annotations

import codecs
from dataclasses import dataclass

# Above this, a file is not a cable (the largest real cable is about 70 kB); reading further
# would only let one stray archive stall a whole CI run.
MAX_BYTES = 5_000_000


@dataclass(frozen=True)
class Source:
    text: str
    encoding: str
    assumed: bool  # True when the encoding was a guess (legacy single-byte text)


@dataclass(frozen=True)
class Unreadable:
    reason: str


def decode(data: bytes) -> Source | Unreadable:
    if not data:
        return Unreadable("the file is empty")
    if len(data) > MAX_BYTES:
        return Unreadable(f"the file is {len(data):,} bytes, more than the {MAX_BYTES:,} a cable can be")
    if data.startswith(codecs.BOM_UTF32_LE) or data.startswith(codecs.BOM_UTF32_BE):
        return Unreadable("the file is UTF-32 text, which no cable repository uses")
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            text, enc = data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            return Unreadable("the file starts with a UTF-16 byte-order mark but is not UTF-16")
        return _finish(text, enc, assumed=False)
    if b"\x00" in data[:8192] or b"\x00" in data:
        return Unreadable("the file is binary (it holds NUL bytes)")
    if data.startswith(codecs.BOM_UTF8):
        try:
            return _finish(data[3:].decode("utf-8"), "utf-8-sig", assumed=False)
        except UnicodeDecodeError:
            pass
    try:
        return _finish(data.decode("utf-8"), "utf-8", assumed=False)
    except UnicodeDecodeError:
        pass
    # Legacy single-byte text: cp1252 where it decodes, else Latin-1 (which always does).
    try:
        return _finish(data.decode("cp1252"), "cp1252", assumed=True)
    except UnicodeDecodeError:
        return _finish(data.decode("latin-1"), "latin-1", assumed=True)


def _finish(text: str, encoding: str, assumed: bool) -> Source | Unreadable:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return Unreadable("the file holds only white space")
    if "\x00" in text:
        return Unreadable("the file is binary (it holds NUL characters)")
    return Source(text, encoding, assumed)
