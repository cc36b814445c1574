"""`kg query` prints answers and turns every problem into one line on stderr."""

from __future__ import annotations

from typer.testing import CliRunner

from kg.cli import app

runner = CliRunner()


def test_query_prints_a_table(small_graph):
    result = runner.invoke(app, ["query", str(small_graph), "SELECT ?l { ?x a kg:Country ; rdfs:label ?l }"])
    assert result.exit_code == 0, result.output
    assert "Borduria" in result.stdout and "(1 row)" in result.stdout


def test_query_reads_a_rq_file_and_prints_csv(small_graph, tmp_path):
    query = tmp_path / "countries.rq"
    query.write_text("SELECT ?l { ?x a kg:Country ; rdfs:label ?l }", encoding="utf-8")
    result = runner.invoke(app, ["query", str(small_graph), str(query), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["l", "Borduria"]


def test_a_bad_query_is_one_line_and_exit_1(small_graph):
    result = runner.invoke(app, ["query", str(small_graph), "SELECT WHERE {"])
    assert result.exit_code == 1
    assert result.output.startswith("kg query: error:") and len(result.output.strip().splitlines()) == 1


def test_an_unknown_format_is_one_line_and_exit_1(small_graph):
    result = runner.invoke(app, ["query", str(small_graph), "ASK {}", "--format", "xml"])
    assert result.exit_code == 1 and "unknown format" in result.output


def test_a_missing_store_is_one_line_and_exit_1(tmp_path):
    result = runner.invoke(app, ["query", "--store", str(tmp_path / "nope"), "ASK {}"])
    assert result.exit_code == 1 and result.output.startswith("kg query: error:")
