"""kg.viz.bundle: the triples between one pair of nodes drawn as one edge."""

from __future__ import annotations

from viz_graphs import BLINKEN, YANG, make_fact_graph

from rdflib import Literal, URIRef
from rdflib.namespace import RDFS

from kg.namespaces import KG, REL
from kg.viz.bundle import bundle_edges
from kg.viz.model import read_view


def _node(view, iri):
    return next(n.id for n in view.nodes if n.iri == str(iri))


def test_triples_between_one_pair_bundle_into_one_edge_holding_every_statement():
    graph = make_fact_graph()
    graph.add((YANG, REL.warn, BLINKEN))  # the other way round, without a statement
    view = read_view(graph)
    bundles = bundle_edges(view)
    assert sorted(i for b in bundles for i in b.edges) == [e.id for e in view.edges]
    pair = next(b for b in bundles if {b.source, b.target} == {_node(view, BLINKEN), _node(view, YANG)})
    assert len(pair.edges) == 2 and pair.both_ways
    assert view.edges[pair.edges[0]].label == "met"  # the commonest relation first
    assert pair.label == "2 facts"
    assert sorted(pair.statements) == sorted(view.edges[pair.edges[0]].statements)


def test_a_single_relation_is_its_own_label_and_be_bundles_apart():
    graph = make_fact_graph()
    be = URIRef(str(REL) + "be")
    graph.add((be, RDFS.subPropertyOf, KG.relation))
    graph.add((be, RDFS.label, Literal("is")))
    graph.add((BLINKEN, be, YANG))
    view = read_view(graph)
    pair = [b for b in bundle_edges(view) if {b.source, b.target} == {_node(view, BLINKEN), _node(view, YANG)}]
    assert sorted((b.label, b.be, b.both_ways) for b in pair) == [("is", True, False), ("met", False, False)]
