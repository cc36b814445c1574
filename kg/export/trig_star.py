"""TriG 1.2 (RDF-star): kg's TriG with each statement's fact as one triple term, in the
statement's own named graph."""

from __future__ import annotations

from typing import BinaryIO

import pyoxigraph as ox

from kg.export import trig
from kg.export.oxigraph_terms import sort_quads
from kg.export.star import to_triple_terms

MEDIA_TYPE = "application/trig"
EXTENSION = ".trig"
TRIPLE_TERMS = True  # RDF 1.2: rapper and other RDF 1.1 parsers refuse it
KEEPS_GRAPHS = True


def write(quads: list[ox.Quad], output: BinaryIO, prefixes: dict[str, str]) -> None:
    """Write the ``quads`` as TriG 1.2, statements as triple terms, in kg's order."""
    trig.write(sort_quads(to_triple_terms(quads)), output, prefixes)
