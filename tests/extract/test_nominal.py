"""Nominal relations: a named thing "in"/"at" a named place is located there."""

from __future__ import annotations

from kg.extract import extract_doc
from kg.extract.carb import carb_fields

SHOWN = """
It PRP nsubjpass 2
was VBD auxpass 2 be
shown VBN ROOT 2 show
at IN prep 2
the DT det 6
Newton NNP compound 6
Foundation NNP pobj 3
in IN prep 6
Berlin NNP pobj 7
. . punct 2
"""


def test_named_place_in_a_city_is_located_there(build):
    doc = build(SHOWN, ((4, 7, "ORG"), (8, 9, "GPE")))
    [fact] = [e for e in extract_doc(doc) if e.kind == "location"]
    assert (fact.subject.text, fact.predicate.text, fact.predicate.lemma) == ("the Newton Foundation", "is in", "be_in")
    assert [(a.role, a.phrase.text) for a in fact.arguments] == [("place", "Berlin")]
    # CaRB: the inserted copula is written as a bare "be", which matches any tense.
    assert carb_fields(doc, fact) == ["be in", "the Newton Foundation", "Berlin"]


def test_common_noun_in_a_city_is_not_a_location_fact(build):
    doc = build("""
They PRP nsubj 1
met VBD ROOT 1 meet
a DT det 3
minister NN dobj 1
in IN prep 3
Berlin NNP pobj 4
. . punct 1
""", ((5, 6, "GPE"),))
    assert not [e for e in extract_doc(doc) if e.kind == "location"]


def test_address_puts_a_town_in_its_state(nlp):
    from kg.extract.carb import carb_fields

    doc = nlp("Hofmann was born in Salt Lake City, Utah.")
    located = [carb_fields(doc, e) for e in extract_doc(doc) if e.kind == "location"]
    assert located == [["be in", "Salt Lake City", "Utah"]]
    assert not [e for e in extract_doc(doc) if e.kind == "apposition"]


def test_list_of_places_is_not_an_address(nlp):
    doc = nlp("The region includes Quanzhou, Xiamen and Zhangzhou.")
    assert not [e for e in extract_doc(doc) if e.kind == "location"]
