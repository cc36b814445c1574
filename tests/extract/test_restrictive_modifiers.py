"""Relative clauses and participles: kept in a phrase when restrictive, cut when set off."""

from __future__ import annotations

from kg.extract import extract_doc
from kg.extract.carb import carb_fields


def _fields(nlp, text, lemma):
    doc = nlp(text)
    return [carb_fields(doc, e) for e in extract_doc(doc) if e.predicate.lemma == lemma]


def test_a_restrictive_relative_clause_stays_in_the_subject(nlp):
    [fields] = _fields(nlp, "The man who called the police left the house.", "leave")
    assert fields == ["left", "The man who called the police", "the house"]


def test_a_restrictive_participle_stays_in_the_subject(nlp):
    [fields] = _fields(nlp, "Villagers hiding resistance fighters were punished harshly.", "punish")
    assert fields[1] == "Villagers hiding resistance fighters"


def test_a_participle_set_off_by_commas_is_cut_from_the_subject(nlp):
    [fields] = _fields(nlp, "The report , released on Monday , criticised the army.", "criticise")
    assert fields == ["criticised", "The report", "the army"]


def test_a_participle_set_off_by_a_comma_is_cut_from_the_object(nlp):
    [fields] = _fields(nlp, "They found the body , buried under the house , on Monday.", "find")
    assert fields == ["found", "They", "the body", "on Monday"]


def test_a_restrictive_participle_stays_in_the_object(nlp):
    [fields] = _fields(nlp, "The police arrested a man carrying a knife.", "arrest")
    assert fields == ["arrested", "The police", "a man carrying a knife"]
