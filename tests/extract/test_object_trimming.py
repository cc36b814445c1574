"""Object trimming: an object keeps its head, compounds, adjectives and "of" phrase; its
apposition and a relative clause set off by a comma are facts of their own (a restrictive
relative clause stays: it says which thing is meant)."""

from __future__ import annotations

from kg.extract import extract_doc


def test_relative_clause_set_off_by_a_comma_leaves_the_object(build):
    doc = build("""
She PRP nsubj 1
praised VBD ROOT 1 praise
the DT det 4
new JJ amod 4
reforms NNS dobj 1 reform
of IN prep 4
Kyiv NNP pobj 5
, , punct 4
which WDT nsubj 9
passed VBD relcl 4 pass
. . punct 1
""")
    by_lemma = {e.predicate.lemma: e for e in extract_doc(doc)}
    assert by_lemma["praise"].arguments[0].phrase.text == "the new reforms of Kyiv"
    assert by_lemma["pass"].subject.text == "the new reforms of Kyiv"


def test_restrictive_relative_clause_stays_in_the_object(build):
    # "the reforms that passed" names which reforms: without the clause it names others
    doc = build("""
She PRP nsubj 1
praised VBD ROOT 1 praise
the DT det 3
reforms NNS dobj 1 reform
that WDT nsubj 5
passed VBD relcl 3 pass
. . punct 1
""")
    by_lemma = {e.predicate.lemma: e for e in extract_doc(doc)}
    assert by_lemma["praise"].arguments[0].phrase.text == "the reforms that passed"
    assert by_lemma["pass"].subject.text == "the reforms"


def test_apposition_leaves_the_object(build):
    doc = build("""
They PRP nsubj 1
met VBD ROOT 1 meet
the DT det 3
mayor NN dobj 1
, , punct 3
a DT det 6
lawyer NN appos 3
. . punct 1
""")
    meet = next(e for e in extract_doc(doc) if e.predicate.lemma == "meet")
    assert meet.arguments[0].phrase.text == "the mayor"
