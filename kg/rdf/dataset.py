"""A kg graph as a dataset with one named graph per document (for TriG and quad stores).

Each document's named graph (named by the document's IRI) holds what was read from it: its
statement nodes, their argument nodes and the direct triples they assert. Entities,
concepts, documents' descriptions and relation properties stay in the default graph. A
direct fact read from two documents sits in both their graphs; the union of all graphs is
the original graph.
"""

from __future__ import annotations

from collections.abc import Iterator

from rdflib import RDF, Dataset, Graph, Literal, URIRef
from rdflib.namespace import PROV

from kg.namespaces import KG

__all__ = ["split_by_document", "document_quads"]


def document_quads(graph: Graph) -> Iterator[tuple]:
    """Every triple of ``graph`` with the named graph it belongs in (None: the default graph).

    Example:
        >>> from kg.rdf import new_graph
        >>> list(document_quads(new_graph()))
        []
    """
    placed: set[tuple] = set()
    for statement in graph.subjects(RDF.type, KG.Statement):
        document = graph.value(statement, PROV.wasDerivedFrom)
        if not isinstance(document, URIRef):
            continue  # a statement without its document stays visible in the default graph
        for triple in _statement_triples(graph, statement):
            placed.add(triple)
            yield (*triple, document)
        direct = _direct_triple(graph, statement)
        if direct is not None and direct in graph:
            placed.add(direct)
            yield (*direct, document)
    for triple in graph:
        if triple not in placed:
            yield (*triple, None)


def _statement_triples(graph: Graph, statement: URIRef) -> Iterator[tuple]:
    """The statement node's own triples and those of its argument nodes."""
    yield from graph.triples((statement, None, None))
    for argument in graph.objects(statement, KG.argument):
        yield from graph.triples((argument, None, None))


def _direct_triple(graph: Graph, statement: URIRef) -> tuple | None:
    """The direct triple a statement asserts, or None when it is negated or has no object."""
    if graph.value(statement, KG.negated) == Literal(True):
        return None
    terms = [graph.value(statement, p) for p in (RDF.subject, RDF.predicate, RDF.object)]
    return tuple(terms) if None not in terms else None


def split_by_document(graph: Graph) -> Dataset:
    """``graph`` as an rdflib Dataset: one named graph per document, the rest in the default.

    Args:
        graph: a graph built by ``kg.rdf.build_graph`` (or read back from kg's Turtle).

    Returns:
        A Dataset whose named graphs are named by the documents' IRIs.
    """
    dataset = Dataset()
    for prefix, namespace in graph.namespaces():
        dataset.bind(prefix, namespace)
    for subject, predicate, obj, name in document_quads(graph):
        target = dataset.default_graph if name is None else dataset.graph(name)
        target.add((subject, predicate, obj))
    return dataset
