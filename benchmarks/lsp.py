"""The language server under editing (a benchmark, not a test).

Starts `cablelint server` as an editor would, opens an 8 KB real cable and types into it: each
edit inserts one character in a paragraph (an incremental `didChange`, as every client sends
while typing) and waits for the diagnostics of that version. Prints:

- latency: from sending a change to receiving its diagnostics (median, 95th percentile, max),
  over the first 200 edits; the server's debounce (lint/server.py) is part of it;
- memory: the server's resident set after 100, 500 and 1,000 edits (it must stay flat).

Usage: python benchmarks/lsp.py [CABLE]   (default: tests/data/cables/05BRASILIA1325.txt, 8 KB)
"""
from __future__ import annotations

import json
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "tests" / "data" / "cables" / "05BRASILIA1325.txt"
EDITS = 1000
TIMED = 200


class Server:
    def __init__(self) -> None:
        self.proc = subprocess.Popen([sys.executable, "-m", "cablelint", "server"],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.versions: dict[int, float] = {}
        self.answers: dict[int, dict] = {}
        self.cond = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()

    def send(self, msg: dict) -> None:
        body = json.dumps(msg).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def _read(self) -> None:
        out = self.proc.stdout
        while True:
            length = 0
            while True:
                line = out.readline()
                if not line:
                    return
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
                if line in (b"\r\n", b"\n"):
                    break
            msg = json.loads(out.read(length))
            with self.cond:
                if msg.get("method") == "textDocument/publishDiagnostics":
                    self.versions[msg["params"].get("version") or 0] = time.perf_counter()
                elif "id" in msg:
                    self.answers[msg["id"]] = msg
                self.cond.notify_all()

    def wait(self, pred, timeout: float = 30.0) -> None:
        with self.cond:
            if not self.cond.wait_for(pred, timeout):
                raise TimeoutError("the server did not answer")

    def rss_kib(self) -> int:
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
        return 0


def main() -> None:
    cable = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    text = cable.read_text(encoding="utf-8", errors="replace")
    uri = cable.resolve().as_uri()
    # a line of paragraph text to type into: the longest line
    lines = text.split("\n")
    row = max(range(len(lines)), key=lambda i: len(lines[i]))
    s = Server()
    s.send({"jsonrpc": "2.0", "id": 1, "method": "initialize",
            "params": {"capabilities": {}, "rootUri": cable.parent.resolve().as_uri()}})
    s.wait(lambda: 1 in s.answers)
    s.send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
    s.send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
        "uri": uri, "languageId": "plaintext", "version": 1, "text": text}}})
    s.wait(lambda: 1 in s.versions)
    latencies: list[float] = []
    memory: dict[int, int] = {}
    for n in range(1, EDITS + 1):
        version = n + 1
        col = 10 + n % 40
        change = {"range": {"start": {"line": row, "character": col},
                            "end": {"line": row, "character": col}}, "text": "e"}
        sent = time.perf_counter()
        s.send({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
            "textDocument": {"uri": uri, "version": version}, "contentChanges": [change]}})
        s.wait(lambda: version in s.versions)
        if n <= TIMED:
            latencies.append((s.versions[version] - sent) * 1000)
        if n in (100, 500, 1000):
            memory[n] = s.rss_kib()
    s.send({"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
    s.wait(lambda: 2 in s.answers)
    s.send({"jsonrpc": "2.0", "method": "exit"})
    s.proc.wait(timeout=30)
    latencies.sort()
    print(f"cable: {cable.name}, {len(text.encode('utf-8')):,} bytes; {EDITS} edits, one character each")
    print(f"diagnostics after a change: median {statistics.median(latencies):.1f} ms, "
          f"p95 {latencies[int(len(latencies) * 0.95) - 1]:.1f} ms, max {latencies[-1]:.1f} ms "
          f"(first {TIMED} edits)")
    print("server memory (RSS): " + ", ".join(f"{memory[k] / 1024:.1f} MiB after {k}"
                                              for k in sorted(memory)))


if __name__ == "__main__":
    main()
