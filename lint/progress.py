"""A progress bar on standard error, for long runs on a terminal only.

Not on a pipe or a file (CI logs and editors would fill with carriage returns), not under CI,
and not for short runs, where it would only flicker.
"""
from __future__ import annotations

import os
import sys
import time
from typing import TextIO

MIN_FILES = 200


def wanted(total: int, stream: TextIO | None = None) -> bool:
    stream = stream or sys.stderr
    try:
        tty = stream.isatty()
    except (AttributeError, ValueError):
        tty = False
    return tty and total >= MIN_FILES and not os.environ.get("CI")


class Progress:
    def __init__(self, total: int, stream: TextIO | None = None, width: int = 30):
        self.total, self.done, self.width = total, 0, width
        self.stream = stream or sys.stderr
        self._last = 0.0

    def tick(self) -> None:
        self.done += 1
        now = time.monotonic()
        # Redraw at most ten times a second: drawing per file would cost more than linting.
        if now - self._last >= 0.1 or self.done == self.total:
            self._last = now
            filled = self.width * self.done // max(self.total, 1)
            self.stream.write(f"\r[{'#' * filled}{' ' * (self.width - filled)}] "
                              f"{self.done}/{self.total} files")
            self.stream.flush()

    def close(self) -> None:
        self.stream.write("\r" + " " * (self.width + 30) + "\r")
        self.stream.flush()
