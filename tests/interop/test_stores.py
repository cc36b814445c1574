"""The seed graph in three real triple stores gives the same answers as `kg query`.

Each store loads the Turtle `kg build` wrote and kg's ontology (which `kg query` adds by
default), runs every example query in examples/queries, and must return the same rows as
kg's own pyoxigraph engine (rows normalised: see triple_stores.py; order ignored, since ties
under ORDER BY may fall either way).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.query import run_query
from kg.resources import ontology_file
from triple_stores import STORES, rows_from_pyoxigraph

REPO = Path(__file__).resolve().parents[2]
QUERIES = sorted((REPO / "examples" / "queries").glob("*.rq"))


@pytest.fixture(scope="module")
def seed_turtle(seeds_dir, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("interop-build")
    result = CliRunner().invoke(app, ["build", str(seeds_dir), "-o", str(out), "--no-html"])
    assert result.exit_code == 0, result.output
    return out / "graph.ttl"


@pytest.fixture(scope="module")
def expected(seed_turtle) -> dict[str, tuple[list[str], Counter]]:
    """What `kg query` answers to each example query on the seeds."""
    answers = {}
    for query in QUERIES:
        variables, rows = rows_from_pyoxigraph(run_query(seed_turtle, query.read_text("utf-8")))
        answers[query.name] = (variables, Counter(rows))
    return answers


def test_every_example_query_has_an_answer_on_the_seeds(expected):
    assert len(QUERIES) >= 6
    assert {name for name, (_, rows) in expected.items() if not rows} == set()


@pytest.fixture(scope="module", params=sorted(STORES))
def store(request, seed_turtle, tmp_path_factory):
    scratch = tmp_path_factory.mktemp(f"store-{request.param}")
    with STORES[request.param](scratch, [seed_turtle, ontology_file("kg.ttl")]) as loaded:
        yield loaded


def test_a_store_answers_every_example_query_as_kg_query_does(store, expected):
    differences = {}
    for query in QUERIES:
        variables, rows = store.select(query.read_text("utf-8"))
        want_variables, want_rows = expected[query.name]
        got = Counter(rows)
        if variables != want_variables or got != want_rows:
            differences[query.name] = {"missing": list((want_rows - got).elements())[:3],
                                       "extra": list((got - want_rows).elements())[:3],
                                       "variables": (variables, want_variables)}
    assert differences == {}, f"{store.name} differs from kg query"


def test_a_store_keeps_every_entity_iri_as_written(store, seed_turtle):
    """No backslash or other escape leaks into an IRI (Virtuoso keeps ``\\/`` as written)."""
    query = "SELECT DISTINCT ?s WHERE { ?s a ?type }"
    _, rows = store.select(query)
    iris = {row[0][1] for row in rows}
    assert "https://w3id.org/kg-builder/entity/person/antony-blinken" in iris
    assert [iri for iri in iris if "\\" in iri] == []
