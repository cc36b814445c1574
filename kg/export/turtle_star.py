"""Turtle 1.2 (RDF-star): kg's Turtle with each statement's fact as one triple term
(``stmt:x rdf:reifies <<( s p o )>>``) instead of three reification triples."""

from __future__ import annotations

from typing import BinaryIO

import pyoxigraph as ox

from kg.export import turtle
from kg.export.oxigraph_terms import sort_quads
from kg.export.star import to_triple_terms

MEDIA_TYPE = "text/turtle"
EXTENSION = ".ttl"
TRIPLE_TERMS = True  # RDF 1.2: rapper and other RDF 1.1 parsers refuse it
KEEPS_GRAPHS = False


def write(quads: list[ox.Quad], output: BinaryIO, prefixes: dict[str, str]) -> None:
    """Write the ``quads`` as Turtle 1.2, statements as triple terms, in kg's order."""
    turtle.write(sort_quads(_as_quads(to_triple_terms(_as_quads(quads)))), output, prefixes)


def _as_quads(items: list) -> list[ox.Quad]:
    return [ox.Quad(t.subject, t.predicate, t.object) if isinstance(t, ox.Triple) else t
            for t in items]
