"""Factuality: whether the text says a fact happened, and who says so.

Every statement gets ``kg:factuality``, one of ``kg:Asserted`` (the writer states it),
``kg:Reported`` (someone else is reported to state it: it has a ``kg:speaker``),
``kg:Wanted`` (urged, planned, called for: "urged Iran to return"), ``kg:Conditional`` ("if Mr
Blair wins"), ``kg:Negated`` and ``kg:Questioned``, whatever shape the fact has in the graph.
``kg:asserted`` is true exactly for ``kg:Asserted`` facts; ``kg:hasDirectTriple`` says whether
the fact is also a direct triple. An asserted fact's direct triple is ``subject rel:<lemma>
object``; a reported fact's is ``subject rel:reported_<lemma> object``, a sub-property of
``kg:reported`` linked to ``rel:<lemma>`` by ``kg:reportOf``, so "only what happened" and
"everything X said" are each one triple pattern. Other facts have no direct triple.
"""

from __future__ import annotations

from rdflib import OWL, RDF, RDFS, Literal, URIRef

from kg.namespaces import KG, REL
from kg.rdf.oxgraph import OxGraph
from kg.types import Extraction

__all__ = ["factuality_of", "add_factuality", "MODAL_VERBS", "CONDITION_MARKS"]

# Modal verbs: a fact under one is still stated (with kg:modality); under any other governing
# word it is wanted, planned or conditional, not done.
MODAL_VERBS = frozenset("will would shall should may might must can could ought need dare".split())
# The kg:modality of a clause opened by one of these subordinators: a condition.
CONDITION_MARKS = frozenset({"if", "unless"})


def factuality_of(extraction: Extraction, sentence_text: str) -> URIRef:
    """The ``kg:Factuality`` individual of a fact read from ``sentence_text``.

    Example:
        >>> factuality_of(negated_fact, "He did not go.") == KG.Negated  # doctest: +SKIP
        True
    """
    predicate = extraction.predicate
    if predicate.negated:
        return KG.Negated
    if sentence_text.rstrip().rstrip("\"'”’ ").endswith("?"):
        return KG.Questioned
    if predicate.modality in CONDITION_MARKS:
        return KG.Conditional
    if predicate.modality and predicate.modality not in MODAL_VERBS:
        return KG.Wanted
    if extraction.speaker is not None and extraction.kind != "attribution":
        return KG.Reported
    return KG.Asserted


def add_factuality(graph: OxGraph, statement: URIRef, extraction: Extraction, sentence_text: str,
                   triple: tuple | None) -> None:
    """Add the statement's factuality and, when ``triple`` (subject, rel:<lemma>, object) can
    be stated, its direct triple under the property its factuality calls for."""
    factuality = factuality_of(extraction, sentence_text)
    graph.add((statement, KG.factuality, factuality))
    graph.add((statement, KG.asserted, Literal(factuality == KG.Asserted)))
    direct = None
    if triple is not None and factuality == KG.Asserted:
        direct = triple
    elif triple is not None and factuality == KG.Reported:
        subject, prop, obj = triple
        direct = (subject, reported_property(graph, prop), obj)
    if direct is not None:
        graph.add(direct)
    graph.add((statement, KG.hasDirectTriple, Literal(direct is not None)))


def reported_property(graph: OxGraph, prop: URIRef) -> URIRef:
    """``rel:reported_<lemma>`` for ``rel:<lemma>``, declared on first use. Lemmas are base
    forms, so no lemma starts with "reported_"."""
    name = str(prop).removeprefix(str(REL))
    reported = REL["reported_" + name]
    if (reported, KG.reportOf, prop) not in graph:
        graph.add((reported, RDF.type, RDF.Property))
        graph.add((reported, RDF.type, OWL.ObjectProperty))
        graph.add((reported, RDFS.subPropertyOf, KG.reported))
        graph.add((reported, KG.reportOf, prop))
        graph.add((reported, RDFS.label, Literal(f"{name.replace('_', ' ')} (reported)", lang="en")))
    return reported
