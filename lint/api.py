"""The public Python API: what an editor server, a notebook, a cluster job or the command line
calls.

    from cablelint import api

    findings = api.lint_text(text, "cables/09STATE1.txt")   # one cable held in memory
    run = api.lint_paths(["cables/"], jobs=2)               # files and folders, as `check`
    cable = api.parse(text)                                 # the document model

Findings come sorted (path, line, column, code) and name markings and positions, never cable
text. Configuration is found as `cablelint check` finds it: the nearest configuration file
walking up from each file's folder, unless `config` names one. A bad configuration file or
selector raises `ConfigError`; bad cable text never raises, it becomes findings.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, NamedTuple

from .config import ConfigError
from .model import Cable
from .parser import ParseFailure
from .rule import Finding, Registry

__all__ = ["lint_text", "lint_paths", "parse", "LintRun", "Finding", "Cable", "ConfigError",
           "ParseFailure"]

PathLike = str | os.PathLike
_NO_PATH = "<string>"


class LintRun(NamedTuple):
    """What `lint_paths` found: the findings of every file, sorted; the files linted, in the
    order they were found; and the files the operating system would not open, with why."""

    findings: list[Finding]
    paths: tuple[str, ...]
    read_errors: dict[str, str]


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

    resolver = _resolver(config, select, isolated=path is None and config is None)
    name = os.fspath(path) if path is not None else _NO_PATH
    settings, codes = resolver.for_path(Path(name)).rules_for(Path(name))
    result = lint_file(text.encode("utf-8", "replace"), name, settings)
    return sorted((f for f in result.findings if f.code in codes), key=Finding.sort_key)


def lint_paths(paths: Iterable[PathLike], config: PathLike | None = None, *,
               select: Iterable[str] | None = None, jobs: int = 1,
               cache_dir: PathLike | None = None) -> LintRun:
    """Lint files, and the cables below folders (by each folder's `include` and `exclude`).

    `jobs` is the number of processes (1: this one). With `cache_dir`, results are kept there
    and unchanged files are not linted again; without it nothing is written.
    """
    from . import batch
    from .check_command import _job, discover

    registry = _registry()
    resolver = _resolver(config, select, isolated=False)
    keyed = cache_dir is not None
    jobs_ = [_job(f, resolver, keyed=keyed) for f in discover([os.fspath(p) for p in paths], resolver)]
    cache = None
    if cache_dir is not None:
        from .cache import code_fingerprint
        cache = batch.CacheSpec(Path(cache_dir), code_fingerprint(registry))
    batch.use_registry(registry)
    findings: list[Finding] = []
    read_errors: dict[str, str] = {}
    for out in batch.run(jobs_, jobs, cache):
        if out.read_error is not None:
            read_errors[out.path] = out.read_error
        findings.extend(out.findings)
    findings.sort(key=Finding.sort_key)
    return LintRun(findings, tuple(j.path for j in jobs_), read_errors)


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


def _registry() -> Registry:
    # loaded once per process: plugins are found through installed entry points
    global _REGISTRY
    if _REGISTRY is None:
        from .registry import full_registry
        _REGISTRY = full_registry()
    return _REGISTRY


def _resolver(config: PathLike | None, select: Iterable[str] | None, isolated: bool):
    from .select import CommandLine, Resolver

    cli = CommandLine(select=tuple(select) if select is not None else None,
                      config=Path(config) if config is not None else None,
                      isolated=isolated)
    return Resolver(_registry(), cli)
