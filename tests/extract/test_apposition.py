"""Appositions and titles give "X is Y" facts with an inserted "is"."""

from __future__ import annotations

from kg.extract import extract_doc

MERKEL = """
Angela NNP compound 1
Merkel NNP nsubj 7
, , punct 1
the DT det 5
German JJ amod 5
chancellor NN appos 1
, , punct 1
said VBD ROOT 7 say
. . punct 7
"""


def test_apposition_is_a_be_fact(build):
    doc = build(MERKEL, ((0, 2, "PERSON"),))
    [fact] = [e for e in extract_doc(doc) if e.kind == "apposition"]
    assert (fact.subject.text, fact.predicate.text, fact.predicate.lemma) == ("Angela Merkel", "is", "be")
    assert fact.arguments[0].phrase.text == "the German chancellor"
    assert fact.predicate.tokens == ()


def test_title_before_a_name_is_a_be_fact(build):
    doc = build("""
Secretary NNP compound 2
Antony NNP compound 2
Blinken NNP nsubj 3
arrived VBD ROOT 3 arrive
. . punct 3
""", ((1, 3, "PERSON"),))
    [fact] = [e for e in extract_doc(doc) if e.kind == "title"]
    assert (fact.subject.text, fact.arguments[0].phrase.text) == ("Antony Blinken", "Secretary")
    assert doc.text[fact.subject.head_start:fact.subject.head_end] == "Blinken"


def test_honorific_is_not_a_title(build):
    doc = build("""
Mr. NNP compound 1
Baker NNP nsubj 2
left VBD ROOT 2 leave
. . punct 2
""", ((1, 2, "PERSON"),))
    assert not [e for e in extract_doc(doc) if e.kind == "title"]


def test_name_in_apposition_to_a_description_is_the_subject(build):
    doc = build("""
the DT det 2
German JJ amod 2
chancellor NN nsubj 7
, , punct 2
Angela NNP compound 5
Merkel NNP appos 2
, , punct 2
said VBD ROOT 7 say
. . punct 7
""", ((4, 6, "PERSON"),))
    facts = extract_doc(doc)
    [fact] = [e for e in facts if e.kind == "apposition"]
    assert (fact.subject.text, fact.arguments[0].phrase.text) == ("Angela Merkel", "the German chancellor")
    [said] = [e for e in facts if e.predicate.lemma == "say"]
    # The speaker's head is the name, so entity linking finds Merkel.
    assert doc.text[said.subject.head_start:said.subject.head_end] == "Merkel"
