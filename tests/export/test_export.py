"""Every export parses in rapper and pyoxigraph, round-trips, and is sorted and stable."""

from __future__ import annotations

import json
import shutil
import subprocess

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic

from kg.errors import GraphError, KgError
from kg.export import FORMATS, convert_file, read_graph, serialize_graph, write_graph
from kg.export.read import read_store
from kg.rdf import build_graph, new_graph
from kg.rdf.literals import clean_text
from kg.types import Entity, Resolution

EXTENSIONS = {"turtle": "ttl", "ntriples": "nt", "trig": "trig", "jsonld": "jsonld"}
OXIGRAPH_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
}


def rapper_check(path, syntax):
    rapper = shutil.which("rapper")
    assert rapper, "rapper (Debian raptor2-utils) must be installed"
    result = subprocess.run([rapper, "-q", "-i", syntax, "-c", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result


@pytest.mark.parametrize("format", sorted(f for f, w in FORMATS.items()
                                           if not getattr(w, "TRIPLE_TERMS", False)))
def test_every_format_of_a_hostile_graph_parses_strictly(nasty_graph, tmp_path, format):
    path = write_graph(nasty_graph, tmp_path / f"graph.{EXTENSIONS[format]}", format)
    quads = list(ox.parse(path=str(path), format=OXIGRAPH_FORMATS[format]))
    assert len({q.triple for q in quads}) == len(nasty_graph)
    if format != "jsonld":  # rapper has no JSON-LD parser
        rapper_check(path, format)


def test_jsonld_reads_back_into_rdflib_as_the_same_graph(nasty_graph, tmp_path):
    path = write_graph(nasty_graph, tmp_path / "graph.jsonld", "jsonld")
    json.loads(path.read_text(encoding="utf-8"))
    assert isomorphic(Graph().parse(path, format="json-ld"), nasty_graph)


def test_turtle_to_ntriples_to_turtle_is_isomorphic(nasty_graph, tmp_path):
    first = write_graph(nasty_graph, tmp_path / "a.ttl")
    ntriples = write_graph(Graph().parse(first, format="turtle"), tmp_path / "b.nt", "ntriples")
    second = write_graph(Graph().parse(ntriples, format="nt"), tmp_path / "c.ttl")
    assert isomorphic(Graph().parse(second, format="turtle"), nasty_graph)
    assert first.read_bytes() == second.read_bytes()


def test_strings_survive_the_round_trip_exactly(nasty_graph, tmp_path):
    path = write_graph(nasty_graph, tmp_path / "graph.ttl")
    before = {str(o) for o in nasty_graph.objects() if not isinstance(o, URIRef)}
    after = {q.object.value for q in ox.parse(path=str(path)) if isinstance(q.object, ox.Literal)}
    assert before == after
    assert any("שלום" in text for text in after) and any("🚀" in text for text in after)
    assert not any("\x00" in text or "\x07" in text for text in after)


def test_turtle_declares_each_prefix_once_at_the_top_sorted(nasty_graph):
    text = serialize_graph(nasty_graph).decode("utf-8")
    prefix_lines = [line for line in text.splitlines() if line.startswith("@prefix")]
    names = [line.split()[1] for line in prefix_lines]
    assert names == sorted(set(names))
    assert text.splitlines()[: len(prefix_lines)] == prefix_lines


def test_output_is_sorted_and_identical_for_the_same_graph(nasty_graph):
    again = Graph()
    for triple in reversed(sorted(nasty_graph)):
        again.add(triple)
    for format in FORMATS:
        assert serialize_graph(nasty_graph, format) == serialize_graph(again, format), format
    lines = serialize_graph(nasty_graph, "ntriples").decode("utf-8").splitlines()
    subjects = [line.split(" ", 1)[0] for line in lines]
    assert subjects == sorted(subjects, key=lambda s: s.strip("<>"))
    rdf_type = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
    for previous, line in zip(lines, lines[1:]):
        if line.split(" ")[1] == rdf_type:  # a type comes first in its subject's block
            assert previous.split(" ", 1)[0] != line.split(" ", 1)[0] or previous.split(" ")[1] == rdf_type


def test_trig_has_one_named_graph_per_document(nasty_graph, tmp_path):
    path = write_graph(nasty_graph, tmp_path / "graph.trig", "trig")
    names = {q.graph_name for q in ox.parse(path=str(path), format=ox.RdfFormat.TRIG)}
    named = {n for n in names if isinstance(n, ox.NamedNode)}
    assert len(named) == 2 and all("/document/" in n.value for n in named)


def test_a_dataset_is_written_with_its_own_graphs(tmp_path):
    dataset = Dataset()
    dataset.graph(URIRef("https://example.org/g")).add(
        (URIRef("https://example.org/a"), URIRef("https://example.org/p"), URIRef("https://example.org/b"))
    )
    path = write_graph(dataset, tmp_path / "d.trig", "trig")
    (quad,) = ox.parse(path=str(path), format=ox.RdfFormat.TRIG)
    assert quad.graph_name == ox.NamedNode("https://example.org/g")


def test_an_iri_strict_parsers_refuse_fails_cleanly_and_leaves_no_file(tmp_path):
    graph = new_graph()
    graph.add((URIRef("https://example.org/a b"), URIRef("https://example.org/p"), URIRef("https://example.org/c")))
    target = tmp_path / "bad.ttl"
    with pytest.raises(GraphError, match="a b"):
        write_graph(graph, target)
    assert list(tmp_path.iterdir()) == []


def test_an_interrupted_write_keeps_the_previous_file(nasty_graph, tmp_path, monkeypatch):
    target = write_graph(nasty_graph, tmp_path / "graph.ttl")
    before = target.read_bytes()
    from kg.export import turtle

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(turtle, "write", broken)
    with pytest.raises(KgError, match="cannot write"):
        write_graph(new_graph(), target)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_an_unknown_format_is_a_clear_error(nasty_graph, tmp_path):
    with pytest.raises(GraphError, match="unknown format 'xml'"):
        write_graph(nasty_graph, tmp_path / "g.xml", "xml")


def test_convert_file_writes_the_same_bytes_as_write_graph(nasty_graph, tmp_path):
    turtle = write_graph(nasty_graph, tmp_path / "g.ttl")
    for format, extension in EXTENSIONS.items():
        converted = convert_file(turtle, tmp_path / f"converted.{extension}", format)
        assert converted.read_bytes() == serialize_graph(nasty_graph, format), format


def test_convert_file_splits_turtle_into_trig_by_document(nasty_graph, tmp_path):
    turtle = write_graph(nasty_graph, tmp_path / "g.ttl")
    trig = convert_file(turtle, tmp_path / "g.trig", "trig")
    assert trig.read_bytes() == write_graph(nasty_graph, tmp_path / "direct.trig", "trig").read_bytes()


@pytest.mark.parametrize("read", [read_graph, read_store])
def test_reading_names_the_file_that_does_not_parse(read, tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .", encoding="utf-8")
    with pytest.raises(GraphError, match="bad.ttl: not valid RDF"):
        read(bad)
    with pytest.raises(GraphError, match="no such file"):
        read(tmp_path / "missing.ttl")


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1), st.text(min_size=1))
def test_any_label_and_key_survive_every_strict_format(label, key):
    graph = build_graph([], Resolution((Entity(key, label, "Person", alt_labels=(label + "\n\"",)),)))
    for format in ("turtle", "ntriples", "trig", "jsonld"):
        data = serialize_graph(graph, format)
        parsed = list(ox.parse(data, format=OXIGRAPH_FORMATS[format]))
        assert len(parsed) == len(graph), format
    labels = {q.object.value for q in ox.parse(serialize_graph(graph), format=ox.RdfFormat.TURTLE)
              if q.predicate.value.endswith("#label")}
    assert labels == {clean_text(label) or clean_text(key) or "unnamed"}


def test_a_graph_written_in_small_batches_of_subjects_is_the_file_written_at_once(nasty_graph):
    import io

    import pyoxigraph as ox

    from kg.export import _prefixes
    from kg.export.oxigraph_terms import serialize_batches, serialize_with_prefixes

    whole, batched = io.BytesIO(), io.BytesIO()
    serialize_with_prefixes(nasty_graph.sorted_triples(), whole, ox.RdfFormat.TURTLE, _prefixes())
    batches = list(nasty_graph.sorted_batches(subjects_per_batch=2))
    assert len(batches) > 3
    serialize_batches(batches, batched, ox.RdfFormat.TURTLE, _prefixes())
    assert batched.getvalue() == whole.getvalue()
    assert "\\(" not in batched.getvalue().decode()  # names stay portable in every batch
