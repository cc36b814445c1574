"""The seed graph: list members and clause objects as separate edges, and the factuality
queries of docs/rdf.md and the README, which differ only in kg:factuality."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph

from kg.namespaces import CONCEPT, ENTITY, REL

ROOT = Path(__file__).resolve().parents[1]
QUERY = """PREFIX kg: <https://w3id.org/kg-builder/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT ?subject ?predicate ?object WHERE {
  ?fact kg:factuality kg:%s ;
        rdf:subject ?subject ; rdf:predicate ?predicate ; rdf:object ?object .
}"""


@pytest.fixture(scope="module")
def seed_graph(seeds_dir, tmp_path_factory) -> Graph:
    out = tmp_path_factory.mktemp("factuality-seed")
    result = subprocess.run([sys.executable, "-m", "kg", "build", str(seeds_dir), "-o", str(out)],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    return Graph().parse(out / "graph.ttl", format="turtle")


def test_list_members_are_separate_edges(seed_graph):
    # "Hong Kong, Xinjiang and Tibet-related affairs are all China's internal affairs", said
    # by a spokesman: one reported edge per member
    affairs = CONCEPT["internal-affairs"]
    for place in ("place/hong-kong", "place/xinjiang"):
        assert (ENTITY[place], REL.reported_be, affairs) in seed_graph


def test_a_clause_object_gives_an_edge_to_its_participant(seed_graph):
    # "Washington ordered China Telecom Americas to ...": the order reaches the company
    assert (ENTITY["place/washington"], REL.order, ENTITY["organization/china-telecom-americas"]) in seed_graph


def test_the_two_factuality_queries_run_and_differ(seed_graph):
    docs = (ROOT / "docs" / "rdf.md").read_text() + (ROOT / "README.md").read_text()
    assert docs.count("kg:factuality kg:Asserted") >= 2 and docs.count("kg:factuality kg:Reported") >= 2
    stated = {tuple(row) for row in seed_graph.query(QUERY % "Asserted")}
    reported = {tuple(row) for row in seed_graph.query(QUERY % "Reported")}
    assert stated and reported and stated != reported
