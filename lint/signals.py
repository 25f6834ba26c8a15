"""SIGTERM handled as SIGINT is: the run stops, its worker processes end, exit 143.

A CI runner or a process supervisor stops a job with SIGTERM. Python's default for it ends the
main process at once, leaving the workers of a `--jobs` pool alive and holding the output open;
raised as an exception instead, it unwinds through the pool, which ends its workers
(lint/batch.py), exactly as Ctrl-C does.
"""
from __future__ import annotations

import contextlib
import signal
import sys
import threading
from typing import Iterator


class Terminated(KeyboardInterrupt):
    """SIGTERM arrived (a KeyboardInterrupt, so that whatever stops on Ctrl-C stops on it)."""


_pending = False


def _raise(signum, frame) -> None:
    global _pending
    _pending = True  # (kept: an exception raised inside a fork hook, say, is swallowed there)
    raise Terminated()


def stop_if_terminated() -> None:
    """Raise Terminated if SIGTERM arrived and its exception was lost (call at safe points)."""
    if _pending:
        raise Terminated()


@contextlib.contextmanager
def terminate_like_interrupt() -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGTERM"):
        yield  # (signals reach the main thread only: an editor's worker thread, say)
        return
    global _pending
    _pending = False
    previous = signal.signal(signal.SIGTERM, _raise)
    hook = sys.unraisablehook

    def quiet(unraisable) -> None:
        # Terminated raised where Python can only print it (a fork hook): the flag carries it
        if not isinstance(unraisable.exc_value, Terminated):
            hook(unraisable)

    sys.unraisablehook = quiet
    try:
        yield
        stop_if_terminated()
    finally:
        signal.signal(signal.SIGTERM, previous)
        sys.unraisablehook = hook
