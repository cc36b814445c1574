"""JSON-LD: the graph in expanded form, for JSON tools and web applications."""

from __future__ import annotations

from typing import BinaryIO

import pyoxigraph as ox

from kg.export.oxigraph_terms import union_triples

MEDIA_TYPE = "application/ld+json"
EXTENSION = ".jsonld"
KEEPS_GRAPHS = False


def write(quads: list[ox.Quad], output: BinaryIO, prefixes: dict[str, str]) -> None:
    """Write the sorted ``quads`` (their union, as triples) to ``output`` as JSON-LD."""
    ox.serialize(union_triples(quads), output, ox.RdfFormat.JSON_LD, prefixes=prefixes)
