"""`kg query` keeps an on-disk copy of a graph file, so the next query on it starts at once,
and never reads a stale or half-made copy."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import GraphError
from kg.query import load_store, run_query
from kg.query import cache
from kg.query.cache import KEEP, cached_store

runner = CliRunner()
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
LABELS = "SELECT ?l WHERE { ?x rdfs:label ?l } ORDER BY ?l"


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("KG_CACHE_DIR", str(folder))
    return folder


def copies(folder):
    return sorted(p for p in folder.iterdir() if (p / "complete").exists()) if folder.exists() else []


def test_the_first_query_makes_a_copy_and_the_next_reads_it(small_graph, cache_dir):
    first = cached_store(small_graph, smallest=0)
    made = copies(cache_dir)
    assert len(made) == 1
    stamp = (made[0] / "store").stat().st_mtime_ns
    second = cached_store(small_graph, smallest=0)
    assert copies(cache_dir) == made and (made[0] / "store").stat().st_mtime_ns == stamp
    expected = run_query(load_store(small_graph), COUNT, ontology=False).rows
    assert run_query(first, COUNT, ontology=False).rows == expected
    assert run_query(second, COUNT, ontology=False).rows == expected


def test_an_edited_graph_gets_a_fresh_copy(small_graph, cache_dir):
    before = run_query(cached_store(small_graph, smallest=0), LABELS, ontology=False).values("l")
    small_graph.write_text(small_graph.read_text().replace("Borduria", "Syldavia"), encoding="utf-8")
    after = run_query(cached_store(small_graph, smallest=0), LABELS, ontology=False).values("l")
    assert "Borduria" in before and "Syldavia" not in before
    assert "Syldavia" in after and "Borduria" not in after
    assert len(copies(cache_dir)) == 2


def test_only_the_most_recently_used_copies_stay(small_graph, cache_dir, tmp_path):
    graphs = []
    for number in range(KEEP + 2):
        graph = tmp_path / f"g{number}.ttl"
        graph.write_text(small_graph.read_text() + f"<http://example.org/g> <http://example.org/n> {number} .\n")
        cached_store(graph, smallest=0)
        graphs.append(graph)
    assert len(copies(cache_dir)) == KEEP
    oldest = run_query(cached_store(graphs[0], smallest=0), "ASK { ?g <http://example.org/n> 0 }", ontology=False)
    assert oldest.boolean  # remade on demand, correct


def test_a_killed_querys_partial_copy_is_removed_and_never_read(small_graph, cache_dir):
    cache_dir.mkdir()
    partial = cache_dir / ".0123abcd.999999999.partial"  # no such process
    (partial / "store").mkdir(parents=True)
    cached_store(small_graph, smallest=0)
    assert not partial.exists()
    assert len(copies(cache_dir)) == 1


def test_a_graph_that_does_not_parse_names_the_file_and_leaves_nothing(tmp_path, cache_dir):
    broken = tmp_path / "broken.ttl"
    broken.write_text("<http://example.org/a> <http://example.org/b> .\n", encoding="utf-8")
    with pytest.raises(GraphError, match="broken.ttl: not valid RDF"):
        cached_store(broken, smallest=0)
    assert list(cache_dir.iterdir()) == []


def test_an_unwritable_cache_reads_the_graph_into_memory(small_graph, tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("KG_CACHE_DIR", str(blocker / "cache"))
    store = cached_store(small_graph, smallest=0)
    assert run_query(store, LABELS, ontology=False).values("l")[0] == 'Ann "the" Analyst'


def test_a_small_graph_is_read_into_memory_without_a_copy(small_graph, cache_dir):
    store = cached_store(small_graph)  # a few hundred bytes, under the threshold
    assert isinstance(store, ox.Store) and copies(cache_dir) == []


def test_kg_query_answers_the_same_from_its_copy(seed_graph_file, cache_dir, monkeypatch, example_queries):
    monkeypatch.setattr(cache, "SMALLEST_CACHED", 0)
    query = example_queries["who_did_blinken_meet"]
    fresh = runner.invoke(app, ["query", str(seed_graph_file), query, "--format", "csv", "--no-cache"])
    assert copies(cache_dir) == []
    first = runner.invoke(app, ["query", str(seed_graph_file), query, "--format", "csv"])
    second = runner.invoke(app, ["query", str(seed_graph_file), query, "--format", "csv"])
    assert fresh.exit_code == first.exit_code == second.exit_code == 0, first.output
    assert len(copies(cache_dir)) == 1
    assert len(fresh.stdout.splitlines()) > 1
    assert first.stdout == second.stdout == fresh.stdout
