"""Light verbs: the relation is the event noun ("had a phone call with" -> call)."""

from __future__ import annotations

from kg.extract import extract_doc


def test_phone_call_maps_to_call_and_keeps_the_partner(build):
    doc = build("""
Blinken NNP nsubj 1
had VBD ROOT 1 have
a DT det 4
phone NN compound 4
call NN dobj 1
with IN prep 4
Yang NNP pobj 5
on IN prep 1
Friday NNP pobj 7
. . punct 1
""", ((0, 1, "PERSON"), (6, 7, "PERSON"), (8, 9, "DATE")))
    [fact] = extract_doc(doc)
    assert fact.kind == "light_verb"
    assert (fact.predicate.text, fact.predicate.lemma) == ("had a phone call with", "call")
    assert [(a.role, a.phrase.text) for a in fact.arguments] == [("prep:with", "Yang"), ("time", "Friday")]


def test_held_talks_maps_to_talk(build):
    doc = build("""
They PRP nsubj 1
held VBD ROOT 1 hold
talks NNS dobj 1 talk
with IN prep 2
Iran NNP pobj 3
. . punct 1
""")
    [fact] = extract_doc(doc)
    assert fact.predicate.lemma == "talk"


def test_have_with_a_plain_object_is_not_light(build):
    doc = build("""
They PRP nsubj 1
have VBP ROOT 1 have
a DT det 3
car NN dobj 1
. . punct 1
""")
    [fact] = extract_doc(doc)
    assert (fact.kind, fact.predicate.lemma) == ("verb", "have")
