"""Verb + bare noun + preposition: the noun and its preposition join the predicate."""

from __future__ import annotations


def test_bare_object_and_its_preposition_join_the_verb(fact_and_fields):
    fact, fields = fact_and_fields("The bank filed charges against its former manager.", "file")
    assert fields == ["filed charges against", "The bank", "its former manager"]
    assert fact.predicate.lemma == "file_charge_against"


def test_indefinite_object_joins_too(fact_and_fields):
    _, fields = fact_and_fields("The officials proposed a cut in the budget.", "propose")
    assert fields == ["proposed a cut in", "The officials", "the budget"]


def test_definite_object_stays_an_argument(fact_and_fields):
    _, fields = fact_and_fields("The bank filed the charges against its former manager.", "file")
    assert fields[0] == "filed"


def test_modified_object_stays_an_argument(fact_and_fields):
    _, fields = fact_and_fields("The bank filed new charges against its former manager.", "file")
    assert fields[0] == "filed"


def test_of_phrase_stays_with_its_noun(fact_and_fields):
    _, fields = fact_and_fields("The army launched a series of attacks.", "launch")
    assert fields == ["launched", "The army", "a series of attacks"]


def test_time_phrase_is_not_part_of_the_relation(fact_and_fields):
    _, fields = fact_and_fields("The commission began an investigation in 1995.", "begin")
    assert fields[0] == "began"
