"""The seed articles' graph, built by the real pipeline, is a citizen of the RDF world:
it conforms to kg's shapes, and every export of it parses in rapper and pyoxigraph."""

from __future__ import annotations

import shutil
import subprocess

import pyoxigraph as ox
import pytest
from rdflib import RDF, Graph
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from kg.cli import app
from kg.export import write_graph
from kg.namespaces import KG
from kg.validate import validate_graph

RAPPER_SYNTAX = {"turtle": "turtle", "ntriples": "ntriples", "trig": "trig"}
EXTENSIONS = {"turtle": "ttl", "ntriples": "nt", "trig": "trig", "jsonld": "jsonld"}


def test_the_seed_graph_conforms_to_the_shapes(seed_graph):
    report = validate_graph(seed_graph)
    assert report.conforms, report.summary()


@pytest.mark.parametrize("format", sorted(EXTENSIONS))
def test_every_export_of_the_seed_graph_parses_strictly(seed_graph, tmp_path, format):
    path = write_graph(seed_graph, tmp_path / f"seeds.{EXTENSIONS[format]}", format)
    parsed = list(ox.parse(path=str(path), format=ox.RdfFormat.from_extension(EXTENSIONS[format])))
    assert len({quad.triple for quad in parsed}) == len(seed_graph)
    if format in RAPPER_SYNTAX:
        rapper = shutil.which("rapper")
        assert rapper, "rapper (Debian raptor2-utils) must be installed"
        checked = subprocess.run([rapper, "-q", "-i", RAPPER_SYNTAX[format], "-c", str(path)], capture_output=True, text=True)
        assert checked.returncode == 0, checked.stderr


def test_the_seed_graph_round_trips_through_ntriples(seed_graph, tmp_path):
    turtle = write_graph(seed_graph, tmp_path / "a.ttl")
    ntriples = write_graph(Graph().parse(turtle), tmp_path / "b.nt", "ntriples")
    again = write_graph(Graph().parse(ntriples, format="nt"), tmp_path / "c.ttl")
    assert isomorphic(Graph().parse(again), seed_graph)
    assert again.read_bytes() == turtle.read_bytes()


def test_kg_validate_passes_on_the_seed_graph_and_fails_on_a_broken_one(seed_graph, tmp_path):
    good = write_graph(seed_graph, tmp_path / "good.ttl")
    passed = CliRunner().invoke(app, ["validate", str(good)])
    assert passed.exit_code == 0, passed.output
    assert "conforms" in passed.stdout

    broken = Graph()
    for triple in seed_graph:
        broken.add(triple)
    statement = next(broken.subjects(RDF.type, KG.Statement))
    broken.remove((statement, KG.sentenceText, None))
    bad = write_graph(broken, tmp_path / "bad.ttl")
    failed = CliRunner().invoke(app, ["validate", str(bad)])
    assert failed.exit_code == 1
    assert "does not conform: 1 violation" in failed.output
    assert "kg:sentenceText" in failed.output and "sentence it was read from" in failed.output
    assert "Traceback" not in failed.output


def test_kg_validate_on_a_file_that_does_not_parse_is_one_line(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("not turtle", encoding="utf-8")
    result = CliRunner().invoke(app, ["validate", str(bad)])
    assert result.exit_code == 1
    assert result.output.startswith("kg validate: error:") and len(result.output.strip().splitlines()) == 1
