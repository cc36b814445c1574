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
from collections.abc import Mapping
from pathlib import Path

import pyoxigraph as ox

from kg.errors import GraphError, QueryError
from kg.export.read import rdf_format_of
from kg.query.bind import with_values
from kg.query.result import QueryResult, collect
from kg.query.terms import QUERY_PREFIXES
from kg.resources import ontology_file

__all__ = ["load_store", "fill_store", "add_ontology", "run_query", "read_query"]


def load_store(path: str | os.PathLike, *, ontology: bool = True) -> ox.Store:
    """An in-memory store with the RDF file at ``path`` (named graphs merged) and kg's ontology.

    Raises:
        GraphError: the file is missing or does not parse (the message names it).
    """
    source = Path(path)
    if not source.is_file():
        raise GraphError(f"{source}: no such file")
    store = ox.Store()
    try:
        fill_store(store, source)
    except OSError as error:
        raise GraphError(f"{source}: cannot read: {error.strerror or error}") from None
    if ontology:
        add_ontology(store)
    return store


def fill_store(store: ox.Store, source: Path) -> None:
    """Bulk-load the RDF file ``source`` into ``store``, named graphs merged into the default.

    Raises:
        GraphError: the file does not parse (the message names it).
        OSError: it cannot be read, or the store cannot be written.
    """
    rdf_format = rdf_format_of(source)
    try:
        if rdf_format.supports_datasets:
            quads = ox.parse(path=str(source), format=rdf_format)
            store.bulk_extend(ox.Quad(q.subject, q.predicate, q.object) for q in quads)
        else:
            store.bulk_load(path=str(source), format=rdf_format)
    except (SyntaxError, ValueError) as error:
        raise GraphError(f"{source}: not valid RDF: {error}") from None


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


def run_query(source: str | os.PathLike | ox.Store, sparql: str, *, ontology: bool = True,
              bindings: Mapping[str, ox.NamedNode | ox.Literal] | None = None) -> QueryResult:
    """Run a SPARQL query on an RDF file or a pyoxigraph Store.

    Args:
        source: a graph file (Turtle, N-Triples, TriG, ...) or an open ``pyoxigraph.Store``.
        sparql: the query; kg's prefixes are predeclared.
        ontology: load kg's ontology with the data, so hierarchies can be followed.
        bindings: values for variables of the query (``{"x": NamedNode(...)}``), as if each
            were the only row of a VALUES block at its start.

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
        return collect(_evaluate(store, sparql, bindings or {}))
    except SyntaxError as error:
        raise QueryError(f"the query does not parse: {_one_line(error)}") from None
    except (OSError, ValueError, TypeError, RuntimeError) as error:
        raise QueryError(f"the query failed: {_one_line(error)}") from None


def _evaluate(store: ox.Store, sparql: str, bindings: Mapping[str, ox.NamedNode | ox.Literal]):
    """The store's answer, ``bindings`` substituted (or, for a variable a SELECT does not
    project, which Oxigraph refuses to substitute, given in a VALUES block)."""
    if not bindings:
        return store.query(sparql, prefixes=QUERY_PREFIXES)
    substitutions = {ox.Variable(name): value for name, value in bindings.items()}
    try:
        return store.query(sparql, prefixes=QUERY_PREFIXES, substitutions=substitutions)
    except RuntimeError as error:
        if "projection" not in str(error):
            raise
    return store.query(with_values(sparql, bindings), prefixes=QUERY_PREFIXES)


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
