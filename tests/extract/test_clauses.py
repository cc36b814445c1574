"""Verb clauses: n-ary arguments with roles, negation, modality, particles, offsets."""

from __future__ import annotations

from kg.extract import extract_doc

MET = """
US NNP nmod 1
Secretary NNP nmod 5
of IN prep 1
State NNP pobj 2
Antony NNP compound 5
Blinken NNP nsubj 6
met VBD ROOT 6 meet
Wang NNP compound 8
Yi NNP dobj 6
on IN prep 6
Sunday NNP pobj 9
in IN prep 6
Rome NNP pobj 11
. . punct 6
"""
MET_ENTS = ((0, 1, "GPE"), (3, 4, "ORG"), (4, 6, "PERSON"), (7, 9, "PERSON"), (10, 11, "DATE"), (12, 13, "GPE"))


def test_meeting_keeps_object_time_and_place_in_order(build):
    doc = build(MET, MET_ENTS)
    [fact] = [e for e in extract_doc(doc) if e.kind == "verb"]
    assert fact.predicate.lemma == "meet"
    assert [(a.role, a.phrase.text) for a in fact.arguments] == [
        ("object", "Wang Yi"), ("time", "Sunday"), ("place", "Rome")]
    assert fact.arguments[1].literal == "date"


def test_subject_keeps_full_text_but_heads_on_the_name(build):
    doc = build(MET, MET_ENTS)
    [fact] = [e for e in extract_doc(doc) if e.kind == "verb"]
    assert fact.subject.text == "US Secretary of State Antony Blinken"
    assert doc.text[fact.subject.head_start:fact.subject.head_end] == "Blinken"
    assert doc.text[fact.subject.start:fact.subject.end] == "US Secretary of State Antony Blinken"
    assert fact.subject.tokens == (0, 1, 2, 3, 4, 5)
    assert doc.text[fact.predicate.start:fact.predicate.end] == "met"


def test_negation_and_modality_stay_out_of_the_lemma(build):
    doc = build("""
Iran NNP nsubj 3
will MD aux 3
not RB neg 3
tolerate VB ROOT 3
sanctions NNS dobj 3
. . punct 3
""")
    [fact] = extract_doc(doc)
    assert fact.predicate.text == "will not tolerate"
    assert fact.predicate.lemma == "tolerate"
    assert fact.predicate.negated is True
    assert fact.predicate.modality == "will"


def test_particle_joins_the_lemma(build):
    doc = build("""
China NNP nsubj 1
pushed VBD ROOT 1 push
back RP prt 1
against IN prep 1
the DT det 5
plan NN pobj 3
. . punct 1
""")
    [fact] = extract_doc(doc)
    assert fact.predicate.lemma == "push_back"
    assert fact.arguments[0].role == "prep:against"


def test_prepositional_verb_takes_its_preposition(build):
    doc = build("""
The DT det 1
minister NN nsubj 2
called VBD ROOT 2 call
for IN prep 2
talks NNS pobj 3 talk
. . punct 2
""")
    [fact] = extract_doc(doc)
    assert (fact.predicate.text, fact.predicate.lemma) == ("called for", "call_for")
    assert [(a.role, a.phrase.text) for a in fact.arguments] == [("prep:for", "talks")]


def test_sentence_index_and_offsets_span_several_sentences(nlp):
    doc = nlp("The talks ended. Blinken met Wang Yi in Rome.")
    facts = [e for e in extract_doc(doc) if e.predicate.lemma == "meet"]
    assert facts and facts[0].sentence == 1
    assert doc.text[facts[0].subject.start:facts[0].subject.end] == "Blinken"


def test_adverb_with_preposition_is_an_argument(build):
    doc = build("""
They PRP nsubj 1
met VBD ROOT 1 meet
ahead RB advmod 1
of IN prep 2
the DT det 5
summit NN pobj 3
. . punct 1
""")
    [fact] = extract_doc(doc)
    assert [(a.role, a.phrase.text) for a in fact.arguments] == [("prep:ahead of", "the summit")]


def test_face_to_face_is_not_an_object(build):
    doc = build("""
They PRP nsubj 1
met VBD ROOT 1 meet
face NN dobj 1
to IN prep 1
face NN pobj 3
in IN prep 4
Alaska NNP pobj 5
. . punct 1
""", ((6, 7, "GPE"),))
    [fact] = extract_doc(doc)
    assert [(a.role, a.phrase.text) for a in fact.arguments] == [("place", "Alaska")]


def test_adverb_inside_the_verb_group_joins_the_predicate(nlp):
    from kg.extract.carb import carb_fields

    doc = nlp("Lawyers would eagerly seize on the provision.")
    [fact] = [e for e in extract_doc(doc) if e.predicate.lemma.startswith("seize")]
    assert carb_fields(doc, fact) == ["would eagerly seize on", "Lawyers", "the provision"]


def test_adverb_right_after_the_verb_joins_before_its_preposition(nlp):
    from kg.extract.carb import carb_fields

    doc = nlp("The method relies heavily on logic.")
    [fact] = [e for e in extract_doc(doc) if e.predicate.lemma.startswith("rely")]
    assert carb_fields(doc, fact) == ["relies heavily on", "The method", "logic"]


def test_time_words_and_adverb_phrases_stay_out_of_the_predicate(nlp):
    doc = nlp("Blinken met Wang Yi yesterday.")
    [fact] = [e for e in extract_doc(doc) if e.predicate.lemma == "meet"]
    assert fact.predicate.text == "met"
    doc = nlp("They left prior to the meeting.")
    [fact] = [e for e in extract_doc(doc) if e.predicate.lemma.startswith("leave")]
    assert fact.predicate.text == "left"
