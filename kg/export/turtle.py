"""Turtle: kg's default format, prefixes declared once, one subject block per node."""

from __future__ import annotations

from collections.abc import Iterable
from typing import BinaryIO

import pyoxigraph as ox

from kg.export.oxigraph_terms import serialize_batches, serialize_with_prefixes, union_triples

MEDIA_TYPE = "text/turtle"
EXTENSION = ".ttl"
KEEPS_GRAPHS = False


def write(quads: list[ox.Quad], output: BinaryIO, prefixes: dict[str, str]) -> None:
    """Write the sorted ``quads`` (their union, as triples) to ``output`` as Turtle."""
    serialize_with_prefixes(union_triples(quads), output, ox.RdfFormat.TURTLE, prefixes)


def write_batches(batches: Iterable[list[ox.Triple]], output: BinaryIO, prefixes: dict[str, str]) -> None:
    """Write sorted batches of triples (``OxGraph.sorted_batches``) as one Turtle file."""
    serialize_batches(batches, output, ox.RdfFormat.TURTLE, prefixes)
