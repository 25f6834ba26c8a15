"""Configuration files: finding the nearest one, reading it strictly, following `extend`.

Where a file's configuration comes from (ruff's model):

- `--isolated`: no file at all; `--config FILE`: that one file, for every linted file;
- otherwise the nearest of `.cablelint.toml`, `cablelint.toml`, `pyproject.toml` (with a
  `[tool.cablelint]` table; one without it is passed over) found by walking up from the linted
  file's folder. The nearest wins; files are never merged except through `extend`.

Reading is strict (yamllint): an unknown key, an unknown rule or option, or a value of the wrong
kind raises `ConfigError`, which names the file, the key and what is allowed. Globs are kept
with the folder of the file that wrote them, so an extended file's patterns still mean what they
meant there.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any, NamedTuple

from .rule import SEVERITIES, Registry, Rule
from .source import load_regular
from .suggest import did_you_mean

CONFIG_NAMES = (".cablelint.toml", "cablelint.toml", "pyproject.toml")
# A configuration is a few hundred bytes; a pyproject.toml some kilobytes.
MAX_CONFIG_BYTES = 4 * 1024 * 1024
# How many files an `extend` chain may hold: real ones have two or three.
MAX_EXTEND_DEPTH = 32
# Every whole-number option counts years, days or words; a larger value is a typo (and one
# past the calendar, like 99999999999999999 years, once broke every cable).
MAX_OPTION_NUMBER = 1000
DEFAULT_INCLUDE = ("*.txt",)

_LIST_KEYS = ("select", "extend-select", "ignore", "include", "exclude")
ALLOWED_KEYS = _LIST_KEYS + ("per-file-ignores", "severity", "options", "force-exclude", "extend")


class Settings(NamedTuple):
    """What to run: the selected rules, per-rule options and severity overrides."""

    rules: tuple[Rule, ...]
    options: dict[str, dict[str, Any]]
    severities: dict[str, str]

    @classmethod
    def default(cls, registry: Registry) -> "Settings":
        return cls(tuple(r for r in registry.rules if r.default_enabled), {}, {})

    def enabled(self, r: Rule) -> bool:
        return any(x.code == r.code for x in self.rules)


class ConfigError(Exception):
    """A configuration the linter refuses; the CLI prints it and exits 2."""

    def __init__(self, file: str | Path, key: str, problem: str):
        self.file, self.key, self.problem = str(file), key, problem
        super().__init__(f"{self.file}: `{key}`: {problem}" if key else f"{self.file}: {problem}")


class Glob(NamedTuple):
    """A pattern and the folder it is relative to (the folder of the file that wrote it)."""

    base: Path
    pattern: str


class Layer(NamedTuple):
    """One source of rule selection (a config file, or the command line), applied in order."""

    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()


class Config:
    """A configuration with its `extend` chain resolved; `source` is None for none at all."""

    def __init__(self, source: Path | None = None) -> None:
        self.source = source
        self.extended: tuple[Path, ...] = ()  # the files `extend` brought in, nearest first
        self.layers: list[Layer] = []
        self.per_file_ignores: list[tuple[Glob, tuple[str, ...]]] = []
        self.severity: dict[str, str] = {}  # rule code -> severity
        self.options: dict[str, dict[str, Any]] = {}  # rule code -> options
        self.include: list[Glob] = []
        self.exclude: list[Glob] = []
        self.force_exclude = False

    @property
    def root(self) -> Path:
        """The folder globs of the command line and of the built-in defaults are relative to."""
        return self.source.parent if self.source else Path.cwd()


def _table_of(path: Path) -> dict[str, Any] | None:
    """The cablelint table of a config file, or None for a pyproject.toml without one."""
    # Imported here: a run with no configuration file never needs the TOML parser.
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on 3.10 only
        import tomli as tomllib

    try:
        raw = load_regular(path, MAX_CONFIG_BYTES)  # (never a FIFO or /dev/zero: no hang)
    except OSError as exc:
        raise ConfigError(path, "", f"cannot be read: {exc.strerror or type(exc).__name__}") from None
    if raw is None:
        raise ConfigError(path, "", "cannot be read: not a regular file")
    if isinstance(raw, int):
        raise ConfigError(path, "", f"is {raw:,} bytes, more than the {MAX_CONFIG_BYTES:,} a "
                                    f"configuration file can be")
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(path, "", f"is not valid TOML: {exc}") from None
    except RecursionError:
        raise ConfigError(path, "", "is not valid TOML: nested too deep") from None
    if path.name == "pyproject.toml":
        tool = data.get("tool")
        table = tool.get("cablelint") if isinstance(tool, dict) else None
        if table is None:
            return None
        if not isinstance(table, dict):
            raise ConfigError(path, "tool.cablelint", "must be a table")
        return table
    return data


def find_config_file(start: Path, memo: dict[Path, Path | None] | None = None) -> Path | None:
    """The nearest configuration file at or above the folder `start`, looking no higher than
    the repository's root (the folder holding `.git`): a file in a parent or home folder must
    not silently apply to a repository. `memo` (folder -> answer) is shared by the folders of
    one run, so a deep tree is searched once per folder, not once per folder and ancestor."""
    memo = {} if memo is None else memo
    visited: list[Path] = []
    found: Path | None = None
    d = start
    while True:  # (parent by parent: `start.parents` would list them all at every call)
        if d in memo:
            found = memo[d]
            break
        visited.append(d)
        found = _config_in(d)
        if found is not None or os.path.exists(d / ".git") or d.parent == d:
            break
        d = d.parent
    for d in visited:
        memo[d] = found
    return found


def config_below(d: str, above: Path | None) -> Path | None:
    """The configuration file governing the folder `d`, given `above`, the one governing its
    parent: what `find_config_file(d)` gives, in one step instead of a search of the ancestors
    (a folder walked from its parent already knows its parent's answer)."""
    found = _config_in(d)
    if found is not None or os.path.exists(os.path.join(d, ".git")):
        return found
    return above


def _config_in(d: Path | str) -> Path | None:
    for name in CONFIG_NAMES:
        # (a str until found: a Path parses every component of its path, at every folder)
        candidate = os.path.join(d, name)
        # (os.path.isfile: a folder that cannot be searched holds no configuration we could
        # read; its files are reported as unreadable where they are walked)
        if os.path.isfile(candidate):
            if name != "pyproject.toml":
                return Path(candidate)
            try:
                if _table_of(Path(candidate)) is not None:
                    return Path(candidate)
            except ConfigError:
                # A broken pyproject.toml is only ours to report if it has our table;
                # we cannot tell, so report it rather than silently skip a config.
                return Path(candidate)
    return None


# ---------------------------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------------------------

def _strings(file: Path, key: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(file, key, "must be a list of strings")
    return tuple(value)


def rule_words(registry: Registry) -> list[str]:
    """Every code and name, for suggestions."""
    return [w for r in registry.rules for w in (r.code, r.name)]


def check_selectors(file: str | Path, key: str, selectors: tuple[str, ...], registry: Registry) -> None:
    for s in selectors:
        if not registry.select(s):
            raise ConfigError(file, key, f"{s!r} is not a rule code, name or code prefix "
                                         f"(`cablelint rules` lists them)"
                                         + did_you_mean(s, rule_words(registry)))


def _rule(file: Path, key: str, name: str, registry: Registry):
    r = registry.get(name)
    if r is None:
        raise ConfigError(file, key, f"{name!r} is not a rule code or name "
                                     f"(`cablelint rules` lists them)"
                                     + did_you_mean(name, rule_words(registry)))
    return r


def _list_value(file: Path, key: str, default: list | tuple, value: Any) -> list:
    """A list option: a list of values of the kind of the default's items (strings when the
    default is empty: tags, names, codes)."""
    if not isinstance(value, list):
        raise ConfigError(file, key, "must be a list, like ['VALUE', ...] (the default is "
                                     f"{list(default)!r})")
    kinds = {type(v) for v in default} or {str}
    for v in value:
        if type(v) not in kinds:
            wanted = " or ".join(sorted(k.__name__ for k in kinds))
            raise ConfigError(file, key, f"{v!r} is not allowed in this list: its items are {wanted}")
    return list(value)


def _option_value(file: Path, key: str, default: Any, value: Any) -> Any:
    if isinstance(default, (list, tuple)):
        return _list_value(file, key, default, value)
    if isinstance(value, (dict, list)):
        raise ConfigError(file, key, "must be a single value, not a table or a list")
    if default is None:
        # The rule declared no default, hence no type: accept any TOML scalar.
        return value
    # bool is a subclass of int: `true` must not pass for a number, nor 1 for a flag.
    if isinstance(default, bool) != isinstance(value, bool):
        raise ConfigError(file, key, f"must be {type(default).__name__}, like the default {default!r}")
    if isinstance(default, float) and isinstance(value, int):
        return float(value)
    if not isinstance(value, type(default)):
        raise ConfigError(file, key, f"must be {type(default).__name__}, like the default {default!r}")
    _check_range(file, key, default, value)
    return value


def _check_range(file: Path, key: str, default: Any, value: Any) -> None:
    """Numbers from 0 to MAX_OPTION_NUMBER; a date where the default is one (YYYY-MM-DD)."""
    if isinstance(value, bool):
        return
    if isinstance(value, (int, float)):
        if not 0 <= value <= MAX_OPTION_NUMBER:  # (NaN fails this too)
            raise ConfigError(file, key, f"{value!r} is out of range: from 0 to {MAX_OPTION_NUMBER}")
    elif isinstance(default, str) and _is_date(default) and not _is_date(value):
        raise ConfigError(file, key, f"{value!r} is not a date like the default {default!r} "
                                     f"(YYYY-MM-DD)")


def _is_date(text: str) -> bool:
    import datetime

    if len(text) != 10:
        return False
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def read_config_file(path: Path, registry: Registry, _seen: tuple[Path, ...] = ()) -> Config:
    """Read and validate one configuration file and the files it extends."""
    path = path.resolve()
    if path in _seen:
        chain = " -> ".join(str(p) for p in (*_seen, path))
        raise ConfigError(path, "extend", f"extends itself through {chain}")
    if len(_seen) >= MAX_EXTEND_DEPTH:
        raise ConfigError(_seen[0], "extend", f"the chain of `extend` is more than "
                                              f"{MAX_EXTEND_DEPTH} files long (through {path})")
    table = _table_of(path)
    if table is None:
        table = {}
    where = "tool.cablelint." if path.name == "pyproject.toml" else ""
    base = path.parent

    unknown = sorted(set(table) - set(ALLOWED_KEYS))
    if unknown:
        raise ConfigError(path, where + unknown[0],
                          f"unknown key; allowed keys are {', '.join(ALLOWED_KEYS)}"
                          + did_you_mean(unknown[0], ALLOWED_KEYS))

    if "extend" in table:
        if not isinstance(table["extend"], str):
            raise ConfigError(path, where + "extend", "must be the path of another config file")
        try:
            target = (base / Path(table["extend"]).expanduser())
        except RuntimeError:  # `~name` of no such user
            raise ConfigError(path, where + "extend", f"{table['extend']!r}: no such home folder") from None
        if not target.is_file():
            raise ConfigError(path, where + "extend", f"{table['extend']!r} is not a file")
        cfg = read_config_file(target, registry, (*_seen, path))
        cfg.extended = (cfg.source, *cfg.extended)
    else:
        cfg = Config()
    cfg.source = path

    lists = {k: _strings(path, where + k, table[k]) for k in _LIST_KEYS if k in table}
    for k in ("select", "extend-select", "ignore"):
        check_selectors(path, where + k, lists.get(k, ()), registry)
    if {"select", "extend-select", "ignore"} & set(table):
        cfg.layers.append(Layer(lists.get("select"), lists.get("extend-select", ()), lists.get("ignore", ())))

    if "include" in lists:
        cfg.include = [Glob(base, p) for p in lists["include"]]
    if "exclude" in lists:
        cfg.exclude = [Glob(base, p) for p in lists["exclude"]]
    if "force-exclude" in table:
        if not isinstance(table["force-exclude"], bool):
            raise ConfigError(path, where + "force-exclude", "must be true or false")
        cfg.force_exclude = table["force-exclude"]

    pfi = table.get("per-file-ignores", {})
    if not isinstance(pfi, dict):
        raise ConfigError(path, where + "per-file-ignores",
                          'must be a table of glob = ["rule", ...], e.g. "drafts/*" = ["CL201"]')
    for pattern, sels in pfi.items():
        key = f"{where}per-file-ignores.{pattern}"
        sels = _strings(path, key, sels)
        check_selectors(path, key, sels, registry)
        cfg.per_file_ignores.append((Glob(base, pattern), sels))

    sev = table.get("severity", {})
    if not isinstance(sev, dict):
        raise ConfigError(path, where + "severity", 'must be a table of rule = "error" | "warning" | "info"')
    for name, level in sev.items():
        key = f"{where}severity.{name}"
        if level not in SEVERITIES:
            raise ConfigError(path, key, f"{level!r} is not a severity; allowed: {', '.join(SEVERITIES)}"
                              + did_you_mean(str(level), SEVERITIES))
        matched = registry.select(name)
        if not matched:
            raise ConfigError(path, key, f"{name!r} is not a rule code, name or code prefix"
                              + did_you_mean(name, rule_words(registry)))
        for r in matched:
            cfg.severity[r.code] = level

    opts = table.get("options", {})
    if not isinstance(opts, dict):
        raise ConfigError(path, where + "options", "must be a table of rule tables, e.g. "
                                                   "[tool.cablelint.options.declass-invalid]")
    for name, values in opts.items():
        key = f"{where}options.{name}"
        r = _rule(path, key, name, registry)
        if not isinstance(values, dict):
            raise ConfigError(path, key, "must be a table of option = value")
        merged = dict(cfg.options.get(r.code, {}))
        for opt, value in values.items():
            if opt not in r.options:
                allowed = ", ".join(r.options) or "none: this rule takes no options"
                raise ConfigError(path, f"{key}.{opt}", f"unknown option of {r.code} [{r.name}]; "
                                                        f"allowed: {allowed}"
                                                        + did_you_mean(opt, r.options))
            merged[opt] = _option_value(path, f"{key}.{opt}", r.options[opt], value)
        cfg.options[r.code] = merged
    return cfg
