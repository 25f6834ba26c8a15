"""A result cache for large repositories: findings of a file, keyed by what determines them.

The key is a hash of the file's bytes, its path (rules may read it), the settings that ran
(rules, options, severities) and the code that ran (cablelint's version plus the size and
modification time of every module of the package and of every plugin rule, so an edited rule
or an editable install never serves stale results). An entry holds the findings (messages name
markings, never cable text) and the cable's identity; no cable text is ever stored.

The cache lives in the user's cache folder, never next to the linted files. A cache that cannot
be written is skipped silently: it only ever makes a run faster.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
import types
from pathlib import Path
from typing import Any

from . import __version__
from .facts import CableFacts
from .rule import Finding, Registry
from .config import Settings
from .runner import FileResult

_FORMAT = "v2"  # v2: entries hold the facts a report groups by


def default_cache_dir() -> Path:
    if os.environ.get("XDG_CACHE_HOME"):
        return Path(os.environ["XDG_CACHE_HOME"]) / "cablelint"
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "cablelint" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "cablelint"
    return Path.home() / ".cache" / "cablelint"


def code_fingerprint(registry: Registry) -> str:
    """Which code produced a result: version, engine modules, data, grammar, every rule's file."""
    import cablelint.grammar as grammar_pkg

    package = Path(__file__).resolve().parent
    grammar = Path(grammar_pkg.__file__).resolve().parent
    files = {str(p) for p in (*package.glob("*.py"), *package.glob("data/*"),
                              *grammar.glob("*.py"), *grammar.glob("*.lark"))}
    for r in registry.rules:
        src = _source_file(r.check)
        if src:
            files.add(str(Path(src).resolve()))
    h = hashlib.sha256(f"{__version__}\0{sys.version_info[:2]}".encode())
    for f in sorted(files):
        try:
            st = os.stat(f)
        except OSError:
            continue
        h.update(f"{f}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


def _source_file(fn: object) -> str | None:
    """`inspect.getsourcefile(fn)`, None where that raises TypeError. A rule is nearly always a
    plain function in a `.py` file, whose file is its code's; only other objects import
    `inspect` (some 8 ms of a cold start)."""
    code = fn.__code__ if isinstance(fn, types.FunctionType) else None
    if code is not None and code.co_filename.endswith(".py") and os.path.exists(code.co_filename):
        return code.co_filename
    import inspect

    try:
        return inspect.getsourcefile(fn)  # type: ignore[arg-type]
    except TypeError:
        return None


def settings_fingerprint(settings: Settings) -> str:
    codes = tuple(r.code for r in settings.rules)
    # asked once a file, of a few distinct settings: the JSON and the hash are made once each
    memo = (codes, repr(settings.options), repr(settings.severities))
    found = _SETTINGS_FINGERPRINTS.get(memo)
    if found is None:
        spec = {"rules": list(codes), "options": settings.options,
                "severities": settings.severities}
        found = hashlib.sha256(json.dumps(spec, sort_keys=True, default=repr).encode()).hexdigest()
        if len(_SETTINGS_FINGERPRINTS) < 1024:
            _SETTINGS_FINGERPRINTS[memo] = found
    return found


_SETTINGS_FINGERPRINTS: dict[tuple[tuple[str, ...], str, str], str] = {}


class ResultCache:
    def __init__(self, folder: Path, code: str):
        self.folder = folder / _FORMAT
        self.code = code

    def key(self, data: bytes, path: str, settings_key: str) -> str:
        h = hashlib.sha256()
        for part in (self.code, settings_key, path):
            h.update(part.encode("utf-8", "surrogateescape") + b"\0")
        h.update(data)
        return h.hexdigest()

    def _file(self, key: str) -> str:
        # (a string: the two Paths this took cost as much as looking the entry up)
        return os.path.join(self.folder, key[:2], key + ".json")

    def get(self, key: str) -> FileResult | None:
        try:
            with open(self._file(key), "rb") as fh:
                entry: dict[str, Any] = json.loads(fh.read())
            facts = entry["facts"]
            return FileResult([Finding.from_dict(f) for f in entry["findings"]], entry["identity"],
                              CableFacts(*facts) if facts is not None else None)
        except (OSError, ValueError, KeyError, TypeError):
            return None  # missing or damaged: lint afresh

    def put(self, key: str, result: FileResult) -> None:
        target = self._file(key)
        entry = {"identity": result.identity,
                 "facts": list(result.facts) if result.facts is not None else None,
                 "findings": [{**f.as_dict(), "key": f.key} for f in result.findings]}
        data = json.dumps(entry).encode("utf-8")
        # Write then rename: parallel workers never see a half-written entry. The temporary
        # name is the entry's own with this process's id: no other process writes it, and this
        # one writes each entry once at a time.
        tmp = f"{target}.{os.getpid()}.tmp"
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
        try:
            try:
                fd = os.open(tmp, flags, 0o600)  # (private, as the user's other cache files)
            except FileNotFoundError:  # the entry's folder, made on its first entry
                os.makedirs(os.path.dirname(target), exist_ok=True)
                fd = os.open(tmp, flags, 0o600)
            try:
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view):]
            finally:
                os.close(fd)
            os.replace(tmp, target)
        except OSError:
            try:
                os.unlink(tmp)  # (a write cut short by a full disk, say)
            except OSError:
                pass
