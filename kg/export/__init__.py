"""Writing kg's graph in the RDF formats triple stores load: Turtle, N-Triples, TriG, JSON-LD,
and Turtle and TriG 1.2 with statements as triple terms (``turtle-star``, ``trig-star``).

One module per format, looked up in ``FORMATS``. Every writer gets the triples in one stable
order (sorted, ``rdf:type`` first) and kg's prefixes, declared once; files are written to a
temporary file beside the target and moved into place, so a failed export never leaves half a
file behind.

Example:
    >>> from kg.rdf import new_graph
    >>> serialize_graph(new_graph(), "ntriples")
    b''
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from types import ModuleType
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import Dataset, Graph

from kg.atomic import atomic_output
from kg.errors import GraphError
from kg.export import jsonld, ntriples, trig, trig_star, turtle, turtle_star
from kg.export.oxigraph_terms import dataset_quads, sort_quads, sorted_triples
from kg.export.read import read_dataset, read_graph, read_quads, to_rdflib_graph

__all__ = [
    "FORMATS",
    "format_for",
    "write_graph",
    "serialize_graph",
    "write_quads",
    "convert_file",
    "read_graph",
    "read_dataset",
    "read_quads",
]

FORMATS: dict[str, ModuleType] = {
    "turtle": turtle,
    "ntriples": ntriples,
    "trig": trig,
    "jsonld": jsonld,
    "turtle-star": turtle_star,
    "trig-star": trig_star,
}
_ALIASES = {"ttl": "turtle", "nt": "ntriples", "json-ld": "jsonld", "n-triples": "ntriples",
            "turtle12": "turtle-star", "trig12": "trig-star"}


def format_for(name: str) -> ModuleType:
    """The writer module of the format called ``name`` (``turtle``, ``ttl``, ``nt``, ...)."""
    key = _ALIASES.get(name.lower(), name.lower())
    if key not in FORMATS:
        raise GraphError(f"unknown format {name!r}: choose one of {', '.join(FORMATS)}")
    return FORMATS[key]


def _prefixes() -> dict[str, str]:
    from kg.namespaces import PREFIXES
    from kg.rdf.build import STANDARD_PREFIXES

    merged = {**STANDARD_PREFIXES, **PREFIXES}
    return {prefix: str(merged[prefix]) for prefix in sorted(merged)}


def _quads(graph: Graph, writer: ModuleType) -> list[ox.Quad] | list[ox.Triple]:
    """The graph's quads (or, for a plain graph in a triple format, its triples) in kg's
    order; a plain graph is split by document for quad formats."""
    from kg.rdf.oxgraph import OxGraph

    if isinstance(graph, OxGraph) and not writer.KEEPS_GRAPHS:
        return graph.sorted_triples()  # already pyoxigraph terms: no rdflib on the way out
    if isinstance(graph, Dataset):
        return sort_quads(dataset_quads(graph.quads()))
    if writer.KEEPS_GRAPHS:
        from kg.rdf.dataset import document_quads

        return sort_quads(dataset_quads(document_quads(graph)))
    return sorted_triples(graph)


def write_quads(quads: list[ox.Quad] | list[ox.Triple], path: str | os.PathLike, format: str = "turtle") -> Path:
    """Write pyoxigraph quads or triples (already in order) to ``path`` atomically."""
    writer = format_for(format)
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    with atomic_output(target) as output:
        writer.write(quads, output, _prefixes())
    return target


def write_graph(graph: Graph, path: str | os.PathLike, format: str = "turtle") -> Path:
    """Write ``graph`` to ``path`` in ``format`` (turtle, ntriples, trig or jsonld).

    Args:
        graph: a built ``OxGraph``, an rdflib Graph (TriG splits either into one named graph
            per document) or an rdflib Dataset.
        path: the file to write; its folder is created if needed.
        format: the RDF format's name.

    Returns:
        The path written.

    Raises:
        GraphError: for an unknown format, or a term strict RDF refuses (an IRI with a space).
    """
    from kg.rdf.oxgraph import OxGraph

    writer = format_for(format)
    if isinstance(graph, OxGraph) and hasattr(writer, "write_batches"):
        # streamed a few thousand subjects at a time: a corpus's graph is never all in Python
        target = Path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        with atomic_output(target) as output:
            writer.write_batches(graph.sorted_batches(), output, _prefixes())
        return target
    return write_quads(_quads(graph, writer), path, format)


def serialize_graph(graph: Graph, format: str = "turtle") -> bytes:
    """``graph`` serialized in ``format``, as bytes (what ``write_graph`` writes)."""
    writer = format_for(format)
    output: BinaryIO = io.BytesIO()
    writer.write(_quads(graph, writer), output, _prefixes())
    return output.getvalue()


def convert_file(source: str | os.PathLike, path: str | os.PathLike, format: str = "turtle") -> Path:
    """Convert an RDF file (format from its extension) to ``format`` at ``path``.

    Reads with pyoxigraph, so large graphs convert without rdflib's parsing cost; only a TriG
    target from a file without named graphs goes through rdflib to split it by document.
    """
    writer = format_for(format)
    quads = read_quads(source)
    if writer.KEEPS_GRAPHS and all(isinstance(q.graph_name, ox.DefaultGraph) for q in quads):
        from kg.rdf.dataset import document_quads

        quads = list(dataset_quads(document_quads(to_rdflib_graph(quads))))
    return write_quads(sort_quads(quads), path, format)
