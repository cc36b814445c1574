"""Copulas: "X is Y" has the lemma "be" and Y as complement."""

from __future__ import annotations

from kg.extract import extract_doc


def test_copula_has_lemma_be_and_a_complement(build):
    doc = build("""
Merkel NNP nsubj 1
was VBD ROOT 1 be
the DT det 4
German JJ amod 4
chancellor NN attr 1
. . punct 1
""")
    [fact] = extract_doc(doc)
    assert (fact.kind, fact.predicate.lemma, fact.predicate.text) == ("copula", "be", "was")
    assert [(a.role, a.phrase.text) for a in fact.arguments] == [("complement", "the German chancellor")]


def test_adjective_complement(build):
    doc = build("""
The DT det 1
reforms NNS nsubj 2 reform
were VBD ROOT 2 be
not RB neg 2
necessary JJ acomp 2
. . punct 2
""")
    [fact] = extract_doc(doc)
    assert fact.predicate.lemma == "be" and fact.predicate.negated
    assert fact.arguments[0].phrase.text == "necessary"
