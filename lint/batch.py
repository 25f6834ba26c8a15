"""Lint many files: in this process or a process pool, through the result cache.

Each job names a file and the rules that apply to it (by code, since rule functions cannot be
pickled: the name of a decorated function is bound to its `Rule`). Workers read the file
themselves, so file contents never cross a pipe. Results come back in job order whatever the
number of processes, and the caller sorts findings, so `--jobs 4` prints what `--jobs 1` does.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Callable, Iterator, NamedTuple, Sequence

from .rule import Registry
from .runner import FileResult, Settings, lint_file
from .source import load

# Below this many files a pool costs more to start than it saves (default --jobs only).
POOL_THRESHOLD = 32


class Job(NamedTuple):
    path: str
    codes: tuple[str, ...]
    options: dict[str, dict[str, Any]]
    severities: dict[str, str]
    settings_key: str = ""
    data: Any = None  # standard input (bytes, or why it is refused); else the worker reads `path`
    fix: str = ""  # "safe" or "unsafe": apply those fixes (check --fix, --unsafe-fixes)
    diff: bool = False  # with `fix`: say what would change, write nothing (check --diff)


class CacheSpec(NamedTuple):
    folder: Path
    code: str


_REGISTRY: Registry | None = None
_SETTINGS: dict[tuple, Settings] = {}


def _registry() -> Registry:
    global _REGISTRY
    if _REGISTRY is None:
        from .registry import full_registry
        _REGISTRY = full_registry()
    return _REGISTRY


def use_registry(registry: Registry) -> None:
    """Share the caller's registry with in-process and forked workers (no second load)."""
    global _REGISTRY
    _REGISTRY = registry


def _settings(job: Job) -> Settings:
    key = (job.codes, repr(job.options), repr(job.severities))
    if key not in _SETTINGS:
        rules = tuple(r for r in _registry().rules if r.code in job.codes)
        _SETTINGS[key] = Settings(rules, job.options, job.severities)
    return _SETTINGS[key]


def run_job(job: Job, cache: CacheSpec | None) -> FileResult:
    if job.data is not None:
        data: Any = job.data
    else:
        try:
            data = load(job.path)
        except OSError as exc:
            return FileResult([], None, None, job.path, exc.strerror or type(exc).__name__)
    if job.fix:
        return _fix_job(job, data)
    store = None
    key = ""
    # Standard input is not cached: an editor sends a new buffer on every keystroke.
    if cache is not None and job.data is None and isinstance(data, bytes):
        from .cache import ResultCache
        store = ResultCache(cache.folder, cache.code)
        key = store.key(data, job.path, job.settings_key)
        hit = store.get(key)
        if hit is not None:
            return hit._replace(path=job.path)
    result = lint_file(data, job.path, _settings(job))
    # System findings (CL001-CL004) come from the engine whatever is selected: drop the
    # ones the configuration switched off.
    result = result._replace(findings=[f for f in result.findings if f.code in job.codes])
    if store is not None:
        store.put(key, result)
    return result


def _fix_job(job: Job, data: Any) -> FileResult:
    """Fix one file (never through the cache: the file is about to change)."""
    from . import fixer

    fixed = fixer.fix_bytes(data, job.path, _settings(job), unsafe=job.fix == "unsafe")
    result = FileResult([f for f in fixed.findings if f.code in job.codes], fixed.identity,
                        fixed.facts, job.path)
    if fixed.data is None:
        return result
    if job.diff:
        return result._replace(fixed=fixed.applied,
                               diff=fixer.diff(job.path, fixed.old_text, fixed.new_text))
    try:
        fixer.write_atomic(job.path, fixed.data)
    except OSError as exc:
        return FileResult([], None, None, job.path,
                          f"cannot be written: {exc.strerror or type(exc).__name__}")
    return result._replace(fixed=fixed.applied)


def _run_job_star(args: tuple[Job, CacheSpec | None]) -> FileResult:
    return run_job(*args)


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def run(jobs: Sequence[Job], processes: int | None, cache: CacheSpec | None,
        tick: Callable[[], None] = lambda: None) -> Iterator[FileResult]:
    """Results in job order. `processes=None` means the default: every core, for big runs."""
    n = processes if processes is not None else default_jobs()
    if processes is None and len(jobs) < POOL_THRESHOLD:
        n = 1
    # never more processes than usable cores: `--jobs 1000` on two cores once started 1,000
    n = max(1, min(n, len(jobs), default_jobs()))
    if n == 1:
        for job in jobs:
            yield run_job(job, cache)
            tick()
        return
    from concurrent.futures import ProcessPoolExecutor  # only here: a one-process run needs no pool

    _registry()  # loaded once here, so forked workers inherit it
    chunk = max(1, min(64, len(jobs) // (n * 4)))
    from concurrent.futures.process import BrokenProcessPool

    from .signals import stop_if_terminated

    pool = ProcessPoolExecutor(max_workers=n, initializer=_worker_signals)
    ended = False
    try:
        for outcome in pool.map(_run_job_star, [(j, cache) for j in jobs], chunksize=chunk):
            stop_if_terminated()
            yield outcome
            tick()
    except BrokenProcessPool:
        raise WorkerDied("a worker process ended without a result (killed by the system, out "
                         "of memory?); run again with --jobs 1 to lint in one process") from None
    except BaseException:
        # Ctrl-C, SIGTERM (lint/signals.py) or a consumer that stopped: end the workers now,
        # rather than let them finish every queued file while holding the output open (the
        # pool then finds them gone and fails what is left; cancelling as well would make its
        # manager thread fail on the cancelled futures)
        ended = True
        _end_workers(pool)
        raise
    finally:
        try:
            pool.shutdown(wait=True, cancel_futures=not ended)
        except RuntimeError:
            # a signal that came while the pool was starting its manager thread left the
            # thread made but not started, which `shutdown` cannot join: the run is ending
            # anyway, and the signal's exception, not this one, says why
            if not ended:
                raise


def _worker_signals() -> None:
    # A worker inherits the main process's SIGTERM handler (lint/signals.py), whose exception
    # the pool would catch and send back as a result: a worker told to end must just end.
    import signal

    if hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


class WorkerDied(Exception):
    """A worker process of the pool died; the message says so (exit 2)."""


def _end_workers(pool) -> None:
    import threading
    from concurrent.futures import InvalidStateError

    hook = threading.excepthook

    def quiet(args) -> None:
        # the pool's manager thread, finding its workers gone, fails on futures that `map`
        # already cancelled while unwinding (a CPython quirk): nothing is lost, say nothing
        if not issubclass(args.exc_type, InvalidStateError):
            hook(args)

    threading.excepthook = quiet
    # (the pool keeps its processes in a private mapping; there is no public way to end them)
    for proc in list(getattr(pool, "_processes", {}).values()):
        try:
            proc.terminate()
        except (OSError, AttributeError):
            pass
