"""Fixtures for the query tests: the seed articles' graph built by the real pipeline, and a
small hand-written graph."""

from __future__ import annotations

from pathlib import Path

import pytest

QUERIES = Path(__file__).resolve().parents[2] / "examples" / "queries"

SMALL_GRAPH = """\
@prefix kg: <https://w3id.org/kg-builder/ontology#> .
@prefix rel: <https://w3id.org/kg-builder/relation/> .
@prefix ent: <https://w3id.org/kg-builder/entity/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

ent:a a kg:Person ; rdfs:label "Ann \\"the\\" Analyst" ; kg:mentionCount 3 .
ent:b a kg:Country ; rdfs:label "Borduria" ; kg:mentionCount 1 .
ent:c a kg:Place ; rdfs:label "Capital, City" .
ent:a rel:meet ent:b ; rel:visit ent:c .
rel:meet rdfs:subPropertyOf rel:communicate ; rdfs:label "meet" .
rel:visit rdfs:subPropertyOf kg:relation ; rdfs:label "visit" .
"""


@pytest.fixture
def small_graph(tmp_path) -> Path:
    """Three entities and two facts, as a Turtle file."""
    path = tmp_path / "small.ttl"
    path.write_text(SMALL_GRAPH, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def seed_graph_file(seeds_dir, tmp_path_factory) -> Path:
    """The seed articles built by kg's real pipeline, written as Turtle once per session."""
    from kg.export import write_graph
    from kg.pipeline import build

    result = build([seeds_dir], html=False)
    return write_graph(result.graph, tmp_path_factory.mktemp("seed-graph") / "graph.ttl")


@pytest.fixture(scope="session")
def example_queries() -> dict[str, str]:
    """Every shipped example query, by file stem."""
    return {path.stem: path.read_text(encoding="utf-8") for path in sorted(QUERIES.glob("*.rq"))}
