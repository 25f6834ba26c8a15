"""The rate of docs/scale.md's recipe (a benchmark, not a test): cables per second for the
public API in one process, and mapped over a Dask bag of files on a local cluster of 1 and of
2 worker processes (one thread each), on the same files, with the findings compared. Beside
the wall clock, the CPU seconds spent: cables per CPU second is the rate of a core of one's
own, which a shared, busy host's wall clock is not. That rate is what a million cables, or N
machines, divide by.

Usage: python benchmarks/scale.py [PATH ...]   (default: all of ../shared/corpus)
Needs the `scale` extra (dask[distributed]).
"""
from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
DEFAULT = [CORPUS / "cables", CORPUS / "raw", CORPUS / "era2"]


def lint_partition(paths):
    from cablelint import api

    return [f.as_dict() for f in api.lint_paths(list(paths)).findings]


def main() -> None:
    import dask.bag as db
    import distributed

    from cablelint import api

    roots = [Path(p) for p in sys.argv[1:]] or DEFAULT
    files = sorted(str(p) for r in roots for p in r.rglob("*.txt"))
    print(f"{len(files):,} files; load average at start {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")

    t, c = time.perf_counter(), time.process_time()
    expected = sorted(json.dumps(f.as_dict(), sort_keys=True) for f in api.lint_paths(files).findings)
    one, one_cpu = time.perf_counter() - t, time.process_time() - c
    print(f"api.lint_paths, one process: {one:6.2f} s, {len(files) / one:7.0f} cables/s; "
          f"{one_cpu:6.2f} CPU s, {len(files) / one_cpu:5.0f} cables a CPU second; "
          f"{len(expected):,} findings")

    for workers in (1, 2):
        with distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                      host="127.0.0.1", dashboard_address=None) as cluster, \
                distributed.Client(cluster) as client:
            bag = db.from_sequence(files, partition_size=500).map_partitions(lint_partition)
            cpu = client.run(time.process_time)
            t = time.perf_counter()
            found = bag.compute()
            wall = time.perf_counter() - t
            # CPU seconds the workers spent (linting and Dask's own work): cables per CPU second
            # is the rate of a core that is not shared, which the wall clock on a busy host is not
            spent = sum(after - cpu[w] for w, after in client.run(time.process_time).items())
            same = sorted(json.dumps(f, sort_keys=True) for f in found) == expected
            print(f"dask bag, {workers} worker(s): {wall:6.2f} s, {len(files) / wall:7.0f} cables/s "
                  f"({len(files) / wall / workers:5.0f} a worker); {spent:6.2f} CPU s in the workers, "
                  f"{len(files) / spent:5.0f} cables a CPU second; {len(found):,} findings, "
                  f"{'the same as' if same else 'NOT THE SAME AS'} in one process")
    print(f"load average at end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
