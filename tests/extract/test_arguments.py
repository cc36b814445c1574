"""Argument roles: object first, then time, place, agent and prepositions in sentence order."""

from __future__ import annotations

from kg.extract.arguments import find_arguments

MET = """
On IN prep 4
Sunday NNP pobj 0
, , punct 4
Blinken NNP nsubj 4
met VBD ROOT 4 meet
in IN prep 4
Rome NNP pobj 5
with IN prep 4
Wang NNP pobj 7
to TO aux 10
discuss VB advcl 4
trade NN dobj 10
. . punct 4
"""


def test_roles_and_order(build):
    doc = build(MET, ((1, 2, "DATE"), (3, 4, "PERSON"), (6, 7, "GPE"), (8, 9, "PERSON")))
    roles = [(a.role, [doc[i].text for i in a.chunk.tokens]) for a in find_arguments(doc[4])]
    assert roles == [("time", ["Sunday"]), ("place", ["Rome"]), ("prep:with", ["Wang"]),
                     ("purpose", ["to", "discuss", "trade"])]


def test_direct_object_comes_first(build):
    doc = build("""
Yesterday NN npadvmod 2
they PRP nsubj 2
signed VBD ROOT 2 sign
it PRP dobj 2
""", ((0, 1, "DATE"),))
    assert [a.role for a in find_arguments(doc[2])] == ["object", "time"]


def test_discourse_phrase_is_not_an_argument(build):
    doc = build("""
In IN prep 3
addition NN pobj 0
they PRP nsubj 3
left VBD ROOT 3 leave
""")
    assert find_arguments(doc[3]) == []


RAISED = """
Lee NNP nsubj 1
raised VBD ROOT 1 raise
concerns NNS dobj 1 concern
with IN prep 2
{party} NNP pobj 3
. . punct 1
"""


def test_a_with_phrase_naming_a_party_on_the_object_is_the_verbs_argument(build):
    doc = build(RAISED.format(party="Park"), ((0, 1, "PERSON"), (4, 5, "PERSON")))
    roles = [(a.role, [doc[i].text for i in a.chunk.tokens]) for a in find_arguments(doc[1])]
    assert roles == [("object", ["concerns"]), ("prep:with", ["Park"])]


def test_a_with_phrase_naming_no_party_stays_in_the_object(build):
    doc = build(RAISED.format(party="Budgets"), ((0, 1, "PERSON"),))
    roles = [(a.role, [doc[i].text for i in a.chunk.tokens]) for a in find_arguments(doc[1])]
    assert roles == [("object", ["concerns", "with", "Budgets"])]


def test_a_stranded_dative_preposition_is_no_argument(build):
    doc = build("""
We PRP nsubj 2
are VBP aux 2 be
giving VBG ROOT 2 give
serious JJ amod 4
consideration NN dobj 2
to IN dative 2
. . punct 2
""")
    assert [a.role for a in find_arguments(doc[2])] == ["object"]


def test_sentences_that_strand_a_preposition_give_facts_end_to_end(nlp):
    from kg.extract import extract_doc

    for text in ("We are giving serious consideration to.",
                 "A spokesman said the firm has paid two of the three banks it owed interest to in March."):
        assert list(extract_doc(nlp(text))), text


WHEN = """
He PRP nsubj 1
left VBD ROOT 1 leave
the DT det 3
band NN dobj 1
when WRB advmod 7
the DT det 6
singer NN nsubj 7
quit VBD advcl 1
. . punct 1
"""


def test_a_clause_opened_by_when_is_an_argument(build):
    doc = build(WHEN)
    assert [(a.role, a.chunk.tokens) for a in find_arguments(doc[1])] == [
        ("object", (2, 3)), ("prep:when", (4, 5, 6, 7))]


def test_a_when_clause_reads_in_carb_with_its_opener(nlp):
    from kg.extract import extract_doc
    from kg.extract.carb import carb_fields

    doc = nlp("The mouse jumps when it is threatened.")
    fact = next(e for e in extract_doc(doc) if e.predicate.lemma == "jump")
    assert carb_fields(doc, fact) == ["jumps", "The mouse", "when it is threatened"]


def test_a_purpose_infinitive_is_an_argument(nlp):
    from kg.extract import extract_doc

    doc = nlp("He left the post to become a commander.")
    fact = next(e for e in extract_doc(doc) if e.predicate.lemma == "leave")
    assert [(a.role, a.phrase.text) for a in fact.arguments] == [
        ("object", "the post"), ("purpose", "to become a commander")]


def test_because_of_read_as_two_prepositions_is_one(build):
    doc = build("""
Because IN prep 6
of IN pcomp 0
this DT det 3
association NN pobj 0
, , punct 6
he PRP nsubj 6
won VBD ROOT 6 win
. . punct 6
""")
    assert [(a.role, a.chunk.tokens) for a in find_arguments(doc[6])] == [("prep:because of", (2, 3))]
