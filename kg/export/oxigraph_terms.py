"""rdflib terms -> pyoxigraph terms, and the stable order kg writes triples in.

Every export goes through pyoxigraph's serializers: they are strict (an IRI with a space or a
language tag like ``en_US`` is refused here, not by the user's triple store) and fast.
"""

from __future__ import annotations

from collections.abc import Iterable

import re

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.errors import GraphError

__all__ = [
    "to_oxigraph",
    "graph_quads",
    "sorted_triples",
    "dataset_quads",
    "sort_quads",
    "sort_triples",
    "union_triples",
    "serialize_with_prefixes",
    "serialize_batches",
]

_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


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


class _Converter(dict):
    """rdflib term -> pyoxigraph term, each distinct term converted once (IRIs repeat a lot)."""

    def __missing__(self, term):
        converted = self[term] = to_oxigraph(term)
        return converted


def _rdflib_key(triple: tuple) -> tuple:
    """kg's order on rdflib terms, compared as plain strings (fast, and total: a literal's
    datatype and language break ties between equal texts)."""
    s, p, o = triple
    predicate = str(p)  # rdflib terms never equal plain strings: compare their text
    datatype = str(getattr(o, "datatype", None) or "")
    kind = 2 if isinstance(o, Literal) else 1 if isinstance(o, BNode) else 0
    return (str(s), predicate != _RDF_TYPE, predicate, str(o), "" if datatype == _XSD_STRING else datatype,
            getattr(o, "language", None) or "", kind)


def sorted_triples(graph: Graph) -> list[ox.Triple]:
    """The triples of an rdflib graph as pyoxigraph triples in kg's stable order: by subject,
    ``rdf:type`` first, then predicate and object, so two builds diff line by line."""
    term = _Converter()
    return [ox.Triple(term[s], term[p], term[o]) for s, p, o in sorted(graph, key=_rdflib_key)]


def graph_quads(graph: Graph, name=None) -> Iterable[ox.Quad]:
    """The triples of an rdflib graph as pyoxigraph quads in graph ``name`` (default graph),
    in no particular order (``kg.store`` bulk-loads them)."""
    target = ox.DefaultGraph() if name is None else to_oxigraph(name)
    term = _Converter()
    for s, p, o in graph:
        yield ox.Quad(term[s], term[p], term[o], target)


def dataset_quads(quads: Iterable[tuple]) -> Iterable[ox.Quad]:
    """``(s, p, o, graph name or None)`` tuples of rdflib terms as pyoxigraph quads."""
    term = _Converter()
    for s, p, o, name in quads:
        if name is None or name == DATASET_DEFAULT_GRAPH_ID:
            target = ox.DefaultGraph()
        else:
            target = term[name]
        yield ox.Quad(term[s], term[p], term[o], target)


def _key(quad: ox.Quad) -> tuple:
    graph = "" if isinstance(quad.graph_name, ox.DefaultGraph) else quad.graph_name.value
    return (graph, *_triple_key(quad))


def _triple_key(triple: ox.Triple | ox.Quad) -> tuple:
    """The same order as ``_rdflib_key``, on pyoxigraph terms."""
    predicate = triple.predicate.value
    o = triple.object
    if isinstance(o, ox.Literal):
        datatype = o.datatype.value
        kind, datatype, language = 2, "" if datatype == _XSD_STRING else datatype, o.language or ""
    elif isinstance(o, ox.Triple):  # an RDF 1.2 triple term (kg.export.star)
        return (triple.subject.value, predicate != _RDF_TYPE, predicate, str(o), "", "", 3)
    else:
        kind, datatype, language = (1 if isinstance(o, ox.BlankNode) else 0), "", ""
    return (triple.subject.value, predicate != _RDF_TYPE, predicate, o.value, datatype, language, kind)


def sort_quads(quads: Iterable[ox.Quad]) -> list[ox.Quad]:
    """Quads without duplicates in a stable order: by graph, subject, rdf:type first, predicate,
    object, so two builds of one corpus diff line by line."""
    return sorted(set(quads), key=_key)


def sort_triples(triples: Iterable[ox.Triple]) -> list[ox.Triple]:
    """Triples (already unique) in kg's stable order: subject, rdf:type first, predicate, object."""
    return sorted(triples, key=_triple_key)


def union_triples(items: list[ox.Triple] | list[ox.Quad]) -> list[ox.Triple]:
    """The triples of every graph in ``items``, each once, in kg's stable order (triples from
    ``sorted_triples`` are returned as they are)."""
    if not items or isinstance(items[0], ox.Triple):
        return items
    if all(isinstance(quad.graph_name, ox.DefaultGraph) for quad in items):
        return [quad.triple for quad in items]  # one graph: already unique and in order
    return sort_triples({quad.triple for quad in items})


def serialize_with_prefixes(items: list, output, format: ox.RdfFormat, prefixes: dict[str, str]) -> None:
    """Serialize with ``prefixes`` declared once at the top, in their given (sorted) order.

    pyoxigraph writes the prefix lines in an order of its own; kg writes them itself so the
    header of two builds is byte-identical.
    """
    serialize_batches([items], output, format, prefixes)


def serialize_batches(batches: Iterable[list], output, format: ox.RdfFormat, prefixes: dict[str, str]) -> None:
    """``serialize_with_prefixes`` of the concatenated batches, written one batch at a time
    (each batch whole subjects, in order: see ``kg.rdf.oxgraph.OxGraph.sorted_batches``)."""
    output.write(("".join(f"@prefix {name}: <{iri}> .\n" for name, iri in prefixes.items()) + "\n").encode("utf-8"))
    for items in batches:
        output.write(_body(items, format, prefixes).encode("utf-8"))


def _body(items: list, format: ox.RdfFormat, prefixes: dict[str, str]) -> str:
    """pyoxigraph's serialization of ``items`` without its prefix lines, names made portable."""
    lines = ox.serialize(items, None, format, prefixes=prefixes).decode("utf-8").split("\n")
    declared = lines[: len(prefixes)]
    if not all(line.startswith("@prefix ") for line in declared):
        raise GraphError("pyoxigraph wrote an unexpected header; cannot order the prefixes")
    return portable_names("\n".join(lines[len(prefixes) :]), prefixes)


# A string literal, an IRI, or a prefixed name whose local part holds a backslash escape.
_TOKEN = re.compile(r'"(?:[^"\\\n]|\\.)*"|<[^>\n]*>|(?<![\w:])([A-Za-z][\w.-]*)?:((?:[\w.:%-]|\\.)*\\.(?:[\w.:%-]|\\.)*)')
_ESCAPE = re.compile(r"\\(.)")


def portable_names(text: str, prefixes: dict[str, str]) -> str:
    """Turtle or TriG ``text`` with every prefixed name that needs a backslash escape
    (``ent:a\\(b\\)``) written as a full IRI instead.

    Turtle 1.1 allows such escapes, but Virtuoso keeps the backslash in the IRI it stores, so
    kg writes none. String literals and IRIs are passed over whole, so their text is never
    touched.

    >>> portable_names('ent:a\\(b\\) ent:c "ent:d\\\\e" .', {"ent": "http://e/"})
    '<http://e/a(b)> ent:c "ent:d\\\\e" .'
    """
    if "\\" not in text:
        return text

    def expand(match: re.Match) -> str:
        local = match.group(2)
        if local is None or match.group(1) not in prefixes:
            return match.group(0)
        return "<" + prefixes[match.group(1)] + _ESCAPE.sub(r"\1", local) + ">"

    # pyoxigraph writes no multi-line strings, so only lines holding a backslash need the scan
    return "\n".join(_TOKEN.sub(expand, line) if "\\" in line else line for line in text.split("\n"))
