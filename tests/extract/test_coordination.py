"""Coordination: one fact per conjoined subject, object and verb; "including" lists."""

from __future__ import annotations

from kg.extract import extract_doc

DISCUSSED = """
France NNP nsubj 3
and CC cc 0
Germany NNP conj 0
discussed VBD ROOT 3 discuss
trade NN dobj 3
, , punct 4
energy NN conj 4
and CC cc 6
security NN conj 6
. . punct 3
"""


def test_every_participant_and_topic_gets_a_fact(build):
    doc = build(DISCUSSED, ((0, 1, "GPE"), (2, 3, "GPE")))
    pairs = {(e.subject.text, e.arguments[0].phrase.text) for e in extract_doc(doc)}
    assert pairs == {(s, o) for s in ("France", "Germany") for o in ("trade", "energy", "security")}


def test_conjoined_verbs_share_the_subject(build):
    doc = build("""
He PRP nsubj 1
served VBD ROOT 1 serve
as IN prep 1
minister NN pobj 2
and CC cc 1
became VBD conj 1 become
a DT det 7
judge NN attr 5
. . punct 1
""")
    became = [e for e in extract_doc(doc) if e.predicate.lemma == "become"]
    assert [e.subject.text for e in became] == ["He"]
    assert became[0].arguments[0].phrase.text == "a judge"


def test_name_with_and_is_not_split(build):
    doc = build("""
He PRP nsubj 1
joined VBD ROOT 1 join
Procter NNP dobj 1
and CC cc 2
Gamble NNP conj 2
. . punct 1
""", ((2, 5, "ORG"),))
    objects = [e.arguments[0].phrase.text for e in extract_doc(doc)]
    assert objects == ["Procter and Gamble"]


def test_including_list_members_become_objects(build):
    doc = build("""
They PRP nsubj 1
discussed VBD ROOT 1 discuss
several JJ amod 3
issues NNS dobj 1 issue
, , punct 3
including VBG prep 3 include
trade NN pobj 5
and CC cc 6
energy NN conj 6
. . punct 1
""")
    objects = {e.arguments[0].phrase.text for e in extract_doc(doc)}
    assert {"trade", "energy"} <= objects
