"""TriG: the graph as a dataset, one named graph per document (``kg.rdf.split_by_document``)."""

from __future__ import annotations

from typing import BinaryIO

import pyoxigraph as ox

from kg.export.oxigraph_terms import serialize_with_prefixes

MEDIA_TYPE = "application/trig"
EXTENSION = ".trig"
KEEPS_GRAPHS = True


def write(quads: list[ox.Quad], output: BinaryIO, prefixes: dict[str, str]) -> None:
    """Write the sorted ``quads`` to ``output`` as TriG, default graph first."""
    serialize_with_prefixes(quads, output, ox.RdfFormat.TRIG, prefixes)
