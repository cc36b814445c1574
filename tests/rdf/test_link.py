"""Argument phrases link to the entity around their head, a typed literal, or a concept."""

from __future__ import annotations

from rdflib import XSD

from kg.rdf.iris import entity_iri
from kg.rdf.link import MentionIndex, concept_label, index_mentions, link_phrase
from kg.types import Phrase, Resolution, Sentence


def test_head_inside_a_resolved_mention_links_to_its_entity():
    mentions = MentionIndex([(4, 17, "country/united-states")])
    link = link_phrase(Phrase("the United States", 0, 17, 11, 17), mentions)
    assert link.kind == "entity" and link.term == entity_iri("country/united-states")


def test_the_smallest_mention_around_the_head_wins():
    mentions = MentionIndex([(0, 30, "organization/state-department"), (10, 20, "person/ned-price")])
    link = link_phrase(Phrase("Ned Price", 10, 19, 14, 19), mentions)
    assert link.term == entity_iri("person/ned-price")


def test_head_outside_every_mention_is_a_concept():
    mentions = MentionIndex([(0, 7, "person/antony-blinken")])
    link = link_phrase(Phrase("Blinken's concerns", 0, 18, 10, 18), mentions)
    assert link.kind == "concept"


def test_index_mentions_groups_the_resolvers_table_by_document():
    resolution = Resolution((), {("a", 0, 3, ): "x/a", ("b", 0, 3): "x/b"})
    index = index_mentions(resolution)
    assert index["a"].entity_at(0, 3) == "x/a" and index["b"].entity_at(1, 2) == "x/b"


def test_date_literal_when_the_text_is_a_full_date():
    link = link_phrase(Phrase("6 February 2021", 0, 15, 0, 15), None, literal="date")
    assert link.kind == "literal" and link.term.datatype == XSD.date


def test_relative_date_stays_a_plain_string():
    link = link_phrase(Phrase("Friday", 0, 6, 0, 6), None, literal="date")
    assert link.kind == "literal" and link.term.datatype is None and str(link.term) == "Friday"


def test_money_is_a_decimal_with_its_unit():
    link = link_phrase(Phrase("$25 billion", 0, 11, 4, 11), None, literal="money")
    assert link.term.datatype == XSD.decimal and link.unit == "$"


def test_a_subject_is_never_a_literal():
    link = link_phrase(Phrase("2021", 0, 4, 0, 4), None, literal="number", allow_literal=False)
    assert link.kind == "concept"


def test_concept_label_drops_leading_determiners_and_possessives():
    sentence = Sentence(0, 0, 60, "They discussed their shared concerns about the arms embargo.")
    assert concept_label(Phrase("their shared concerns", 15, 36, 29, 36), sentence) == "shared concerns"
    assert concept_label(Phrase("the arms embargo", 43, 59, 52, 59), sentence) == "arms embargo"


def test_concept_label_keeps_proper_names_and_acronyms_mid_sentence():
    text = "They discussed the Belt and Road Initiative and US tariffs."
    sentence = Sentence(0, 0, len(text), text)
    start = text.index("the Belt")
    assert concept_label(Phrase("the Belt and Road Initiative", start, start + 28, start, start + 28), sentence) == "Belt and Road Initiative"
    start = text.index("US tariffs")
    assert concept_label(Phrase("US tariffs", start, start + 10, start, start + 10), sentence) == "US tariffs"


def test_concept_label_lowercases_capitals_that_only_start_a_sentence_or_headline():
    text = "Human rights were discussed."
    assert concept_label(Phrase("Human rights", 0, 12, 6, 12), Sentence(0, 0, len(text), text)) == "human rights"
    headline = "Blinken Raises Human Rights Concerns With Chinese Counterpart"
    start = headline.index("Human")
    phrase = Phrase("Human Rights Concerns", start, start + 21, start + 13, start + 21)
    assert concept_label(phrase, Sentence(0, 0, len(headline), headline)) == "human rights concerns"
