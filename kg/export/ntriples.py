"""N-Triples: one triple per line, for line tools and bulk loaders."""

from __future__ import annotations

from typing import BinaryIO

import pyoxigraph as ox

from kg.export.oxigraph_terms import union_triples

MEDIA_TYPE = "application/n-triples"
EXTENSION = ".nt"
KEEPS_GRAPHS = False


def write(quads: list[ox.Quad], output: BinaryIO, prefixes: dict[str, str]) -> None:
    """Write the sorted ``quads`` (their union, as triples) to ``output`` as N-Triples."""
    del prefixes  # N-Triples has none
    ox.serialize(union_triples(quads), output, ox.RdfFormat.N_TRIPLES)


def write_batches(batches, output: BinaryIO, prefixes: dict[str, str]) -> None:
    """Write sorted batches of triples (``OxGraph.sorted_batches``) as one N-Triples file."""
    del prefixes
    for batch in batches:
        ox.serialize(batch, output, ox.RdfFormat.N_TRIPLES)
