"""Possessives give "X has Y" facts; pronoun possessors do not."""

from __future__ import annotations

from kg.extract import extract_doc


def test_possessor_has_the_noun(build):
    doc = build("""
Iran NNP poss 3
's POS case 0
nuclear JJ amod 3
programme NN nsubj 4
grew VBD ROOT 4 grow
. . punct 4
""")
    [fact] = [e for e in extract_doc(doc) if e.kind == "possessive"]
    assert (fact.subject.text, fact.predicate.text, fact.predicate.lemma) == ("Iran", "has", "have")
    assert fact.arguments[0].phrase.text == "nuclear programme"


def test_pronoun_possessor_gives_no_fact(build):
    doc = build("""
His PRP$ poss 1
programme NN nsubj 2
grew VBD ROOT 2 grow
. . punct 2
""")
    assert not [e for e in extract_doc(doc) if e.kind == "possessive"]
