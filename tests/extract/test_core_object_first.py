"""The core object first: the phrase of the predicate's own preposition leads the arguments."""

from __future__ import annotations

from kg.extract import extract_doc
from kg.extract.carb import carb_fields


def test_fronted_time_phrase_comes_after_the_core_object(build):
    doc = build("""
From IN prep 3
1990 CD pobj 0
he PRP nsubj 3
worked VBD ROOT 3 work
at IN prep 3
the DT det 6
bank NN pobj 4
. . punct 3
""", ((1, 2, "DATE"),))
    [fact] = extract_doc(doc)
    assert carb_fields(doc, fact) == ["worked at", "he", "the bank", "From 1990"]
    assert [a.phrase.text for a in fact.arguments] == ["the bank", "1990"]
