"""A result cache for large repositories: findings of a file, keyed by what determines them.

The key is a hash of the file's bytes, its path (rules may read it), the settings that ran
(rules, options, severities) and the code that ran: cablelint's version, the name and version
of every distribution registering rules, and the size and modification time of every file of
the packages that hold a rule (its helpers and data too, not only the rule's module), so an
edited helper or an editable install never serves stale results. An entry holds the findings
(messages name markings, never cable text), the cable's identity, its own key and a checksum;
no cable text is ever stored.

Every entry read is checked: a regular file of bounded size (a FIFO or a link to /dev/zero
is never opened for reading long), JSON of the expected shape and types whose checksum and key
match. Anything else is a miss, and the file is linted afresh. Folders are made private
(0700) whatever the umask, and the cache is pruned: entries older than MAX_AGE_DAYS, then the
oldest beyond MAX_ENTRIES, at most once a day.

The cache lives in the user's cache folder, never next to the linted files. A cache that cannot
be written is skipped silently: it only ever makes a run faster.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
import time
import types
from pathlib import Path
from typing import Any

from . import __version__
from .facts import CableFacts
from .rule import Finding, Registry
from .config import Settings
from .runner import FileResult
from .source import load_regular

_FORMAT = "v4"  # v2: entries hold the facts a report groups by; v3: their key and a checksum;
# v4: findings may carry a fix

# An entry is a few kilobytes; a file far larger is not one.
MAX_ENTRY_BYTES = 4 * 1024 * 1024
MAX_ENTRIES = 200_000
MAX_AGE_DAYS = 30
_PRUNED_STAMP = "last-pruned"


def default_cache_dir() -> Path:
    if os.environ.get("XDG_CACHE_HOME"):
        return Path(os.environ["XDG_CACHE_HOME"]) / "cablelint"
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "cablelint" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "cablelint"
    return Path.home() / ".cache" / "cablelint"


def code_fingerprint(registry: Registry) -> str:
    """Which code produced a result: version, the distributions registering rules, and every
    file of the packages holding the engine, the grammar and each rule."""
    import cablelint.grammar as grammar_pkg

    from .plugins import entry_points
    from .registry import ENTRY_POINT_GROUP

    folders = {os.path.dirname(os.path.abspath(f)) for f in (__file__, grammar_pkg.__file__)}
    files: set[str] = set()
    for r in registry.rules:
        src = _source_file(r.check)
        if src:
            files.add(os.path.abspath(src))
            folders.add(os.path.dirname(os.path.abspath(src)))
        top = _top_package_folder(getattr(r.check, "__module__", None))
        if top is not None:
            folders.add(top)
    for folder in folders:
        files.update(_package_files(folder))
    h = hashlib.sha256(f"{__version__}\0{sys.version_info[:2]}".encode())
    for ep in sorted(entry_points(ENTRY_POINT_GROUP)):
        h.update(f"{ep.dist}\0{ep.version}\0{ep.name}\0{ep.value}\n".encode())
    for f in sorted(files):
        try:
            st = os.stat(f)
        except OSError:
            continue
        h.update(f"{f}\0{st.st_size}\0{st.st_mtime_ns}\n".encode("utf-8", "surrogateescape"))
    return h.hexdigest()


# A package folder with more files than this is not walked further (a plugin living in a
# project's root, say): its rule modules are still fingerprinted one by one.
_MAX_PACKAGE_FILES = 5000


def _package_files(folder: str) -> list[str]:
    """The files of a package folder and its sub-packages (code and data), caches aside."""
    out: list[str] = []
    stack = [folder]
    while stack and len(out) < _MAX_PACKAGE_FILES:
        here = stack.pop()
        try:
            entries = list(os.scandir(here))
        except OSError:
            continue
        for e in entries:
            if e.name == "__pycache__" or e.name.startswith("."):
                continue
            try:
                if e.is_dir(follow_symlinks=False):
                    stack.append(e.path)
                elif e.is_file():
                    out.append(e.path)
            except OSError:
                continue
    return out


def _top_package_folder(module: str | None) -> str | None:
    """The folder of the top-level package of `module` (None for a plain module)."""
    if not module:
        return None
    top = sys.modules.get(module.split(".", 1)[0])
    paths = getattr(top, "__path__", None)
    if not paths:
        return None
    try:
        return os.path.abspath(list(paths)[0])
    except (TypeError, IndexError):
        return None


def _source_file(fn: object) -> str | None:
    """`inspect.getsourcefile(fn)`, None where that raises TypeError. A rule is nearly always a
    plain function in a `.py` file, whose file is its code's; only other objects import
    `inspect` (docs/performance.md)."""
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


def seal(key: str, identity: str | None, findings: list[dict[str, Any]],
         facts: list | None = None) -> dict[str, Any]:
    """The entry for `key`: its body and a checksum over the key and the body, so a damaged or
    edited entry (findings removed by hand, say) is a miss rather than a wrong result."""
    body = {"key": key, "identity": identity, "facts": facts, "findings": findings}
    return {**body, "check": _checksum(body)}


def _checksum(body: dict[str, Any]) -> str:
    text = json.dumps(body, sort_keys=True, ensure_ascii=True)
    return hashlib.sha256(text.encode("ascii")).hexdigest()


_INT_FIELDS = ("line", "column", "end_line", "end_column")
_STR_FIELDS = ("path", "code", "name", "severity", "message")


def _valid_finding(d: Any) -> bool:
    if not isinstance(d, dict):
        return False
    if not all(type(d.get(k)) is int and d[k] >= 0 for k in _INT_FIELDS):
        return False
    if not all(isinstance(d.get(k), str) for k in _STR_FIELDS):
        return False
    if not isinstance(d.get("key", ""), str):
        return False
    related = d.get("related", [])
    return isinstance(related, list) and all(
        isinstance(r, dict) and all(type(r.get(k)) is int and r[k] >= 0 for k in _INT_FIELDS)
        for r in related) and _valid_fix(d.get("fix"))


def _valid_fix(fix: Any) -> bool:
    if fix is None:
        return True
    if not isinstance(fix, dict) or fix.get("applicability") not in ("safe", "unsafe"):
        return False
    edits = fix.get("edits")
    return isinstance(fix.get("title", ""), str) and isinstance(edits, list) and all(
        isinstance(e, dict) and isinstance(e.get("text"), str)
        and all(type(e.get(k)) is int and e[k] >= 0 for k in _INT_FIELDS) for e in edits)


def _entry_result(entry: Any, key: str) -> FileResult | None:
    """The result an entry holds, or None when it is not a sound entry for `key`."""
    if not isinstance(entry, dict) or entry.get("key") != key:
        return None
    identity, findings, facts = entry.get("identity"), entry.get("findings"), entry.get("facts")
    if not (identity is None or isinstance(identity, str)) or not isinstance(findings, list):
        return None
    if not all(_valid_finding(f) for f in findings) or not _valid_facts(facts):
        return None
    body = {"key": key, "identity": identity, "facts": facts, "findings": findings}
    if entry.get("check") != _checksum(body):
        return None
    return FileResult([Finding.from_dict(f) for f in findings], identity,
                      CableFacts(*facts) if facts is not None else None)


def _valid_facts(facts: Any) -> bool:
    """None, or the fields of `CableFacts`: a year (or None) and three strings (or None)."""
    if facts is None:
        return True
    return (isinstance(facts, list) and len(facts) == len(CableFacts._fields)
            and (facts[0] is None or type(facts[0]) is int)
            and all(v is None or isinstance(v, str) for v in facts[1:]))


def make_private_folder(folder: str | os.PathLike) -> None:
    """Make `folder` and any missing parent 0700, whatever the umask (makedirs applies its
    mode to the last folder only)."""
    missing = []
    here = os.path.abspath(folder)
    while not os.path.isdir(here):
        missing.append(here)
        parent = os.path.dirname(here)
        if parent == here:
            break
        here = parent
    for d in reversed(missing):
        try:
            os.mkdir(d, 0o700)
        except FileExistsError:
            continue
        os.chmod(d, 0o700)  # (mkdir's mode is masked by the umask; 0700 needs no widening)


class ResultCache:
    def __init__(self, folder: Path, code: str):
        self.root = folder
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
            raw = load_regular(self._file(key), MAX_ENTRY_BYTES)
            if not isinstance(raw, bytes):
                return None  # not a regular file, or too large: never an entry
            return _entry_result(json.loads(raw), key)
        except (OSError, ValueError, RecursionError):
            return None  # missing or damaged: lint afresh

    def put(self, key: str, result: FileResult) -> None:
        from .writing import write_replacing

        target = self._file(key)
        facts = list(result.facts) if result.facts is not None else None
        entry = seal(key, result.identity, [{**f.as_dict(), "key": f.key} for f in result.findings],
                     facts)
        data = json.dumps(entry).encode("utf-8")
        # Write then rename: parallel workers never see a half-written entry. The temporary
        # name is the entry's own with this process's id: no other process writes it, and this
        # one writes each entry once at a time.
        tmp = f"{target}.{os.getpid()}.tmp"
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0)
        try:
            try:
                fd = os.open(tmp, flags, 0o600)  # (private, as the user's other cache files)
            except FileNotFoundError:  # the entry's folder, made on its first entry
                make_private_folder(os.path.dirname(target))
                fd = os.open(tmp, flags, 0o600)
            write_replacing(fd, tmp, target, data)
        except OSError:
            pass

    def prune(self, now: float | None = None) -> int:
        """Remove old entries and earlier formats' folders, at most once a day; how many
        entries went."""
        now = time.time() if now is None else now
        stamp = os.path.join(self.root, _PRUNED_STAMP)
        try:
            if now - os.stat(stamp).st_mtime < 86400:
                return 0
        except OSError:
            pass
        if not os.path.isdir(self.folder):
            return 0
        try:
            # (no link followed, no FIFO waited on: the stamp is only ever an empty file)
            flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
            os.close(os.open(stamp, flags, 0o600))
            os.utime(stamp, (now, now))
        except OSError:
            return 0  # (a cache that cannot be written is not pruned either)
        removed = _remove_other_formats(self.root)
        entries: list[tuple[float, str]] = []
        for sub in _scandir(self.folder):
            for e in _scandir(sub.path) if _is_dir(sub) else ():
                try:
                    entries.append((e.stat(follow_symlinks=False).st_mtime, e.path))
                except OSError:
                    continue
        entries.sort()
        cutoff = now - MAX_AGE_DAYS * 86400
        excess = len(entries) - MAX_ENTRIES
        for i, (mtime, path) in enumerate(entries):
            if mtime >= cutoff and i >= excess:
                break
            try:
                os.unlink(path)
                removed += 1
            except OSError:
                continue
        return removed


def _scandir(folder: str) -> list[os.DirEntry]:
    try:
        return list(os.scandir(folder))
    except OSError:
        return []


def _is_dir(e: os.DirEntry) -> bool:
    try:
        return e.is_dir(follow_symlinks=False)
    except OSError:
        return False


def _remove_other_formats(root: Path) -> int:
    """Remove the entries of earlier formats (folders `v1`, ...): never read again."""
    removed = 0
    for fmt in _scandir(str(root)):
        if fmt.name.startswith("v") and fmt.name[1:].isdigit() and fmt.name != _FORMAT and _is_dir(fmt):
            for sub in _scandir(fmt.path):
                for e in _scandir(sub.path) if _is_dir(sub) else ():
                    try:
                        os.unlink(e.path)
                        removed += 1
                    except OSError:
                        continue
                try:
                    os.rmdir(sub.path)
                except OSError:
                    pass
            try:
                os.rmdir(fmt.path)
            except OSError:
                pass
    return removed
