"""build: inputs, figures, outputs written atomically, and errors."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.errors import InputError, KgError
from kg.pipeline import build


def test_seed_build_reports_its_figures(seed_result, seed_files):
    assert seed_result.documents == seed_result.analysed == len(seed_files)
    assert seed_result.sentences > 5 * len(seed_files)
    assert seed_result.entities > 0
    assert seed_result.triples == len(seed_result.graph) > 0
    assert seed_result.skipped == []


def test_output_does_not_depend_on_the_order_of_the_paths(seed_result, seed_files):
    reordered = build(list(reversed(seed_files)), html=False)
    assert isomorphic(reordered.graph, seed_result.graph)


def test_outputs_are_written_in_each_format_and_parse(seed_files, tmp_path):
    result = build(seed_files[:1], output_dir=tmp_path, formats=("turtle", "ntriples", "trig", "jsonld"), html=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "graph.html", "graph.jsonld", "graph.nt", "graph.trig", "graph.ttl", "merges.tsv", "problems.tsv"
    ]
    for name, fmt in (("graph.ttl", "turtle"), ("graph.nt", "nt"), ("graph.jsonld", "json-ld")):
        assert isomorphic(Graph().parse(tmp_path / name, format=fmt), result.graph), name
    quads = pyoxigraph.parse(path=str(tmp_path / "graph.trig"), format=pyoxigraph.RdfFormat.TRIG)
    assert sum(1 for _ in quads) == len(result.graph)


def test_jsonl_and_html_inputs_build_with_their_metadata(tmp_path):
    shutil.copy(Path(__file__).parents[1] / "ingest" / "data" / "article.html", tmp_path / "page.html")
    lines = [
        {"id": "wire-1", "text": "The prime minister of Japan visited Canberra on Monday.", "title": "Visit", "date": "2022-05-02"},
        {"id": "wire-2", "text": "Australia and Japan signed a security agreement."},
    ]
    (tmp_path / "wire.jsonl").write_text("\n".join(map(json.dumps, lines)) + "\n{broken\n")
    skipped = []
    result = build([tmp_path], html=False, on_skip=skipped.append)
    assert result.documents == 3
    assert [(e.source.rsplit("/", 1)[-1], e.line) for e in skipped] == [("wire.jsonl", 3)]
    text = result.graph.serialize(format="nt")
    assert "wire-1" in text and "page.html" in text


def test_no_readable_document_is_an_input_error(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "noise.txt").write_bytes(bytes(range(256)))
    with pytest.raises(InputError, match="no readable documents"):
        build([tmp_path], html=False, on_skip=lambda error: None)


def test_missing_path_and_unknown_format_are_errors(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        build([tmp_path / "nowhere"])
    with pytest.raises(KgError, match="unknown output format"):
        build([tmp_path], formats=("rdfxml",))
