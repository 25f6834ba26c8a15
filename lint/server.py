"""`cablelint server`: a language server over standard input and output (pygls, lsprotocol).

It lints with the same engine and configuration as `check`: the configuration nearest to each
document applies, and a change to a configuration file re-lints every open document.

- Diagnostics on open, on change (debounced: a burst of keystrokes is linted once) and on
  save; pushed, or pulled (`textDocument/diagnostic`) by a client that says it pulls.
- Positions in the encoding the client negotiates (UTF-16 unless it offers UTF-8 or UTF-32),
  lines broken at LF, CRLF and CR only.
- Hover: a finding's rule documentation; on an E.O. line the order that governed the cable's
  date; on a banner or portion mark what it means and how it rolls up (lint/explain.py).
- Code actions: each finding's fix as a quick fix; the safe ones together as `source.fixAll`.
- Bad input (binary, over-large, malformed requests, positions past the end) is answered with
  an error or nothing and logged; the server keeps serving.
"""
from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any, NamedTuple

from lsprotocol import types as t
from pygls.exceptions import JsonRpcException
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol
from pygls.uris import to_fs_path

from . import __version__, api, explain, fixer, fixes, textpos
from .config import CONFIG_NAMES
from .rule import SAFE, Finding, Fix

log = logging.getLogger("cablelint.server")

DEBOUNCE_SECONDS = 0.01  # long enough to fold a burst of changes, short for the 30 ms target
FIX_ALL = "source.fixAll.cablelint"
_SEVERITY = {"error": t.DiagnosticSeverity.Error, "warning": t.DiagnosticSeverity.Warning,
             "info": t.DiagnosticSeverity.Information}
_ENCODINGS = {t.PositionEncodingKind.Utf16: textpos.UTF16, t.PositionEncodingKind.Utf8: textpos.UTF8,
              t.PositionEncodingKind.Utf32: textpos.UTF32}


class Linted(NamedTuple):
    """One version of a document and what the linter made of it."""

    version: int | None
    text: str  # as the client sent it
    lines: list[str]
    findings: list[Finding]


class _Answered:
    """A request already answered with an error while it was being read."""

    jsonrpc = None


class _Protocol(LanguageServerProtocol):
    """pygls's protocol, answering a request whose parameters do not read with the JSON-RPC
    error its client waits for (pygls logs it and sends no response)."""

    def structure_message(self, data: Any) -> Any:
        try:
            return super().structure_message(data)
        except JsonRpcException as exc:
            if isinstance(data, dict) and "id" in data and "method" in data:
                self._send_response(data["id"], error=exc.to_response_error())
                return _Answered()
            raise

    def handle_message(self, message: Any) -> None:
        if not isinstance(message, _Answered):
            super().handle_message(message)


class CableServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("cablelint", __version__, protocol_cls=_Protocol)
        from .registry import full_registry

        self.registry = full_registry()
        self.linted: dict[str, Linted] = {}
        self._pending: dict[str, asyncio.TimerHandle] = {}

    def report_server_error(self, error: Exception, source: Any) -> None:
        # logged, not shown: a client's malformed message is no news for the person typing
        log.warning("%s: %s", type(error).__name__, error)

    # -- engine ---------------------------------------------------------------------------

    @property
    def encoding(self) -> str:
        return _ENCODINGS.get(self.workspace.position_encoding, textpos.UTF16)

    @property
    def pulls(self) -> bool:
        caps = self.client_capabilities.text_document
        return caps is not None and caps.diagnostic is not None

    def _path(self, uri: str) -> str:
        fs = to_fs_path(uri) if uri.startswith("file:") else None
        if fs:
            return fs
        root = self.workspace.root_path or str(Path.cwd())
        return str(Path(root) / "untitled.txt")  # an unsaved buffer: the workspace's configuration

    def lint(self, uri: str) -> Linted:
        doc = self.workspace.get_text_document(uri)
        text = doc.source
        findings: list[Finding] = []
        if text.strip():  # an empty buffer is one being written, not a broken file
            path = self._path(uri)
            try:
                findings = api.lint_text(text, path)
            except api.ConfigError as exc:
                self.window_show_message(t.ShowMessageParams(
                    t.MessageType.Error, f"cablelint: configuration error: {exc}; linting with "
                                         f"the default rules"))
                findings = [f._replace(path=path) for f in api.lint_text(text)]
        linted = Linted(doc.version, text, textpos.lines_of(text), findings)
        self.linted[uri] = linted
        return linted

    def current(self, uri: str) -> Linted:
        doc = self.workspace.get_text_document(uri)
        known = self.linted.get(uri)
        if known is not None and known.version == doc.version and known.text == doc.source:
            return known
        return self.lint(uri)

    # -- conversions ----------------------------------------------------------------------

    def range(self, lines: list[str], line: int, column: int, end_line: int, end_column: int) -> t.Range:
        from .span import Span

        a, b = textpos.span_to_client(lines, Span(line, column, end_line, end_column), self.encoding)
        return t.Range(t.Position(*a), t.Position(*b))

    def diagnostic(self, uri: str, lines: list[str], f: Finding) -> t.Diagnostic:
        related = [t.DiagnosticRelatedInformation(
            t.Location(uri, self.range(lines, *s)), f"the same fault ({f.code})")
            for s in f.related] or None
        return t.Diagnostic(
            range=self.range(lines, f.line, f.column, f.end_line, f.end_column),
            message=f"{f.message} [{f.name}]", severity=_SEVERITY.get(f.severity),
            code=f.code, source="cablelint", related_information=related)

    def diagnostics(self, uri: str, linted: Linted) -> list[t.Diagnostic]:
        return [self.diagnostic(uri, linted.lines, f) for f in linted.findings]

    def text_edits(self, linted: Linted, fix: Fix) -> list[t.TextEdit]:
        newline = fixes.newline_of(linted.text)
        return [t.TextEdit(self.range(linted.lines, *e.span), e.text.replace("\n", newline))
                for e in fix.edits]

    # -- pushing --------------------------------------------------------------------------

    def publish(self, uri: str) -> None:
        try:
            linted = self.lint(uri)
        except KeyError:
            return  # closed meanwhile
        except Exception:  # a bug must cost one document's diagnostics, not the server
            log.exception("linting %s failed", uri)
            return
        if self.pulls:
            return
        self.text_document_publish_diagnostics(t.PublishDiagnosticsParams(
            uri=uri, version=linted.version, diagnostics=self.diagnostics(uri, linted)))

    def publish_later(self, uri: str) -> None:
        pending = self._pending.pop(uri, None)
        if pending is not None:
            pending.cancel()
        loop = asyncio.get_running_loop()
        self._pending[uri] = loop.call_later(DEBOUNCE_SECONDS, self._fire, uri)

    def _fire(self, uri: str) -> None:
        self._pending.pop(uri, None)
        self.publish(uri)

    def relint_all(self) -> None:
        self.linted.clear()  # (the configuration is read afresh at every lint)
        if self.pulls:
            refresh = self.client_capabilities.workspace
            if refresh and refresh.diagnostics and refresh.diagnostics.refresh_support:
                self.workspace_diagnostic_refresh(None)
            return
        for uri in list(self.workspace.text_documents):
            self.publish(uri)


server = CableServer()


def _is_config(uri: str) -> bool:
    return uri.rsplit("/", 1)[-1] in CONFIG_NAMES


@server.feature(t.INITIALIZED)
def initialized(ls: CableServer, params: t.InitializedParams) -> None:
    ws = ls.client_capabilities.workspace
    watched = ws.did_change_watched_files if ws else None
    if watched and watched.dynamic_registration:
        watchers = [t.FileSystemWatcher(glob_pattern=f"**/{name}") for name in CONFIG_NAMES]
        ls.client_register_capability(t.RegistrationParams([t.Registration(
            "cablelint-config", t.WORKSPACE_DID_CHANGE_WATCHED_FILES,
            t.DidChangeWatchedFilesRegistrationOptions(watchers))]))


@server.feature(t.TEXT_DOCUMENT_DID_OPEN)
def did_open(ls: CableServer, params: t.DidOpenTextDocumentParams) -> None:
    ls.publish(params.text_document.uri)


@server.feature(t.TEXT_DOCUMENT_DID_CHANGE)
def did_change(ls: CableServer, params: t.DidChangeTextDocumentParams) -> None:
    ls.publish_later(params.text_document.uri)


@server.feature(t.TEXT_DOCUMENT_DID_SAVE)
def did_save(ls: CableServer, params: t.DidSaveTextDocumentParams) -> None:
    if _is_config(params.text_document.uri):
        ls.relint_all()
    else:
        ls.publish(params.text_document.uri)


@server.feature(t.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls: CableServer, params: t.DidCloseTextDocumentParams) -> None:
    uri = params.text_document.uri
    ls.linted.pop(uri, None)
    pending = ls._pending.pop(uri, None)
    if pending is not None:
        pending.cancel()
    if not ls.pulls:
        ls.text_document_publish_diagnostics(t.PublishDiagnosticsParams(uri=uri, diagnostics=[]))


@server.feature(t.WORKSPACE_DID_CHANGE_WATCHED_FILES)
def did_change_watched(ls: CableServer, params: t.DidChangeWatchedFilesParams) -> None:
    if any(_is_config(c.uri) for c in params.changes):
        ls.relint_all()


@server.feature(t.WORKSPACE_DID_CHANGE_CONFIGURATION)
def did_change_configuration(ls: CableServer, params: t.DidChangeConfigurationParams) -> None:
    ls.relint_all()


@server.feature(t.TEXT_DOCUMENT_DIAGNOSTIC,
                t.DiagnosticOptions(identifier="cablelint", inter_file_dependencies=False,
                                    workspace_diagnostics=False))
def pull_diagnostics(ls: CableServer, params: t.DocumentDiagnosticParams) -> t.DocumentDiagnosticReport:
    uri = params.text_document.uri
    return t.RelatedFullDocumentDiagnosticReport(items=ls.diagnostics(uri, ls.current(uri)))


@server.feature(t.TEXT_DOCUMENT_HOVER)
def hover(ls: CableServer, params: t.HoverParams) -> t.Hover | None:
    linted = ls.current(params.text_document.uri)
    line, column = textpos.from_client(linted.lines, params.position.line,
                                       params.position.character, ls.encoding)
    parts = []
    for f in linted.findings:
        if not textpos.contains(_span(f), line, column):
            continue
        r = ls.registry.get(f.code)
        if r is not None and r.doc not in parts:
            parts.append(explain.rule_doc(r))
    if not any(f.code in ("CL001", "CL003") for f in linted.findings) and linted.text.strip():
        try:
            cable = api.parse(linted.text, ls._path(params.text_document.uri))
            about = explain.at(cable, line, column)
        except Exception:  # an explanation is a courtesy: never an error for the client
            log.exception("explaining failed")
            about = None
        if about:
            parts.insert(0, about)
    if not parts:
        return None
    return t.Hover(t.MarkupContent(t.MarkupKind.Markdown, "\n\n---\n\n".join(parts)))


def _span(f: Finding):
    from .span import Span
    return Span(f.line, f.column, f.end_line, f.end_column)


@server.feature(t.TEXT_DOCUMENT_CODE_ACTION,
                t.CodeActionOptions(code_action_kinds=[t.CodeActionKind.QuickFix, FIX_ALL]))
def code_action(ls: CableServer, params: t.CodeActionParams) -> list[t.CodeAction] | None:
    uri = params.text_document.uri
    linted = ls.current(uri)
    only = params.context.only
    wanted = (lambda kind: True) if not only else (
        lambda kind: any(kind == k or kind.startswith(f"{k}.") for k in only))
    r = params.range
    start = textpos.from_client(linted.lines, r.start.line, r.start.character, ls.encoding)
    end = textpos.from_client(linted.lines, r.end.line, r.end.character, ls.encoding)
    path = ls._path(uri)
    relint = lambda text: api.lint_text(text, path)  # noqa: E731
    actions: list[t.CodeAction] = []
    if wanted(t.CodeActionKind.QuickFix):
        for f in linted.findings:
            if f.fix is None or (f.end_line, f.end_column) < start or end < (f.line, f.column):
                continue
            if not fixer.clears_cleanly(linted.text, linted.findings, f, relint):
                continue  # a fix that would make another rule speak is no fix
            actions.append(t.CodeAction(
                title=f"{f.fix.title} ({f.code}, {f.fix.applicability})",
                kind=t.CodeActionKind.QuickFix,
                diagnostics=[ls.diagnostic(uri, linted.lines, f)],
                is_preferred=f.fix.applicability == SAFE,
                edit=t.WorkspaceEdit(changes={uri: ls.text_edits(linted, f.fix)})))
    if wanted(FIX_ALL) and any(f.fix is not None and f.fix.applicability == SAFE
                               for f in linted.findings):
        new, _, n = fixer.fix_text(linted.text, linted.findings, relint)
        if n:
            whole = t.Range(t.Position(0, 0), t.Position(*textpos.to_client(
                linted.lines, len(linted.lines), len(linted.lines[-1]) + 1, ls.encoding)))
            actions.append(t.CodeAction(
                title=f"cablelint: fix {n} finding{'s' if n != 1 else ''} (safe fixes)",
                kind=FIX_ALL, edit=t.WorkspaceEdit(changes={uri: [t.TextEdit(whole, new)]})))
    return actions or None


def main(argv: Any = None) -> int:
    # standard error is the editor's log; pygls would log every message (cable text too) at INFO
    logging.basicConfig(level=logging.WARNING, format="cablelint server: %(levelname)s %(message)s")
    server.start_io()
    return 0
