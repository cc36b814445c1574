"""split_by_document: one named graph per document, entities in the default graph."""

from __future__ import annotations

from rdflib import RDF, Graph
from rdflib.compare import isomorphic

from kg.namespaces import KG, REL
from kg.rdf import build_graph, split_by_document
from kg.rdf.iris import document_iri, entity_iri


def test_each_document_gets_a_named_graph_with_its_statements(meeting):
    dataset = split_by_document(build_graph(*meeting))
    named = dataset.graph(document_iri("news/meeting.txt"))
    assert len(list(named.subjects(RDF.type, KG.Statement))) == 5
    assert (entity_iri("person/antony-blinken"), REL.meet, entity_iri("person/wang-yi")) in named


def test_entities_and_documents_stay_in_the_default_graph(meeting):
    dataset = split_by_document(build_graph(*meeting))
    default = dataset.default_graph
    assert (entity_iri("person/antony-blinken"), RDF.type, KG.Person) in default
    assert (document_iri("news/meeting.txt"), RDF.type, KG.Document) in default
    assert not list(default.subjects(RDF.type, KG.Statement))


def test_the_union_of_the_graphs_is_the_original_graph(meeting):
    graph = build_graph(*meeting)
    union = Graph()
    for s, p, o, _ in split_by_document(graph).quads():
        union.add((s, p, o))
    assert isomorphic(union, graph)
