"""docs/scale.md's recipe on a local Dask cluster (two worker processes, on the loopback
address): the public API mapped over a bag of files and over a bag of text records gives the
findings `cablelint check` gives on the same files, finding for finding."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

DATA = Path(__file__).parent / "data"
SAMPLE = sorted(str(p) for p in (DATA / "cables").glob("*.txt")) + \
    sorted(str(p) for p in (DATA / "raw").glob("*.txt"))


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  host="127.0.0.1", dashboard_address=None) as cluster, \
            distributed.Client(cluster) as c:
        yield c


def _key(d: dict) -> str:
    return json.dumps(d, sort_keys=True)


@pytest.fixture(scope="module")
def checked() -> list[str]:
    from cablelint.cli import main
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        main(["check", "--no-cache", "-f", "json", *SAMPLE])
    found = json.loads(out.getvalue())
    assert len(found) >= 10, "the sample has findings to compare"
    return sorted(map(_key, found))


def test_bag_of_files_gives_the_findings_of_check(client, checked):
    from cablelint import api

    # The recipe: a partition is a list of paths; the API lints them as `check` does.
    bag = db.from_sequence(SAMPLE, npartitions=6).map_partitions(
        lambda paths: [f.as_dict() for f in api.lint_paths(list(paths)).findings])
    found = bag.compute()
    assert sorted(map(_key, found)) == checked
    # both workers took part
    assert len(client.scheduler_info()["workers"]) == 2


def test_bag_of_text_records_gives_the_findings_of_check(client, checked, tmp_path):
    from cablelint import api

    # Text records as a bulk file holds them: one CSV row per cable, its name and its text.
    table = tmp_path / "cables.csv"
    with table.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        for p in SAMPLE:
            w.writerow([p, Path(p).read_bytes().decode("utf-8")])

    def rows(files):
        for name in files:
            with open(name, newline="", encoding="utf-8") as fh:
                yield from csv.reader(fh)

    bag = (db.from_sequence([str(table)], npartitions=1)
           .map_partitions(lambda files: list(rows(files)))
           .repartition(npartitions=4)
           .map(lambda row: [f.as_dict() for f in api.lint_text(row[1], row[0])])
           .flatten())
    found = bag.compute()
    assert sorted(map(_key, found)) == checked
