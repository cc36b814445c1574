"""Reading RDF files back: pyoxigraph's strict, fast parsers, and rdflib graphs from them.

The symmetric partner of ``write_graph``: ``read_graph`` gives an rdflib Graph (for
analytics), ``read_quads`` the pyoxigraph quads (for queries and conversion), ``read_store``
a pyoxigraph Store (for validation). RDF 1.2 triple terms of kg's statements
(``kg export --format turtle-star``) are read as the reified form by all three.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef

from kg.errors import GraphError
from kg.export.star import to_reification

__all__ = ["rdf_format_of", "read_quads", "read_store", "read_graph", "read_dataset", "to_rdflib", "to_rdflib_graph"]

_EXTENSIONS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".turtle": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".json": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
    ".xml": ox.RdfFormat.RDF_XML,
    ".n3": ox.RdfFormat.N3,
}


def rdf_format_of(path: str | os.PathLike) -> ox.RdfFormat:
    """The RDF format a file's extension names; a GraphError for one kg cannot read."""
    suffix = Path(path).suffix.lower()
    if suffix not in _EXTENSIONS:
        known = ", ".join(sorted(_EXTENSIONS))
        raise GraphError(f"{path}: cannot tell the RDF format from {suffix or 'no extension'!r} (use {known})")
    return _EXTENSIONS[suffix]


def read_quads(path: str | os.PathLike) -> list[ox.Quad]:
    """Every quad of an RDF file (triples land in the default graph), statements written as
    RDF 1.2 triple terms (``kg export --format turtle-star``) read back as reification.

    Raises:
        GraphError: the file is missing or does not parse; the message names the file and
            the parser's line and column.
    """
    with _reading(path) as (source, format):
        return to_reification(ox.parse(path=str(source), format=format))


def read_store(path: str | os.PathLike) -> ox.Store:
    """An RDF file loaded into a new in-memory pyoxigraph Store (named graphs kept), with no
    Python object per triple: the way to read a big graph for SPARQL. Raises as ``read_quads``."""
    store = ox.Store()
    with _reading(path) as (source, format):
        store.load(path=str(source), format=format)
    if store.query(_HAS_TRIPLE_TERMS):  # turtle-star: read back as reification, like read_quads
        store = ox.Store()
        store.extend(read_quads(path))
    return store


_HAS_TRIPLE_TERMS = "ASK { ?statement <http://www.w3.org/1999/02/22-rdf-syntax-ns#reifies> ?fact }"


@contextmanager
def _reading(path: str | os.PathLike) -> Iterator[tuple[Path, ox.RdfFormat]]:
    """The file and its format, with a parser's or the system's error turned into one GraphError line."""
    source = Path(path)
    if not source.is_file():
        raise GraphError(f"{source}: no such file")
    try:
        yield source, rdf_format_of(source)
    except (SyntaxError, ValueError) as error:
        raise GraphError(f"{source}: not valid RDF: {error}") from None
    except OSError as error:
        raise GraphError(f"{source}: cannot read: {error.strerror or error}") from None


_XSD_STRING = ox.NamedNode("http://www.w3.org/2001/XMLSchema#string")


def to_rdflib(term):
    """The rdflib term for a pyoxigraph term."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype == _XSD_STRING:
        return Literal(term.value)  # RDF 1.1: a plain literal is an xsd:string; rdflib keeps them apart
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def to_rdflib_graph(quads: list[ox.Quad]) -> Graph:
    """The union of ``quads`` as an rdflib Graph with kg's prefixes bound."""
    from kg.rdf.build import new_graph

    graph = new_graph()
    graph.addN(
        (to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object), graph) for q in quads
    )
    return graph


def read_graph(path: str | os.PathLike) -> Graph:
    """An RDF file as an rdflib Graph (named graphs merged), parsed strictly by pyoxigraph."""
    return to_rdflib_graph(read_quads(path))


def read_dataset(path: str | os.PathLike) -> Dataset:
    """An RDF file as an rdflib Dataset, keeping its named graphs."""
    dataset = Dataset()
    for quad in read_quads(path):
        name = quad.graph_name
        target = dataset.default_graph if isinstance(name, ox.DefaultGraph) else dataset.graph(to_rdflib(name))
        target.add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))
    return dataset
