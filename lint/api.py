"""The public Python API: what the command line, an editor server, a notebook or a cluster job
calls.

    from cablelint import api

    findings = api.lint_text(text, "cables/09STATE1.txt")   # one cable held in memory
    run = api.lint_paths(["cables/"], jobs=2)               # files and folders, as `check`
    cable = api.parse(text)                                 # the document model

Findings come sorted (path, line, column, code) and name markings and positions, never cable
text. Configuration is found as `cablelint check` finds it: the nearest configuration file
walking up from each file's folder, unless `config` names one. A bad configuration file or
selector raises `ConfigError`; bad cable text never raises, it becomes findings.

`lint_paths` is `plan` (which files, with which settings) then `run` (the pool and the cache);
the command line calls the two apart to show a progress bar between them.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, Iterable, NamedTuple, Sequence

from .batch import Job, WorkerDied
from .config import ConfigError
from .elements import Cable
from .parser import ParseFailure
from .rule import Finding, Registry
from .runner import FileResult
from .select import CommandLine, Resolver, Skipped, discover
from .source import Unreadable

__all__ = ["lint_text", "lint_paths", "parse", "plan", "run", "registry", "LintRun", "Plan",
           "Finding", "FileResult", "Cable", "ConfigError", "ParseFailure", "WorkerDied", "STDIN"]

PathLike = str | os.PathLike
STDIN = "-"
_NO_PATH = "<string>"


class Plan(NamedTuple):
    """What a run will lint: each file with the settings its configuration gives, in order,
    and how many files below the folders were left out (by `include`, `exclude`)."""

    jobs: tuple[Job, ...]
    skipped: int


class LintRun(NamedTuple):
    """What `lint_paths` found: the findings of every file, sorted; the files linted, in the
    order they were found; the files the operating system would not open, with why; each
    opened file's result (identity and facts beside its findings); how many files discovery
    left out; and the severity overrides every linted file's configuration agrees on."""

    findings: list[Finding]
    paths: tuple[str, ...]
    read_errors: dict[str, str]
    results: list[FileResult]
    skipped: int
    severities: dict[str, str]


def lint_text(text: str, path: PathLike | None = None, config: PathLike | None = None, *,
              select: Iterable[str] | None = None) -> list[Finding]:
    """The findings of one cable given as text.

    `path` is where the text is, or will be saved: it names the findings and chooses the
    configuration that applies (None: `<string>`, and no configuration file is read).
    `config` is a configuration file to use instead of searching (as `--config`). `select`
    runs only these rules (codes, names or code prefixes, as `--select`), over the
    configuration's choice. The text is linted as the same text saved in UTF-8 would be.
    """
    from .runner import lint_file

    resolver = Resolver(registry(), CommandLine(
        select=tuple(select) if select is not None else None,
        config=Path(config) if config is not None else None,
        isolated=path is None and config is None))
    name = os.fspath(path) if path is not None else _NO_PATH
    settings, codes = resolver.for_path(Path(name)).rules_for(Path(name))
    result = lint_file(text.encode("utf-8", "replace"), name, settings)
    return sorted((f for f in result.findings if f.code in codes), key=Finding.sort_key)


def lint_paths(paths: Iterable[PathLike], config: PathLike | None = None, *,
               select: Iterable[str] | None = None, jobs: int | None = 1,
               cache_dir: PathLike | None = None) -> LintRun:
    """Lint files, and the cables below folders (by each folder's `include` and `exclude`).

    `jobs` is the number of processes (1: this one; None: every core, for a large run). With
    `cache_dir`, results are kept there and unchanged files are not linted again; without it
    nothing is written.
    """
    planned = plan(paths, config, select=select, cached=cache_dir is not None)
    return run(planned, jobs=jobs, cache_dir=cache_dir)


def plan(paths: Iterable[PathLike], config: PathLike | None = None, *,
         select: Iterable[str] | None = None, extend_select: Iterable[str] = (),
         ignore: Iterable[str] = (), isolated: bool = False, force_exclude: bool = False,
         stdin: bytes | Unreadable | None = None, stdin_name: str | None = None,
         cached: bool = False, fix: str = "", diff: bool = False,
         rules: Registry | None = None) -> Plan:
    """Which files a run lints, with which settings: the options of `cablelint check`.

    A path `-` stands for `stdin` (the bytes read from standard input), linted as if it were
    the file `stdin_name`. `cached` computes the settings' cache keys. `fix` ("safe" or
    "unsafe") applies those fixes to the files, or with `diff` says what would change and
    writes nothing. `rules` is the registry to select from (default: `registry()`). Raises
    `ConfigError`.
    """
    reg = rules if rules is not None else registry()
    resolver = Resolver(reg, CommandLine(
        tuple(select) if select is not None else None, tuple(extend_select), tuple(ignore),
        Path(config) if config is not None else None, isolated, force_exclude))
    jobs: list[Job] = []
    skipped = Skipped()
    for p in map(os.fspath, paths):
        if p == STDIN:
            jobs.append(_job(stdin_name or STDIN, resolver)._replace(data=stdin, fix=fix, diff=diff))
            continue
        for f in discover([p], resolver, skipped):
            jobs.append(_job(f, resolver, keyed=cached)._replace(fix=fix, diff=diff))
    jobs += [_unlisted_job(u, resolver) for u in skipped.unlisted]
    return Plan(tuple(jobs), skipped.files)


def run(planned: Plan, *, jobs: int | None = 1, cache_dir: PathLike | None = None,
        tick: Callable[[], None] | None = None, rules: Registry | None = None) -> LintRun:
    """Lint what `plan` chose, in `jobs` processes (None: every core, for a large run),
    through the result cache in `cache_dir` if given; `tick` is called after each file.
    Raises `WorkerDied` when a worker process is killed (by the system, out of memory)."""
    from . import batch

    reg = rules if rules is not None else registry()
    cache = None
    if cache_dir is not None:
        from .cache import code_fingerprint
        cache = batch.CacheSpec(Path(cache_dir), code_fingerprint(reg))
    batch.use_registry(reg)
    findings: list[Finding] = []
    results: list[FileResult] = []
    read_errors: dict[str, str] = {}
    for out in batch.run(planned.jobs, jobs, cache, tick or (lambda: None)):
        if out.read_error is not None:
            read_errors[out.path] = out.read_error
            continue
        results.append(out)
        findings.extend(out.findings)
    if cache is not None:
        from .cache import ResultCache
        ResultCache(cache.folder, cache.code).prune()  # (at most once a day)
    findings.sort(key=Finding.sort_key)
    return LintRun(findings, tuple(j.path for j in planned.jobs), read_errors, results,
                   planned.skipped, _run_severities(planned.jobs))


def parse(text: str, path: str = _NO_PATH) -> Cable:
    """The document model of a cable: what the grammar understood (`cablelint parse`).

    Raises `ParseFailure` (with the line and column) in the rare case the grammar cannot read
    the text at all.
    """
    from .runner import parse_cable

    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return parse_cable(text, path)


_REGISTRY: Registry | None = None


def registry() -> Registry:
    """Every rule a run may select (built-in, plugins, the engine's own), loaded once."""
    global _REGISTRY
    if _REGISTRY is None:
        from .registry import full_registry
        _REGISTRY = full_registry()
    return _REGISTRY


def _job(path: str, resolver: Resolver, keyed: bool = False) -> Job:
    """The job of one file; `keyed` adds the settings' cache key (a run without the cache
    need not import the hashing and JSON code that computes it)."""
    where = Path(path)
    settings, codes = resolver.for_path(where).rules_for(where)
    key = ""
    if keyed:
        from .cache import settings_fingerprint
        key = settings_fingerprint(settings)
    return Job(path, codes, settings.options, settings.severities, key)


def _unlisted_job(unlisted, resolver: Resolver) -> Job:
    """A folder that could not be listed, as the `unreadable-file` finding of a job."""
    job = _job(unlisted.folder, resolver)
    return job._replace(data=Unreadable(f"the folder cannot be listed ({unlisted.reason}): "
                                        f"the cables in it are not checked"))


def _run_severities(jobs: Sequence[Job]) -> dict[str, str]:
    """The severity overrides every linted file agrees on (a rule's level for the whole run)."""
    distinct = list({id(j.severities): j.severities for j in jobs}.values())  # one per configuration
    if not distinct:
        return {}
    out = {}
    for code in set().union(*distinct):
        levels = {sev.get(code) for sev in distinct}
        if len(levels) == 1 and None not in levels:
            out[code] = levels.pop()
    return out
