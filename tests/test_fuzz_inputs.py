"""Property-based: any cache entry, baseline or configuration file, however damaged, gives a
result or a clear refusal (None for a cache entry: a miss; BaselineError and ConfigError: a
message and exit 2), never another exception and never a hang (issue 12)."""
from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from cablelint import baseline
from cablelint.cache import ResultCache, seal
from cablelint.config import ConfigError, read_config_file
from cablelint.registry import full_registry

REGISTRY = full_registry()
FUZZ = settings(max_examples=300, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True),
                    st.text(max_size=12), st.sampled_from(["CL101", "error", "08BEIJING3400", ""]))
JSON = st.recursive(SCALARS, lambda kids: st.one_of(
    st.lists(kids, max_size=4), st.dictionaries(st.sampled_from(
        ["key", "identity", "facts", "findings", "check", "line", "column", "end_line",
         "end_column", "path", "code", "name", "severity", "message", "related", "format",
         "version", "entries", "cable", "count", "x"]), kids, max_size=6)), max_leaves=30)
NASTY = st.one_of(st.binary(max_size=200), st.sampled_from(
    [b"[" * 5000, b'{"a":' * 5000, b"1e400", b"\xff\xfe", b"", b"null", b"NaN"]))

KEY = "ab" * 32


def _raw(value) -> bytes:
    return json.dumps(value).encode() if not isinstance(value, bytes) else value


@FUZZ
@given(st.one_of(JSON, NASTY), st.booleans())
def test_any_cache_entry_is_a_result_or_a_miss(value, sealed):
    with tempfile.TemporaryDirectory() as tmp:
        c = ResultCache(Path(tmp), "code")
        if sealed and isinstance(value, dict):  # past the checksum: the field checks must hold
            value = seal(KEY, value.get("identity"), value.get("findings"), value.get("facts"))
        entry = Path(c._file(KEY))
        entry.parent.mkdir(parents=True)
        entry.write_bytes(_raw(value))
        got = c.get(KEY)
        assert got is None or isinstance(got.findings, list)


BASELINE_HEAD = {"format": "cablelint-baseline", "version": 1}


@FUZZ
@given(st.one_of(JSON, NASTY, st.lists(JSON, max_size=4).map(
    lambda es: {**BASELINE_HEAD, "entries": es})))
def test_any_baseline_is_read_or_refused(value):
    with tempfile.TemporaryDirectory() as tmp:
        file = Path(tmp) / "b.json"
        file.write_bytes(_raw(value))
        try:
            baseline.read(file)
        except baseline.BaselineError as exc:
            assert str(exc).startswith(str(file))


TOML_KEYS = st.sampled_from(["select", "extend-select", "ignore", "include", "exclude",
                             "force-exclude", "extend", "per-file-ignores", "severity", "options",
                             "options.declass-invalid", "options.tags-present",
                             "options.dtg-format", "severity.CL101", "x"])
TOML_VALUES = st.one_of(
    st.sampled_from(['[]', '["CL1"]', '[""]', '"CL101"', 'true', '-5', '1e400', 'nan', 'inf',
                     '99999999999999999', '"2008-13-45"', '"error"', '{}', '{ max-years = -1 }',
                     '{ since = "1990-01-01" }', '{ max-days-from-metadata = 1e9 }',
                     '["x", 1]', '"missing.toml"', '"."', "[[[]]]", "1979-05-27"]),
    st.text(max_size=20).map(json.dumps))


@FUZZ
@given(st.one_of(
    st.lists(st.tuples(TOML_KEYS, TOML_VALUES), max_size=5).map(
        lambda kv: "\n".join(f"{k} = {v}" for k, v in kv)),
    st.text(max_size=200), st.sampled_from(["a = " + "[" * 5000, "[" + "a." * 3000 + "a]"])))
def test_any_configuration_is_read_or_refused(text):
    with tempfile.TemporaryDirectory() as tmp:
        file = Path(tmp) / "cablelint.toml"
        file.write_text(text, encoding="utf-8", errors="surrogatepass")
        try:
            read_config_file(file, REGISTRY)
        except ConfigError as exc:
            assert str(file.name) in str(exc)
