"""The persistent store: incremental builds, atomic graph replacement, the lock."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.errors import GraphError
from kg.pipeline import build
from kg.query import read_query, run_query
from kg.resources import ontology_file
from kg.store import open_graph_store, open_store


@pytest.fixture(scope="module")
def two_halves(seed_files, tmp_path_factory):
    """The seeds built into one store in two halves: (store folder, first result, second result)."""
    store = tmp_path_factory.mktemp("halves") / "store"
    first = build(seed_files[:2], store=store, html=False)
    second = build(seed_files[2:], store=store, html=False)
    return store, first, second


def test_building_in_two_halves_gives_the_graph_of_one_build(two_halves, seed_result):
    _, first, second = two_halves
    assert (first.analysed, first.documents) == (2, 2)
    assert (second.analysed, second.unchanged, second.documents) == (3, 0, 5)
    assert isomorphic(second.graph, seed_result.graph)


def test_store_graph_holds_the_built_graph_and_the_ontology(two_halves, seed_result):
    store, _, _ = two_halves
    oxigraph = open_graph_store(store)
    ontology = Graph().parse(ontology_file("kg.ttl"), format="turtle")
    assert len(oxigraph) == len(seed_result.graph + ontology)
    (count,) = oxigraph.query("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a <https://w3id.org/kg-builder/ontology#Document> }")
    assert int(count[0].value) == 5


def test_queries_on_the_store_follow_the_class_hierarchy(two_halves):
    store, _, _ = two_halves
    repo = Path(__file__).resolve().parents[2]
    query = read_query(str(repo / "examples" / "queries" / "entities_by_type.rq"))
    result = run_query(open_graph_store(store), query)
    assert len(result.rows) > 10


def test_unchanged_documents_are_not_parsed_again(seed_files, tmp_path):
    store = tmp_path / "store"
    build(seed_files[:2], store=store, html=False)
    again = build(seed_files[:2], store=store, html=False)
    assert (again.analysed, again.unchanged, again.documents) == (0, 2, 2)


def test_a_changed_document_replaces_its_old_analysis(tmp_path):
    source, store = tmp_path / "in", tmp_path / "store"
    source.mkdir()
    (source / "a.txt").write_text("Angela Merkel visited Paris on Monday.")
    (source / "b.txt").write_text("Emmanuel Macron met reporters in Lyon.")
    build([source], store=store, html=False)
    (source / "a.txt").write_text("Olaf Scholz visited Warsaw on Tuesday.")
    changed = build([source], store=store, html=False)
    assert (changed.analysed, changed.unchanged, changed.documents) == (1, 1, 2)
    fresh = build([source], html=False)
    assert isomorphic(changed.graph, fresh.graph)
    text = changed.graph.serialize(format="nt")
    assert "Warsaw" in text and "Paris" not in text


def test_a_store_in_use_is_refused_with_a_clear_error(tmp_path):
    with open_store(tmp_path / "store"):
        with pytest.raises(GraphError, match="in use"):
            open_store(tmp_path / "store")
    open_store(tmp_path / "store").close()  # free again once closed


def test_a_folder_that_is_not_a_store_is_refused(tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(GraphError, match="not empty"):
        open_store(tmp_path)
    with pytest.raises(GraphError, match="not a kg store"):
        open_graph_store(tmp_path)


def test_replacing_the_graph_keeps_one_graph_folder(tmp_path):
    graph = Graph()
    graph.add((URIRef("https://example.org/a"), URIRef("https://example.org/p"), Literal("x")))
    with open_store(tmp_path / "store") as store:
        store.replace_graph(graph)
        graph.add((URIRef("https://example.org/a"), URIRef("https://example.org/p"), Literal("y")))
        folder = store.replace_graph(graph)
    assert sorted(p.name for p in (tmp_path / "store").glob("graph-*")) == [folder.name]
    ontology = Graph().parse(ontology_file("kg.ttl"), format="turtle")
    assert len(open_graph_store(tmp_path / "store")) == 2 + len(ontology)


def test_analyses_survive_a_round_trip_through_the_store(seed_result, tmp_path, seeds_dir):
    from kg.analyze import analyze_documents
    from kg.ingest import read_documents

    analyses = list(analyze_documents(read_documents([seeds_dir])))
    with open_store(tmp_path / "store") as store:
        list(store.save_analyses(analyses, "test"))
        assert list(store.iter_analyses()) == sorted(analyses, key=lambda a: a.document.id)
    rows = sqlite3.connect(tmp_path / "store" / "analyses.sqlite").execute("SELECT count(*) FROM analyses")
    assert rows.fetchone()[0] == len(analyses)


def test_documents_analysed_by_another_version_are_analysed_again(tmp_path):
    source, store = tmp_path / "in", tmp_path / "store"
    source.mkdir()
    (source / "a.txt").write_text("Angela Merkel visited Paris on Monday.")
    (source / "b.txt").write_text("Emmanuel Macron met reporters in Lyon.")
    build([source], store=store, html=False)
    database = sqlite3.connect(store / "analyses.sqlite")
    with database:
        database.execute("UPDATE analyses SET analyzer = 'older-model/0.0.1'")
    database.close()
    (source / "b.txt").unlink()
    again = build([source], store=store, html=False)
    assert (again.unchanged, again.analysed, again.documents) == (0, 2, 2)
    rows = sqlite3.connect(store / "analyses.sqlite").execute("SELECT DISTINCT analyzer FROM analyses")
    assert [analyzer for (analyzer,) in rows] != ["older-model/0.0.1"]
