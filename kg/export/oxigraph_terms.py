"""rdflib terms -> pyoxigraph terms, and the stable order kg writes triples in.

Every export goes through pyoxigraph's serializers: they are strict (an IRI with a space or a
language tag like ``en_US`` is refused here, not by the user's triple store) and fast.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.errors import GraphError

__all__ = ["to_oxigraph", "graph_quads", "dataset_quads", "sort_quads", "union_triples", "serialize_with_prefixes"]

_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def to_oxigraph(term) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """The pyoxigraph term for an rdflib term; a GraphError names a term strict RDF refuses."""
    try:
        if isinstance(term, URIRef):
            return ox.NamedNode(str(term))
        if isinstance(term, BNode):
            return ox.BlankNode(str(term))
        if isinstance(term, Literal):
            if term.language:
                return ox.Literal(str(term), language=term.language)
            if term.datatype:
                return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
            return ox.Literal(str(term))
    except ValueError as error:
        shown = f"<{term}>" if isinstance(term, URIRef) else repr(str(term))
        raise GraphError(f"not valid RDF: {shown[:200]}: {error}") from None
    raise GraphError(f"not an RDF term: {term!r}")


def graph_quads(graph: Graph, name=None) -> Iterable[ox.Quad]:
    """The triples of an rdflib graph as pyoxigraph quads in graph ``name`` (default graph)."""
    target = ox.DefaultGraph() if name is None else to_oxigraph(name)
    for s, p, o in graph:
        yield ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), target)


def dataset_quads(quads: Iterable[tuple]) -> Iterable[ox.Quad]:
    """``(s, p, o, graph name or None)`` tuples of rdflib terms as pyoxigraph quads."""
    for s, p, o, name in quads:
        if name is None or name == DATASET_DEFAULT_GRAPH_ID:
            target = ox.DefaultGraph()
        else:
            target = to_oxigraph(name)
        yield ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), target)


def _text(term) -> str:
    """A term's sort text: an IRI without its brackets, so ``stmt:x`` sorts before ``stmt:x-a0``."""
    return term.value if isinstance(term, ox.NamedNode) else str(term)


def _key(quad: ox.Quad) -> tuple:
    graph = "" if isinstance(quad.graph_name, ox.DefaultGraph) else _text(quad.graph_name)
    return (graph, *_triple_key(quad))


def _triple_key(triple: ox.Triple | ox.Quad) -> tuple:
    predicate = triple.predicate.value
    return (_text(triple.subject), predicate != _RDF_TYPE, predicate, _text(triple.object))


def sort_quads(quads: Iterable[ox.Quad]) -> list[ox.Quad]:
    """Quads without duplicates in a stable order: by graph, subject, rdf:type first, predicate,
    object, so two builds of one corpus diff line by line."""
    return sorted(set(quads), key=_key)



def union_triples(quads: Iterable[ox.Quad]) -> list[ox.Triple]:
    """The triples of every graph in ``quads``, each once, in kg's stable order."""
    return sorted({quad.triple for quad in quads}, key=_triple_key)


def serialize_with_prefixes(items: list, output, format: ox.RdfFormat, prefixes: dict[str, str]) -> None:
    """Serialize with ``prefixes`` declared once at the top, in their given (sorted) order.

    pyoxigraph writes the prefix lines in an order of its own; kg writes them itself so the
    header of two builds is byte-identical.
    """
    body = ox.serialize(items, None, format, prefixes=prefixes).decode("utf-8")
    lines = body.split("\n")
    declared = lines[: len(prefixes)]
    if not all(line.startswith("@prefix ") for line in declared):
        raise GraphError("pyoxigraph wrote an unexpected header; cannot order the prefixes")
    header = "".join(f"@prefix {name}: <{iri}> .\n" for name, iri in prefixes.items())
    output.write((header + "\n" + "\n".join(lines[len(prefixes) :])).encode("utf-8"))
