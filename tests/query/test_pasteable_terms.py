"""A term kg query prints pastes back into a query and finds the same thing."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.query import QUERY_PREFIXES, pasteable_iri

ENTITY = "https://w3id.org/kg-builder/entity/"


@pytest.mark.parametrize("iri", [
    ENTITY + "person/antony-blinken",
    ENTITY + "organization/german-marshall-fund",
    ENTITY + "person/a(b)",
    ENTITY + "place/z%C3%BCrich",
    ENTITY + "person/trailing.",
    "https://w3id.org/kg-builder/document/news/2021%2002%2006.txt",
    "http://example.org/elsewhere",
])
def test_printed_iri_pastes_back_into_a_query(iri):
    store = ox.Store()
    node = ox.NamedNode(iri)
    store.add(ox.Quad(node, ox.NamedNode("http://example.org/p"), ox.Literal("found")))
    printed = pasteable_iri(iri)
    assert "\\" not in printed
    rows = list(store.query(f"SELECT ?o WHERE {{ {printed} <http://example.org/p> ?o }}", prefixes=QUERY_PREFIXES))
    assert [row["o"].value for row in rows] == ["found"]


def test_an_entity_prints_under_its_kind_prefix():
    assert pasteable_iri(ENTITY + "person/antony-blinken") == "person:antony-blinken"
