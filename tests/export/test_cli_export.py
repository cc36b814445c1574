"""`kg export` converts a graph file; bad input gives one line, not a traceback."""

from __future__ import annotations

import pyoxigraph as ox
from typer.testing import CliRunner

from kg.cli import app
from kg.export import write_graph

runner = CliRunner()


def test_export_writes_the_requested_format(nasty_graph, tmp_path):
    source = write_graph(nasty_graph, tmp_path / "g.ttl")
    result = runner.invoke(app, ["export", str(source), "--format", "ntriples", "-o", str(tmp_path / "g.nt")])
    assert result.exit_code == 0, result.output
    assert len(list(ox.parse(path=str(tmp_path / "g.nt")))) == len(nasty_graph)


def test_export_of_a_missing_file_is_one_line(tmp_path):
    result = runner.invoke(app, ["export", str(tmp_path / "none.ttl"), "-o", str(tmp_path / "x.nt")])
    assert result.exit_code == 1
    assert "kg export: error:" in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1
