"""kg.viz.community: the communities the page colours, named by their top entities."""

from __future__ import annotations

from rdflib import RDF, RDFS, Graph, Literal

from kg.analytics import as_store, communities, entity_graph
from kg.namespaces import ENTITY, KG, REL, STATEMENT
from kg.viz.community import find_communities
from kg.viz.model import read_view


def _two_triangles() -> Graph:
    """Two triangles of people joined by one fact, each fact stated once."""
    g = Graph()
    people = [ENTITY[f"person/p{i}"] for i in range(6)]
    for i, person in enumerate(people):
        g.add((person, RDF.type, KG.Person))
        g.add((person, RDFS.label, Literal(f"P{i}")))
    pairs = [(0, 1), (1, 2), (2, 0), (3, 4), (4, 5), (5, 3), (2, 3), (0, 1), (0, 2)]
    for n, (a, b) in enumerate(pairs):
        g.add((people[a], REL.meet, people[b]))
        st = STATEMENT[f"s{n}"]
        g.add((st, RDF.type, KG.Statement))
        g.add((st, RDF.subject, people[a]))
        g.add((st, RDF.predicate, REL.meet))
        g.add((st, RDF.object, people[b]))
    return g


def test_communities_are_kg_stats_communities_named_by_their_most_important_members():
    graph = _two_triangles()
    view = read_view(graph)
    found = find_communities(view)
    iri = {n.id: n.iri for n in view.nodes}
    assert [[iri[m] for m in c.members] for c in found] == communities(entity_graph(as_store(graph)))
    assert [sorted(c.name.split(", ")) for c in found] == [["P0", "P1", "P2"], ["P3", "P4", "P5"]]


def test_communities_do_not_depend_on_the_order_the_graph_was_read_in():
    graph = _two_triangles()
    reordered = Graph()
    for triple in sorted(graph, reverse=True):
        reordered.add(triple)
    names = [c.name for c in find_communities(read_view(graph))]
    assert names == [c.name for c in find_communities(read_view(reordered))]


def test_the_legend_names_the_communities_the_first_view_shows_most_of():
    from kg.viz.community import Community, pick_named

    found = [Community(0, "big", (1, 2, 3, 4)), Community(1, "seen", (5, 6)), Community(2, "tiny", (7, 8))]
    assert [(c.index, c.name) for c in pick_named(found, {5, 6, 1}, limit=2)] == [(0, "seen"), (1, "big")]
