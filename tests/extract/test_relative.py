"""Relative clauses: the antecedent fills the relative pronoun's slot."""

from __future__ import annotations

from kg.extract import extract_doc

REFORMS = """
They PRP nsubj 1
praised VBD ROOT 1 praise
the DT det 3
reforms NNS dobj 1 reform
that WDT dobj 7
the DT det 6
government NN nsubj 7
abandoned VBD relcl 3 abandon
. . punct 1
"""


def test_object_relative_puts_the_noun_in_the_object_slot(build):
    doc = build(REFORMS)
    [fact] = [e for e in extract_doc(doc) if e.predicate.lemma == "abandon"]
    assert fact.kind == "verb"
    assert fact.subject.text == "the government"
    assert fact.arguments[0].phrase.text == "the reforms"


def test_relative_clause_is_cut_from_the_main_object_head(build):
    doc = build(REFORMS)
    [main] = [e for e in extract_doc(doc) if e.predicate.lemma == "praise"]
    assert doc.text[main.arguments[0].phrase.head_start:main.arguments[0].phrase.head_end] == "reforms"


def test_subject_relative_makes_the_noun_the_subject(build):
    doc = build("""
He PRP nsubj 1
is VBZ ROOT 1 be
a DT det 3
footballer NN attr 1
who WP nsubj 5
plays VBZ relcl 3 play
for IN prep 5
Newcastle NNP pobj 6
. . punct 1
""", ((7, 8, "ORG"),))
    [fact] = [e for e in extract_doc(doc) if e.predicate.lemma == "play_for"]
    assert fact.kind == "relative"
    # "X is a footballer who plays for Y": X plays for Y.
    assert fact.subject.text == "He"
    assert fact.arguments[0].phrase.text == "Newcastle"


def test_passive_relative_clause_is_a_passive_fact(build):
    doc = build("""
The DT det 1
sanctions NNS nsubj 10 sanction
, , punct 1
which WDT nsubjpass 5
were VBD auxpass 5 be
imposed VBN relcl 1 impose
by IN agent 5
the DT det 8
EU NNP pobj 6
, , punct 1
lapsed VBD ROOT 10 lapse
. . punct 10
""", ((8, 9, "ORG"),))
    [fact] = [e for e in extract_doc(doc) if e.predicate.lemma == "impose"]
    assert fact.kind == "passive"
    assert fact.subject.text == "The sanctions"
    assert [(a.role, a.phrase.text) for a in fact.arguments] == [("agent", "the EU")]


def test_where_clause_takes_the_place_it_modifies(build):
    doc = build("""
They PRP nsubj 1
met VBD ROOT 1 meet
in IN prep 1
Rome NNP pobj 2
, , punct 3
where WRB advmod 8
talks NNS nsubj 8 talk
had VBD aux 8 have
failed VBN relcl 3 fail
. . punct 1
""", ((3, 4, "GPE"),))
    [failed] = [e for e in extract_doc(doc) if e.predicate.lemma == "fail"]
    assert failed.subject.text == "talks"
    assert [(a.role, a.phrase.text) for a in failed.arguments] == [("place", "Rome")]
