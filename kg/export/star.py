"""RDF 1.2 triple terms for kg's statements, and back to RDF 1.1 reification.

A ``kg:Statement`` names its fact in three triples (``rdf:subject``, ``rdf:predicate``,
``rdf:object``); RDF 1.2 names it in one, ``stmt:x rdf:reifies <<( s p o )>>``, which
pyoxigraph, Jena and GraphDB read and query. The conversion is exact both ways: every other
triple of the statement (evidence, confidence, factuality, arguments) stays as it is, and a
statement without an object (nothing to make a triple of) keeps its reified form.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable

import pyoxigraph as ox

__all__ = ["to_triple_terms", "to_reification"]

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_REIFIES = ox.NamedNode(_RDF + "reifies")
_PARTS = {ox.NamedNode(_RDF + name): name for name in ("subject", "predicate", "object")}


def to_triple_terms(quads: Iterable[ox.Quad]) -> list[ox.Quad]:
    """The quads with each statement's three reification triples made one ``rdf:reifies``
    triple term, in the statement's own graph. Quads come back unsorted."""
    parts: dict[tuple, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    rest = []
    for quad in quads:
        name = _PARTS.get(quad.predicate)
        if name is None:
            rest.append(quad)
        else:
            parts[(quad.subject, quad.graph_name)][name].append(quad)
    for (statement, graph), found in parts.items():
        if all(len(found[name]) == 1 for name in ("subject", "predicate", "object")) and \
                isinstance(found["predicate"][0].object, ox.NamedNode) and \
                not isinstance(found["subject"][0].object, ox.Literal):
            fact = ox.Triple(found["subject"][0].object, found["predicate"][0].object,
                             found["object"][0].object)
            rest.append(ox.Quad(statement, _REIFIES, fact, graph))
        else:  # not one triple's worth: leave it reified
            rest.extend(quad for quads_of in found.values() for quad in quads_of)
    return rest


def to_reification(quads: Iterable[ox.Quad]) -> list[ox.Quad]:
    """The quads with every ``rdf:reifies`` triple term written as RDF 1.1 reification (what
    every store and rdflib read). Quads come back unsorted; nothing else changes."""
    result = []
    for quad in quads:
        if quad.predicate == _REIFIES and isinstance(quad.object, ox.Triple):
            fact = quad.object
            for predicate, term in zip(_PARTS, (fact.subject, fact.predicate, fact.object)):
                result.append(ox.Quad(quad.subject, predicate, term, quad.graph_name))
        else:
            result.append(quad)
    return result
