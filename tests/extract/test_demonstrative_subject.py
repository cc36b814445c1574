"""A sentence-initial "That"/"This" is a demonstrative subject, not a relative pronoun."""

from __future__ import annotations

from kg.extract import extract_doc


def test_sentence_initial_that_is_the_subject(build):
    doc = build("""
That DT nsubj 1
was VBD ROOT 1 be
the DT det 4
first JJ amod 4
time NN attr 1
. . punct 1
""")
    assert [(e.subject.text, e.arguments[0].phrase.text) for e in extract_doc(doc)] == [("That", "the first time")]


def test_relative_that_still_stands_for_its_noun(build):
    doc = build("""
the DT det 1
reforms NNS nsubj 4 reform
that WDT nsubj 3
failed VBD relcl 1 fail
ended VBD ROOT 4 end
. . punct 4
""")
    failed = [e for e in extract_doc(doc) if e.predicate.lemma == "fail"]
    assert [e.subject.text for e in failed] == ["the reforms"]
