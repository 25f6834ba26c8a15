"""Names from outside (file names, baseline keys, TAGS as written) made safe to show.

A file name in a shared repository, or a key in a committed baseline, is chosen by whoever
wrote it: a newline in it could forge a line of output (a GitHub annotation, a finding), an
ANSI or C1 sequence (0x9b is a one-byte CSI) could rewrite the terminal, and a bidi control
(U+202E) could show a name backwards. `shown` spells every such character as an escape, and
a byte of a file name that is not UTF-8 (a lone surrogate, after Python's surrogateescape) as
`\\xNN`, so the output is always valid UTF-8 text whatever the names.
"""
from __future__ import annotations

import re

__all__ = ["shown"]

# C0 and C1 controls and DEL; the Arabic letter mark, LRM/RLM, line and paragraph separators,
# the bidi embeddings, overrides and isolates; lone surrogates (bytes not UTF-8 in a name);
# and the byte-order mark, invisible in the middle of a name.
_UNSAFE = ("\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069"
           "\ud800-\udfff\ufeff")
_UNSAFE_RE = re.compile(f"[\x00-\x1f{_UNSAFE}]")
_UNSAFE_BUT_LINES_RE = re.compile(f"[\x00-\x09\x0b\x0c\x0e-\x1f{_UNSAFE}]")


def _escape(m: re.Match) -> str:
    code = ord(m.group())
    if 0xDC80 <= code <= 0xDCFF:  # the byte surrogateescape kept
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def shown(text: str, keep_lines: bool = False) -> str:
    """`text` with every character that could act on a terminal or a log spelled out;
    `keep_lines` keeps CR and LF for a format that escapes them itself (GitHub's `%0A`)."""
    return (_UNSAFE_BUT_LINES_RE if keep_lines else _UNSAFE_RE).sub(_escape, text)
