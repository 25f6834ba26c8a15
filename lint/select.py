"""From configuration to what runs on each file: rule selection, per-file ignores, which files
are cables (and finding them below folders), and the configuration that governs each file.

Selection follows ruff. Layers apply in order (extended file, config file, command line); a
layer with `select` starts afresh, `extend-select` adds, `ignore` removes. Within a layer the
more specific selector wins (`ignore = ["CL1"]` with `select = ["CL101"]` keeps CL101); on a tie
`ignore` wins. A rule that is off by default runs only when a layer names it by code or name —
a prefix or ALL never switches it on.
"""
from __future__ import annotations

import fnmatch
import functools
import os
from pathlib import Path, PurePosixPath
from typing import Iterator, NamedTuple, Sequence

from .config import DEFAULT_INCLUDE, Config, ConfigError, Glob, Layer, Settings, \
    check_selectors, config_below, find_config_file, read_config_file
from .rule import Registry, Rule
from .walk import Unlisted, walk

# Never hidden from the user: an internal error means a rule is broken, not that the cable is.
UNIGNORABLE = frozenset({"CL002"})


def _specificity(registry: Registry, selector: str, r: Rule) -> int | None:
    """How precisely `selector` names rule `r`: None if not at all; exact > longer prefix > ALL."""
    if registry.get(selector) is r:
        return 1000
    s = selector.upper()
    if s == "ALL":
        return 0
    if r.code.startswith(s):
        return len(s)
    return None


def resolve_codes(registry: Registry, layers: Sequence[Layer]) -> frozenset[str]:
    enabled = {r.code for r in registry.rules if r.default_enabled}
    for layer in layers:
        if layer.select is not None:
            enabled = set()
        chosen = (layer.select or ()) + layer.extend_select
        for r in registry.rules:
            pick = [x for x in (_specificity(registry, s, r) for s in chosen) if x is not None]
            drop = [x for x in (_specificity(registry, s, r) for s in layer.ignore) if x is not None]
            if pick and (not r.default_enabled) and max(pick) < 1000:
                pick = []  # off by default: only an exact code or name turns it on
            if drop and (not pick or max(drop) >= max(pick)):
                enabled.discard(r.code)
            elif pick:
                enabled.add(r.code)
    return frozenset(enabled)


_RESOLVED: dict[str, Path] = {}
_MAX_RESOLVED = 65536


def _resolved(folder: str) -> Path:
    """The resolved form of an absolute folder path. Cached, and built on the nearest cached
    ancestor's: a folder that is not a link resolves to its resolved parent and its name, one
    system call where resolving from the root costs one per component. Only the folder and its
    parent are kept (siblings then take one step): a path kept for every folder on the way down
    would make memory grow with the square of a tree's depth."""
    found = _RESOLVED.get(folder)
    if found is not None:
        return found
    pending: list[str] = []
    here = folder
    while True:
        parent, name = os.path.split(here)
        if not name or name in (".", "..") or parent == here:
            base = str(Path(here).resolve())
            break
        pending.append(here)
        known = _RESOLVED.get(parent)
        if known is not None:
            base = str(known)
            break
        here = parent
    if not pending:
        return Path(base)
    kept: dict[str, Path] = {}
    for i in range(len(pending) - 1, -1, -1):
        f = pending[i]
        base = str(Path(f).resolve()) if os.path.islink(f) else os.path.join(base, os.path.basename(f))
        if i <= 1:  # (pending[0] is the folder, pending[1] its parent)
            kept[f] = Path(base)
    if len(_RESOLVED) + len(kept) <= _MAX_RESOLVED:
        _RESOLVED.update(kept)
    return kept[folder]


@functools.lru_cache(maxsize=4096)
def _relative_folder(folder: str, base: str) -> PurePosixPath:
    """Where the absolute `folder` lies below the absolute `base`, both resolved (`.` for
    `base` itself); the whole resolved folder when it lies elsewhere."""
    return _relative_to(_resolved(folder), _resolved(base))


def _relative_to(full: Path, base: Path) -> PurePosixPath:
    try:
        return PurePosixPath(full.relative_to(base).as_posix())
    except ValueError:
        return PurePosixPath(full.as_posix())


@functools.lru_cache(maxsize=4096)
def _component_matches(folder: PurePosixPath, pattern: str) -> bool:
    return any(fnmatch.fnmatchcase(part, pattern) for part in folder.parts)


def glob_match(path: Path, glob: Glob, resolved_folder: str | None = None) -> bool:
    """Does `path` match `glob`? As in .gitignore: a pattern without `/` matches any one path
    component (a file or folder name); a pattern ending in `/` matches folders only, and so
    everything below them; any other pattern matches the path relative to the glob's folder
    (or one of its parent folders). `resolved_folder`, the resolved form of the path's folder,
    is given by a walk, which knows it from the folder's parent: nothing is then kept for it."""
    if resolved_folder is not None:
        folder = _relative_to(Path(resolved_folder), _resolved(os.path.abspath(glob.base)))
    else:
        # Absolute before the cached lookups: a relative folder means another one after a chdir.
        folder = _relative_folder(os.path.abspath(path.parent), os.path.abspath(glob.base))
    pat = glob.pattern
    if "/" not in pat:
        # the file's name, then its folders (asked once per folder, not once per file)
        return fnmatch.fnmatchcase(path.name, pat) or _component_matches(folder, pat)
    rel = folder / path.name
    if pat.endswith("/"):
        pat = pat.rstrip("/")
        folders = [p for p in (rel, *rel.parents) if str(p) != "."]
        if not path.is_dir():
            folders = folders[1:]
        if "/" not in pat:
            return any(fnmatch.fnmatchcase(p.name, pat) for p in folders)
        return any(fnmatch.fnmatchcase(str(p), pat.lstrip("/")) for p in folders)
    return fnmatch.fnmatchcase(str(rel), pat.lstrip("/")) or \
        any(fnmatch.fnmatchcase(str(p), pat.lstrip("/")) for p in rel.parents if str(p) != ".")


class CommandLine(NamedTuple):
    """The selection flags of the command line; they override every file."""

    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    config: Path | None = None
    isolated: bool = False
    force_exclude: bool = False

    def layer(self) -> Layer | None:
        if self.select is None and not self.extend_select and not self.ignore:
            return None
        return Layer(self.select, self.extend_select, self.ignore)


class Resolved:
    """One configuration made concrete: the base rule set and the per-file refinements."""

    def __init__(self, config: Config, codes: frozenset[str], registry: Registry,
                 force_exclude: bool) -> None:
        self.config = config
        self.codes = codes
        self.registry = registry
        self.force_exclude = force_exclude
        self._per_file: dict[frozenset[str], tuple[Settings, tuple[str, ...]]] = {}
        self._include = config.include or [Glob(config.root, p) for p in DEFAULT_INCLUDE]
        self._unignorable = UNIGNORABLE & {r.code for r in registry.rules}
        self._all_codes = frozenset(codes | self._unignorable)

    def is_cable(self, path: Path, resolved_folder: str | None = None) -> bool:
        """Should a file found below a named folder be linted? (`resolved_folder`: see
        glob_match.)"""
        return any(glob_match(path, g, resolved_folder) for g in self._include) and \
            not self.is_excluded(path, resolved_folder)

    def is_excluded(self, path: Path, resolved_folder: str | None = None) -> bool:
        return any(glob_match(path, g, resolved_folder) for g in self.config.exclude)

    def codes_for(self, path: Path) -> frozenset[str]:
        if not self.config.per_file_ignores:
            return self._all_codes  # (asked for every file: the common case is computed once)
        codes = set(self.codes)
        for glob, sels in self.config.per_file_ignores:
            if glob_match(path, glob):
                for s in sels:
                    codes -= {r.code for r in self.registry.select(s)}
        return frozenset(codes | self._unignorable)

    def rules_for(self, path: Path) -> tuple[Settings, tuple[str, ...]]:
        """The settings of the file at `path`, and the codes of their rules in order."""
        codes = self.codes_for(path)
        found = self._per_file.get(codes)
        if found is None:
            rules = tuple(r for r in self.registry.rules if r.code in codes)
            found = self._per_file[codes] = (
                Settings(rules, self.config.options, self.config.severity),
                tuple(r.code for r in rules))
        return found


class Place(NamedTuple):
    """A folder met in a walk: its resolved path, the configuration file that governs it and
    that configuration made concrete. A folder's place is made from its parent's."""

    resolved: str
    file: Path | None
    config: Resolved


class Resolver:
    """Finds and caches the configuration of each linted file (by its folder)."""

    def __init__(self, registry: Registry, cli: CommandLine):
        self.registry = registry
        self.cli = cli
        for key, sels in (("--select", cli.select or ()), ("--extend-select", cli.extend_select),
                          ("--ignore", cli.ignore)):
            check_selectors("command line", key, tuple(sels), registry)
        self._by_file: dict[Path | None, Resolved] = {}
        self._by_dir: dict[Path, Resolved] = {}
        self._found: dict[Path, Path | None] = {}  # folder -> its configuration file
        self._fixed: Resolved | None = None
        if cli.isolated:
            self._fixed = self._resolve(None)
        elif cli.config is not None:
            if not cli.config.is_file():
                raise ConfigError(cli.config, "", "is not a file (given with --config)")
            self._fixed = self._resolve(cli.config)

    def _resolve(self, file: Path | None) -> Resolved:
        key = file.resolve() if file else None
        if key not in self._by_file:
            cfg = read_config_file(file, self.registry) if file else Config()
            layers = list(cfg.layers)
            cli_layer = self.cli.layer()
            if cli_layer:
                layers.append(cli_layer)
            codes = resolve_codes(self.registry, layers)
            if not codes:
                # an empty CI variable (`--select "$RULES"`) or `select = []`: running nothing
                # and saying "All clear" would be a silent pass
                where = "command line" if cli_layer and cli_layer.select is not None else (file or "command line")
                raise ConfigError(where, "select", "selects no rule at all; name at least one "
                                                   "rule, or leave `select` out for the defaults")
            self._by_file[key] = Resolved(cfg, codes, self.registry,
                                          cfg.force_exclude or self.cli.force_exclude)
        return self._by_file[key]

    def for_path(self, path: Path) -> Resolved:
        if self._fixed is not None:
            return self._fixed
        folder = _resolved(os.path.abspath(path.parent))
        if folder not in self._by_dir:
            self._by_dir[folder] = self._resolve(find_config_file(folder, self._found))
        return self._by_dir[folder]

    def place(self, folder: str) -> Place:
        """The place of a folder named on the command line (its configuration searched for)."""
        resolved = _resolved(os.path.abspath(folder))
        if self._fixed is not None:
            return Place(str(resolved), None, self._fixed)
        file = find_config_file(resolved, self._found)
        return Place(str(resolved), file, self._resolve(file))

    def remember(self, folder: str, place: Place) -> None:
        """Keep the place of a walked folder that holds cables, so that linting them finds their
        configuration without a search from the folder up (kept for these folders only)."""
        if self._fixed is None:
            self._by_dir.setdefault(Path(place.resolved), place.config)
        if len(_RESOLVED) < _MAX_RESOLVED:
            _RESOLVED.setdefault(os.path.abspath(folder), Path(place.resolved))

    def below(self, parent: Place, name: str) -> Place:
        """The place of the folder `name` in `parent`, a walked folder (so not a link)."""
        resolved = os.path.join(parent.resolved, name)
        if self._fixed is not None:
            return Place(resolved, None, self._fixed)
        file = config_below(resolved, parent.file)
        return Place(resolved, file, parent.config if file == parent.file else self._resolve(file))


class Skipped:
    """How many files discovery left out (by `include`, `exclude` or force-exclude), for a
    summary that can say why nothing was checked. Files in pruned folders are not counted."""

    def __init__(self) -> None:
        self.files = 0
        self.unlisted: list[Unlisted] = []  # folders that could not be listed


def _walk(folder: Path, resolver: Resolver, skipped: Skipped) -> Iterator[Path]:
    """The cables below a folder, in a stable order; hidden and excluded folders are pruned,
    and folders that cannot be listed are noted in `skipped` (each becomes a finding)."""
    # (the top's place is looked for only when needed, as a folder below's is: a folder that
    # cannot be listed is a finding even under a broken configuration)
    def enter(parent: str, above: Place | None, name: str) -> Place | None:
        if name.startswith("."):
            return None
        above = above or resolver.place(parent)
        here = resolver.below(above, name)
        # (no Path made for a folder unless there are globs to match: it costs its depth)
        excluded = bool(here.config.config.exclude) and \
            here.config.is_excluded(Path(parent, name), above.resolved)
        return None if excluded else here

    found: list[Path] = []
    top: Place | None = None
    for root, here, files in walk(str(folder), top, enter, skipped.unlisted):
        if files:
            here = here or resolver.place(root)
            base = Path(root)
            cables = [f for f in map(base.joinpath, files) if here.config.is_cable(f, here.resolved)]
            skipped.files += len(files) - len(cables)
            if cables:
                resolver.remember(root, here)
            found += cables
    yield from sorted(found)


def discover(paths: Sequence[str], resolver: Resolver, skipped: Skipped | None = None) -> Iterator[str]:
    seen: set[str] = set()
    skipped = skipped if skipped is not None else Skipped()
    for p in paths:
        path = Path(p)
        if path.is_dir():
            files: Iterator[Path] = _walk(path, resolver, skipped)
        else:
            # A file named on the command line is linted even if excluded (ruff's rule), unless
            # force-exclude: pre-commit passes every changed file by name.
            r = resolver.for_path(path)
            excluded = r.force_exclude and r.is_excluded(path)
            skipped.files += excluded
            files = iter(() if excluded else (path,))
        for f in files:
            if str(f) not in seen:
                seen.add(str(f))
                yield str(f)
