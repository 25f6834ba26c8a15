"""Processes and output: SIGTERM ends the workers as Ctrl-C does, --jobs is capped at the
usable cores, a dead worker and an unwritable output are messages with exit 2, never a
traceback (issue 12, items 6 and 7)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from cli_helpers import CABLELINT, GOOD, bad, check, place

from cablelint import batch


def _cables(folder, n: int):
    for i in range(n):
        place(GOOD if i % 2 else bad("banner-below-portion"), folder / f"c{i:04d}.txt")


def test_jobs_are_capped_at_the_usable_cores(tmp_path, capsys, monkeypatch):
    import concurrent.futures

    sizes = []
    real = concurrent.futures.ProcessPoolExecutor

    class Recording(real):
        def __init__(self, max_workers=None, **kw):
            sizes.append(max_workers)
            super().__init__(max_workers=max_workers, **kw)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", Recording)
    monkeypatch.setattr(batch, "default_jobs", lambda: 2)
    _cables(tmp_path / "c", 6)
    r = check(capsys, "--jobs", "1000", "c", cwd=tmp_path)
    assert r.code == 1 and sizes == [2]


def test_a_worker_killed_by_the_system_is_a_message_and_exit_2(tmp_path, capsys, monkeypatch):
    _cables(tmp_path / "c", 6)
    monkeypatch.setattr(batch, "run_job", lambda job, cache: os._exit(9))  # (in the forked workers)
    monkeypatch.setattr(batch, "default_jobs", lambda: 2)
    r = check(capsys, "--jobs", "2", "c", cwd=tmp_path)
    assert r.code == 2 and "worker process ended without a result" in r.err
    assert "Traceback" not in r.err


def test_sigterm_ends_the_run_and_its_workers(tmp_path):
    _cables(tmp_path / "c", 3000)
    p = subprocess.Popen([*CABLELINT, "check", "--no-cache", "--jobs", "2", "c"], cwd=tmp_path,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    children = f"/proc/{p.pid}/task/{p.pid}/children"
    deadline = time.time() + 60
    while time.time() < deadline and p.poll() is None:
        if os.path.exists(children) and open(children).read().split():
            break  # the pool's workers are up
        time.sleep(0.05)
    p.send_signal(signal.SIGTERM)
    _, err = p.communicate(timeout=60)
    assert p.returncode in (143, -signal.SIGTERM), err
    assert b"Traceback" not in err
    deadline = time.time() + 10
    while time.time() < deadline:
        try:
            os.killpg(p.pid, 0)  # anything left of the session: a worker still alive
        except ProcessLookupError:
            break
        time.sleep(0.2)
    else:
        raise AssertionError("worker processes outlived the run")


def test_sigterm_while_the_pool_starts_ends_the_run_as_sigterm(tmp_path, monkeypatch):
    # SIGTERM between the pool's launching its workers and starting its manager thread (the CI
    # run of aa92746): the thread is made but not started, and `shutdown` cannot join it; the
    # run must still end with the signal's exception, not a RuntimeError and its traceback
    import concurrent.futures

    from cablelint.signals import Terminated

    class StoppedWhileStarting(concurrent.futures.ProcessPoolExecutor):
        def map(self, *args, **kw):
            raise Terminated()

        def shutdown(self, *args, **kw):
            super().shutdown(*args, **kw)
            raise RuntimeError("cannot join thread before it is started")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", StoppedWhileStarting)
    monkeypatch.setattr(batch, "default_jobs", lambda: 2)
    _cables(tmp_path / "c", 6)
    jobs = [batch.Job(str(p), (), {}, {}) for p in sorted((tmp_path / "c").iterdir())]
    with pytest.raises(Terminated):
        list(batch.run(jobs, 2, None))


def test_output_on_a_full_disk_is_a_message_and_exit_2(tmp_path):
    place(bad("banner-below-portion"), tmp_path / "a.txt")
    with open("/dev/full", "w") as full:
        p = subprocess.run([*CABLELINT, "check", "--no-cache", "a.txt"], cwd=tmp_path,
                           stdout=full, stderr=subprocess.PIPE, timeout=120)
    assert p.returncode == 2 and b"cannot write the output" in p.stderr
    assert b"Traceback" not in p.stderr and b"Exception ignored" not in p.stderr


def test_any_output_encoding_and_file_name_is_written(tmp_path):
    name = os.fsdecode(b"caf\xe9 \xc2\xb6.txt")
    place(bad("banner-below-portion"), tmp_path / name)
    for encoding in ("utf-8", "ascii"):
        for fmt in ("text", "github", "sarif", "junit", "json"):
            p = subprocess.run([*CABLELINT, "check", "--no-cache", "-f", fmt, "."], cwd=tmp_path,
                               capture_output=True, timeout=120,
                               env={**os.environ, "PYTHONIOENCODING": encoding})
            assert p.returncode == 1 and b"Traceback" not in p.stderr, (encoding, fmt, p.stderr)
