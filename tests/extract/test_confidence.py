"""Confidence ranks extractions: it varies with the evidence and stays in [0, 1]."""

from __future__ import annotations

from kg.extract import extract_doc


def test_confidences_are_probabilities_that_vary(nlp):
    doc = nlp("Iran's foreign minister met his counterpart in Rome, and the two men, who had "
              "quarrelled, held talks on trade.")
    scores = [e.confidence for e in extract_doc(doc)]
    assert all(0.0 <= s <= 1.0 for s in scores)
    assert len(set(scores)) > 1


def test_main_verb_clause_outranks_possessive(build):
    doc = build("""
Iran NNP poss 2
's POS case 0
minister NN nsubj 3
met VBD ROOT 3 meet
Wang NNP dobj 3
. . punct 3
""")
    by_kind = {e.kind: e.confidence for e in extract_doc(doc)}
    assert by_kind["verb"] > by_kind["possessive"]


def test_clause_without_arguments_ranks_lower(build):
    with_object = build("""
They PRP nsubj 1
signed VBD ROOT 1 sign
it PRP dobj 1
. . punct 1
""")
    bare = build("""
They PRP nsubj 1
signed VBD ROOT 1 sign
. . punct 1
""")
    assert extract_doc(with_object)[0].confidence > extract_doc(bare)[0].confidence


def test_clause_argument_ranks_below_a_noun_argument(nlp):
    from kg.extract import extract_doc

    noun = nlp("The board approved the merger.")
    clause = nlp("The board approved selling the company.")
    [first] = [e for e in extract_doc(noun) if e.predicate.lemma == "approve"]
    [second] = [e for e in extract_doc(clause) if e.predicate.lemma == "approve"]
    assert second.arguments[0].clause and not first.arguments[0].clause
    assert second.confidence < first.confidence
