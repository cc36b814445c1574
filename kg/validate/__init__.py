"""Checking a graph against kg's SHACL shapes (``ontology/shapes.ttl``).

The ontology is mixed into the data while validating, so a shape that targets ``kg:Entity``
also checks every ``kg:Person`` and ``kg:Country``. Shapes within the SHACL subset that
``shacl_sparql`` compiles (kg's own do) are checked by SPARQL queries over a pyoxigraph Store,
which scales to big graphs; any other shapes file goes to pyshacl. Both give the same report.
"""

from __future__ import annotations

import os
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from kg.errors import GraphError, ValidationError
from kg.export.oxigraph_terms import graph_quads
from kg.export.read import read_graph, read_store
from kg.resources import ontology_file
from kg.validate.report import ValidationReport, Violation
from kg.validate.shacl_sparql import Unsupported, compile_shapes
from kg.validate.with_oxigraph import validate_store
from kg.validate.with_pyshacl import validate_with_pyshacl

__all__ = ["Violation", "ValidationReport", "validate_graph", "check_graph"]


def validate_graph(graph, shapes: str | os.PathLike | None = None) -> ValidationReport:
    """Validate ``graph`` against kg's shapes (or the shapes file ``shapes``).

    Args:
        graph: the data graph (it is not changed): an rdflib Graph, a built ``OxGraph``, or
            the path of an RDF file (read straight into pyoxigraph when it can be).
        shapes: a SHACL Turtle file; kg's ``ontology/shapes.ttl`` by default.

    Returns:
        A ``ValidationReport``.

    Example:
        >>> from kg.rdf import new_graph
        >>> validate_graph(new_graph()).conforms
        True
    """
    shapes_graph = _read_shapes(shapes)
    try:
        checks = compile_shapes(shapes_graph)
    except Unsupported:
        return validate_with_pyshacl(_rdflib_graph(graph), shapes_graph, _ontology())
    return validate_store(_store(graph), checks)


def check_graph(graph: Graph) -> ValidationReport:
    """Validate ``graph`` and raise a ValidationError with the readable report if it fails."""
    report = validate_graph(graph)
    if not report.conforms:
        raise ValidationError(report.summary())
    return report


def _read_shapes(shapes: str | os.PathLike | None) -> Graph:
    path = Path(shapes) if shapes is not None else ontology_file("shapes.ttl")
    if not path.is_file():
        raise GraphError(f"{path}: no such shapes file")
    try:
        return Graph().parse(path, format="turtle")
    except Exception as error:  # rdflib raises many kinds of parse errors
        raise GraphError(f"{path}: not valid Turtle: {' '.join(str(error).split())}") from None


def _ontology() -> Graph:
    return Graph().parse(ontology_file("kg.ttl"), format="turtle")


def _store(graph) -> ox.Store:
    """The data as a pyoxigraph Store: a built graph's own, a file loaded, an rdflib Graph copied."""
    if hasattr(graph, "flushed_store"):
        return graph.flushed_store()
    if isinstance(graph, (str, os.PathLike)):
        return read_store(graph)
    store = ox.Store()
    store.bulk_extend(graph_quads(graph))
    return store


def _rdflib_graph(graph) -> Graph:
    """The data as an rdflib Graph, for pyshacl."""
    if hasattr(graph, "to_rdflib"):
        return graph.to_rdflib()
    if isinstance(graph, (str, os.PathLike)):
        return read_graph(graph)
    return graph
