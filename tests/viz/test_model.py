"""kg.viz.model: which nodes, edges and evidence a page shows, read from the graph."""

from __future__ import annotations

import pytest
from rdflib import RDF, RDFS, SKOS, Graph, Literal, URIRef
from viz_graphs import BLINKEN, CHINA, EMBARGO, YANG, make_graph, view_counts
from viz_graphs import make_fact_graph as _fact_graph

from kg.errors import KgError
from kg.namespaces import CONCEPT, KG, REL
from kg.viz.model import find_nodes, read_view, select_neighbourhood

def _node(view, iri):
    return next(node for node in view.nodes if node.iri == str(iri))


def test_nodes_are_entities_and_the_ends_of_relations_as_counted_in_sparql():
    graph = _fact_graph()
    view = read_view(graph)
    assert (len(view.nodes), len(view.edges)) == view_counts(graph)
    assert {node.iri for node in view.nodes} == {str(BLINKEN), str(YANG), str(CHINA), str(EMBARGO)}


def test_generated_graph_matches_the_sparql_counts(small_graph):
    view = read_view(small_graph)
    assert (len(view.nodes), len(view.edges)) == view_counts(small_graph)


def test_concept_only_filling_an_argument_is_not_drawn_but_reads_in_the_fact():
    view = read_view(_fact_graph())
    assert str(CONCEPT["talks"]) not in {node.iri for node in view.nodes}
    raised = next(s for s in view.statements if s.predicate_label == "raise")
    assert ("during", "talks", None) in raised.arguments


def test_node_kind_is_the_most_specific_class_and_concepts_are_marked():
    view = read_view(_fact_graph())
    assert _node(view, BLINKEN).kind == "Person"
    assert _node(view, EMBARGO).is_concept
    assert _node(view, BLINKEN).alt_labels == ["Blinken"]


def test_alternative_labels_that_differ_in_case_only_keep_one_order():
    # a set's order changes with the process's hash seed; the page must not
    graph = _fact_graph()
    for alias in ("wada", "Wada", "WADA"):
        graph.add((BLINKEN, SKOS.altLabel, Literal(alias)))
    assert _node(read_view(graph), BLINKEN).alt_labels == ["Blinken", "WADA", "Wada", "wada"]


def test_statements_restating_one_triple_aggregate_on_its_edge():
    view = read_view(_fact_graph())
    meet = next(edge for edge in view.edges if edge.predicate == str(REL.meet))
    assert meet.label == "met"
    sentences = sorted(view.statements[i].sentence for i in meet.statements)
    assert sentences == ['Blinken met Yang, "warmly" & <briefly>.', "They met again."]
    document = view.documents[view.statements[meet.statements[0]].document]
    assert (document.title, document.date) == ("Talks in Alaska", "2021-03-18")


def test_negated_statement_has_no_edge_but_shows_on_its_nodes():
    view = read_view(_fact_graph())
    negated = [i for i, s in enumerate(view.statements) if s.negated]
    assert len(negated) == 1
    assert not any(negated[0] in edge.statements for edge in view.edges)
    assert negated[0] in _node(view, CHINA).statements


def test_argument_values_link_the_fact_to_their_node():
    view = read_view(_fact_graph())
    raised = next(i for i, s in enumerate(view.statements) if s.predicate_label == "raise")
    yang = _node(view, YANG)
    assert ("with", "Yang Jiechi", yang.id) in view.statements[raised].arguments
    assert raised in yang.statements


def test_untyped_unlabelled_graph_from_another_tool_still_reads():
    g = Graph()
    ex = "http://example.org/"
    g.add((URIRef(ex + "alice"), REL.know, URIRef(ex + "bob")))
    g.add((URIRef(ex + "alice"), REL.age, Literal(42)))  # literal object: no node, no edge
    statement = URIRef(ex + "s1")
    g.add((statement, RDF.type, KG.Statement))  # a statement with nothing but its type
    view = read_view(g)
    assert sorted(node.label for node in view.nodes) == ["alice", "bob"]
    assert {node.kind for node in view.nodes} == {"Other"}
    assert len(view.edges) == 1 and view.edges[0].label == "know"
    assert view.statements[0].sentence == "" and view.statements[0].document is None
    assert (len(view.nodes), len(view.edges)) == view_counts(g)


def test_relation_declared_outside_the_rel_namespace_is_an_edge():
    g = Graph()
    prop = URIRef("http://example.org/negotiatesWith")
    g.add((prop, RDFS.subPropertyOf, REL.meet))
    g.add((REL.meet, RDFS.subPropertyOf, KG.relation))
    g.add((BLINKEN, prop, YANG))
    view = read_view(g)
    assert [edge.predicate for edge in view.edges] == [str(prop)]


def test_neighbourhood_keeps_nodes_within_hops_in_either_direction():
    g = _fact_graph()
    g.add((CHINA, REL.meet, YANG))  # China -> Yang <- Blinken -> embargo
    view = read_view(g)
    one_hop = select_neighbourhood(view, "china", 1)
    assert {node.label for node in one_hop.nodes} == {"China", "Yang Jiechi"}
    two_hops = select_neighbourhood(view, "China", 2)
    assert {node.label for node in two_hops.nodes} == {"China", "Yang Jiechi", "Antony Blinken"}
    assert all(e.source in {n.id for n in two_hops.nodes} for e in two_hops.edges)


def test_focus_matches_alternative_labels_and_prefers_exact_names():
    view = read_view(_fact_graph())
    assert find_nodes(view, "blinken") == [_node(view, BLINKEN).id]
    assert find_nodes(view, "Yang Jiechi") == [_node(view, YANG).id]


def test_focus_matching_nothing_is_an_error():
    with pytest.raises(KgError, match="no entity matches"):
        select_neighbourhood(read_view(_fact_graph()), "Nobody", 2)


def test_facts_read_in_document_order_oldest_first():
    view = read_view(make_graph(20, 60, documents=5, seed=9))
    for node in view.nodes:
        dates = [view.documents[view.statements[i].document].date for i in node.statements]
        assert dates == sorted(dates)


def test_statement_without_a_resolved_subject_reads_with_its_subject_words():
    graph = _fact_graph()
    statement = URIRef("https://w3id.org/kg-builder/statement/unresolved")
    graph.add((statement, RDF.type, KG.Statement))
    graph.add((statement, KG.subjectText, Literal("They")))
    graph.add((statement, KG.predicateText, Literal("left")))
    graph.add((statement, KG.sentenceText, Literal("They left.")))
    view = read_view(graph)
    left = next(s for s in view.statements if s.predicate_label == "left")
    assert (left.subject, left.subject_label) == (None, "They")
