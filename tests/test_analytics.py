"""kg.analytics on hand-built graphs: the entity graph, importance, communities and search."""

from __future__ import annotations

from rdflib import RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.namespace import XSD

from kg.analytics import as_store, communities, entity_graph, find_entities, importance
from kg.namespaces import ENTITY, KG, REL, STATEMENT


def person(graph: Graph, key: str, label: str, mentions: int, *aliases: str) -> URIRef:
    node = ENTITY[f"person/{key}"]
    graph.add((node, RDF.type, KG.Person))
    graph.add((node, RDFS.label, Literal(label)))
    graph.add((node, KG.mentionCount, Literal(mentions, datatype=XSD.integer)))
    for alias in aliases:
        graph.add((node, SKOS.altLabel, Literal(alias)))
    return node


def fact(graph: Graph, key: str, subject: URIRef, obj: URIRef) -> None:
    node = STATEMENT[key]
    graph.add((node, RDF.type, KG.Statement))
    graph.add((node, RDF.subject, subject))
    graph.add((node, RDF.predicate, REL.meet))
    graph.add((node, RDF.object, obj))


def two_triangles() -> Graph:
    """Two triangles of people joined by one fact, one person alone; 'hub' meets everyone in triangle a."""
    graph = Graph()
    a = [person(graph, f"a{i}", f"A{i}", 1) for i in range(3)]
    b = [person(graph, f"b{i}", f"B{i}", 1) for i in range(3)]
    person(graph, "alone", "Alone", 9)
    for group in (a, b):
        for i in range(3):
            for repeat in range(3):
                fact(graph, f"{group[i]}-{repeat}", group[i], group[(i + 1) % 3])
    fact(graph, "bridge", a[0], b[0])
    fact(graph, "bridge-2", a[0], b[1])
    return graph


def test_entity_graph_bundles_statements_between_a_pair_into_one_weighted_edge():
    graph = entity_graph(as_store(two_triangles()))
    assert graph.number_of_nodes() == 7
    assert graph.number_of_edges() == 8
    assert graph[str(ENTITY["person/a0"])][str(ENTITY["person/a1"])]["weight"] == 3
    assert graph[str(ENTITY["person/a0"])][str(ENTITY["person/b0"])]["weight"] == 1


def test_importance_ranks_the_bridge_highest_and_sums_to_one():
    rank = importance(entity_graph(as_store(two_triangles())))
    assert max(rank, key=rank.get) == str(ENTITY["person/a0"])
    assert abs(sum(rank.values()) - 1) < 1e-6


def test_communities_are_the_two_triangles_every_time():
    graph = entity_graph(as_store(two_triangles()))
    found = [sorted(group) for group in communities(graph)]
    expected = sorted([sorted(str(ENTITY[f"person/{p}{i}"]) for i in range(3)) for p in "ab"])
    assert sorted(found) == expected
    assert communities(graph) == communities(graph)


def test_search_ranks_exact_names_first_then_by_mentions():
    graph = Graph()
    person(graph, "blair-fragment", "Blair", 82)
    person(graph, "tony-blair", "Tony Blair", 300, "Blair")
    person(graph, "blairite", "Blairite Wing", 500)
    found = [info.label for info in find_entities(as_store(graph), "blair")]
    assert found == ["Tony Blair", "Blair", "Blairite Wing"]
