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
