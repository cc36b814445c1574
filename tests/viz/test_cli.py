"""`kg viz` (kg/cli/viz.py), run in-process."""

from __future__ import annotations

import typer
from typer.testing import CliRunner
from viz_graphs import make_fact_graph

from kg.cli.viz import register


def _app() -> typer.Typer:
    app = typer.Typer()
    app.callback()(lambda: None)  # keep `viz` a subcommand even when it is the only one
    register(app)
    return app


def _run(*args: str):
    return CliRunner().invoke(_app(), ["viz", *args])


def test_viz_writes_the_page_and_says_what_it_holds(tmp_path):
    make_fact_graph().serialize(tmp_path / "g.ttl", format="turtle")
    result = _run(str(tmp_path / "g.ttl"), "-o", str(tmp_path / "page.html"))
    assert result.exit_code == 0, result.output
    assert "4 nodes, 2 relations" in result.stdout
    assert (tmp_path / "page.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_viz_focus_and_hops_narrow_the_page(tmp_path):
    make_fact_graph().serialize(tmp_path / "g.ttl", format="turtle")
    result = _run(str(tmp_path / "g.ttl"), "-o", str(tmp_path / "p.html"), "--focus", "Yang", "--hops", "0")
    assert result.exit_code == 0, result.output
    assert "1 nodes, 0 relations" in result.stdout


def test_viz_errors_are_one_line_on_stderr(tmp_path):
    (tmp_path / "bad.ttl").write_text("this is not turtle\n", encoding="utf-8")
    make_fact_graph().serialize(tmp_path / "g.ttl", format="turtle")
    for args in (
        [str(tmp_path / "missing.ttl")],
        [str(tmp_path / "bad.ttl")],
        [str(tmp_path / "g.ttl"), "--focus", "Nobody at all"],
    ):
        result = _run(*args)
        assert result.exit_code == 1
        assert result.stderr.startswith("kg viz: error: ")
        assert result.stderr.count("\n") == 1
        assert "Traceback" not in result.output


def test_kg_viz_runs_as_a_command(tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    make_fact_graph().serialize(tmp_path / "g.ttl", format="turtle")
    repo = str(Path(__file__).resolve().parents[2])
    env = {**os.environ, "PYTHONPATH": repo + os.pathsep + os.environ.get("PYTHONPATH", "")}
    done = subprocess.run(
        [sys.executable, "-m", "kg", "viz", str(tmp_path / "g.ttl")], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "g.html").is_file()  # default output: the graph's name with .html
