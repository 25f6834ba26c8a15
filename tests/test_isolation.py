"""A rule that raises is one `internal-error` finding per file; the other rules and files still run.

The failing rule is a real third-party plugin: a tiny distribution (a module and its
`*.dist-info` with `entry_points.txt`) on PYTHONPATH, found through the `cablelint.rules` entry
point group by the `cablelint` command run in a subprocess, exactly as a user's plugin would be.
"""
from __future__ import annotations

import textwrap
from pathlib import Path

from hostile import DATA, json_findings, run_cli

SECRET_WORDS = "quotedcabletextmustnotleak"

PLUGIN = textwrap.dedent(f'''
    from cablelint.rule import ERROR, Hit, rule


    @rule("ZZ901", "always-fails", ERROR)
    def always_fails(cable, options):
        """Always raises.

        Why: proves that a failing rule cannot stop a run.

        Bad:
            (any cable)

        Good:
            (none)
        """
        # The exception's text must never reach the report or the log.
        raise RuntimeError("{SECRET_WORDS} " + cable.path)


    @rule("ZZ902", "fails-after-a-hit", ERROR)
    def fails_after_a_hit(cable, options):
        """Reports one finding, then raises.

        Why: a rule that fails halfway must not take the run down either.

        Bad:
            (any cable)

        Good:
            (none)
        """
        if cable.banner is not None:
            yield Hit(cable.banner.span, "a hit before the failure")
        raise KeyError("{SECRET_WORDS}")


    RULES = [always_fails, fails_after_a_hit]
''')


def make_plugin(root: Path) -> Path:
    root.mkdir()
    (root / "failing_plugin.py").write_text(PLUGIN, encoding="utf-8")
    info = root / "failing_plugin-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: failing-plugin\nVersion: 0.1\n",
                                   encoding="utf-8")
    (info / "entry_points.txt").write_text("[cablelint.rules]\nfailing = failing_plugin:RULES\n",
                                           encoding="utf-8")
    return root


def test_a_failing_plugin_rule_is_an_internal_error_and_everything_else_runs(tmp_path):
    plugin = make_plugin(tmp_path / "plugin_site")
    cables = DATA / "cables"
    args = ["check", "--isolated", "--output-format", "json", "--jobs", "1", str(cables)]
    with_plugin = run_cli(args, env={"PYTHONPATH": str(plugin)})
    without = run_cli(args)

    assert with_plugin.returncode == 2, with_plugin.stderr  # documented: a failing rule is exit 2
    assert "Traceback" not in with_plugin.stderr
    assert SECRET_WORDS not in with_plugin.stdout + with_plugin.stderr
    found = json_findings(with_plugin)
    files = sorted(str(p) for p in cables.glob("*.txt"))
    internal = [f for f in found if f["code"] == "CL002"]
    for rule_code, rule_name in (("ZZ901", "always-fails"), ("ZZ902", "fails-after-a-hit")):
        mine = [f for f in internal if rule_code in f["message"]]
        assert sorted(f["path"] for f in mine) == files, rule_code  # one per file
        assert all(rule_name in f["message"] for f in mine)
        assert all(f["name"] == "internal-error" for f in mine)
    # The hit yielded before the failure is kept; every other rule's findings are unchanged.
    assert any(f["code"] == "ZZ902" for f in found)
    others = [f for f in found if f["code"] not in ("CL002", "ZZ901", "ZZ902")]
    assert others == json_findings(without)
    assert without.returncode in (0, 1)


def test_the_failing_rule_runs_in_the_process_pool_too(tmp_path):
    plugin = make_plugin(tmp_path / "plugin_site")
    proc = run_cli(["check", "--isolated", "--output-format", "json", "--jobs", "2",
                    str(DATA / "cables"), str(DATA / "raw")], env={"PYTHONPATH": str(plugin)})
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    found = json_findings(proc)
    n_files = len(list((DATA / "cables").glob("*.txt"))) + len(list((DATA / "raw").glob("*.txt")))
    assert len([f for f in found if f["code"] == "CL002"]) == 2 * n_files
