"""Factuality: what the text says of a fact, independent of whether it is a direct triple."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef

from kg.namespaces import KG, REL
from kg.rdf.factuality import add_factuality, factuality_of
from kg.types import Argument, Extraction

from rdf_records import phrase, predicate

TEXT = "Lee met Park in Seoul."


def _fact(modality=None, negated=False, speaker=None, kind="verb"):
    return Extraction(phrase(TEXT, "Lee"), predicate(TEXT, "met", "meet", negated=negated, modality=modality),
                      (Argument("object", phrase(TEXT, "Park")),), 0.8, kind,
                      speaker=phrase(TEXT, speaker) if speaker else None)


@pytest.mark.parametrize(("fact", "sentence", "expected"), [
    (_fact(), TEXT, KG.Asserted),
    (_fact(modality="will"), TEXT, KG.Asserted),
    (_fact(speaker="Seoul"), TEXT, KG.Reported),
    (_fact(modality="urge"), TEXT, KG.Wanted),
    (_fact(modality="if"), TEXT, KG.Conditional),
    (_fact(negated=True, speaker="Seoul"), TEXT, KG.Negated),
    (_fact(), "Did Lee meet Park?", KG.Questioned),
])
def test_factuality_of(fact, sentence, expected):
    assert factuality_of(fact, sentence) == expected


def test_reported_fact_goes_under_the_reported_property():
    graph, statement = Graph(), URIRef("urn:s")
    lee, park = URIRef("urn:lee"), URIRef("urn:park")
    add_factuality(graph, statement, _fact(speaker="Seoul"), TEXT, (lee, REL.meet, park))
    assert (lee, REL.meet, park) not in graph
    assert (lee, REL.reported_meet, park) in graph
    assert (REL.reported_meet, KG.reportOf, REL.meet) in graph
    assert graph.value(statement, KG.asserted) == Literal(False)
    assert graph.value(statement, KG.hasDirectTriple) == Literal(True)


def test_asserted_fact_without_a_triple_is_still_asserted():
    graph, statement = Graph(), URIRef("urn:s")
    add_factuality(graph, statement, _fact(), TEXT, None)
    assert graph.value(statement, KG.asserted) == Literal(True)
    assert graph.value(statement, KG.hasDirectTriple) == Literal(False)
    assert graph.value(statement, KG.factuality) == KG.Asserted
