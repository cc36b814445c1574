"""Passive voice: the by-phrase is the agent (the logical subject)."""

from __future__ import annotations

from kg.extract import extract_doc
from kg.extract.passive import is_passive

SIGNED = """
The DT det 1
treaty NN nsubjpass 3
was VBD auxpass 3 be
signed VBN ROOT 3 sign
by IN agent 3
both DT det 6
governments NNS pobj 4 government
. . punct 3
"""


def test_by_phrase_is_the_agent(build):
    doc = build(SIGNED)
    [fact] = extract_doc(doc)
    assert fact.kind == "passive"
    assert fact.subject.text == "The treaty"
    assert (fact.predicate.text, fact.predicate.lemma) == ("was signed by", "sign")
    assert [(a.role, a.phrase.text) for a in fact.arguments] == [("agent", "both governments")]


def test_by_right_after_the_verb_reads_with_it(nlp):
    from kg.extract.carb import carb_fields

    doc = nlp("The bridge was designed by a young engineer in 1932.")
    [fact] = [e for e in extract_doc(doc) if e.predicate.lemma == "design"]
    assert carb_fields(doc, fact) == ["was designed by", "The bridge", "a young engineer", "in 1932"]


def test_by_after_another_phrase_stays_with_its_agent(nlp):
    from kg.extract.carb import carb_fields

    doc = nlp("The bridge was designed in 1932 by a young engineer.")
    [fact] = [e for e in extract_doc(doc) if e.predicate.lemma == "design"]
    assert carb_fields(doc, fact)[0] == "was designed"
    assert "by a young engineer" in carb_fields(doc, fact)[2:]


def test_active_clause_is_not_passive(build):
    doc = build("""
Both DT det 1
governments NNS nsubj 2 government
signed VBD ROOT 2 sign
the DT det 4
treaty NN dobj 2
. . punct 2
""")
    assert not is_passive(doc[2])
    assert extract_doc(doc)[0].kind == "verb"


def test_reduced_passive_takes_its_noun_as_subject(nlp):
    doc = nlp("They studied a treaty signed in 1990 by both governments.")
    signed = [e for e in extract_doc(doc) if e.predicate.lemma == "sign"]
    assert signed and signed[0].subject.text == "a treaty"
    assert any(a.role == "agent" for a in signed[0].arguments)
