"""The graph a build writes into Oxigraph is the graph rdflib reads back from its Turtle."""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.export import write_graph


def test_oxigraph_written_turtle_is_isomorphic_to_what_rdflib_parses_back(seed_result, tmp_path):
    built = seed_result.built
    path = write_graph(built, tmp_path / "graph.ttl")
    parsed = Graph().parse(path, format="turtle")
    assert len(parsed) == len(built) > 1000
    assert isomorphic(parsed, seed_result.graph)
    # and the store's own terms, compared without rdflib: every quad came out and nothing else
    assert {q.triple for q in ox.parse(path=str(path))} == {q.triple for q in built.quads()}


def test_the_rdflib_graph_of_a_result_is_made_once_and_matches_the_built_graph(seed_result):
    assert seed_result.graph is seed_result.graph
    assert len(seed_result.graph) == len(seed_result.built)
