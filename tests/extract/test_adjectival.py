"""Adjectival relations: an adjective complement and its preposition are the predicate."""

from __future__ import annotations


def test_adjective_and_preposition_join_the_copula(fact_and_fields):
    fact, fields = fact_and_fields("Springsteen was vague about details.", "be")
    assert fields == ["was vague about", "Springsteen", "details"]
    assert fact.predicate.lemma == "be_vague_about"


def test_degree_adverb_reads_with_its_adjective(fact_and_fields):
    _, fields = fact_and_fields("The numbers are more important than the names.", "be")
    assert fields[:3] == ["are more important than", "The numbers", "the names"]


def test_linking_verb_other_than_be(fact_and_fields):
    _, fields = fact_and_fields("She remained faithful to her teacher.", "remain")
    assert fields == ["remained faithful to", "She", "her teacher"]


def test_adjective_keeps_its_later_arguments(fact_and_fields):
    _, fields = fact_and_fields("The payment is due in cash next April.", "be")
    assert fields == ["is due in", "The payment", "cash", "next April"]


def test_adjective_without_a_preposition_stays_the_complement(fact_and_fields):
    _, fields = fact_and_fields("The film was very long.", "be")
    assert fields == ["was", "The film", "very long"]


def test_adjective_before_an_infinitive_joins_the_copula(fact_and_fields):
    fact, fields = fact_and_fields("His father was able to start a business.", "be")
    assert fields == ["was able", "His father", "to start a business"]
    assert fact.predicate.lemma == "be_able"


def test_adjective_with_an_infinitive_of_its_own_subject_is_left_alone(fact_and_fields):
    _, fields = fact_and_fields("The plan was good for them to accept.", "be")
    assert fields == ["was", "The plan", "good for them to accept"]
