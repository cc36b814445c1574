"""Running SPARQL over a graph file or a store, with Oxigraph's engine.

rdflib's own SPARQL evaluator is orders of magnitude slower on large graphs, so queries run in
a ``pyoxigraph.Store``: in memory, the on-disk copy ``kg query`` caches (kg.query.cache), or a
kg store's graph. kg's ontology is loaded with the data by default, so class and property
hierarchies can be followed (``?p kg:kindOf rel:communicate``), and kg's prefixes are
predeclared, so a query need not repeat them.

Example:
    >>> result = run_query(ox.Store(), "ASK { ?s ?p ?o }", ontology=False)
    >>> result.boolean
    False
"""

from __future__ import annotations

import os
from pathlib import Path

import pyoxigraph as ox

from kg.errors import GraphError, QueryError
from kg.export.read import rdf_format_of
from kg.query.result import QueryResult, collect
from kg.query.terms import QUERY_PREFIXES
from kg.resources import ontology_file

__all__ = ["load_store", "add_ontology", "run_query", "read_query"]


def load_store(path: str | os.PathLike, *, ontology: bool = True) -> ox.Store:
    """An in-memory store with the RDF file at ``path`` (named graphs merged) and kg's ontology.

    Raises:
        GraphError: the file is missing or does not parse (the message names it).
    """
    source = Path(path)
    if not source.is_file():
        raise GraphError(f"{source}: no such file")
    store = ox.Store()
    rdf_format = rdf_format_of(source)
    try:
        if rdf_format.supports_datasets:
            quads = ox.parse(path=str(source), format=rdf_format)
            store.extend(ox.Quad(q.subject, q.predicate, q.object) for q in quads)
        else:
            store.load(path=str(source), format=rdf_format)
    except (SyntaxError, ValueError) as error:
        raise GraphError(f"{source}: not valid RDF: {error}") from None
    except OSError as error:
        raise GraphError(f"{source}: cannot read: {error.strerror or error}") from None
    if ontology:
        add_ontology(store)
    return store


def add_ontology(store: ox.Store) -> bool:
    """Add kg's ontology to the store's default graph (a no-op when it is there already).

    Returns False when the store is read-only and the ontology could not be added (queries
    then follow only the hierarchy triples the graph itself holds).
    """
    try:
        store.load(path=str(ontology_file("kg.ttl")), format=ox.RdfFormat.TURTLE)
    except (OSError, RuntimeError):
        return False
    return True


def run_query(source: str | os.PathLike | ox.Store, sparql: str, *, ontology: bool = True) -> QueryResult:
    """Run a SPARQL query on an RDF file or a pyoxigraph Store.

    Args:
        source: a graph file (Turtle, N-Triples, TriG, ...) or an open ``pyoxigraph.Store``.
        sparql: the query; kg's prefixes are predeclared.
        ontology: load kg's ontology with the data, so hierarchies can be followed.

    Returns:
        A ``QueryResult``.

    Raises:
        GraphError: the file cannot be read.
        QueryError: the query does not parse or fails.
    """
    if isinstance(source, ox.Store):
        store = source
        if ontology:
            add_ontology(store)
    else:
        store = load_store(source, ontology=ontology)
    try:
        answer = store.query(sparql, prefixes=QUERY_PREFIXES)
        return collect(answer)
    except SyntaxError as error:
        raise QueryError(f"the query does not parse: {_one_line(error)}") from None
    except (OSError, ValueError, TypeError) as error:
        raise QueryError(f"the query failed: {_one_line(error)}") from None


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split())


def read_query(query: str) -> str:
    """The SPARQL text of ``query``: the contents of a ``.rq`` file, or the text itself.

    Raises:
        QueryError: ``query`` names a ``.rq``/``.sparql`` file that does not exist.
    """
    looks_like_file = query.strip().lower().endswith((".rq", ".sparql")) and "\n" not in query
    path = Path(query.strip()) if looks_like_file else None
    if path is not None:
        if not path.is_file():
            raise QueryError(f"{path}: no such query file")
        return path.read_text(encoding="utf-8")
    return query
