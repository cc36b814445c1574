"""Lists inside objects, complements and prepositional phrases: one fact per member, and a
head noun shared by conjoined modifiers distributed to each."""

from __future__ import annotations

from kg.extract import extract_doc
from kg.extract.carb import carb_fields


def test_prepositional_list_gives_one_fact_per_member(build):
    doc = build("""
The DT det 1
prize NN nsubj 2
is VBZ ROOT 2 be
for IN prep 2
writers NNS pobj 3 writer
and CC cc 4
painters NNS conj 4 painter
. . punct 2
""")
    objects = [carb_fields(doc, e)[2] for e in extract_doc(doc)]
    assert objects == ["writers", "painters"]


def test_complement_list_is_split(build):
    doc = build("""
They PRP nsubj 2
can MD aux 2
be VB ROOT 2 be
red JJ acomp 2
, , punct 3
green JJ conj 3
, , punct 5
or CC cc 5
even RB advmod 9
blue JJ conj 5
. . punct 2
""")
    assert [e.arguments[0].phrase.text for e in extract_doc(doc)] == ["red", "green", "even blue"]


def test_conjoined_modifiers_share_the_head(build):
    doc = build("""
It PRP nsubj 1
offers VBZ ROOT 1 offer
hearing NN compound 5
and CC cc 2
vision NN conj 2
screening NN dobj 1
. . punct 1
""")
    assert [e.arguments[0].phrase.text for e in extract_doc(doc)] == ["hearing screening", "vision screening"]


def test_shared_head_read_as_a_conjunct_is_repaired(build):
    # the parser's reading of "hearing and vision screening": three conjuncts
    doc = build("""
It PRP nsubj 1
offers VBZ ROOT 1 offer
hearing NN dobj 1
and CC cc 2
vision NN conj 2
screening NN conj 2
. . punct 1
""")
    assert [e.arguments[0].phrase.text for e in extract_doc(doc)] == ["hearing screening", "vision screening"]


def test_including_list_members_are_objects(build):
    doc = build("""
China NNP nsubj 1
controls VBZ ROOT 1 control
regions NNS dobj 1 region
including VBG prep 2 include
Xinjiang NNP pobj 3
and CC cc 4
Tibet NNP conj 4
. . punct 1
""", ((0, 1, "GPE"), (4, 5, "GPE"), (6, 7, "GPE")))
    objects = {e.arguments[0].phrase.text for e in extract_doc(doc)}
    assert {"Xinjiang", "Tibet"} <= objects
