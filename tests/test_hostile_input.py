"""Broken and hostile files: every encoding decodes with true positions, every file that is not a
cable gets one clear finding, and the run goes on without a traceback.

Speed is not asserted here (benchmarks/adversarial.py measures it).
"""
from __future__ import annotations

import codecs
import os
import tracemalloc
from pathlib import Path

import pytest

from cablelint import source
from cablelint.registry import full_registry
from cablelint.runner import Settings, lint_bytes
from hostile import CABLES, DATA, json_findings, run_cli

ENGINE = {"CL001", "CL002", "CL003", "CL004"}
SETTINGS = Settings(tuple(full_registry().select("ALL")), {}, {})

# A cable with findings on its first line (the classification line has no Classified By) and
# further down, and a non-ASCII character in a paragraph so that legacy encodings differ.
SYNTHETIC = ("CONFIDENTIAL STATE 000001\n\nE.O. 12958: DECL: 01/01/2019\nTAGS: PREL\n"
             "SUBJECT: TEST\n\n1. (S) The minister\u2019s caf\u00e9 visit.\n\n2. Unmarked text.\n")


def positions(data: bytes) -> list[tuple]:
    return [(f.code, f.line, f.column, f.end_line, f.end_column, f.message)
            for f in lint_bytes(data, "x.txt", SETTINGS) if f.code not in ENGINE]


def a_cable_with_findings() -> bytes:
    for path in CABLES:
        data = path.read_bytes()
        if positions(data):
            return data
    raise AssertionError("no shipped cable has a finding")


# ---- encodings --------------------------------------------------------------------------------

@pytest.mark.parametrize("encoding,bom", [
    ("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
    ("utf-16-be", codecs.BOM_UTF16_BE), ("cp1252", b""),
])
def test_each_encoding_gives_the_utf8_findings_at_the_same_positions(encoding, bom):
    expected = positions(SYNTHETIC.encode("utf-8"))
    assert any(f[1] == 1 for f in expected), "the sample needs a finding on line 1"
    data = bom + SYNTHETIC.encode(encoding)
    assert positions(data) == expected
    assumed = [f for f in lint_bytes(data, "x.txt", SETTINGS) if f.code == "CL004"]
    if encoding == "cp1252":
        assert [f.message for f in assumed] == [
            "2 bytes are not UTF-8 (the first at line 7, column 20); read as cp1252, else Latin-1"]
    else:
        assert assumed == []


def test_a_byte_cp1252_leaves_undefined_is_read_as_latin1_with_a_finding():
    data = SYNTHETIC.replace("\u2019", "'").encode("latin-1") + b"\x81\n"  # 0x81: not cp1252
    found = lint_bytes(data, "x.txt", SETTINGS)
    assert [f.message for f in found if f.code == "CL004"] == [
        "2 bytes are not UTF-8 (the first at line 7, column 26); read as cp1252, else Latin-1"]
    assert source.decode(data).text.endswith("caf\u00e9 visit.\n\n2. Unmarked text.\n\x81\n")


def test_utf8_bom_columns_count_from_the_first_real_character():
    plain = SYNTHETIC.encode()
    assert positions(codecs.BOM_UTF8 + plain) == positions(plain)
    src = source.decode(codecs.BOM_UTF8 + plain)
    assert src.text == SYNTHETIC and src.encoding == "utf-8-sig"


def test_bom_then_invalid_utf8_drops_the_mark_before_the_legacy_decoding():
    data = codecs.BOM_UTF8 + SYNTHETIC.replace("\u2019", "'").encode("cp1252")
    src = source.decode(data)
    assert src.encoding == "cp1252" and src.text.startswith("CONFIDENTIAL")


@pytest.mark.parametrize("newline", ["\r\n", "\r"], ids=["crlf", "cr"])
def test_crlf_and_cr_files_give_the_lf_positions(newline):
    lf = a_cable_with_findings()
    expected = positions(lf)
    assert expected
    assert positions(lf.replace(b"\n", newline.encode())) == expected
    assert positions(SYNTHETIC.replace("\n", newline).encode()) == positions(SYNTHETIC.encode())


def test_mixed_line_endings_give_the_lf_positions():
    lines = SYNTHETIC.split("\n")[:-1]
    # A CR before an empty LF-ended line would be one CRLF break, to an editor too: avoid it.
    ends = ["\r\n", "\n", "\r"]
    mixed = "".join(ln + (ends[i % 3] if i + 1 < len(lines) and lines[i + 1] else "\r\n")
                    for i, ln in enumerate(lines))
    assert positions(mixed.encode()) == positions(SYNTHETIC.encode())


def test_a_utf8_file_cut_inside_a_character_is_linted_as_utf8_with_one_warning():
    data = SYNTHETIC.encode() + "\u2019".encode()[:2]
    found = lint_bytes(data, "x.txt", SETTINGS)
    engine = [f for f in found if f.code in ENGINE]
    assert [(f.code, f.message) for f in engine] == [
        ("CL004", "the file ends inside a UTF-8 character: it looks truncated")]
    assert positions(data) == positions(SYNTHETIC.encode())


# ---- files that are not cables ----------------------------------------------------------------

NOT_CABLES = {
    "empty": (b"", "the file is empty"),
    "whitespace": (b" \n\t\r\n   \n", "the file holds only white space"),
    "bom-only": (codecs.BOM_UTF8 + b"\n", "the file holds only white space"),
    "nul-bytes": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "the file is binary (it holds NUL bytes)"),
    "control-bytes": (bytes(range(1, 9)) * 500, "the file is binary (more than a tenth of its first bytes are control codes)"),
    "utf16-no-bom": (SYNTHETIC.encode("utf-16-le"), "the file looks like UTF-16 text without a byte-order mark; save it as UTF-8"),
    "utf16-odd-length": (codecs.BOM_UTF16_LE + b"A\x00B", "the file starts with a UTF-16 byte-order mark but is not UTF-16"),
    "utf32": (codecs.BOM_UTF32_LE + "SECRET".encode("utf-32-le"), "the file is UTF-32 text, which no cable repository uses"),
    "nul-in-utf16": (codecs.BOM_UTF16_LE + "A\x00B".encode("utf-16-le"), "the file is binary (it holds NUL characters)"),
}


@pytest.mark.parametrize("name", sorted(NOT_CABLES))
def test_a_file_that_is_not_a_cable_gets_one_clear_finding(name):
    data, reason = NOT_CABLES[name]
    found = lint_bytes(data, "x.txt", SETTINGS)
    assert [(f.code, f.message, f.line, f.column) for f in found] == [("CL003", reason, 1, 1)]


def test_too_large_bytes_are_refused_without_decoding(monkeypatch):
    monkeypatch.setattr(source, "MAX_BYTES", 100)
    found = lint_bytes(b"A" * 101, "x.txt", SETTINGS)
    assert [f.code for f in found] == ["CL003"] and "101 bytes" in found[0].message


def test_the_limit_admits_the_8_mb_benchmark_inputs():
    assert source.MAX_BYTES >= 16 * 1024 * 1024


def test_load_refuses_a_huge_file_from_its_size_without_reading_it(tmp_path):
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as fh:  # sparse: 100 MB on paper, nothing on disk
        fh.truncate(100 * 1024 * 1024)
    tracemalloc.start()
    try:
        got = source.load(huge)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert isinstance(got, source.Unreadable) and "104,857,600 bytes" in got.reason
    assert peak < 1024 * 1024, "the file was read"


def test_load_reads_a_cable_and_refuses_a_directory(tmp_path):
    assert source.load(CABLES[0]) == CABLES[0].read_bytes()
    assert isinstance(source.load(tmp_path), source.Unreadable)
    with pytest.raises(OSError):
        source.load(tmp_path / "missing.txt")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_load_refuses_a_named_pipe_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    got = source.load(fifo)
    assert isinstance(got, source.Unreadable) and "not a regular file" in got.reason


def _bad_directory(tmp: Path) -> dict[str, str | None]:
    """One of each kind of bad file and a good cable; maps file name to the expected CL00x code."""
    good = DATA / "cables" / "09CAIRO624.txt"
    real = good.read_bytes()
    files = {
        "good.txt": (real, None),
        "empty.txt": (b"", "CL003"),
        "whitespace.txt": (b"  \n\n\t\n", "CL003"),
        "binary.txt": (b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + os.urandom(4096), "CL003"),
        "truncated.txt": (real[: len(real) // 2], None),  # linted: the rules judge what is there
        "truncated-utf8.txt": (real[: len(real) // 3] + "\u2019".encode()[:1], "CL004"),
        "utf16-no-bom.txt": (real.decode().encode("utf-16-le"), "CL003"),
        "legacy.txt": (real + "caf\u00e9\n".encode("cp1252"), "CL004"),
    }
    for name, (data, _) in files.items():
        (tmp / name).write_bytes(data)
    with open(tmp / "huge.txt", "wb") as fh:
        fh.truncate(100 * 1024 * 1024)
    expected = {name: code for name, (_, code) in files.items()}
    expected["huge.txt"] = "CL003"
    return expected


def test_a_directory_of_bad_files_gives_one_finding_each_and_lints_the_good_one(tmp_path):
    expected = _bad_directory(tmp_path)
    proc = run_cli(["check", "--isolated", "--output-format", "json", str(tmp_path)])
    found = json_findings(proc)
    assert "Traceback" not in proc.stderr and proc.stderr == ""
    # CL003 and the rules' findings are errors: exit 1, as documented (2 is for OS errors,
    # usage errors and failing rules).
    assert proc.returncode == 1
    by_file: dict[str, list[dict]] = {}
    for f in found:
        by_file.setdefault(Path(f["path"]).name, []).append(f)
    for name, code in expected.items():
        engine = [f["code"] for f in by_file.get(name, []) if f["code"] in ENGINE]
        assert engine == ([code] if code else []), name
    alone = json_findings(run_cli(["check", "--isolated", "--output-format", "json",
                                   str(tmp_path / "good.txt")]))
    strip = lambda fs: [(f["code"], f["line"], f["column"], f["message"]) for f in fs]
    assert strip(by_file.get("good.txt", [])) == strip(alone)
    huge = by_file["huge.txt"][0]["message"]
    assert "104,857,600 bytes" in huge


def test_a_file_the_os_will_not_open_is_exit_2_and_the_rest_is_linted(tmp_path):
    good = tmp_path / "good.txt"
    good.write_bytes(CABLES[0].read_bytes())
    missing = tmp_path / "missing.txt"
    proc = run_cli(["check", "--isolated", "--output-format", "json", str(good), str(missing)])
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "missing.txt" in proc.stderr
    assert all(Path(f["path"]).name == "good.txt" for f in json_findings(proc))


def test_the_binary_verdict_does_not_hang_on_the_line_endings():
    # found by test_properties: 2 control bytes in 19 were binary with LF line endings and text
    # with CRLF, as the CR counted among the bytes
    data = b"\x01\x01\t\t  01VATI\n01VATI"
    for newline in (b"\n", b"\r\n"):
        got = source.decode(data.replace(b"\n", newline))
        assert isinstance(got, source.Unreadable) and "control codes" in got.reason
