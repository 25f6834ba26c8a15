"""`cablelint server` end to end, driven by pytest-lsp as an editor would drive it: initialize,
open, diagnostics, hover, code actions, change, configuration change, bad input, shutdown."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytest.importorskip("pygls")
pytest_lsp = pytest.importorskip("pytest_lsp")

from lsprotocol import types as t  # noqa: E402
from pytest_lsp import ClientServerConfig, LanguageClient  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
NOFORN_SEED = (ROOT / "seeds" / "bad" / "noforn-rollup.cable").read_text(encoding="utf-8")
SERVER = ClientServerConfig(server_command=[sys.executable, "-m", "cablelint", "server"])


def _capabilities(pull: bool = False, encodings: list[str] | None = None) -> t.ClientCapabilities:
    return t.ClientCapabilities(
        general=t.GeneralClientCapabilities(position_encodings=encodings) if encodings else None,
        text_document=t.TextDocumentClientCapabilities(
            publish_diagnostics=t.PublishDiagnosticsClientCapabilities(related_information=True),
            diagnostic=t.DiagnosticClientCapabilities() if pull else None,
            hover=t.HoverClientCapabilities(content_format=[t.MarkupKind.Markdown]),
            code_action=t.CodeActionClientCapabilities(
                code_action_literal_support=t.ClientCodeActionLiteralOptions(
                    t.ClientCodeActionKindOptions([t.CodeActionKind.QuickFix,
                                                   t.CodeActionKind.SourceFixAll])))),
        workspace=t.WorkspaceClientCapabilities(
            did_change_watched_files=t.DidChangeWatchedFilesClientCapabilities(
                dynamic_registration=True)))


def _accept_registrations(client: LanguageClient) -> None:
    client.registrations = []

    @client.feature(t.CLIENT_REGISTER_CAPABILITY)
    def register(ls, params: t.RegistrationParams) -> None:
        client.registrations.extend(params.registrations)


@pytest_lsp.fixture(config=SERVER)
async def client(lsp_client: LanguageClient, tmp_path_factory):
    root = tmp_path_factory.mktemp("workspace")
    _accept_registrations(lsp_client)
    await lsp_client.initialize_session(t.InitializeParams(
        capabilities=_capabilities(), root_uri=root.as_uri(),
        workspace_folders=[t.WorkspaceFolder(root.as_uri(), "workspace")]))
    lsp_client.root = root
    yield
    await lsp_client.shutdown_session()


async def _open(client: LanguageClient, name: str, text: str) -> str:
    path = client.root / name
    path.write_text(text, encoding="utf-8", newline="")
    uri = path.as_uri()
    client.text_document_did_open(t.DidOpenTextDocumentParams(
        t.TextDocumentItem(uri=uri, language_id="plaintext", version=1, text=text)))
    await _diagnostics_of(client, uri)
    return uri


async def _diagnostics_of(client: LanguageClient, uri: str) -> list[t.Diagnostic]:
    while True:
        await client.wait_for_notification(t.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        if uri in client.diagnostics:
            return list(client.diagnostics.pop(uri))


def _hover_text(h: t.Hover | None) -> str:
    assert h is not None
    return h.contents.value


@pytest.mark.asyncio
async def test_diagnostics_hover_and_quick_fix(client: LanguageClient):
    uri = await _open(client, "c.txt", NOFORN_SEED)
    path = client.root / "c.txt"
    client.text_document_did_save(t.DidSaveTextDocumentParams(t.TextDocumentIdentifier(uri)))
    [d] = await _diagnostics_of(client, uri)
    assert (d.code, d.source, d.severity) == ("CL105", "cablelint", t.DiagnosticSeverity.Error)
    assert "[noforn-rollup]" in d.message
    # `¶3. (S/NF)`: the mark starts at code point 5, UTF-16 unit 4 (¶ is one unit)
    assert (d.range.start.line, d.range.start.character) == (23, 4)
    assert (d.range.end.line, d.range.end.character) == (23, 10)

    doc = _hover_text(await client.text_document_hover_async(t.HoverParams(
        t.TextDocumentIdentifier(uri), t.Position(23, 6))))
    assert "CL105 noforn-rollup" in doc and "Why:" in doc
    assert "NOFORN: not releasable to foreign nationals" in doc  # the mark itself, explained
    eo = _hover_text(await client.text_document_hover_async(t.HoverParams(
        t.TextDocumentIdentifier(uri), t.Position(11, 2))))
    assert "2008-09-03" in eo and "**E.O. 12958** governed" in eo
    assert "section 1.4, categories (a)-(h)" in eo and "at most 25 years" in eo
    banner = _hover_text(await client.text_document_hover_async(t.HoverParams(
        t.TextDocumentIdentifier(uri), t.Position(7, 36))))
    assert banner.startswith("**SECRET** (classification line)")
    assert "roll up to **SECRET//NOFORN**" in banner
    assert await client.text_document_hover_async(t.HoverParams(
        t.TextDocumentIdentifier(uri), t.Position(19, 30))) is None  # paragraph text: nothing

    actions = await client.text_document_code_action_async(t.CodeActionParams(
        t.TextDocumentIdentifier(uri), d.range, t.CodeActionContext([d])))
    [fix] = [a for a in actions if a.kind == t.CodeActionKind.QuickFix]
    assert fix.title == "add the NOFORN caption (CL105, unsafe)" and not fix.is_preferred
    assert not [a for a in actions if a.kind.startswith(t.CodeActionKind.SourceFixAll)]
    edits = fix.edit.changes[uri]
    assert [(e.range.start.line, e.range.start.character, e.new_text) for e in edits] == [
        (7, 59, "\n\nNOFORN"), (3, 0, "SECRET//NOFORN")]

    # the editor applies it: a change, then diagnostics again (debounced)
    client.text_document_did_change(t.DidChangeTextDocumentParams(
        t.VersionedTextDocumentIdentifier(uri=uri, version=2),
        [t.TextDocumentContentChangePartial(range=e.range, text=e.new_text)
         for e in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character),
                         reverse=True)]))
    assert await _diagnostics_of(client, uri) == []
    assert path.read_text(encoding="utf-8") == NOFORN_SEED  # the server never writes a file
    # the configuration files are watched
    [reg] = client.registrations
    assert [w["globPattern"] for w in reg.register_options["watchers"]] == [
        "**/.cablelint.toml", "**/cablelint.toml", "**/pyproject.toml"]


@pytest.mark.asyncio
async def test_configuration_nearest_and_reloaded_on_change(client: LanguageClient):
    uri = await _open(client, "c.txt", NOFORN_SEED)
    # (the first publication was consumed by _open; reopen to read it)
    client.text_document_did_save(t.DidSaveTextDocumentParams(t.TextDocumentIdentifier(uri)))
    assert [d.code for d in await _diagnostics_of(client, uri)] == ["CL105"]
    config = client.root / "cablelint.toml"
    config.write_text('ignore = ["noforn-rollup"]\n', encoding="utf-8")
    client.workspace_did_change_watched_files(t.DidChangeWatchedFilesParams(
        [t.FileEvent(config.as_uri(), t.FileChangeType.Created)]))
    assert await _diagnostics_of(client, uri) == []
    # a configuration that does not read is said, and the default rules apply
    config.write_text('ignore = "x\n', encoding="utf-8")
    client.workspace_did_change_watched_files(t.DidChangeWatchedFilesParams(
        [t.FileEvent(config.as_uri(), t.FileChangeType.Changed)]))
    assert [d.code for d in await _diagnostics_of(client, uri)] == ["CL105"]
    assert any("configuration error" in m.message for m in client.messages)


@pytest.mark.asyncio
async def test_fix_all_safe_and_crlf(client: LanguageClient):
    (client.root / "cablelint.toml").write_text('extend-select = ["declass-date-format"]\n')
    text = NOFORN_SEED.replace("DECL: 09/03/2033", "DECL: 9/3/2033").replace("\n", "\r\n")
    uri = await _open(client, "dated.txt", text)
    client.text_document_did_save(t.DidSaveTextDocumentParams(t.TextDocumentIdentifier(uri)))
    diags = await _diagnostics_of(client, uri)
    [date] = [d for d in diags if d.code == "CL312"]
    assert (date.range.start.line, date.range.start.character) == (11, 12)
    actions = await client.text_document_code_action_async(t.CodeActionParams(
        t.TextDocumentIdentifier(uri), t.Range(t.Position(0, 0), t.Position(0, 0)),
        t.CodeActionContext([], only=[t.CodeActionKind.SourceFixAll])))
    [fix_all] = actions
    assert fix_all.kind == "source.fixAll.cablelint" and fix_all.title == "cablelint: fix 1 finding (safe fixes)"
    [whole] = fix_all.edit.changes[uri]
    assert whole.new_text == text.replace("DECL: 9/3/2033", "DECL: 09/03/2033")  # CRLF kept


@pytest.mark.asyncio
async def test_bad_input_is_answered_and_the_server_keeps_serving(client: LanguageClient):
    binary = await _open(client, "b.txt", "S E C R E T\x00\x01\x02")
    client.text_document_did_save(t.DidSaveTextDocumentParams(t.TextDocumentIdentifier(binary)))
    assert [d.code for d in await _diagnostics_of(client, binary)] == ["CL003"]
    empty = await _open(client, "e.txt", "")
    client.text_document_did_save(t.DidSaveTextDocumentParams(t.TextDocumentIdentifier(empty)))
    assert await _diagnostics_of(client, empty) == []
    big = await _open(client, "big.txt", "A" * (32 * 1024 * 1024 + 1))
    client.text_document_did_save(t.DidSaveTextDocumentParams(t.TextDocumentIdentifier(big)))
    [d] = await _diagnostics_of(client, big)
    assert d.code == "CL003" and "more than" in d.message
    uri = await _open(client, "c.txt", NOFORN_SEED)
    # positions past the end of a line and of the document
    assert await client.text_document_hover_async(t.HoverParams(
        t.TextDocumentIdentifier(uri), t.Position(9999, 9999))) is None
    actions = await client.text_document_code_action_async(t.CodeActionParams(
        t.TextDocumentIdentifier(uri), t.Range(t.Position(23, 500), t.Position(9999, 0)),
        t.CodeActionContext([])))
    assert actions is None
    h = await client.text_document_hover_async(t.HoverParams(
        t.TextDocumentIdentifier(uri), t.Position(23, 6)))
    assert "noforn-rollup" in _hover_text(h)


def _frame(body: bytes) -> bytes:
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def _messages(out: bytes) -> list[dict]:
    import json

    found = []
    while out:
        head, _, rest = out.partition(b"\r\n\r\n")
        n = int(head.split(b"\r\n")[0].split(b":")[1])
        found.append(json.loads(rest[:n]))
        out = rest[n:]
    return found


def test_malformed_requests_get_errors_and_the_server_goes_on(tmp_path):
    """Raw JSON-RPC, as a broken client would send it (a typed client cannot)."""
    import json
    import subprocess

    uri = (tmp_path / "c.txt").as_uri()
    requests = [
        {"jsonrpc": "2.0", "id": 1, "method": "initialize",
         "params": {"capabilities": {}, "rootUri": tmp_path.as_uri()}},
        {"jsonrpc": "2.0", "method": "initialized", "params": {}},
        {"jsonrpc": "2.0", "id": 2, "method": "textDocument/hover", "params": {"textDocument": 5}},
        {"jsonrpc": "2.0", "id": 3, "method": "textDocument/hover",
         "params": {"textDocument": {"uri": uri}, "position": {"line": 0, "character": 0}}},
        {"jsonrpc": "2.0", "id": 4, "method": "no/such/method", "params": {}},
        {"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
            "uri": uri, "languageId": "plaintext", "version": 1, "text": NOFORN_SEED}}},
        {"jsonrpc": "2.0", "id": 5, "method": "textDocument/hover",
         "params": {"textDocument": {"uri": uri}, "position": {"line": -3, "character": -1}}},
        {"jsonrpc": "2.0", "id": 6, "method": "textDocument/hover",
         "params": {"textDocument": {"uri": uri}, "position": {"line": 23, "character": 6}}},
        {"jsonrpc": "2.0", "id": 7, "method": "shutdown"},
        {"jsonrpc": "2.0", "method": "exit"},
    ]
    stream = b"".join(_frame(json.dumps(r).encode()) for r in requests[:2])
    stream += _frame(b"{this is not json")  # a body that does not parse
    stream += b"".join(_frame(json.dumps(r).encode()) for r in requests[2:])
    p = subprocess.run([sys.executable, "-m", "cablelint", "server"], input=stream,
                       capture_output=True, timeout=120)
    answers = {m["id"]: m for m in _messages(p.stdout) if "id" in m}
    assert "error" in answers[2] and "error" in answers[4]
    assert "error" in answers[3] or answers[3]["result"] is None  # a document never opened
    assert "error" in answers[5]  # a negative position is not a position
    assert "noforn-rollup" in answers[6]["result"]["contents"]["value"]
    assert answers[7]["result"] is None and p.returncode == 0
    assert NOFORN_SEED[:200].encode() not in p.stderr  # the log never carries the cable


@pytest_lsp.fixture(config=SERVER)
async def pulling_utf8_client(lsp_client: LanguageClient, tmp_path_factory):
    root = tmp_path_factory.mktemp("workspace")
    _accept_registrations(lsp_client)
    result = await lsp_client.initialize_session(t.InitializeParams(
        capabilities=_capabilities(pull=True, encodings=[t.PositionEncodingKind.Utf8]),
        root_uri=root.as_uri()))
    assert result.capabilities.position_encoding == t.PositionEncodingKind.Utf8
    lsp_client.root = root
    yield
    await lsp_client.shutdown_session()


@pytest.mark.asyncio
async def test_pulled_diagnostics_in_utf8(pulling_utf8_client: LanguageClient):
    client = pulling_utf8_client
    path = client.root / "c.txt"
    path.write_text(NOFORN_SEED, encoding="utf-8")
    uri = path.as_uri()
    client.text_document_did_open(t.DidOpenTextDocumentParams(
        t.TextDocumentItem(uri=uri, language_id="plaintext", version=1, text=NOFORN_SEED)))
    report = await client.text_document_diagnostic_async(t.DocumentDiagnosticParams(
        t.TextDocumentIdentifier(uri)))
    [d] = report.items
    # `¶` is two bytes in UTF-8: the mark starts at byte 5 of its line
    assert (d.code, d.range.start.line, d.range.start.character) == ("CL105", 23, 5)
    assert uri not in client.diagnostics  # a pulling client is not also pushed to
